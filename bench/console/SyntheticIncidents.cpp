#include "bench/console/SyntheticIncidents.hpp"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <array>

namespace jcc::console::bench {

namespace {

struct Type {
    const char* code;
    const char* cs;
    const char* sk;
    const char* en;
    int priority;
};

constexpr std::array<Type, 6> types{{
    {"traffic_accident", "Dopravní nehoda", "Dopravná nehoda", "Traffic accident", 2},
    {"fire", "Požár", "Požiar", "Fire", 1},
    {"medical", "Zdravotní událost", "Zdravotná udalosť", "Medical emergency", 2},
    {"technical_help", "Technická pomoc", "Technická pomoc", "Technical help", 3},
    {"public_order", "Veřejný pořádek", "Verejný poriadok", "Public order", 3},
    {"flood", "Povodeň", "Povodeň", "Flood", 1},
}};

struct Place {
    const char* municipality;
    const char* side;
    double lat;
    double lon;
};

constexpr std::array<Place, 8> places{{
    {"Břeclav", "CZ", 48.759, 16.882},
    {"Hodonín", "CZ", 48.849, 17.132},
    {"Mikulov", "CZ", 48.805, 16.638},
    {"Strážnice", "CZ", 48.900, 17.317},
    {"Holíč", "SK", 48.811, 17.163},
    {"Skalica", "SK", 48.845, 17.226},
    {"Malacky", "SK", 48.436, 17.018},
    {"Senica", "SK", 48.679, 17.367},
}};

constexpr std::array<const char*, 6> streets{"Sládkova", "Nádražní",   "Hlavná",
                                             "Štúrova",  "Komenského", "Masarykova"};
constexpr std::array<const char*, 6> descriptions{
    "Srážka dvou vozidel, jedna osoba zaklíněná",
    "Hoří kontejner u bytového domu",
    "Muž v bezvědomí na zastávce",
    "Strom spadnutý cez cestu",
    "Rušenie nočného pokoja, hlasná hudba",
    "Voda zaplavuje sklep rodinného domu",
};
constexpr std::array<const char*, 6> statuses{"new",      "dispatched", "on_scene",
                                              "resolved", "closed",     "cancelled"};
constexpr std::array<const char*, 6> callSigns{"PCR-BV-01", "ZZS-BV-03", "HZS-HO-02",
                                               "PZ-HO-12",  "HAZZ-SI-1", "ZZS-SK-07"};

QString text(const char* utf8) {
    return QString::fromUtf8(utf8);
}

QString timeAt(qint64 secondsAfterStart) {
    return QDateTime(QDate(2026, 11, 25), QTime(6, 0), Qt::UTC)
        .addSecs(secondsAfterStart)
        .toString(Qt::ISODateWithMs);
}

} // namespace

SyntheticIncidents::SyntheticIncidents(quint32 seed) : m_random(seed) {}

QJsonObject SyntheticIncidents::incident(qint64 id) {
    const Type& type = types[m_random.bounded(int(types.size()))];
    const Place& place = places[m_random.bounded(int(places.size()))];
    // Most of a long shift's incidents are finished; the open ones are the queue.
    const int statusRoll = m_random.bounded(100);
    const int status = statusRoll < 55 ? 4 : statusRoll < 60 ? 5 : statusRoll % 4;
    QJsonArray assignments;
    const int assigned = status == 0 ? 0 : m_random.bounded(1, 4);
    for (int i = 0; i < assigned; ++i) {
        const bool cleared = status >= 3;
        assignments.append(QJsonObject{
            {QStringLiteral("id"), id * 4 + i},
            {QStringLiteral("incident_id"), id},
            {QStringLiteral("unit_id"), 1 + m_random.bounded(200)},
            {QStringLiteral("call_sign"), text(callSigns[m_random.bounded(int(callSigns.size()))])},
            {QStringLiteral("status"),
             cleared ? QStringLiteral("cleared") : QStringLiteral("assigned")},
            {QStringLiteral("assigned_at"), timeAt(id * 4 + 60)},
            {QStringLiteral("acknowledged_at"), QJsonValue::Null},
            {QStringLiteral("en_route_at"), QJsonValue::Null},
            {QStringLiteral("on_scene_at"), QJsonValue::Null},
            {QStringLiteral("cleared_at"),
             cleared ? QJsonValue(timeAt(id * 4 + 900)) : QJsonValue::Null},
            {QStringLiteral("assigned_by"), QStringLiteral("novak")},
            {QStringLiteral("version"), 1}});
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("ref"), QStringLiteral("JCC-2026-%1").arg(id, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("type"), text(type.code)},
            {QStringLiteral("priority"), qBound(1, type.priority + m_random.bounded(-1, 2), 4)},
            {QStringLiteral("status"), text(statuses[status])},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("text"),
                          QStringLiteral("%1 %2")
                              .arg(text(streets[m_random.bounded(int(streets.size()))]))
                              .arg(1 + m_random.bounded(120))},
                         {QStringLiteral("municipality"), text(place.municipality)},
                         {QStringLiteral("country_side"), text(place.side)},
                         {QStringLiteral("lat"), place.lat + m_random.generateDouble() / 50},
                         {QStringLiteral("lon"), place.lon + m_random.generateDouble() / 50}}},
            {QStringLiteral("description"),
             text(descriptions[m_random.bounded(int(descriptions.size()))])},
            {QStringLiteral("has_caller"), m_random.bounded(2) == 1},
            {QStringLiteral("created_by"), QStringLiteral("novak")},
            {QStringLiteral("created_at"), timeAt(id * 4)},
            {QStringLiteral("updated_at"), timeAt(id * 4 + 60)},
            {QStringLiteral("closed_at"),
             status >= 4 ? QJsonValue(timeAt(id * 4 + 1800)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("assignments"), assignments},
            {QStringLiteral("version"), 1 + assigned}};
}

