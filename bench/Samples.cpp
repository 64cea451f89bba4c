#include "bench/Samples.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace jcc::bench {

nlohmann::json LatencySummary::toJson() const {
    return {{"count", count}, {"p50_ms", p50}, {"p90_ms", p90},
            {"p99_ms", p99},  {"max_ms", max}, {"mean_ms", mean}};
}

void Samples::append(const Samples& other) {
    m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
}

std::vector<double> Samples::sorted() const {
    auto values = m_values;
    std::sort(values.begin(), values.end());
    return values;
}

LatencySummary Samples::summary() const {
    LatencySummary summary;
    if (m_values.empty()) {
        return summary;
    }
    const auto values = sorted();
    const auto rank = [&](double fraction) {
        const auto index =
            static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(values.size())));
        return values[std::clamp<std::size_t>(index, 1, values.size()) - 1];
    };
    summary.count = values.size();
    summary.p50 = rank(0.50);
    summary.p90 = rank(0.90);
    summary.p99 = rank(0.99);
    summary.max = values.back();
    summary.mean =
        std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    return summary;
}

} // namespace jcc::bench
