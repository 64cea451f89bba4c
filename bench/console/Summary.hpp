#pragma once
// p50/p99/max of a set of samples (nearest rank), in the samples' unit.
#include <QList>

namespace jcc::console::bench {

struct Summary {
    int count = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Summary summarize(QList<double> samples);

} // namespace jcc::console::bench
