#include "console/store/Store.hpp"

#include <algorithm>

namespace jcc::console {

namespace {

QJsonObject findByCode(const QJsonArray& entries, const QString& code) {
    for (const QJsonValue& entry : entries) {
        if (entry[QLatin1String("code")].toString() == code) {
            return entry.toObject();
        }
    }
    return {};
}

} // namespace

QString localizedName(const QJsonObject& entry, const QString& language) {
    const QString name = entry.value(QStringLiteral("name_") + language).toString();
    return name.isEmpty() ? entry.value(QLatin1String("name_en")).toString() : name;
}

Store::Store(QObject* parent) : QObject(parent) {}

void Store::applySnapshot(const QJsonObject& snapshot, qint64 seq) {
    Q_EMIT aboutToReset();
    m_incidents.clear();
    m_units.clear();
    m_liaison.clear();
    for (const QJsonValue& incident : snapshot[QLatin1String("incidents")].toArray()) {
        m_incidents.upsert(incident.toObject());
    }
    for (const QJsonValue& unit : snapshot[QLatin1String("units")].toArray()) {
        m_units.upsert(unit.toObject());
    }
    for (const QJsonValue& request : snapshot[QLatin1String("liaison_requests")].toArray()) {
        m_liaison.upsert(request.toObject());
    }
    m_incidentTypes = snapshot[QLatin1String("incident_types")].toArray();
    m_unitTypes = snapshot[QLatin1String("unit_types")].toArray();
    m_agencies = snapshot[QLatin1String("agencies")].toArray();
    m_taskingGrants = snapshot[QLatin1String("tasking_grants")].toArray();
    m_hasBaseline = true;
    m_lastSeq = seq;
    m_lastEventAt = QDateTime::currentDateTimeUtc();
    Q_EMIT resetDone();
}

Store::EventResult Store::applyEvent(const QString& event, qint64 seq, const QJsonObject& data) {
    if (m_hasBaseline && seq <= m_lastSeq) {
        return EventResult::Duplicate;
    }
    if (!m_hasBaseline || seq != m_lastSeq + 1) {
        Q_EMIT gapDetected(m_lastSeq, seq);
        return EventResult::Gap;
    }
    const auto known = eventFromString(event.toStdString());
    m_lastSeq = seq;
    m_lastEventAt = QDateTime::currentDateTimeUtc();
    if (!known) {
        // A newer server may push events this console does not know; their seq still counts.
        qInfo("store: event %s (seq %lld) is not known to this console", qPrintable(event), seq);
        return EventResult::Applied;
    }
    switch (*known) {
    case Event::IncidentCreated:
    case Event::IncidentUpdated:
        upsert(Table::Incidents, data);
        break;
    case Event::UnitCreated:
    case Event::UnitUpdated:
        upsert(Table::Units, data);
        break;
    case Event::LiaisonCreated:
    case Event::LiaisonUpdated:
    case Event::LiaisonOverdue:
        upsert(Table::Liaison, data);
        break;
    case Event::IncidentNoteAdded:
        Q_EMIT noteAdded(data.value(QLatin1String("incident_id")).toInteger(), data);
        break;
    case Event::HandoverNoted:
    case Event::HandoverRemarksUpdated:
    case Event::HandoverSigned:
    case Event::HandoverAcknowledged:
        break; // the supervisor view's (HandoverClient)
    }
    Q_EMIT eventApplied(*known, seq, data);
    return EventResult::Applied;
}

const EntityTable& Store::table(Table table) const {
    switch (table) {
    case Table::Incidents:
        return m_incidents;
    case Table::Units:
        return m_units;
    case Table::Liaison:
        return m_liaison;
    }
    return m_incidents;
}

EntityTable& Store::mutableTable(Table table) {
    return const_cast<EntityTable&>(static_cast<const Store*>(this)->table(table));
}

void Store::upsert(Table table, const QJsonObject& entity) {
    EntityTable& rows = mutableTable(table);
    const int existing = rows.rowOf(entityId(entity));
    if (existing >= 0) {
        rows.upsert(entity);
        Q_EMIT rowChanged(table, existing);
        return;
    }
    Q_EMIT rowAboutToBeInserted(table, rows.size());
    const int row = rows.upsert(entity);
    Q_EMIT rowInserted(table, row);
}

QString Store::incidentTypeName(const QString& code, const QString& language) const {
    const QJsonObject entry = findByCode(m_incidentTypes, code);
    return entry.isEmpty() ? code : localizedName(entry, language);
}

QString Store::unitTypeName(const QString& code, const QString& language) const {
    const QJsonObject entry = findByCode(m_unitTypes, code);
    return entry.isEmpty() ? code : localizedName(entry, language);
}

bool Store::mayTask(const QString& userAgency, const QString& unitAgency) const {
    if (userAgency == unitAgency) {
        return true;
    }
    return std::any_of(m_taskingGrants.begin(), m_taskingGrants.end(), [&](const QJsonValue& g) {
        return g[QLatin1String("agency")].toString() == userAgency &&
               g[QLatin1String("unit_agency")].toString() == unitAgency;
    });
}

QString Store::agencyShortName(const QString& code) const {
    const QString name = findByCode(m_agencies, code).value(QLatin1String("short_name")).toString();
    return name.isEmpty() ? code : name;
}

QString Store::agencyCountry(const QString& code) const {
    return findByCode(m_agencies, code).value(QLatin1String("country")).toString();
}

} // namespace jcc::console
