#include "server/core/NodeServices.hpp"

#include <spdlog/spdlog.h>

namespace jcc::server {

namespace {

/// Logins and resumes waiting for the login pool; more are answered unavailable.
constexpr std::size_t kLoginQueue = 64;
/// Requests waiting for a database worker or for the command writer.
constexpr std::size_t kRequestQueue = 4096;

store::AccountSettings accountSettings(const ServerConfig& config, Metrics& metrics) {
    store::AccountSettings accounts{.lockoutThreshold = config.lockoutThreshold,
                                    .lockoutDuration = config.lockoutDuration,
                                    .sessionIdleExpiry = config.sessionIdleExpiry,
                                    .sessionLifetime = config.sessionLifetime,
                                    .node = config.nodeName};
    accounts.onFailureAlert = [&metrics](const User& user, int failures) {
        metrics.loginFailureAlert();
        spdlog::warn("account {}: {} failed logins since its last successful login, from any "
                     "address; someone may be guessing its password",
                     user.username, failures);
    };
    return accounts;
}

} // namespace

NodeServices::NodeServices(const ServerConfig& config, const std::string& databaseUrl,
                           boost::asio::ssl::context& tls)
    : ops(makeOpTable()),
      db(databaseUrl, config.statementTimeout, config.dbWorkers, kRequestQueue, metrics),
      logins(databaseUrl, config.statementTimeout, config.loginWorkers, kLoginQueue, metrics),
      connections(config.maxConnections, config.maxConnectionsPerAddress),
      loginThrottle(config.loginsPerAddress, config.loginDelayMax),
      writer(databaseUrl, config.statementTimeout, kRequestQueue, metrics),
      context{config,       accountSettings(config, metrics),
              tls,          db,
              logins,       writer,
              metrics,      registry,
              ops,          connections,
              loginThrottle},
      revocations(databaseUrl, registry, config.sessionLifetime), fanout(databaseUrl, registry),
      overdueWatch(databaseUrl, config.nodeName) {}

void NodeServices::startWriter() {
    writer.start(context);
}

void NodeServices::startDatabaseListeners() {
    revocations.start();
    fanout.start();
    overdueWatch.start();
}

void NodeServices::stop() {
    overdueWatch.stop();
    fanout.stop();
    revocations.stop();
    writer.stop();
    logins.stop();
    db.stop();
}

} // namespace jcc::server
