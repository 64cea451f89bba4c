// The no-echo password prompt, driven through a pseudo-terminal as a person would use it.
#include "tests/admin/AdminCli.hpp"
#include "tests/admin/TempDataDir.hpp"
#include "tests/support/TestDatabase.hpp"

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace jcc::test;
using namespace std::chrono_literals;

namespace {

struct TerminalStep {
    std::string prompt; ///< text to wait for since the previous step
    std::string typed;  ///< then typed as-is (add "\n" for Enter)
};

struct TerminalRun {
    int exitCode = -1;
    std::string screen; ///< everything the program wrote to the terminal
    bool echoRestored = false;
};

/// Runs jcc-admin on a pseudo-terminal and types each step once its prompt has appeared.
TerminalRun runOnTerminal(const std::vector<std::string>& args,
                          const std::vector<TerminalStep>& steps) {
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::vector<char*> argv{const_cast<char*>(JCC_ADMIN_BINARY)};
        for (const auto& arg : args) {
            argv.push_back(const_cast<char*>(arg.c_str()));
        }
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    TerminalRun run;
    std::size_t step = 0;
    std::size_t searchFrom = 0;
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    for (;;) {
        if (std::chrono::steady_clock::now() > deadline) {
            // SIGTERM first, so a cluster it started is stopped; SIGKILL if that does not help.
            kill(pid, SIGTERM);
            const auto grace = std::chrono::steady_clock::now() + 20s;
            while (waitpid(pid, nullptr, WNOHANG) == 0) {
                if (std::chrono::steady_clock::now() > grace) {
                    kill(pid, SIGKILL);
                    waitpid(pid, nullptr, 0);
                    break;
                }
                poll(nullptr, 0, 50);
            }
            close(master);
            FAIL("jcc-admin did not finish on the terminal; screen so far:\n" << run.screen);
        }
        pollfd fd{master, POLLIN, 0};
        if (poll(&fd, 1, 100) > 0) {
            char buffer[1024];
            const auto n = read(master, buffer, sizeof(buffer));
            if (n <= 0) {
                break; // EIO: the program exited and closed the terminal
            }
            run.screen.append(buffer, static_cast<std::size_t>(n));
        }
        if (step < steps.size()) {
            const auto found = run.screen.find(steps[step].prompt, searchFrom);
            if (found != std::string::npos) {
                searchFrom = found + steps[step].prompt.size();
                REQUIRE(write(master, steps[step].typed.data(), steps[step].typed.size()) ==
                        static_cast<ssize_t>(steps[step].typed.size()));
                ++step;
            }
        }
    }
    termios settings{};
    run.echoRestored = tcgetattr(master, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
    close(master);
    int status = 0;
    waitpid(pid, &status, 0);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    INFO(run.screen);
    CHECK(step == steps.size());
    return run;
}

std::vector<std::string> addNovak(const std::string& dbUrl) {
    return {"--db", dbUrl,    "user",     "add",    "novak",    "--country",
            "CZ",   "--role", "operator", "--name", "Jan Novák"};
}

} // namespace

TEST_CASE("the prompt asks twice and never echoes the password", "[admin][prompt]") {
    TestDatabase db;
    const std::string password = kGoodPassword;
    const auto run =
        runOnTerminal(addNovak(db.url()), {{"New password for novak: ", password + "\n"},
                                           {"Repeat the password: ", password + "\n"}});
    INFO(run.screen);
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.screen, Catch::Contains("created operator 'novak'"));
    CHECK_THAT(run.screen, !Catch::Contains(password));
    CHECK(run.echoRestored);
    CHECK(runAdminOn(db.url(), {"user", "show", "novak"}).exitCode == 0);
}

TEST_CASE("the prompt explains a refused or mismatched password and asks again",
          "[admin][prompt]") {
    TestDatabase db;
    const std::string password = kGoodPassword;
    SECTION("accepted on the third try") {
        const auto run =
            runOnTerminal(addNovak(db.url()), {{"New password for novak: ", "kratke\n"},
                                               {"try again", ""},
                                               {"New password for novak: ", password + "\n"},
                                               {"Repeat the password: ", "Something-else-42\n"},
                                               {"try again", ""},
                                               {"New password for novak: ", password + "\n"},
                                               {"Repeat the password: ", password + "\n"}});
        INFO(run.screen);
        CHECK(run.exitCode == 0);
        CHECK_THAT(run.screen, Catch::Contains("at least 12 characters long; try again") &&
                                   Catch::Contains("the two passwords differ; try again"));
        CHECK(runAdminOn(db.url(), {"user", "show", "novak"}).exitCode == 0);
    }
    SECTION("three refusals give up and change nothing") {
        std::vector<TerminalStep> steps;
        for (int attempt = 0; attempt < 3; ++attempt) {
            steps.push_back({"New password for novak: ", "123456789012\n"});
        }
        const auto run = runOnTerminal(addNovak(db.url()), steps);
        INFO(run.screen);
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.screen, Catch::Contains("jcc-admin: password is on the list of commonly "
                                               "used passwords (gave up after 3 tries"));
        CHECK(runAdminOn(db.url(), {"user", "show", "novak"}).exitCode == 1);
    }
}

TEST_CASE("Ctrl-C at the prompt restores the terminal and stops the embedded cluster",
          "[admin][prompt][embedded]") {
    const TempDataDir temp("jcc-admin-tty-");
    const auto& dataDir = temp.path();
    REQUIRE(runAdmin({"--data-dir", dataDir.string(), "db", "migrate"}).exitCode == 0);
    const auto run =
        runOnTerminal({"--data-dir", dataDir.string(), "user", "reset-password", "novak"}, {});
    // No user yet: refused before any prompt.
    CHECK(run.exitCode == 1);
    CHECK_THAT(run.screen, Catch::Contains("no user named 'novak'"));
    REQUIRE(runAdmin({"--data-dir", dataDir.string(), "user", "add", "novak", "--role", "operator",
                      "--country", "CZ", "--name", "Jan Novák", "--password-stdin"},
                     std::string(kGoodPassword) + "\n")
                .exitCode == 0);
    const auto interrupted =
        runOnTerminal({"--data-dir", dataDir.string(), "user", "reset-password", "novak"},
                      {{"New password for novak: ", "\x03"}});
    INFO(interrupted.screen);
    CHECK(interrupted.exitCode == 1);
    CHECK_THAT(interrupted.screen, Catch::Contains("interrupted at the password prompt"));
    CHECK(interrupted.echoRestored);
    CHECK_FALSE(std::filesystem::exists(dataDir / "pg" / "postmaster.pid"));
}
