#pragma once
// Running programs from tests: to completion with input and captured output, or in the
// background with output in a log file.
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace jcc::test {

struct ProcessResult {
    int exitCode = -1; ///< -1 when killed by a signal
    std::string out;
    std::string err;
};

/// Runs argv to completion, writing `input` to its stdin; extra environment as NAME=VALUE.
ProcessResult runProcess(const std::vector<std::string>& argv, const std::string& input = {},
                         const std::vector<std::string>& extraEnv = {});

/// A program running in the background; killed (SIGKILL) if still running at destruction.
class ChildProcess {
public:
    ChildProcess(const std::vector<std::string>& argv, const std::filesystem::path& logFile);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    int pid() const { return m_pid; }
    bool running();
    void signal(int signal);
    /// Waits for exit up to `timeout`; returns the exit code, -1 for a signal, -2 on timeout.
    int wait(std::chrono::milliseconds timeout);

private:
    int m_pid = -1;
    int m_status = 0;
    bool m_exited = false;
};

/// Waits until `file` contains `text` (or `timeout` passes); returns the file's content.
std::string waitForText(const std::filesystem::path& file, const std::string& text,
                        std::chrono::milliseconds timeout);

} // namespace jcc::test
