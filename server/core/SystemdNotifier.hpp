#pragma once
// Tells systemd how the server is doing (jcc-server.service is Type=notify): STATUS= lines while
// it starts, READY=1 once it listens with the schema migrated, STOPPING=1 on a signal, and
// WATCHDOG=1 keep-alives sent from the I/O loop (WatchdogSec=). Outside systemd ($NOTIFY_SOCKET
// unset) every call does nothing.
#include <chrono>
#include <optional>
#include <string>

namespace jcc::server {

class SystemdNotifier {
public:
    /// A one-line status shown by `systemctl status jcc-server`.
    static void status(const std::string& text);
    /// READY=1 with a status line.
    static void ready(const std::string& text);
    /// STOPPING=1 with a status line.
    static void stopping(const std::string& text);
    /// The keep-alive period systemd expects (half of WatchdogSec=), or nullopt without a
    /// watchdog.
    static std::optional<std::chrono::milliseconds> watchdogPeriod();
    /// WATCHDOG=1.
    static void watchdogAlive();
};

} // namespace jcc::server