QJsonObject SyntheticIncidents::changed(QJsonObject incident) {
    incident[QStringLiteral("status")] = text(statuses[m_random.bounded(4)]);
    incident[QStringLiteral("priority")] = 1 + m_random.bounded(4);
    QJsonArray assignments = incident[QStringLiteral("assignments")].toArray();
    if (assignments.size() < 4) {
        const qint64 id = incident[QStringLiteral("id")].toInteger();
        assignments.append(QJsonObject{
            {QStringLiteral("id"), 1'000'000 + id * 4 + assignments.size()},
            {QStringLiteral("incident_id"), id},
            {QStringLiteral("unit_id"), 1 + m_random.bounded(200)},
            {QStringLiteral("call_sign"), text(callSigns[m_random.bounded(int(callSigns.size()))])},
            {QStringLiteral("status"), QStringLiteral("assigned")},
            {QStringLiteral("assigned_at"), timeAt(id * 4 + 120)},
            {QStringLiteral("assigned_by"), QStringLiteral("novak")},
            {QStringLiteral("version"), 1}});
        incident[QStringLiteral("assignments")] = assignments;
    }
    incident[QStringLiteral("updated_at")] =
        timeAt(incident[QStringLiteral("id")].toInteger() * 4 + 120);
    incident[QStringLiteral("version")] = incident[QStringLiteral("version")].toInt() + 1;
    return incident;
}

QJsonObject SyntheticIncidents::snapshot(int count) {
    QJsonArray incidents;
    for (int i = 0; i < count; ++i) {
        m_incidents.append(incident(++m_lastId));
        incidents.append(m_incidents.last());
    }
    QJsonArray incidentTypes;
    for (const Type& type : types) {
        incidentTypes.append(QJsonObject{{QStringLiteral("code"), text(type.code)},
                                         {QStringLiteral("name_cs"), text(type.cs)},
                                         {QStringLiteral("name_sk"), text(type.sk)},
                                         {QStringLiteral("name_en"), text(type.en)},
                                         {QStringLiteral("default_priority"), type.priority}});
    }
    return {{QStringLiteral("incidents"), incidents},
            {QStringLiteral("units"), QJsonArray()},
            {QStringLiteral("liaison_requests"), QJsonArray()},
            {QStringLiteral("incident_types"), incidentTypes},
            {QStringLiteral("unit_types"), QJsonArray()},
            {QStringLiteral("agencies"), QJsonArray()}};
}

QList<QByteArray> SyntheticIncidents::eventFrames(int count, qint64 firstSeq) {
    QList<QByteArray> frames;
    frames.reserve(count);
    for (int i = 0; i < count; ++i) {
        const bool create = m_random.bounded(10) == 0;
        QJsonObject data;
        if (create) {
            m_incidents.append(incident(++m_lastId));
            data = m_incidents.last();
        } else {
            QJsonObject& target = m_incidents[m_random.bounded(int(m_incidents.size()))];
            target = changed(target);
            data = target;
        }
        const QJsonObject frame{{QStringLiteral("event"), create
                                                              ? QStringLiteral("incident.created")
                                                              : QStringLiteral("incident.updated")},
                                {QStringLiteral("seq"), firstSeq + i},
                                {QStringLiteral("data"), data}};
        frames.append(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    }
    return frames;
}

} // namespace jcc::console::bench
