#include "server/core/PeriodicJobs.hpp"

#include "server/core/DbPool.hpp"
#include "server/core/ServerContext.hpp"
#include "server/core/SessionRegistry.hpp"
#include "server/core/SystemdNotifier.hpp"
#include "server/store/EventLog.hpp"
#include "server/store/RequestResults.hpp"
#include "server/store/SessionRepository.hpp"

#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::server {

namespace {

constexpr std::chrono::minutes kSessionTouchInterval{5};
constexpr std::chrono::hours kPruneInterval{1};

/// Idle expiry counts from the last use: keep the sessions of open connections fresh.
void touchLiveSessions(ServerContext& context) {
    auto ids = context.registry.liveSessionIds();
    if (ids.empty()) {
        return;
    }
    context.db.post({[ids = std::move(ids)](pqxx::connection_base& connection) {
                         try {
                             pqxx::work txn(connection, "touch_live_sessions");
                             store::SessionRepository::touchAll(txn, ids);
                             txn.commit();
                         } catch (const std::exception& e) {
                             spdlog::warn("cannot record session use: {}", e.what());
                         }
                     },
                     [](const std::string&) {}});
}

/// Bounded event log: old events and request results go (consoles away longer get a snapshot).
void pruneEventLog(ServerContext& context) {
    context.db.post(
        {[retention = context.config.eventRetention](pqxx::connection_base& connection) {
             try {
                 pqxx::work txn(connection, "prune_event_log");
                 const auto events = store::EventLog::prune(txn, retention);
                 const auto results = store::RequestResults::prune(txn, retention);
                 txn.commit();
                 if (events + results > 0) {
                     spdlog::info("pruned {} event(s) and {} request result(s)", events, results);
                 }
             } catch (const std::exception& e) {
                 spdlog::warn("cannot prune the event log: {}", e.what());
             }
         },
         [](const std::string&) {}});
}

} // namespace

void addPeriodicJobs(PeriodicTasks& tasks, ServerContext& context) {
    // WATCHDOG=1 every half WatchdogSec= from the I/O loop: when the loop stops turning, the
    // keep-alives stop and systemd restarts the server. Also while the node drains.
    if (const auto period = SystemdNotifier::watchdogPeriod()) {
        tasks.add(*period, {}, [] { SystemdNotifier::watchdogAlive(); });
    }
    tasks.add(kSessionTouchInterval, kSessionTouchInterval, [&context] {
        if (!context.shuttingDown) {
            touchLiveSessions(context);
        }
    });
    tasks.add(kPruneInterval, {}, [&context] {
        if (!context.shuttingDown) {
            pruneEventLog(context);
        }
    });
}

} // namespace jcc::server
