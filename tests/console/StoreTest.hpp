#pragma once
// The console's Store and its models without a server: snapshot and events in seq order,
// duplicates ignored, gaps refused and reported, precise row signals, the queue filter.
#include <QObject>

namespace jcc::console::test {

class StoreTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void snapshotThenEventsInOrder();
    void duplicateEventsAreIgnored();
    void gapIsRefusedAndReported();
    void eventsBeforeSnapshotAreGaps();
    void modelFollowsRowsWithoutReset();
    void queueFilterIgnoresDiacritics();
    void twentyThousandIncidentsStayFast();
    void liaisonSides();
    void timelineEntriesOfAnyShapeHaveText();
};

} // namespace jcc::console::test
