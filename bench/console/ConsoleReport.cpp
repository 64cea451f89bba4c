#include "bench/console/ConsoleReport.hpp"

#include <QJsonArray>
#include <utility>

namespace jcc::console::bench {

namespace {

QString number(double value, int decimals = 2) {
    return QString::number(value, 'f', decimals);
}

QString verdict(bool met) {
    return met ? QStringLiteral("met") : QStringLiteral("NOT met");
}

QJsonObject summaryJson(const Summary& summary) {
    return {{QStringLiteral("count"), summary.count},
            {QStringLiteral("p50"), summary.p50},
            {QStringLiteral("p99"), summary.p99},
            {QStringLiteral("max"), summary.max}};
}

QJsonArray operationsJson(const QList<OperationResult>& operations) {
    QJsonArray array;
    for (const OperationResult& operation : operations) {
        QJsonObject entry{
            {QStringLiteral("name"), operation.name},
            {QStringLiteral("ms"), summaryJson(operation.ms)},
            {QStringLiteral("rows_shown"), operation.rowsShown},
            {QStringLiteral("without_view_ms"), summaryJson(operation.withoutViewMs)}};
        if (operation.baselineMs.count > 0) {
            entry[QStringLiteral("baseline_ms")] = summaryJson(operation.baselineMs);
            entry[QStringLiteral("p50_ratio")] = operation.ms.p50 / operation.baselineMs.p50;
        }
        array.append(entry);
    }
    return array;
}

} // namespace

QString ConsoleReport::table() const {
    QString out;
    const auto line = [&](const QString& text) { out += text + QLatin1Char('\n'); };
    line(QStringLiteral("jcc-console-bench: %1 incidents, %2 events/s, %3 repetitions, Qt %4 (%5)")
             .arg(incidents)
             .arg(eventRate)
             .arg(repetitions)
             .arg(qtVersion, platform));
    line(QStringLiteral("machine: %1; load average before %2, after %3")
             .arg(machine, loadBefore, loadAfter));
    line(QStringLiteral("snapshot applied in %1 ms").arg(number(snapshotMs, 1)));
    line({});
    line(QStringLiteral("| operation | rows shown | p50 ms | max ms | without view p50 / max ms | "
                        "plain model p50 ms | ratio | ≤ %1 ms |")
             .arg(filterSortTargetMs));
    line(QStringLiteral("|---|--:|--:|--:|--:|--:|--:|---|"));
    for (const QList<OperationResult>* group : {&filters, &sorts}) {
        for (const OperationResult& operation : *group) {
            const bool baseline = operation.baselineMs.count > 0;
            line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 / %6 | %7 | %8 | %9 |")
                     .arg(operation.name)
                     .arg(operation.rowsShown)
                     .arg(number(operation.ms.p50), number(operation.ms.max),
                          number(operation.withoutViewMs.p50), number(operation.withoutViewMs.max),
                          baseline ? number(operation.baselineMs.p50) : QStringLiteral("–"),
                          baseline ? number(operation.ms.p50 / operation.baselineMs.p50, 1) +
                                         QStringLiteral("×")
                                   : QStringLiteral("–"),
                          verdict(operation.ms.max <= filterSortTargetMs)));
        }
    }
    line({});
    line(QStringLiteral("| UI thread lag (1 ms probe) | ticks | p50 ms | p99 ms | max ms | ≤ %1 ms "
                        "(p99 / max) |")
             .arg(lagTargetMs));
    line(QStringLiteral("|---|--:|--:|--:|--:|---|"));
    for (const auto& [name, lag] :
         {std::pair{QStringLiteral("idle (baseline)"), idleLag},
          std::pair{QStringLiteral("%1 events/s").arg(eventRate), eventLag}}) {
        line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 / %7 |")
                 .arg(name)
                 .arg(lag.ms.count)
                 .arg(number(lag.ms.p50), number(lag.ms.p99), number(lag.ms.max),
                      verdict(lag.ms.p99 <= lagTargetMs), verdict(lag.ms.max <= lagTargetMs)));
    }
    line({});
    line(QStringLiteral("events applied: %1 in %2 s (%3/s); model resets during events: %4; "
                        "one tick's batch applied in p50 %5 ms, p99 %6 ms, max %7 ms")
             .arg(eventsApplied)
             .arg(number(eventLag.seconds, 1), number(eventsApplied / eventLag.seconds, 0))
             .arg(modelResets)
             .arg(number(batchApplyMs.p50), number(batchApplyMs.p99), number(batchApplyMs.max)));
    return out;
}

QJsonObject ConsoleReport::json() const {
    const auto lagJson = [](const LagResult& lag) {
        QJsonObject object = summaryJson(lag.ms);
        object[QStringLiteral("seconds")] = lag.seconds;
        return object;
    };
    return {{QStringLiteral("incidents"), incidents},
            {QStringLiteral("event_rate"), eventRate},
            {QStringLiteral("repetitions"), repetitions},
            {QStringLiteral("snapshot_ms"), snapshotMs},
            {QStringLiteral("filters"), operationsJson(filters)},
            {QStringLiteral("sorts"), operationsJson(sorts)},
            {QStringLiteral("lag_ms"), QJsonObject{{QStringLiteral("idle"), lagJson(idleLag)},
                                                   {QStringLiteral("events"), lagJson(eventLag)}}},
            {QStringLiteral("events_applied"), eventsApplied},
            {QStringLiteral("model_resets"), modelResets},
            {QStringLiteral("batch_apply_ms"), summaryJson(batchApplyMs)},
            {QStringLiteral("targets_ms"),
             QJsonObject{{QStringLiteral("filter_sort"), filterSortTargetMs},
                         {QStringLiteral("lag"), lagTargetMs}}},
            {QStringLiteral("machine"), machine},
            {QStringLiteral("qt"), qtVersion},
            {QStringLiteral("platform"), platform},
            {QStringLiteral("load_before"), loadBefore},
            {QStringLiteral("load_after"), loadAfter}};
}

} // namespace jcc::console::bench
