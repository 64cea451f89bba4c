#pragma once
// The time of each database statement, by statement name: the jcc_db_statement_seconds
// histogram of GET /metrics (docs/protocol.md, "GET /metrics"). Thread-safe.
#include <array>
#include <functional>
#include <map>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace jcc::server {

/// Upper bounds in seconds of the database time histograms' buckets.
inline constexpr std::array<double, 12> kLatencyBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                        0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

class StatementTimes {
public:
    void record(std::string_view statement, double seconds);
    /// Writes the histogram in the Prometheus text format, one series per statement name.
    void render(std::ostream& out) const;

private:
    struct Histogram {
        std::array<long, kLatencyBuckets.size()> buckets{};
        long count = 0;
        double sum = 0;
    };

    mutable std::mutex m_mutex;
    std::map<std::string, Histogram, std::less<>> m_byStatement;
};

} // namespace jcc::server
