#pragma once
// The node's periodic jobs (the systemd watchdog's keep-alive, keeping live sessions fresh,
// pruning the event log) run from one timer on the I/O loop, each at its own interval.
#include "server/core/Net.hpp"

#include <chrono>
#include <functional>
#include <vector>

namespace jcc::server {

class PeriodicTasks {
public:
    using Duration = std::chrono::steady_clock::duration;

    explicit PeriodicTasks(net::io_context& io) : m_timer(io) {}

    /// Runs `job` on the I/O loop `firstAfter` after start(), then every `interval` after the
    /// previous run. Call before start().
    void add(Duration interval, Duration firstAfter, std::function<void()> job);
    /// Starts the timer; the jobs run until the loop stops (io.stop()). A job that should not
    /// run while the node drains checks ServerContext::shuttingDown itself.
    void start();

private:
    struct Task {
        Duration interval;
        Duration firstAfter;
        std::chrono::steady_clock::time_point due;
        std::function<void()> job;
    };

    void runDue();
    void waitForNext();

    net::steady_timer m_timer;
    std::vector<Task> m_tasks;
};

} // namespace jcc::server
