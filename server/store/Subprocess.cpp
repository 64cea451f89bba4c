#include "server/store/Subprocess.hpp"

#include <cerrno>
#include <fcntl.h>
#include <spawn.h>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace jcc::store {

namespace {

/// The environment without systemd's notification variables: PostgreSQL (built with systemd
/// support) would otherwise report READY=1 for jcc-server.service from a process that is not its
/// main one.
std::vector<char*> childEnvironment() {
    std::vector<char*> env;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string_view variable(*entry);
        if (!variable.starts_with("NOTIFY_SOCKET=") && !variable.starts_with("WATCHDOG_PID=") &&
            !variable.starts_with("WATCHDOG_USEC=")) {
            env.push_back(*entry);
        }
    }
    env.push_back(nullptr);
    return env;
}

} // namespace

int runProgram(const std::vector<std::string>& argv, const std::filesystem::path& log) {
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const auto& arg : argv) {
        args.push_back(const_cast<char*>(arg.c_str()));
    }
    args.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);

    pid_t pid = 0;
    const int rc =
        posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), childEnvironment().data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        return -1;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            return -1;
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace jcc::store
