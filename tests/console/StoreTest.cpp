#include "tests/console/StoreTest.hpp"

#include "console/models/IncidentModel.hpp"
#include "console/models/IncidentQueueFilter.hpp"
#include "console/models/LiaisonModel.hpp"
#include "console/models/TimelineText.hpp"
#include "console/store/Store.hpp"
#include "tests/console/TestRegistry.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace jcc::console::test {

namespace {

QJsonObject incident(qint64 id, int priority = 2, const QString& status = QStringLiteral("new"),
                     const QString& municipality = QStringLiteral("Břeclav")) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("ref"), QStringLiteral("JCC-2026-%1").arg(id, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("type"), QStringLiteral("traffic_accident")},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("status"), status},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Sládkova 12")},
                         {QStringLiteral("municipality"), municipality},
                         {QStringLiteral("country_side"), QStringLiteral("CZ")},
                         {QStringLiteral("lat"), 48.759},
                         {QStringLiteral("lon"), 16.882}}},
            {QStringLiteral("description"), QStringLiteral("Srážka dvou vozidel")},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-25T16:58:03.512Z")},
            {QStringLiteral("assignments"), QJsonArray()},
            {QStringLiteral("version"), 1}};
}

QJsonObject snapshot(const QJsonArray& incidents) {
    return {{QStringLiteral("incidents"), incidents},
            {QStringLiteral("units"), QJsonArray()},
            {QStringLiteral("liaison_requests"), QJsonArray()},
            {QStringLiteral("incident_types"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("traffic_accident")},
                                    {QStringLiteral("name_cs"), QStringLiteral("Dopravní nehoda")},
                                    {QStringLiteral("name_sk"), QStringLiteral("Dopravná nehoda")},
                                    {QStringLiteral("name_en"), QStringLiteral("Traffic accident")},
                                    {QStringLiteral("default_priority"), 2}}}}};
}

} // namespace

void StoreTest::snapshotThenEventsInOrder() {
    Store store;
    store.applySnapshot(snapshot({incident(1)}), 10);
    QCOMPARE(store.lastSeq(), 10);
    QCOMPARE(store.incidents().size(), 1);

    QCOMPARE(store.applyEvent(QStringLiteral("incident.created"), 11, incident(2)),
             Store::EventResult::Applied);
    QJsonObject changed = incident(1, 1);
    changed[QStringLiteral("version")] = 2;
    QCOMPARE(store.applyEvent(QStringLiteral("incident.updated"), 12, changed),
             Store::EventResult::Applied);
    QCOMPARE(store.lastSeq(), 12);
    QCOMPARE(store.incidents().size(), 2);
    QCOMPARE(store.incidents().find(1), changed);
    QCOMPARE(store.incidentTypeName(QStringLiteral("traffic_accident"), QStringLiteral("sk")),
             QStringLiteral("Dopravná nehoda"));

    // A note changes no table but counts in the seq.
    QSignalSpy notes(&store, &Store::noteAdded);
    QCOMPARE(store.applyEvent(QStringLiteral("incident.note_added"), 13,
                              {{QStringLiteral("id"), 7}, {QStringLiteral("incident_id"), 2}}),
             Store::EventResult::Applied);
    QCOMPARE(notes.count(), 1);
    QCOMPARE(notes.at(0).at(0).toLongLong(), 2);
    QCOMPARE(store.lastSeq(), 13);
}

void StoreTest::duplicateEventsAreIgnored() {
    Store store;
    store.applySnapshot(snapshot({incident(1)}), 5);
    QJsonObject later = incident(1, 1);
    later[QStringLiteral("version")] = 2;
    QCOMPARE(store.applyEvent(QStringLiteral("incident.updated"), 6, later),
             Store::EventResult::Applied);
    QSignalSpy changed(&store, &Store::rowChanged);
    // The same seq again (a replay overlapping a live push) and an older one change nothing.
    QCOMPARE(store.applyEvent(QStringLiteral("incident.updated"), 6, incident(1, 3)),
             Store::EventResult::Duplicate);
    QCOMPARE(store.applyEvent(QStringLiteral("incident.created"), 4, incident(9)),
             Store::EventResult::Duplicate);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.incidents().find(1), later);
    QCOMPARE(store.incidents().rowOf(9), -1);
    QCOMPARE(store.lastSeq(), 6);
}

