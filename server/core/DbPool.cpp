#include "server/core/DbPool.hpp"

#include "server/core/Metrics.hpp"
#include "server/store/Database.hpp"

#include <chrono>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::server {

DbPool::DbPool(std::string url, unsigned workers, std::size_t queueLimit, Metrics& metrics)
    : m_url(std::move(url)), m_queueLimit(queueLimit), m_metrics(metrics) {
    for (unsigned i = 0; i < workers; ++i) {
        m_threads.emplace_back([this] { work(); });
    }
}

DbPool::~DbPool() {
    stop();
}

bool DbPool::post(Job job) {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_jobs.size() >= m_queueLimit) {
            return false;
        }
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

void DbPool::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto& thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
}

void DbPool::work() {
    std::unique_ptr<pqxx::connection> connection;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty()) {
                return;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        if (!connection || !connection->is_open()) {
            try {
                connection = store::openConnection(m_url);
                store::prepareStatements(*connection);
            } catch (const std::exception& e) {
                connection.reset();
                spdlog::error("database worker: {}", e.what());
                job.unavailable("database unavailable");
                continue;
            }
        }
        const auto started = std::chrono::steady_clock::now();
        try {
            job.run(*connection);
        } catch (const std::exception& e) {
            // Jobs answer their own errors; reaching here is a bug, not a reason to die.
            spdlog::error("database job failed unexpectedly: {}", e.what());
        }
        m_metrics.databaseCall(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }
}

} // namespace jcc::server
