#include "server/core/Metrics.hpp"

#include <sstream>

namespace jcc::server {

void Metrics::requestFinished(const std::string& op, const std::string& result) {
    std::lock_guard lock(m_mutex);
    ++m_requests[{op, result}];
}

void Metrics::outboundQueued(std::size_t before, std::size_t after) {
    m_outboundBytes += static_cast<long>(after) - static_cast<long>(before);
    const auto size = static_cast<long>(after);
    for (long max = m_outboundBytesMax.load(); size > max;) {
        if (m_outboundBytesMax.compare_exchange_weak(max, size)) {
            break;
        }
    }
}

void Metrics::databaseCall(double seconds) {
    std::lock_guard lock(m_mutex);
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        if (seconds <= kLatencyBuckets[i]) {
            ++m_dbBuckets[i];
        }
    }
    ++m_dbCount;
    m_dbSum += seconds;
}

void Metrics::commandBatch(std::size_t size, double seconds) {
    databaseCall(seconds);
    std::lock_guard lock(m_mutex);
    for (std::size_t i = 0; i < kBatchBuckets.size(); ++i) {
        if (size <= kBatchBuckets[i]) {
            ++m_batchBuckets[i];
        }
    }
    ++m_batchCount;
    m_batchCommands += static_cast<long>(size);
}

void Metrics::statementFinished(std::string_view statement, double seconds) noexcept {
    m_statements.record(statement, seconds);
}

std::string Metrics::render() const {
    std::ostringstream out;
    renderAtomics(out);
    renderLocked(out);
    m_statements.render(out);
    return out.str();
}

void Metrics::renderAtomics(std::ostream& out) const {
    out << "# HELP jcc_connections Open WebSocket connections.\n"
        << "# TYPE jcc_connections gauge\n"
        << "jcc_connections " << m_connections.load() << "\n"
        << "# HELP jcc_connections_total WebSocket connections accepted since start.\n"
        << "# TYPE jcc_connections_total counter\n"
        << "jcc_connections_total " << m_connectionsTotal.load() << "\n"
        << "# HELP jcc_connections_rejected_total Connections refused at the node's cap or at "
           "the cap per client address.\n"
        << "# TYPE jcc_connections_rejected_total counter\n"
        << "jcc_connections_rejected_total{cap=\"node\"} " << m_connectionsRejected.load() << "\n"
        << "jcc_connections_rejected_total{cap=\"address\"} " << m_connectionsRejectedAddress.load()
        << "\n"
        << "# HELP jcc_logins_throttled_total Password logins refused at the limit per client "
           "address and minute.\n"
        << "# TYPE jcc_logins_throttled_total counter\n"
        << "jcc_logins_throttled_total " << m_loginsThrottled.load() << "\n"
        << "# HELP jcc_slow_consumers_total Consoles disconnected for an overflowing queue.\n"
        << "# TYPE jcc_slow_consumers_total counter\n"
        << "jcc_slow_consumers_total " << m_slowConsumers.load() << "\n"
        << "# HELP jcc_outbound_queued_bytes Bytes queued for consoles, not yet written.\n"
        << "# TYPE jcc_outbound_queued_bytes gauge\n"
        << "jcc_outbound_queued_bytes " << m_outboundBytes.load() << "\n"
        << "# HELP jcc_outbound_queued_bytes_max The longest queue of one console since start, "
           "in bytes.\n"
        << "# TYPE jcc_outbound_queued_bytes_max gauge\n"
        << "jcc_outbound_queued_bytes_max " << m_outboundBytesMax.load() << "\n"
        << "# HELP jcc_command_batches_retried_total Command batches that could not commit, so "
           "their commands ran again one by one.\n"
        << "# TYPE jcc_command_batches_retried_total counter\n"
        << "jcc_command_batches_retried_total " << m_batchesRetried.load() << "\n"
        << "# HELP jcc_db_reconnects_total Database connections found dead and opened again to "
           "run their request once more.\n"
        << "# TYPE jcc_db_reconnects_total counter\n"
        << "jcc_db_reconnects_total " << m_dbReconnects.load() << "\n"
        << "# HELP jcc_login_failure_alerts_total Times an account reached another 20 failed "
           "logins (from any address) since its last successful login.\n"
        << "# TYPE jcc_login_failure_alerts_total counter\n"
        << "jcc_login_failure_alerts_total " << m_loginFailureAlerts.load() << "\n";
}

void Metrics::renderLocked(std::ostream& out) const {
    std::lock_guard lock(m_mutex);
    out << "# HELP jcc_requests_total Requests handled, by op and result.\n"
        << "# TYPE jcc_requests_total counter\n";
    for (const auto& [key, count] : m_requests) {
        out << "jcc_requests_total{op=\"" << key.first << "\",result=\"" << key.second << "\"} "
            << count << "\n";
    }
    out << "# HELP jcc_db_latency_seconds Time a database worker spent on one job.\n"
        << "# TYPE jcc_db_latency_seconds histogram\n";
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        out << "jcc_db_latency_seconds_bucket{le=\"" << kLatencyBuckets[i] << "\"} "
            << m_dbBuckets[i] << "\n";
    }
    out << "jcc_db_latency_seconds_bucket{le=\"+Inf\"} " << m_dbCount << "\n"
        << "jcc_db_latency_seconds_sum " << m_dbSum << "\n"
        << "jcc_db_latency_seconds_count " << m_dbCount << "\n";
    out << "# HELP jcc_command_batch_size Commands committed together in one transaction.\n"
        << "# TYPE jcc_command_batch_size histogram\n";
    for (std::size_t i = 0; i < kBatchBuckets.size(); ++i) {
        out << "jcc_command_batch_size_bucket{le=\"" << kBatchBuckets[i] << "\"} "
            << m_batchBuckets[i] << "\n";
    }
    out << "jcc_command_batch_size_bucket{le=\"+Inf\"} " << m_batchCount << "\n"
        << "jcc_command_batch_size_sum " << m_batchCommands << "\n"
        << "jcc_command_batch_size_count " << m_batchCount << "\n";
}

} // namespace jcc::server
