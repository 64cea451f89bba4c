#include "server/core/StatementTimes.hpp"

namespace jcc::server {

void StatementTimes::record(std::string_view statement, double seconds) {
    std::lock_guard lock(m_mutex);
    auto it = m_byStatement.find(statement);
    if (it == m_byStatement.end()) {
        it = m_byStatement.emplace(std::string(statement), Histogram{}).first;
    }
    auto& histogram = it->second;
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        if (seconds <= kLatencyBuckets[i]) {
            ++histogram.buckets[i];
        }
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void StatementTimes::render(std::ostream& out) const {
    out << "# HELP jcc_db_statement_seconds Time one database statement took, by statement "
           "name.\n"
        << "# TYPE jcc_db_statement_seconds histogram\n";
    std::lock_guard lock(m_mutex);
    for (const auto& [statement, histogram] : m_byStatement) {
        const std::string label = "{statement=\"" + statement + "\"";
        for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
            out << "jcc_db_statement_seconds_bucket" << label << ",le=\"" << kLatencyBuckets[i]
                << "\"} " << histogram.buckets[i] << "\n";
        }
        out << "jcc_db_statement_seconds_bucket" << label << ",le=\"+Inf\"} " << histogram.count
            << "\n"
            << "jcc_db_statement_seconds_sum" << label << "} " << histogram.sum << "\n"
            << "jcc_db_statement_seconds_count" << label << "} " << histogram.count << "\n";
    }
}

} // namespace jcc::server