void StoreTest::gapIsRefusedAndReported() {
    Store store;
    store.applySnapshot(snapshot({}), 20);
    QSignalSpy gaps(&store, &Store::gapDetected);
    QCOMPARE(store.applyEvent(QStringLiteral("incident.created"), 22, incident(2)),
             Store::EventResult::Gap);
    QCOMPARE(gaps.count(), 1);
    QCOMPARE(gaps.at(0).at(0).toLongLong(), 20);
    QCOMPARE(gaps.at(0).at(1).toLongLong(), 22);
    QCOMPARE(store.incidents().size(), 0);
    QCOMPARE(store.lastSeq(), 20);
    // The replay from 20 then brings 21 and 22 in order.
    QCOMPARE(store.applyEvent(QStringLiteral("incident.created"), 21, incident(1)),
             Store::EventResult::Applied);
    QCOMPARE(store.applyEvent(QStringLiteral("incident.created"), 22, incident(2)),
             Store::EventResult::Applied);
    QCOMPARE(store.incidents().size(), 2);
    QCOMPARE(store.incidents().at(0)[QStringLiteral("id")].toInt(), 1);
}

void StoreTest::eventsBeforeSnapshotAreGaps() {
    Store store;
    QSignalSpy gaps(&store, &Store::gapDetected);
    QCOMPARE(store.applyEvent(QStringLiteral("incident.created"), 1, incident(1)),
             Store::EventResult::Gap);
    QCOMPARE(gaps.count(), 1);
    QVERIFY(!store.hasBaseline());
    QCOMPARE(store.incidents().size(), 0);
}

void StoreTest::modelFollowsRowsWithoutReset() {
    Store store;
    IncidentModel model(store);
    store.applySnapshot(snapshot({incident(1), incident(2)}), 1);
    QCOMPARE(model.rowCount(), 2);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    store.applyEvent(QStringLiteral("incident.created"), 2, incident(3, 1));
    store.applyEvent(QStringLiteral("incident.updated"), 3,
                     incident(2, 4, QStringLiteral("closed")));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(2, IncidentModel::Priority).data().toString(),
             QStringLiteral("P1 urgent"));
    QCOMPARE(model.index(0, IncidentModel::Type).data().toString(),
             QStringLiteral("Traffic accident"));
    QCOMPARE(model.index(0, 0).data(StoreTableModel::LatitudeRole).toDouble(), 48.759);
}

void StoreTest::queueFilterIgnoresDiacritics() {
    Store store;
    IncidentModel model(store);
    IncidentQueueFilter queue;
    queue.setSourceModel(&model);
    store.applySnapshot(
        snapshot({incident(1, 2, QStringLiteral("new"), QStringLiteral("Břeclav")),
                  incident(2, 1, QStringLiteral("new"), QStringLiteral("Holíč")),
                  incident(3, 3, QStringLiteral("dispatched"), QStringLiteral("Skalica"))}),
        1);
    QCOMPARE(queue.rowCount(), 3);
    queue.setText(QStringLiteral("breclav"));
    QCOMPARE(queue.rowCount(), 1);
    QCOMPARE(queue.index(0, 0).data(StoreTableModel::IdRole).toLongLong(), 1);
    queue.setText(QStringLiteral("HOLIC srazka"));
    QCOMPARE(queue.rowCount(), 1);
    queue.setText({});
    queue.setPriorities({1, 2});
    QCOMPARE(queue.rowCount(), 2);
    queue.setPriorities({});
    queue.setStatuses({QStringLiteral("dispatched")});
    QCOMPARE(queue.rowCount(), 1);
    queue.setStatuses(IncidentQueueFilter::openStatuses());
    // A closed incident leaves the open queue.
    store.applyEvent(QStringLiteral("incident.updated"), 2,
                     incident(3, 3, QStringLiteral("closed"), QStringLiteral("Skalica")));
    QCOMPARE(queue.rowCount(), 2);
    queue.setSide(QStringLiteral("SK"));
    QCOMPARE(queue.rowCount(), 0);
}

