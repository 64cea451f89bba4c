#include "server/store/IncidentRepository.hpp"

#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

namespace {
template <class T> std::optional<std::string> dumpOrNull(const std::optional<T>& value) {
    return value ? std::optional<std::string>(nlohmann::json(*value).dump()) : std::nullopt;
}

/// The incident.list filters on incidents i: $1 statuses, $2 priorities, $3 types (JSON arrays),
/// $4 country side, $5 and $6 the creation times; a null parameter does not filter.
constexpr const char* kIncidentFilter =
    "($1::jsonb IS NULL OR $1::jsonb @> to_jsonb(i.status))"
    " AND ($2::jsonb IS NULL OR $2::jsonb @> to_jsonb(i.priority))"
    " AND ($3::jsonb IS NULL OR $3::jsonb @> to_jsonb(i.incident_type))"
    " AND ($4::text IS NULL OR i.country_side = $4::text)"
    " AND ($5::timestamptz IS NULL OR i.created_at >= $5::timestamptz)"
    " AND ($6::timestamptz IS NULL OR i.created_at < $6::timestamptz)";
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
                       "SELECT id, status, version FROM incidents WHERE id = $1 FOR NO KEY UPDATE");
    connection.prepare(
        "incident_update",
        "UPDATE incidents SET incident_type = $2, priority = $3, location_text = $4, "
        "municipality = $5, country_side = $6, lat = $7, lon = $8, "
        "description = $9, version = version + 1, updated_at = now() "
        "WHERE id = $1");
    // A closed or cancelled incident is handed over no more: a pending offer ends with it.
    connection.prepare(
        "incident_set_status",
        "WITH s AS (SELECT $2::text AS status, $2::text IN ('closed', 'cancelled') AS ended) "
        "UPDATE incidents SET status = s.status, "
        "closed_at = CASE WHEN s.ended THEN now() ELSE closed_at END, "
        "transfer_to = CASE WHEN s.ended THEN NULL ELSE transfer_to END, "
        "transfer_offered_by = CASE WHEN s.ended THEN NULL ELSE transfer_offered_by END, "
        "transfer_offered_at = CASE WHEN s.ended THEN NULL ELSE transfer_offered_at END, "
        "transfer_reason = CASE WHEN s.ended THEN NULL ELSE transfer_reason END, "
        "version = version + 1, updated_at = now() FROM s WHERE id = $1");
    connection.prepare("incident_transfer_offer",
                       "UPDATE incidents SET transfer_to = $2, transfer_offered_by = $3, "
                       "transfer_offered_at = now(), transfer_reason = $4, "
                       "version = version + 1, updated_at = now() WHERE id = $1");
    connection.prepare("incident_transfer_settle",
                       "UPDATE incidents SET responsible_side = CASE WHEN $2 THEN transfer_to "
                       "ELSE responsible_side END, transfer_to = NULL, transfer_offered_by = NULL, "
                       "transfer_offered_at = NULL, transfer_reason = NULL, "
                       "version = version + 1, updated_at = now() WHERE id = $1");
    // incident.list: $1..$6 the filters (kIncidentFilter), $7 and $8 the key the page continues
    // below, $9 the number of rows to read.
    connection.prepare("incident_page",
                       std::string("SELECT epoch_us(i.created_at), i.id, incident_json(i)::text "
                                   "FROM incidents i WHERE ") +
                           kIncidentFilter +
                           " AND (i.created_at, i.id) < (from_epoch_us($7), $8::bigint)"
                           " ORDER BY i.created_at DESC, i.id DESC LIMIT $9");
    connection.prepare(
        "incident_count",
        cappedCountSql(std::string("SELECT 1 FROM incidents i WHERE ") + kIncidentFilter));
    connection.prepare("incident_caller", "SELECT caller::text FROM incidents WHERE id = $1");
    connection.prepare("incident_json",
                       "SELECT incident_json(i)::text FROM incidents i WHERE i.id = $1");
    // The index incidents_open_nearby (db/migrations/0005_bounded_work.sql) gives the
    // kDuplicateCandidates nearest open incidents of the type from the last 30 minutes; of them
    // the nearest kMaxDuplicates within 500 m are returned: the work is bounded however many
    // calls come about one street.
    connection.prepare(
        "incident_duplicates",
        "SELECT coalesce(jsonb_agg(jsonb_build_object('id', d.id, 'ref', d.ref, 'type', "
        " d.incident_type, 'priority', d.priority, 'status', d.status, 'distance_m', "
        " round(d.distance)::integer, 'created_at', iso_time(d.created_at)) "
        " ORDER BY d.distance, d.id), '[]')::text "
        "FROM (SELECT c.*, distance_m($2, $3, c.lat, c.lon) AS distance FROM ("
        "  SELECT * FROM incidents o WHERE o.incident_type = $1"
        "  AND o.status IN ('new', 'dispatched', 'on_scene')"
        "  AND o.lat IS NOT NULL AND o.lon IS NOT NULL"
        "  AND o.created_at >= now() - interval '30 minutes'"
        "  ORDER BY nearby_point(o.lat, o.lon) <-> nearby_point($2, $3) LIMIT " +
            std::to_string(kDuplicateCandidates) +
            ") c WHERE distance_m($2, $3, c.lat, c.lon) <= 500"
            " ORDER BY distance, c.id LIMIT " +
            std::to_string(kMaxDuplicates) + ") d");
    connection.prepare("incident_timeline",
                       "SELECT coalesce(jsonb_agg(timeline_json(t) ORDER BY t.at, t.id), '[]')"
                       "::text FROM timeline_entries t WHERE t.incident_id = $1");
    connection.prepare(
        "incident_timeline_append",
        "INSERT INTO timeline_entries (incident_id, author_user_id, kind, data, body) "
        "VALUES ($1, $2, $3, $4::jsonb, $5) "
        "RETURNING timeline_json(timeline_entries)::text");
    connection.prepare("place_nearest",
                       "SELECT jsonb_build_object('name', name, 'country', country)::text "
                       "FROM places WHERE kind IN ('town', 'municipality') "
                       "AND distance_m($1, $2, lat, lon) <= 15000 "
                       "ORDER BY distance_m($1, $2, lat, lon) LIMIT 1");
}

