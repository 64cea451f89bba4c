// jcc-admin's usage errors (exit 2), help and version, through the real binary.
#include "common/Version.hpp"
#include "tests/admin/AdminCli.hpp"

#include <catch2/catch.hpp>

using namespace jcc::test;

namespace {

/// Runs jcc-admin and checks the usage-error contract: exit 2, stdout empty, one line on stderr
/// that contains `culprit` and points at --help.
void requireUsageError(const std::vector<std::string>& args, const std::string& culprit) {
    const auto result = runAdmin(args);
    INFO("args: " << Catch::Detail::stringify(args) << "\nstderr: " << result.err);
    CHECK(result.exitCode == 2);
    CHECK(result.out.empty());
    CHECK(lineCount(result.err) == 1);
    CHECK_THAT(result.err, Catch::StartsWith("jcc-admin: ") && Catch::Contains(culprit) &&
                               Catch::Contains("--help"));
}

} // namespace

TEST_CASE("usage errors exit 2 with one line naming the argument", "[admin][usage]") {
    // A --db that cannot be reached proves that usage is checked before connecting.
    const std::vector<std::string> db{"--db", "host=/nonexistent dbname=none"};
    const auto with = [&](std::vector<std::string> args) {
        args.insert(args.begin(), db.begin(), db.end());
        return args;
    };
    requireUsageError({}, "missing command");
    requireUsageError(with({"frobnicate"}), "'frobnicate'");
    requireUsageError(with({"user"}), "missing command");
    requireUsageError(with({"user", "rename", "novak"}), "'rename'");
    requireUsageError(with({"user", "list", "--verbose"}), "--verbose");
    requireUsageError(with({"user", "show"}), "USERNAME");
    requireUsageError(with({"user", "add", "novak", "--country", "CZ", "--name", "Jan Novák"}),
                      "--role");
    requireUsageError(
        with({"user", "add", "novak", "--role", "pilot", "--country", "CZ", "--name", "Jan Novák"}),
        "--role");
    requireUsageError(with({"user", "add", "novak", "--role", "operator", "--country", "AT",
                            "--name", "Jan Novák"}),
                      "--country");
    requireUsageError(with({"user", "add", "novak", "--role", "operator", "--country", "CZ",
                            "--name", "Jan Novák", "--language", "de"}),
                      "--language");
    requireUsageError(with({"user", "add", "Novak!", "--role", "operator", "--country", "CZ",
                            "--name", "Jan Novák"}),
                      "USERNAME");
    requireUsageError(with({"user", "set-role", "novak", "pilot"}), "ROLE");
    requireUsageError(with({"audit", "export", "--since", "last week"}), "--since");
    requireUsageError({"--db", "a", "--data-dir", "b", "user", "list"}, "--data-dir");
}

TEST_CASE("a password on the command line is refused", "[admin][usage]") {
    for (const auto& flag : {std::string("--password"), std::string("--password=Secret-123456")}) {
        std::vector<std::string> args{
            "--db",     "host=/nonexistent", "user", "add",    "novak",     "--role",
            "operator", "--country",         "CZ",   "--name", "Jan Novák", flag};
        if (flag == "--password") {
            args.push_back("Secret-123456");
        }
        const auto result = runAdmin(args);
        INFO(result.err);
        CHECK(result.exitCode == 2);
        CHECK(lineCount(result.err) == 1);
        CHECK_THAT(result.err,
                   Catch::Contains("--password is refused") && Catch::Contains("--password-stdin"));
        // The message explains, it does not repeat the secret.
        CHECK_THAT(result.err, !Catch::Contains("Secret-123456"));
    }
}

TEST_CASE("without a terminal the password must come with --password-stdin", "[admin][usage]") {
    const auto result = runAdmin({"--db", "host=/nonexistent", "user", "reset-password", "novak"});
    CHECK(result.exitCode == 2);
    CHECK(lineCount(result.err) == 1);
    CHECK_THAT(result.err, Catch::Contains("--password-stdin"));
}

TEST_CASE("--help and --version", "[admin][usage]") {
    const auto help = runAdmin({"--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.err.empty());
    for (const char* command :
         {"user add", "user list", "user show", "user disable", "user enable",
          "user reset-password", "user set-role", "user unlock", "user revoke-sessions",
          "db migrate", "db status", "audit export", "demo seed"}) {
        CHECK_THAT(help.out, Catch::Contains(command));
    }
    const auto commandHelp = runAdmin({"user", "add", "--help"});
    CHECK(commandHelp.exitCode == 0);
    CHECK_THAT(commandHelp.out, Catch::Contains("--password-stdin") &&
                                    Catch::Contains("--agency") && Catch::Contains("Example"));
    const auto version = runAdmin({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out == std::string("jcc-admin ") + jcc::version() + "\n");
}

TEST_CASE("an unreachable database fails with exit 1 and one line", "[admin][usage]") {
    const auto result =
        runAdmin({"--db", "postgresql://jcc:topsecret@127.0.0.1:1/jcc", "user", "list"});
    INFO(result.err);
    CHECK(result.exitCode == 1);
    CHECK(result.out.empty());
    CHECK(lineCount(result.err) == 1);
    CHECK_THAT(result.err, Catch::StartsWith("jcc-admin: cannot connect to database"));
    CHECK_THAT(result.err, !Catch::Contains("topsecret"));
}