// What keeps a large queue fast: an event touches its one row and never resets the model (the
// timings themselves are measured by jcc-console-bench, docs/performance.md).
void StoreTest::twentyThousandIncidentsStayFast() {
    Store store;
    IncidentModel model(store);
    IncidentQueueFilter queue;
    queue.setSourceModel(&model);
    queue.sort(IncidentModel::Priority);
    QJsonArray incidents;
    for (int id = 1; id <= 20'000; ++id) {
        incidents.append(incident(id, 1 + id % 4));
    }
    store.applySnapshot(snapshot(incidents), 1);
    QCOMPARE(queue.rowCount(), 20'000);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy queueResets(&queue, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 200; ++i) {
        const qint64 id = 1 + i * 97;
        store.applyEvent(QStringLiteral("incident.updated"), 2 + i, incident(id, 1));
        QCOMPARE(changed.count(), i + 1);
        const auto topLeft = changed.last().at(0).value<QModelIndex>();
        const auto bottomRight = changed.last().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), model.rowOf(id));
        QCOMPARE(bottomRight.row(), topLeft.row());
    }
    store.applyEvent(QStringLiteral("incident.created"), 202, incident(20'001, 1));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 20'000);
    QCOMPARE(inserted.at(0).at(2).toInt(), 20'000);
    QCOMPARE(changed.count(), 200);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(queueResets.count(), 0);
    QCOMPARE(queue.rowCount(), 20'001);
}

void StoreTest::liaisonSides() {
    const QJsonObject crossBorder{{QStringLiteral("direction"), QStringLiteral("CZ→SK")},
                                  {QStringLiteral("from_agency"), QStringLiteral("PCR")},
                                  {QStringLiteral("to_agency"), QStringLiteral("PZSR")}};
    QCOMPARE(LiaisonModel::sideOf(crossBorder, QStringLiteral("HAZZ-TT"), QStringLiteral("SK")),
             QStringLiteral("receiving"));
    QCOMPARE(LiaisonModel::sideOf(crossBorder, QStringLiteral("ZZS-JMK"), QStringLiteral("CZ")),
             QStringLiteral("requesting"));
    const QJsonObject domestic{{QStringLiteral("direction"), QStringLiteral("CZ→CZ")},
                               {QStringLiteral("from_agency"), QStringLiteral("PCR")},
                               {QStringLiteral("to_agency"), QStringLiteral("HZS-JMK")}};
    QCOMPARE(LiaisonModel::sideOf(domestic, QStringLiteral("HZS-JMK"), QStringLiteral("CZ")),
             QStringLiteral("receiving"));
    QCOMPARE(LiaisonModel::sideOf(domestic, QStringLiteral("ZZS-JMK"), QStringLiteral("CZ")),
             QString());
}

void StoreTest::timelineEntriesOfAnyShapeHaveText() {
    // docs/protocol.md, "Timeline entries": a kind the console knows is rendered from its fields;
    // a note, a legacy "system" entry and a kind from a newer server show their body; fields of
    // the wrong type or missing render as empty text, never as a crash.
    const Store store;
    const auto text = [&store](const char* json) {
        return TimelineText::describe(QJsonDocument::fromJson(QByteArray(json)).object(), store);
    };
    QCOMPARE(text(R"({"kind": "assigned", "unit": "PCR-BV-01", "body": "x"})"),
             QStringLiteral("PCR-BV-01 assigned"));
    QCOMPARE(text(R"({"kind": "closed", "also_resolved": true})"),
             QStringLiteral("Incident resolved and closed"));
    QCOMPARE(text(R"({"kind": "changed", "changes": [{"field": "priority", "from": 2, "to": 1},
                                                     {"field": "siren"}]})"),
             QStringLiteral("Changed: priority 2 → 1; siren"));
    QCOMPARE(text(R"({"kind": "note", "body": "<b>Volající</b> \u202eupřesnil"})"),
             QStringLiteral("<b>Volající</b> ") + QChar(0x202E) + QStringLiteral("upřesnil"));
    QCOMPARE(text(R"({"kind": "system", "body": "Old English text"})"),
             QStringLiteral("Old English text"));
    QCOMPARE(text(R"({"kind": "escalated", "body": "Escalated to the regional centre"})"),
             QStringLiteral("Escalated to the regional centre"));
    QCOMPARE(text(R"({"kind": "cancelled", "reason": 7, "cleared": "PCR-BV-01"})"),
             QStringLiteral("Incident cancelled: "));
    QVERIFY(TimelineText::isNote(QJsonDocument::fromJson(R"({"kind": "note"})").object()));
}

JCC_CONSOLE_TEST(StoreTest);

} // namespace jcc::console::test
