#pragma once
// Database workers: a few threads, each with its own connection, taking jobs from one bounded
// queue, so that libpqxx's blocking calls never run on the network threads.
#include "server/core/JobQueue.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace jcc::server {

class Metrics;

class DbPool {
public:
    /// A job gets a connection with the named statements prepared. A job that cannot get one
    /// (database down) receives the reason through `unavailable`. A job that throws
    /// pqxx::broken_connection, which it may only do when nothing of it can have committed, runs
    /// once more on a new connection.
    struct Job {
        std::function<void(pqxx::connection_base&)> run;
        std::function<void(const std::string& reason)> unavailable;
    };

    /// Each worker's statements are cancelled after `statementTimeout`.
    DbPool(std::string url, std::chrono::milliseconds statementTimeout, unsigned workers,
           std::size_t queueLimit, Metrics& metrics);
    ~DbPool();
    DbPool(const DbPool&) = delete;
    DbPool& operator=(const DbPool&) = delete;

    /// Queues a job; false when the queue is full (the caller answers "unavailable").
    bool post(Job job);
    /// Finishes queued jobs, then joins the workers.
    void stop();

private:
    void work();
    bool connect(std::shared_ptr<pqxx::connection_base>& connection);
    void runJob(Job& job, std::shared_ptr<pqxx::connection_base>& connection);

    std::string m_url;
    std::chrono::milliseconds m_statementTimeout;
    Metrics& m_metrics;
    JobQueue<Job> m_jobs;
    std::vector<std::thread> m_threads;
};

} // namespace jcc::server
