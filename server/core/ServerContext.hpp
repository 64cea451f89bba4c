#pragma once
// What every connection of one server node shares: settings and services. Outlives them all.
#include "server/core/Config.hpp"
#include "server/store/AccountService.hpp"

#include <atomic>

namespace boost::asio::ssl {
class context;
}

namespace jcc::server {

class CommandWriter;
class ConnectionLimits;
class DbPool;
class LoginThrottle;
class Metrics;
class OpTable;
class SessionRegistry;

struct ServerContext {
    const ServerConfig& config;
    store::AccountSettings accounts;
    boost::asio::ssl::context& tls;
    DbPool& db;
    DbPool& logins; ///< login and resume only, so that a flood of them holds up nothing else
    CommandWriter& writer;
    Metrics& metrics;
    SessionRegistry& registry;
    const OpTable& ops;
    ConnectionLimits& connections;
    LoginThrottle& loginThrottle;
    std::atomic<bool> shuttingDown{false};
};

} // namespace jcc::server
