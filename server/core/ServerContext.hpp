#pragma once
// What every connection of one server node shares: settings and services. Outlives them all.
#include "server/core/Config.hpp"
#include "server/store/AccountService.hpp"

#include <atomic>
#include <cstddef>

namespace boost::asio::ssl {
class context;
}

namespace jcc::server {

class CommandWriter;
class DbPool;
class Metrics;
class OpTable;
class SessionRegistry;

struct ServerContext {
    const ServerConfig& config;
    store::AccountSettings accounts;
    boost::asio::ssl::context& tls;
    DbPool& db;
    CommandWriter& writer;
    Metrics& metrics;
    SessionRegistry& registry;
    const OpTable& ops;
    std::atomic<bool> shuttingDown{false};
    std::atomic<std::size_t> openConnections{0};
};

/// Holds one place under the connection cap for as long as a connection lives.
class ConnectionSlot {
public:
    explicit ConnectionSlot(ServerContext& context) : m_context(context) {
        ++m_context.openConnections;
    }
    ~ConnectionSlot() { --m_context.openConnections; }
    ConnectionSlot(const ConnectionSlot&) = delete;
    ConnectionSlot& operator=(const ConnectionSlot&) = delete;

private:
    ServerContext& m_context;
};

} // namespace jcc::server
