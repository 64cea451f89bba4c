// jcc-admin: accounts, schema and audit trail of JCC Dispatch from the server host. See
// `jcc-admin --help` and docs/admin-guide.md. Exit 0 done, 1 failed, 2 usage error.
#include "common/ProtocolError.hpp"
#include "common/Version.hpp"
#include "server/admin/AdminArgs.hpp"
#include "server/admin/AdminCommands.hpp"
#include "server/admin/AdminDatabase.hpp"
#include "server/admin/InterruptGuard.hpp"
#include "server/admin/OsActor.hpp"
#include "server/admin/PasswordPrompt.hpp"
#include "server/admin/UsageError.hpp"

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

/// The reason as one line: multi-line messages (PostgreSQL errors, log tails) are joined.
std::string oneLine(const std::string& text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        std::string line = text.substr(start, end - start);
        const auto first = line.find_first_not_of(" \t\r");
        if (first != std::string::npos) {
            line = line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
            out += (out.empty() ? "" : " | ") + line;
        }
        start = end + 1;
    }
    return out;
}

int fail(const std::string& reason) {
    std::cerr << "jcc-admin: " << oneLine(reason) << "\n";
    return kExitFailed;
}

int usageError(const jcc::admin::UsageError& error) {
    const std::string helpCommand =
        "jcc-admin " + (error.helpTopic().empty() ? "" : error.helpTopic() + " ") + "--help";
    std::cerr << "jcc-admin: " << oneLine(error.what()) << " (see '" << helpCommand << "')\n";
    return kExitUsage;
}

/// The command-line flag a refused field came from, so the message names it.
std::string flagOf(const std::string& field) {
    static const std::map<std::string, std::string> flags{{"agency", "--agency"},
                                                          {"name", "--name"},
                                                          {"role", "--role"},
                                                          {"country", "--country"},
                                                          {"language", "--language"}};
    const auto it = flags.find(field);
    return it == flags.end() ? "" : it->second + ": ";
}

void setUpLogging() {
    // The store logs progress at info; people and scripts only need warnings, and stdout stays
    // reserved for the command's output.
    auto logger = std::make_shared<spdlog::logger>(
        "jcc-admin", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    logger->set_pattern("jcc-admin: %l: %v");
    logger->set_level(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

int runCommand(const jcc::admin::AdminInvocation& invocation) {
    using namespace jcc::admin;
    const auto& request = invocation.request;
    if (needsPassword(request.command)) {
        PasswordPrompt::requireSource(
            request.passwordFromStdin,
            request.command == AdminCommand::UserAdd ? "user add" : "user reset-password");
    }
    // A first Ctrl-C must not leave behind an embedded cluster this command started.
    std::optional<InterruptGuard> guard;
    if (!invocation.target.url) {
        guard.emplace();
    }
    AdminDatabase database(invocation.target, request.command == AdminCommand::DbMigrate);
    AdminCommands(database.connection(), invocation.target, osActor(), invocation.json, std::cout)
        .run(request);
    database.close();
    std::cout.flush();
    if (!std::cout) {
        return fail("cannot write the output (is stdout closed?)");
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    using namespace jcc::admin;
    setUpLogging();
    // A closed stdout (e.g. `| head`) becomes a write error that ends the command normally, so
    // an embedded cluster it started is still stopped.
    std::signal(SIGPIPE, SIG_IGN);
    AdminInvocation invocation;
    try {
        const char* dataDir = std::getenv("JCC_DATA");
        invocation = parseAdminArgs(std::vector<std::string>(argv + 1, argv + argc),
                                    dataDir ? std::optional<std::string>(dataDir) : std::nullopt,
                                    kSystemConfigFile);
    } catch (const UsageError& e) {
        return usageError(e);
    }
    switch (invocation.action) {
    case AdminInvocation::Action::ShowHelp:
        std::cout << invocation.helpText;
        return 0;
    case AdminInvocation::Action::ShowVersion:
        std::cout << "jcc-admin " << jcc::version() << "\n";
        return 0;
    case AdminInvocation::Action::Run:
        break;
    }
    try {
        return runCommand(invocation);
    } catch (const UsageError& e) {
        return usageError(e);
    } catch (const jcc::ProtocolError& e) {
        return fail(flagOf(e.field()) + e.what());
    } catch (const std::exception& e) {
        return fail(e.what());
    }
}