bool IncidentRepository::typeExists(pqxx::transaction_base& txn, const std::string& type) {
    return !exec(txn, "incident_type_exists", type).empty();
}

std::int64_t IncidentRepository::insert(pqxx::transaction_base& txn, const NewIncident& incident) {
    const auto ref = exec1(txn, "incident_next_ref")[0].as<std::string>();
    const auto& details = incident.details;
    const auto& location = details.location;
    return exec1(txn, "incident_insert", ref, details.type, details.priority, location.text,
                 location.municipality, location.countrySide, location.lat, location.lon,
                 details.description, dumpOrNull(incident.caller), incident.createdBy)[0]
        .as<std::int64_t>();
}

void IncidentRepository::update(pqxx::transaction_base& txn, std::int64_t id,
                                const IncidentDetails& details) {
    const auto& location = details.location;
    exec(txn, "incident_update", id, details.type, details.priority, location.text,
         location.municipality, location.countrySide, location.lat, location.lon,
         details.description);
}

void IncidentRepository::setStatus(pqxx::transaction_base& txn, std::int64_t id,
                                   const std::string& status) {
    exec(txn, "incident_set_status", id, status);
}

void IncidentRepository::offerTransfer(pqxx::transaction_base& txn, std::int64_t id,
                                       const std::string& to, std::int64_t offeredBy,
                                       const std::string& reason) {
    exec(txn, "incident_transfer_offer", id, to, offeredBy, reason);
}

void IncidentRepository::settleTransfer(pqxx::transaction_base& txn, std::int64_t id,
                                        bool accepted) {
    exec(txn, "incident_transfer_settle", id, accepted);
}

Page IncidentRepository::list(pqxx::transaction_base& txn, const IncidentFilter& filter,
                              const PageKey& after, int limit) {
    return pageOf(exec(txn, "incident_page", dumpOrNull(filter.statuses),
                       dumpOrNull(filter.priorities), dumpOrNull(filter.types), filter.countrySide,
                       filter.from, filter.to, after.atMicros, after.id, limit + 1),
                  limit);
}

std::int64_t IncidentRepository::count(pqxx::transaction_base& txn, const IncidentFilter& filter) {
    return exec1(txn, "incident_count", dumpOrNull(filter.statuses), dumpOrNull(filter.priorities),
                 dumpOrNull(filter.types), filter.countrySide, filter.from, filter.to)[0]
        .as<std::int64_t>();
}

std::optional<nlohmann::json> IncidentRepository::caller(pqxx::transaction_base& txn,
                                                         std::int64_t id) {
    const auto row = execOptional(txn, "incident_caller", id);
    if (!row) {
        return std::nullopt;
    }
    return (*row)[0].is_null() ? nlohmann::json() : nlohmann::json::parse((*row)[0].c_str());
}

std::optional<IncidentState> IncidentRepository::lock(pqxx::transaction_base& txn,
                                                      std::int64_t id) {
    const auto row = execOptional(txn, "incident_lock", id);
    if (!row) {
        return std::nullopt;
    }
    return IncidentState{(*row)[0].as<std::int64_t>(), (*row)[1].as<std::string>(),
                         (*row)[2].as<int>()};
}

nlohmann::json IncidentRepository::json(pqxx::transaction_base& txn, std::int64_t id) {
    const auto row = execOptional(txn, "incident_json", id);
    return row ? nlohmann::json::parse((*row)[0].c_str()) : nlohmann::json();
}

nlohmann::json IncidentRepository::possibleDuplicates(pqxx::transaction_base& txn,
                                                      const std::string& type, double lat,
                                                      double lon) {
    return nlohmann::json::parse(exec1(txn, "incident_duplicates", type, lat, lon)[0].c_str());
}

nlohmann::json IncidentRepository::timeline(pqxx::transaction_base& txn, std::int64_t id) {
    return nlohmann::json::parse(exec1(txn, "incident_timeline", id)[0].c_str());
}

nlohmann::json IncidentRepository::appendTimeline(pqxx::transaction_base& txn,
                                                  std::int64_t incidentId, std::int64_t authorId,
                                                  const std::string& kind,
                                                  const nlohmann::json& data,
                                                  const std::string& body) {
    const auto author = authorId > 0 ? std::optional<std::int64_t>(authorId) : std::nullopt;
    return nlohmann::json::parse(
        exec1(txn, "incident_timeline_append", incidentId, author, kind, data.dump(), body)[0]
            .c_str());
}

nlohmann::json IncidentRepository::nearestPlace(pqxx::transaction_base& txn, double lat,
                                                double lon) {
    const auto row = execOptional(txn, "place_nearest", lat, lon);
    return row ? nlohmann::json::parse((*row)[0].c_str()) : nlohmann::json();
}

} // namespace jcc::store
