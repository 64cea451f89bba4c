#include "server/core/DbPool.hpp"

#include "server/core/Metrics.hpp"
#include "server/store/Database.hpp"

#include <chrono>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::server {

DbPool::DbPool(std::string url, unsigned workers, std::size_t queueLimit, Metrics& metrics)
    : m_url(std::move(url)), m_metrics(metrics), m_jobs(queueLimit) {
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

void DbPool::work() {
    std::unique_ptr<pqxx::connection> connection;
    for (;;) {
        auto taken = m_jobs.take(1);
        if (taken.empty()) {
            return;
        }
        Job& job = taken.front();
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
