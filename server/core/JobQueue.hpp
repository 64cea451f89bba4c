#pragma once
// A bounded queue of jobs between the network threads and a database thread: push() refuses when
// full or closed; take() waits for jobs and returns up to `most` of them, or none once the queue
// is closed and drained.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

namespace jcc::server {

template <typename Job> class JobQueue {
public:
    explicit JobQueue(std::size_t limit) : m_limit(limit) {}

    /// False when the queue is full or closed (the caller answers "unavailable").
    bool push(Job job) {
        {
            std::lock_guard lock(m_mutex);
            if (m_closed || m_jobs.size() >= m_limit) {
                return false;
            }
            m_jobs.push_back(std::move(job));
        }
        m_wake.notify_one();
        return true;
    }

    /// Waits for jobs; returns what is queued now, at most `most`, oldest first. Empty means
    /// closed with nothing left.
    std::vector<Job> take(std::size_t most) {
        std::vector<Job> jobs;
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_closed || !m_jobs.empty(); });
        while (!m_jobs.empty() && jobs.size() < most) {
            jobs.push_back(std::move(m_jobs.front()));
            m_jobs.pop_front();
        }
        return jobs;
    }

    /// Refuses new jobs; takers finish what is queued, then get nothing.
    void close() {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_wake.notify_all();
    }

private:
    std::size_t m_limit;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_closed = false;
};

} // namespace jcc::server
