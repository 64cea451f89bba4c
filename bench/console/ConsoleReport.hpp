#pragma once
// The console benchmark's results: a table on stdout and the same figures as JSON
// (docs/performance.md, "Console").
#include "bench/console/Summary.hpp"

#include <QJsonObject>
#include <QString>

namespace jcc::console::bench {

/// One timed operation (a filter or a sort), in milliseconds, with its baseline when it has one.
struct OperationResult {
    QString name;
    Summary ms;
    int rowsShown = 0;
    Summary withoutViewMs; ///< the same operation on a filter with no view attached
    Summary baselineMs;    ///< count 0 when the operation has no baseline
};

/// The probe's lag over a phase, in milliseconds.
struct LagResult {
    Summary ms;
    double seconds = 0;
};

struct ConsoleReport {
    int incidents = 0;
    int eventRate = 0;
    int repetitions = 0;
    double snapshotMs = 0;
    QList<OperationResult> filters;
    QList<OperationResult> sorts;
    LagResult idleLag;
    LagResult eventLag;
    int eventsApplied = 0;
    int modelResets = 0;
    Summary batchApplyMs; ///< applying one timer tick's batch of events
    QString machine;
    QString qtVersion;
    QString platform;
    QString loadBefore;
    QString loadAfter;

    static constexpr double filterSortTargetMs = 30;
    static constexpr double lagTargetMs = 16;

    QString table() const;
    QJsonObject json() const;
};

} // namespace jcc::console::bench
