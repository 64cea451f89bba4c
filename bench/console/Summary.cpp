#include "bench/console/Summary.hpp"

#include <algorithm>
#include <cmath>

namespace jcc::console::bench {

Summary summarize(QList<double> samples) {
    if (samples.isEmpty()) {
        return {};
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double fraction) {
        const auto index = qsizetype(std::ceil(fraction * double(samples.size()))) - 1;
        return samples[qBound<qsizetype>(0, index, samples.size() - 1)];
    };
    return {int(samples.size()), rank(0.50), rank(0.99), samples.last()};
}

} // namespace jcc::console::bench
