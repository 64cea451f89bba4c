#pragma once
// The writer of mutating commands (docs/decisions/0002-batched-commands.md): one thread with its
// own connection takes every command queued at that moment (at most kMaxBatch, never waiting for
// more) and runs them in one transaction, each in its own savepoint. Replies are handed back only
// after the shared commit; when the batch fails, its commands run again one by one.
#include "common/Envelope.hpp"
#include "server/core/Command.hpp"
#include "server/core/JobQueue.hpp"
#include "server/core/OpReply.hpp"

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
struct ServerContext;

class CommandWriter {
public:
    static constexpr std::size_t kMaxBatch = 64;

    struct Job {
        std::shared_ptr<const Request> request;
        SessionState state;
        std::string clientAddress;
        const CommandBody* body = nullptr; ///< the op's, from the OpTable
        /// Receives the reply on the writer's thread, after the commit.
        std::function<void(OpReply)> done;
        nlohmann::json prepared = nullptr; ///< what the op's beforeCommand read
    };

    /// The writer's statements are cancelled after `statementTimeout`.
    CommandWriter(std::string url, std::chrono::milliseconds statementTimeout,
                  std::size_t queueLimit, Metrics& metrics);
    ~CommandWriter();
    CommandWriter(const CommandWriter&) = delete;
    CommandWriter& operator=(const CommandWriter&) = delete;

    /// Set before the first post: the context the commands run in.
    void start(const ServerContext& context);
    /// Queues a command; false when the queue is full (the caller answers "unavailable").
    bool post(Job job);
    /// Finishes the queued commands, then joins the thread.
    void stop();

private:
    void work();
    /// Commits `batch`; a lost connection is opened again and the batch run once more, unless
    /// `reconnected` says this already happened.
    void runBatch(std::vector<Job>& batch, bool reconnected = false);
    void runAgainOnNewConnection(std::vector<Job>& batch, const std::exception& lost);
    /// Answers every command of `batch` with the reply to `error` (see failed()).
    void failAll(std::vector<Job>& batch, const std::exception& error);
    /// One transaction for `batch`; throws (having replied to nobody) when it cannot commit.
    void commitTogether(std::vector<Job>& batch);
    bool connect(std::vector<Job>& batch);

    std::string m_url;
    std::chrono::milliseconds m_statementTimeout;
    Metrics& m_metrics;
    const ServerContext* m_context = nullptr;
    /// Shared only for its type-erased deleter: pqxx::connection is an alias, not declarable here.
    std::shared_ptr<pqxx::connection_base> m_connection;
    JobQueue<Job> m_jobs;
    std::thread m_thread;
};

} // namespace jcc::server
