#include "tests/admin/AdminCli.hpp"

#include <catch2/catch.hpp>
#include <pwd.h>
#include <unistd.h>

namespace jcc::test {

ProcessResult runAdmin(const std::vector<std::string>& args, const std::string& input,
                       const std::vector<std::string>& extraEnv) {
    std::vector<std::string> argv{JCC_ADMIN_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    return runProcess(argv, input, extraEnv);
}

ProcessResult runAdminOn(const std::string& dbUrl, const std::vector<std::string>& args,
                         const std::string& input) {
    std::vector<std::string> withDb{"--db", dbUrl};
    withDb.insert(withDb.end(), args.begin(), args.end());
    return runAdmin(withDb, input);
}

void addOperator(const std::string& dbUrl, const std::string& username,
                 const std::string& password) {
    const auto result = runAdminOn(dbUrl,
                                   {"user", "add", username, "--role", "operator", "--country",
                                    "CZ", "--name", "Jiří Černý", "--password-stdin"},
                                   password + "\n");
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
}

std::size_t lineCount(const std::string& text) {
    if (text.empty()) {
        return 0;
    }
    const auto newlines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    return text.back() == '\n' ? newlines : newlines + 1;
}

std::string osActorName() {
    const passwd* account = getpwuid(geteuid());
    REQUIRE(account != nullptr);
    return std::string("os:") + account->pw_name;
}

} // namespace jcc::test
