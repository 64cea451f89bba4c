#pragma once
// The console's mirror of the server's state (docs/design.md, decision 8): a subscribe snapshot,
// then every pushed event applied exactly once in seq order. An event already applied is ignored;
// an event after a missing seq is not applied and reported as a gap, so the caller re-subscribes
// from lastSeq(). Item models read the tables and follow the row signals.
#include "common/Catalogue.hpp"
#include "console/store/EntityTable.hpp"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>

namespace jcc::console {

class Store : public QObject {
    Q_OBJECT
public:
    enum class Table { Incidents, Units, Liaison };
    Q_ENUM(Table)

    enum class EventResult {
        Applied,
        Duplicate, ///< seq <= lastSeq(): seen before, ignored
        Gap,       ///< seq > lastSeq() + 1, or no snapshot yet: not applied
    };
    Q_ENUM(EventResult)

    explicit Store(QObject* parent = nullptr);

    /// Replaces everything with a subscribe snapshot that reflects `seq`.
    void applySnapshot(const QJsonObject& snapshot, qint64 seq);
    /// Applies one pushed event when it is the next in seq order.
    EventResult applyEvent(const QString& event, qint64 seq, const QJsonObject& data);

    /// Whether a snapshot was applied (the store mirrors the server from then on).
    bool hasBaseline() const { return m_hasBaseline; }
    /// The seq of the last snapshot or event applied; 0 before the first snapshot.
    qint64 lastSeq() const { return m_lastSeq; }
    /// When the last event (or snapshot) was applied, UTC; invalid before the first.
    QDateTime lastEventAt() const { return m_lastEventAt; }

    const EntityTable& table(Table table) const;
    const EntityTable& incidents() const { return m_incidents; }
    const EntityTable& units() const { return m_units; }
    const EntityTable& liaisonRequests() const { return m_liaison; }

    /// Reference data from the snapshot: {code, name_cs, name_sk, name_en, default_priority}.
    const QJsonArray& incidentTypes() const { return m_incidentTypes; }
    /// {code, name_cs, name_sk, name_en}.
    const QJsonArray& unitTypes() const { return m_unitTypes; }
    /// {code, name, short_name, country, kind}.
    const QJsonArray& agencies() const { return m_agencies; }
    /// The name of an incident type in `language` ("cs", "sk", "en"), or the code when unknown.
    QString incidentTypeName(const QString& code, const QString& language) const;
    QString unitTypeName(const QString& code, const QString& language) const;
    /// The agency's short name (e.g. "PČR"), or the code when unknown.
    QString agencyShortName(const QString& code) const;
    /// Whether users of `userAgency` task units of `unitAgency` directly (their own, or by a
    /// grant of the snapshot's tasking_grants); otherwise they are asked for (decision 0004).
    bool mayTask(const QString& userAgency, const QString& unitAgency) const;
    /// The agency's country ("CZ" or "SK"), or an empty string.
    QString agencyCountry(const QString& code) const;

Q_SIGNALS:
    void aboutToReset();
    void resetDone();
    /// Row `row` of `table` is about to be appended / was appended / was replaced.
    void rowAboutToBeInserted(jcc::console::Store::Table table, int row);
    void rowInserted(jcc::console::Store::Table table, int row);
    void rowChanged(jcc::console::Store::Table table, int row);
    /// A timeline entry (incident.note_added) arrived for `incidentId`.
    void noteAdded(qint64 incidentId, const QJsonObject& entry);
    /// An event was applied (after the row signals); for alerts and the connection indicator.
    void eventApplied(jcc::Event event, qint64 seq, const QJsonObject& data);
    /// An event arrived after a missing seq: re-subscribe from lastSeq().
    void gapDetected(qint64 lastSeq, qint64 receivedSeq);

private:
    void upsert(Table table, const QJsonObject& entity);
    EntityTable& mutableTable(Table table);

    EntityTable m_incidents;
    EntityTable m_units;
    EntityTable m_liaison;
    QJsonArray m_incidentTypes;
    QJsonArray m_unitTypes;
    QJsonArray m_taskingGrants;
    QJsonArray m_agencies;
    bool m_hasBaseline = false;
    qint64 m_lastSeq = 0;
    QDateTime m_lastEventAt;
};

/// The localized name of a reference entry {name_cs, name_sk, name_en}, English as fallback.
QString localizedName(const QJsonObject& entry, const QString& language);

} // namespace jcc::console
