#include "server/core/SystemdNotifier.hpp"

#include <cstdint>
#include <cstring>
#include <spdlog/spdlog.h>
#include <systemd/sd-daemon.h>

namespace jcc::server {

namespace {

void notify(const std::string& state) {
    // unset_environment = 0: we keep $NOTIFY_SOCKET for the later messages; the programs we
    // start (the embedded PostgreSQL) get an environment without it (store::runProgram).
    const int rc = sd_notify(0, state.c_str());
    if (rc < 0) {
        spdlog::warn("cannot notify systemd ({}): {}", state.substr(0, state.find('\n')),
                     std::strerror(-rc));
    }
}

std::string oneLine(std::string text) {
    for (auto& c : text) {
        if (c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return text;
}

} // namespace

void SystemdNotifier::status(const std::string& text) {
    notify("STATUS=" + oneLine(text));
}

void SystemdNotifier::ready(const std::string& text) {
    notify("READY=1\nSTATUS=" + oneLine(text));
}

void SystemdNotifier::stopping(const std::string& text) {
    notify("STOPPING=1\nSTATUS=" + oneLine(text));
}

std::optional<std::chrono::milliseconds> SystemdNotifier::watchdogPeriod() {
    std::uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(usec / 2000);
}

void SystemdNotifier::watchdogAlive() {
    notify("WATCHDOG=1");
}

} // namespace jcc::server
