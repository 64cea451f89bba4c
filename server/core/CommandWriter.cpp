#include "server/core/CommandWriter.hpp"

#include "server/core/Metrics.hpp"
#include "server/core/ServerContext.hpp"
#include "server/store/Database.hpp"
#include "server/store/EventLog.hpp"

#include <chrono>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::server {

CommandWriter::CommandWriter(std::string url, std::chrono::milliseconds statementTimeout,
                             std::size_t queueLimit, Metrics& metrics)
    : m_url(std::move(url)), m_statementTimeout(statementTimeout), m_metrics(metrics),
      m_jobs(queueLimit) {}

CommandWriter::~CommandWriter() {
    stop();
}

void CommandWriter::start(const ServerContext& context) {
    m_context = &context;
    m_thread = std::thread([this] { work(); });
}

bool CommandWriter::post(Job job) {
    return m_jobs.push(std::move(job));
}

void CommandWriter::stop() {
    m_jobs.close();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void CommandWriter::work() {
    for (;;) {
        // Whatever is queued now, up to the bound: a lone command never waits for company.
        std::vector<Job> batch = m_jobs.take(kMaxBatch);
        if (batch.empty()) {
            return;
        }
        const auto started = std::chrono::steady_clock::now();
        runBatch(batch);
        m_metrics.commandBatch(
            batch.size(),
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }
}

bool CommandWriter::connect(std::vector<Job>& batch) {
    if (m_connection && m_connection->is_open()) {
        return true;
    }
    try {
        m_connection = store::openWorkerConnection(m_url, m_statementTimeout);
        return true;
    } catch (const std::exception& e) {
        m_connection.reset();
        spdlog::error("command writer: {}", e.what());
        for (auto& job : batch) {
            job.done(unavailable(*job.request, "database unavailable"));
        }
        return false;
    }
}

void CommandWriter::runBatch(std::vector<Job>& batch, bool reconnected) {
    if (!connect(batch)) {
        return;
    }
    try {
        return commitTogether(batch);
    } catch (const pqxx::broken_connection& e) {
        if (!reconnected) {
            return runAgainOnNewConnection(batch, e);
        }
        return failAll(batch, e);
    } catch (const pqxx::in_doubt_error& e) {
        // The commit may or may not have happened: the request ids make running it again safe.
        if (!reconnected) {
            return runAgainOnNewConnection(batch, e);
        }
        return failAll(batch, e);
    } catch (const std::exception& e) {
        if (batch.size() == 1) {
            auto& job = batch.front();
            return job.done(
                failed(*job.request, e, job.state, job.clientAddress, m_context->config.nodeName));
        }
        // Nothing of the batch is committed: each command runs again on its own, and a request id
        // whose commit did happen after all returns its stored result (decision 5).
        spdlog::warn("a batch of {} commands failed ({}); running them one by one", batch.size(),
                     e.what());
        m_metrics.commandBatchRetried();
    }
    for (auto& job : batch) {
        std::vector<Job> alone;
        alone.push_back(std::move(job));
        runBatch(alone, reconnected);
    }
}

void CommandWriter::runAgainOnNewConnection(std::vector<Job>& batch, const std::exception& lost) {
    // A connection the database dropped (a restart, a failover) shows only when it is used.
    spdlog::warn("command writer: connection lost ({}); reconnecting to run {} command(s) again",
                 lost.what(), batch.size());
    m_connection.reset();
    m_metrics.databaseReconnected();
    runBatch(batch, true);
}

void CommandWriter::failAll(std::vector<Job>& batch, const std::exception& error) {
    m_connection.reset();
    for (auto& job : batch) {
        job.done(
            failed(*job.request, error, job.state, job.clientAddress, m_context->config.nodeName));
    }
}

void CommandWriter::commitTogether(std::vector<Job>& batch) {
    std::vector<OpReply> replies;
    replies.reserve(batch.size());
    std::int64_t lastSeq = 0;
    {
        pqxx::work txn(*m_connection, "commands");
        // Taken first, so writers on every node queue for the seq lock holding no other lock.
        store::EventLog::lockSequence(txn);
        for (const auto& job : batch) {
            const OpInput input{*job.request, job.state, job.clientAddress, *m_context,
                                job.prepared};
            try {
                replies.push_back(
                    succeeded(*job.request, runCommand(txn, input, *job.body, lastSeq)));
            } catch (const ProtocolError& error) {
                replies.push_back(refused(*job.request, error));
            }
        }
        if (lastSeq > 0) {
            store::EventLog::notify(txn, lastSeq);
        }
        txn.commit();
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        batch[i].done(std::move(replies[i]));
    }
}

} // namespace jcc::server
