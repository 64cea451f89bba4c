#pragma once
// What every scenario shares (the io_context, the client TLS context, the accounts and a way to
// open sessions of them) and the steps that bring a client connection into the state it needs.
#include "bench/BenchConnection.hpp"
#include "bench/BenchDatabase.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace jcc::bench {

struct BenchContext {
    net::io_context& io;
    ssl::context& tls;
    BenchAccount operatorAccount;
    BenchAccount supervisorAccount;
    /// A new session of the account, as a login makes it: its token. Every connection resumes a
    /// session of its own, as a console does (the server replaces a token at each resume).
    std::function<std::string(const BenchAccount&)> newSession;
    std::string runTag; ///< unique per jcc-bench run: request ids, call signs
    std::int64_t counter = 0;

    /// A request_id never used before (8 to 64 characters).
    std::string nextRequestId();
};

/// Connections dropped together when the set goes, also when a scenario fails half-way (so no
/// push handler outlives what it writes to).
class ConnectionSet {
public:
    ConnectionSet() = default;
    explicit ConnectionSet(std::vector<std::shared_ptr<BenchConnection>> connections)
        : m_connections(std::move(connections)) {}
    ConnectionSet(ConnectionSet&&) = default;
    ConnectionSet(const ConnectionSet&) = delete;
    ConnectionSet& operator=(const ConnectionSet&) = delete;
    ~ConnectionSet() { disconnectAll(); }

    void add(std::shared_ptr<BenchConnection> connection) {
        m_connections.push_back(std::move(connection));
    }
    void append(ConnectionSet&& other);
    BenchConnection& operator[](std::size_t index) { return *m_connections[index]; }
    std::size_t size() const { return m_connections.size(); }
    void disconnectAll();

private:
    std::vector<std::shared_ptr<BenchConnection>> m_connections;
};

/// A connection that has said hello.
net::awaitable<std::shared_ptr<BenchConnection>> openConnection(BenchContext& context,
                                                                const ServerEndpoint& endpoint);
/// Logs the operator and the supervisor in once, to check that the accounts work.
net::awaitable<void> checkLogins(BenchContext& context, const ServerEndpoint& endpoint);
/// hello, then resume a new session of `account` (opened in the database, as a login would: the
/// password hash is deliberately slow), as a reconnecting console does.
net::awaitable<std::shared_ptr<BenchConnection>>
openResumed(BenchContext& context, const ServerEndpoint& endpoint, const BenchAccount& account);
/// The newest event seq, from a subscribe on a throwaway connection.
net::awaitable<std::int64_t> currentSeq(BenchContext& context, const ServerEndpoint& endpoint);

/// Opens `count` operator connections spread round-robin over `endpoints`, each resumed and
/// subscribed from `sinceSeq` (so no snapshot is sent), `parallel` handshakes at a time; `onPush`
/// is given each connection's index.
net::awaitable<ConnectionSet>
openConsoles(BenchContext& context, const std::vector<ServerEndpoint>& endpoints, unsigned count,
             std::int64_t sinceSeq,
             const std::function<BenchConnection::PushHandler(unsigned index)>& onPush,
             unsigned parallel = 32);

/// Creates one available unit per writer (supervisor); returns their ids.
net::awaitable<std::vector<std::int64_t>>
createUnits(BenchContext& context, const ServerEndpoint& endpoint, unsigned count);

/// Runs `task` on the io_context until it finishes (connections opened earlier keep reading
/// meanwhile); rethrows its exception.
template <typename T> T runOn(net::io_context& io, net::awaitable<T> task) {
    std::exception_ptr failure;
    std::optional<T> result;
    bool done = false;
    net::co_spawn(io, std::move(task), [&](std::exception_ptr e, T value) {
        failure = e;
        if (!e) {
            result = std::move(value);
        }
        done = true;
    });
    io.restart();
    while (!done) {
        io.run_one();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    return std::move(*result);
}

inline void runOn(net::io_context& io, net::awaitable<void> task) {
    std::exception_ptr failure;
    bool done = false;
    net::co_spawn(io, std::move(task), [&](std::exception_ptr e) {
        failure = e;
        done = true;
    });
    io.restart();
    while (!done) {
        io.run_one();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}

} // namespace jcc::bench
