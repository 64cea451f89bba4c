#pragma once
// A set of latency samples in milliseconds and its summary (count, p50, p90, p99, max).
#include <cstddef>
#include <nlohmann/json.hpp>
#include <vector>

namespace jcc::bench {

struct LatencySummary {
    std::size_t count = 0;
    double p50 = 0, p90 = 0, p99 = 0, max = 0, mean = 0;
    nlohmann::json toJson() const;
};

class Samples {
public:
    void add(double ms) { m_values.push_back(ms); }
    void append(const Samples& other);
    std::size_t size() const { return m_values.size(); }
    /// Percentiles by the nearest-rank method; all zero when empty.
    LatencySummary summary() const;
    /// The samples sorted ascending (for the distribution plot).
    std::vector<double> sorted() const;

private:
    std::vector<double> m_values;
};

} // namespace jcc::bench
