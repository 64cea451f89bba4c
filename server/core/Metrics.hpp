#pragma once
// Counters and histograms exposed at GET /metrics in the Prometheus text format. Thread-safe.
#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>

namespace jcc::server {

class Metrics {
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

    std::string render() const;

private:
    static constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                     0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
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
    std::array<long, kBuckets.size()> m_dbBuckets{};
    long m_dbCount = 0;
    double m_dbSum = 0;
    static constexpr std::array<std::size_t, 7> kBatchBuckets{1, 2, 4, 8, 16, 32, 64};
    std::array<long, kBatchBuckets.size()> m_batchBuckets{};
    long m_batchCount = 0;
    long m_batchCommands = 0;
};

} // namespace jcc::server
