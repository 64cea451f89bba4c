#include "server/store/IncidentRepository.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

namespace {
std::optional<std::string> dumpOrNull(const std::optional<nlohmann::json>& value) {
    return value ? std::optional<std::string>(value->dump()) : std::nullopt;
}
} // namespace

void IncidentRepository::prepare(pqxx::connection_base& connection) {
    connection.prepare("incident_type_exists", "SELECT 1 FROM incident_types WHERE code = $1");
    connection.prepare("incident_next_ref",
                       "INSERT INTO incident_ref_counters AS c (year, last_number) "
                       "VALUES (extract(year FROM now() AT TIME ZONE 'Europe/Prague')::integer, 1) "
                       "ON CONFLICT (year) DO UPDATE SET last_number = c.last_number + 1 "
                       "RETURNING format('JCC-%s-%s', year, lpad(last_number::text, 6, '0'))");
    connection.prepare("incident_insert",
                       "INSERT INTO incidents (ref, incident_type, priority, location_text, "
                       "municipality, country_side, lat, lon, description, caller, created_by) "
                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11) RETURNING id");
    connection.prepare("incident_lock",
                       "SELECT id, status, version FROM incidents WHERE id = $1 FOR UPDATE");
    connection.prepare("incident_json",
                       "SELECT incident_json(i)::text FROM incidents i WHERE i.id = $1");
    connection.prepare(
        "incident_duplicates",
        "SELECT coalesce(jsonb_agg(incident_json(o) ORDER BY o.created_at DESC), '[]')::text "
        "FROM incidents n JOIN incidents o ON o.incident_type = n.incident_type AND o.id <> n.id "
        "WHERE n.id = $1 AND o.status IN ('new', 'dispatched', 'on_scene') "
        "AND o.created_at >= n.created_at - interval '30 minutes' "
        "AND n.lat IS NOT NULL AND o.lat IS NOT NULL "
        "AND distance_m(n.lat, n.lon, o.lat, o.lon) <= 500");
    connection.prepare("incident_timeline",
                       "SELECT coalesce(jsonb_agg(timeline_json(t) ORDER BY t.at, t.id), '[]')"
                       "::text FROM timeline_entries t WHERE t.incident_id = $1");
    connection.prepare("incident_timeline_append",
                       "INSERT INTO timeline_entries (incident_id, author_user_id, kind, body) "
                       "VALUES ($1, $2, $3, $4) RETURNING timeline_json(timeline_entries)::text");
    connection.prepare("place_nearest",
                       "SELECT jsonb_build_object('name', name, 'country', country)::text "
                       "FROM places WHERE kind IN ('town', 'municipality') "
                       "AND distance_m($1, $2, lat, lon) <= 15000 "
                       "ORDER BY distance_m($1, $2, lat, lon) LIMIT 1");
}

bool IncidentRepository::typeExists(pqxx::transaction_base& txn, const std::string& type) {
    return !txn.exec_prepared("incident_type_exists", type).empty();
}

std::int64_t IncidentRepository::insert(pqxx::transaction_base& txn, const NewIncident& incident) {
    const auto ref = txn.exec_prepared1("incident_next_ref")[0].as<std::string>();
    return txn
        .exec_prepared1("incident_insert", ref, incident.type, incident.priority,
                        incident.locationText, incident.municipality, incident.countrySide,
                        incident.lat, incident.lon, incident.description,
                        dumpOrNull(incident.caller), incident.createdBy)[0]
        .as<std::int64_t>();
}

std::optional<IncidentState> IncidentRepository::lock(pqxx::transaction_base& txn,
                                                      std::int64_t id) {
    const auto rows = txn.exec_prepared("incident_lock", id);
    if (rows.empty()) {
        return std::nullopt;
    }
    return IncidentState{rows[0][0].as<std::int64_t>(), rows[0][1].as<std::string>(),
                         rows[0][2].as<int>()};
}

nlohmann::json IncidentRepository::json(pqxx::transaction_base& txn, std::int64_t id) {
    const auto rows = txn.exec_prepared("incident_json", id);
    return rows.empty() ? nlohmann::json() : nlohmann::json::parse(rows[0][0].c_str());
}

nlohmann::json IncidentRepository::possibleDuplicates(pqxx::transaction_base& txn,
                                                      std::int64_t id) {
    return nlohmann::json::parse(txn.exec_prepared1("incident_duplicates", id)[0].c_str());
}

nlohmann::json IncidentRepository::timeline(pqxx::transaction_base& txn, std::int64_t id) {
    return nlohmann::json::parse(txn.exec_prepared1("incident_timeline", id)[0].c_str());
}

nlohmann::json IncidentRepository::appendTimeline(pqxx::transaction_base& txn,
                                                  std::int64_t incidentId, std::int64_t authorId,
                                                  const std::string& kind,
                                                  const std::string& body) {
    const auto author = authorId > 0 ? std::optional<std::int64_t>(authorId) : std::nullopt;
    return nlohmann::json::parse(
        txn.exec_prepared1("incident_timeline_append", incidentId, author, kind, body)[0].c_str());
}

nlohmann::json IncidentRepository::nearestPlace(pqxx::transaction_base& txn, double lat,
                                                double lon) {
    const auto rows = txn.exec_prepared("place_nearest", lat, lon);
    return rows.empty() ? nlohmann::json() : nlohmann::json::parse(rows[0][0].c_str());
}

} // namespace jcc::store
