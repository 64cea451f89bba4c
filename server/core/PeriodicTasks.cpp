#include "server/core/PeriodicTasks.hpp"

#include <algorithm>

namespace jcc::server {

void PeriodicTasks::add(Duration interval, Duration firstAfter, std::function<void()> job) {
    m_tasks.push_back({interval, firstAfter, {}, std::move(job)});
}

void PeriodicTasks::start() {
    const auto now = std::chrono::steady_clock::now();
    for (auto& task : m_tasks) {
        task.due = now + task.firstAfter;
    }
    runDue();
}

void PeriodicTasks::runDue() {
    // One wait is outstanding at a time, so the tasks are never touched by two threads at once.
    for (auto& task : m_tasks) {
        if (task.due <= std::chrono::steady_clock::now()) {
            task.job();
            task.due = std::chrono::steady_clock::now() + task.interval;
        }
    }
    waitForNext();
}

void PeriodicTasks::waitForNext() {
    if (m_tasks.empty()) {
        return;
    }
    const auto next = std::min_element(m_tasks.begin(), m_tasks.end(),
                                       [](const Task& a, const Task& b) { return a.due < b.due; });
    m_timer.expires_at(next->due);
    m_timer.async_wait([this](beast::error_code ec) {
        if (!ec) {
            runDue();
        }
    });
}

} // namespace jcc::server
