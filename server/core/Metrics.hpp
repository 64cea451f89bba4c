#pragma once
// Counters and histograms exposed at GET /metrics in the Prometheus text format. Thread-safe.
#include "server/core/StatementTimes.hpp"
#include "server/store/StatementObserver.hpp"

#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <ostream>
#include <string>

namespace jcc::server {

/// Registered with store::StatementObserverScope at start-up, it also times every statement.
class Metrics : public store::StatementObserver {
public:
    void connectionOpened() {
        ++m_connections;
        ++m_connectionsTotal;
    }
    void connectionClosed() { --m_connections; }
    /// A connection refused at --max-connections (node) or --max-connections-per-address.
    void connectionRejected(bool addressFull) {
        ++(addressFull ? m_connectionsRejectedAddress : m_connectionsRejected);
    }
    /// A password login refused at --logins-per-address.
    void loginThrottled() { ++m_loginsThrottled; }
    void slowConsumerDisconnected() { ++m_slowConsumers; }
    /// A console's outbound queue changed from `before` to `after` bytes.
    void outboundQueued(std::size_t before, std::size_t after);
    /// Counts a request by op (unknown ops under "unknown") and result ("ok" or an error code).
    void requestFinished(const std::string& op, const std::string& result);
    void databaseCall(double seconds);
    /// A batch of `size` commands that the CommandWriter ran in `seconds` (commit included).
    void commandBatch(std::size_t size, double seconds);
    /// A batch that could not commit, so its commands ran again one by one.
    void commandBatchRetried() { ++m_batchesRetried; }
    /// A database connection found dead and opened again to run its request once more.
    void databaseReconnected() { ++m_dbReconnects; }
    /// An account reached another store::AccountSettings::failureAlertEvery failed logins.
    void loginFailureAlert() { ++m_loginFailureAlerts; }
    void statementFinished(std::string_view statement, double seconds) noexcept override;

    std::string render() const;

private:
    /// The counters and gauges kept in atomics.
    void renderAtomics(std::ostream& out) const;
    /// The request counts and the histograms kept under m_mutex.
    void renderLocked(std::ostream& out) const;

    std::atomic<long> m_connections{0};
    std::atomic<long> m_connectionsTotal{0};
    std::atomic<long> m_connectionsRejected{0};
    std::atomic<long> m_connectionsRejectedAddress{0};
    std::atomic<long> m_loginsThrottled{0};
    std::atomic<long> m_slowConsumers{0};
    std::atomic<long> m_outboundBytes{0};
    std::atomic<long> m_outboundBytesMax{0};
    std::atomic<long> m_batchesRetried{0};
    std::atomic<long> m_dbReconnects{0};
    std::atomic<long> m_loginFailureAlerts{0};

    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, std::string>, long> m_requests;
    std::array<long, kLatencyBuckets.size()> m_dbBuckets{};
    long m_dbCount = 0;
    double m_dbSum = 0;
    static constexpr std::array<std::size_t, 7> kBatchBuckets{1, 2, 4, 8, 16, 32, 64};
    std::array<long, kBatchBuckets.size()> m_batchBuckets{};
    long m_batchCount = 0;
    long m_batchCommands = 0;
    StatementTimes m_statements;
};

} // namespace jcc::server
