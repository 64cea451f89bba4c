#include "server/admin/PasswordPrompt.hpp"

#include "common/PasswordPolicy.hpp"
#include "server/admin/InterruptGuard.hpp"
#include "server/admin/UsageError.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <poll.h>
#include <stdexcept>
#include <termios.h>
#include <unistd.h>

namespace jcc::admin {

namespace {

constexpr int kTerminalAttempts = 3;
constexpr int kInterruptCheckMs = 100;

std::runtime_error systemError(const std::string& what) {
    return std::runtime_error(what + ": " + std::strerror(errno));
}

/// Turns terminal echo off (keeping the newline) and back on when it goes away.
class EchoOff {
public:
    EchoOff() {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0) {
            throw systemError("cannot read the terminal settings");
        }
        termios silent = m_saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) != 0) {
            throw systemError("cannot turn off the terminal echo");
        }
    }
    ~EchoOff() { tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved); }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
};

std::string readHiddenLine(const std::string& prompt) {
    InterruptGuard guard;
    // Echo goes off before the prompt appears, so nothing typed after it can be echoed.
    EchoOff echoOff;
    std::cerr << prompt << std::flush;
    std::string line;
    for (;;) {
        // Checked before every wait: a signal that arrives just before a blocking read would
        // otherwise leave it waiting for a key.
        if (InterruptGuard::interrupted()) {
            std::cerr << '\n';
            throw std::runtime_error("interrupted at the password prompt; nothing changed");
        }
        pollfd input{STDIN_FILENO, POLLIN, 0};
        const int ready = poll(&input, 1, kInterruptCheckMs);
        if (ready < 0 && errno != EINTR) {
            throw systemError("cannot wait for the password from the terminal");
        }
        if (ready <= 0) {
            continue;
        }
        char c = 0;
        const auto n = read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw systemError("cannot read the password from the terminal");
        }
        if (n == 0 && line.empty()) {
            std::cerr << '\n';
            throw std::runtime_error("no password entered (end of input); nothing changed");
        }
        if (n == 0 || c == '\n') {
            return line;
        }
        line += c;
    }
}

std::string readStdinLine() {
    std::string line;
    if (!std::getline(std::cin, line) && line.empty()) {
        throw std::runtime_error("no password on stdin; --password-stdin expects it as one line");
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

} // namespace

void PasswordPrompt::requireSource(bool fromStdin, const std::string& helpTopic) {
    if (!fromStdin && isatty(STDIN_FILENO) == 0) {
        throw UsageError("stdin is not a terminal, so the password cannot be asked for; "
                         "pipe it in with --password-stdin",
                         helpTopic);
    }
}

std::string PasswordPrompt::readNewPassword(const std::string& username) const {
    if (m_fromStdin) {
        std::string password = readStdinLine();
        if (auto problem = checkPasswordPolicy(username, password)) {
            throw std::runtime_error(*problem);
        }
        return password;
    }
    std::string problem;
    for (int attempt = 1; attempt <= kTerminalAttempts; ++attempt) {
        std::string password = readHiddenLine("New password for " + username + ": ");
        if (auto refused = checkPasswordPolicy(username, password)) {
            problem = *refused;
        } else if (readHiddenLine("Repeat the password: ") != password) {
            problem = "the two passwords differ";
        } else {
            return password;
        }
        if (attempt < kTerminalAttempts) {
            std::cerr << problem << "; try again.\n";
        }
    }
    throw std::runtime_error(problem + " (gave up after " + std::to_string(kTerminalAttempts) +
                             " tries; nothing changed)");
}

} // namespace jcc::admin
