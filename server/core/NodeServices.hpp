#pragma once
// The services of one running node, wired together, and the context every connection shares:
// metrics, sessions, the ops, the database workers, the command writer, the limits, and the
// threads that listen to the database (revocations, events, overdue liaison requests).
#include "server/core/CommandWriter.hpp"
#include "server/core/ConnectionLimits.hpp"
#include "server/core/DbPool.hpp"
#include "server/core/EventFanout.hpp"
#include "server/core/LiaisonOverdueWatch.hpp"
#include "server/core/LoginThrottle.hpp"
#include "server/core/Metrics.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/RevocationListener.hpp"
#include "server/core/ServerContext.hpp"
#include "server/core/SessionRegistry.hpp"
#include "server/store/StatementObserver.hpp"

#include <string>

namespace jcc::server {

struct NodeServices {
    /// Creates the services; of their threads, only the database workers' run yet (waiting for
    /// jobs).
    NodeServices(const ServerConfig& config, const std::string& databaseUrl,
                 boost::asio::ssl::context& tls);

    /// Starts the command writer.
    void startWriter();
    /// Starts the threads that listen to the database.
    void startDatabaseListeners();
    /// Stops every thread, the database workers once they finished their queued jobs.
    void stop();

    Metrics metrics;
    /// Every statement's time goes to the metrics while the node's threads run (destroyed after
    /// them).
    store::StatementObserverScope statementTimes{metrics};
    SessionRegistry registry;
    const OpTable ops;
    DbPool db;
    DbPool logins;
    ConnectionLimits connections;
    LoginThrottle loginThrottle;
    CommandWriter writer;
    ServerContext context;
    RevocationListener revocations;
    EventFanout fanout;
    LiaisonOverdueWatch overdueWatch;
};

} // namespace jcc::server
