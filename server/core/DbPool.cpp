#include "server/core/DbPool.hpp"

#include "server/core/Metrics.hpp"
#include "server/store/Database.hpp"

#include <chrono>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::server {

DbPool::DbPool(std::string url, std::chrono::milliseconds statementTimeout, unsigned workers,
               std::size_t queueLimit, Metrics& metrics)
    : m_url(std::move(url)), m_statementTimeout(statementTimeout), m_metrics(metrics),
      m_jobs(queueLimit) {
    for (unsigned i = 0; i < workers; ++i) {
        m_threads.emplace_back([this] { work(); });
    }
}

DbPool::~DbPool() {
    stop();
}

bool DbPool::post(Job job) {
    return m_jobs.push(std::move(job));
}

void DbPool::stop() {
    m_jobs.close();
    for (auto& thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
}

bool DbPool::connect(std::shared_ptr<pqxx::connection_base>& connection) {
    if (connection && connection->is_open()) {
        return true;
    }
    try {
        connection = store::openWorkerConnection(m_url, m_statementTimeout);
        return true;
    } catch (const std::exception& e) {
        connection.reset();
        spdlog::error("database worker: {}", e.what());
        return false;
    }
}

void DbPool::runJob(Job& job, std::shared_ptr<pqxx::connection_base>& connection) {
    // A connection the database dropped (a restart, a failover) shows only when it is used: the
    // job runs again once on a new one. Only jobs that let broken_connection through get here,
    // and they do so only when nothing of theirs can have committed.
    for (int attempt = 1;; ++attempt) {
        if (!connect(connection)) {
            return job.unavailable("database unavailable");
        }
        try {
            return job.run(*connection);
        } catch (const pqxx::broken_connection& e) {
            connection.reset();
            if (attempt == 2) {
                spdlog::error("database worker: connection lost again: {}", e.what());
                return job.unavailable("database connection lost");
            }
            m_metrics.databaseReconnected();
            spdlog::warn("database worker: connection lost ({}); reconnecting to run the request "
                         "again",
                         e.what());
        } catch (const std::exception& e) {
            // Jobs answer their own errors; reaching here is a bug, not a reason to die.
            return spdlog::error("database job failed unexpectedly: {}", e.what());
        }
    }
}

void DbPool::work() {
    // Shared only for its type-erased deleter, as in CommandWriter.
    std::shared_ptr<pqxx::connection_base> connection;
    for (;;) {
        auto taken = m_jobs.take(1);
        if (taken.empty()) {
            return;
        }
        const auto started = std::chrono::steady_clock::now();
        runJob(taken.front(), connection);
        m_metrics.databaseCall(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }
}

} // namespace jcc::server
