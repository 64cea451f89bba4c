#include "server/store/UnitRepository.hpp"

#include "server/store/Statement.hpp"
#include "server/store/StoreError.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

void UnitRepository::prepare(pqxx::connection_base& connection) {
    connection.prepare("unit_type_name", "SELECT name_en FROM unit_types WHERE code = $1");
    connection.prepare("unit_type_exists", "SELECT 1 FROM unit_types WHERE code = $1");
    connection.prepare(
        "unit_insert",
        "INSERT INTO units (call_sign, agency, unit_type, capabilities, home_station, lat, lon) "
        "VALUES ($1, $2, $3, ARRAY(SELECT jsonb_array_elements_text($4::jsonb)), $5, $6, $7) "
        "ON CONFLICT (call_sign) DO NOTHING RETURNING id");
    connection.prepare(
        "unit_lock",
        "SELECT id, call_sign, status, version FROM units WHERE id = $1 FOR NO KEY UPDATE");
    connection.prepare("unit_json", "SELECT unit_json(u)::text FROM units u WHERE u.id = $1");
    connection.prepare(
        "unit_update",
        "UPDATE units SET call_sign = $2, agency = $3, unit_type = $4, "
        "capabilities = ARRAY(SELECT jsonb_array_elements_text($5::jsonb)), home_station = $6, "
        "version = version + 1, updated_at = now() "
        "WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM units o WHERE o.call_sign = $2 AND o.id <> "
        "$1)");
    connection.prepare("unit_set_status",
                       "UPDATE units SET status = $2, status_reason = $3, status_since = now(), "
                       "version = version + 1, updated_at = now() WHERE id = $1");
    connection.prepare("unit_set_position",
                       "UPDATE units SET lat = $2, lon = $3, version = version + 1, "
                       "updated_at = now() WHERE id = $1");
    connection.prepare("unit_active_assignment",
                       "SELECT a.id, a.incident_id, i.ref FROM assignments a "
                       "JOIN incidents i ON i.id = a.incident_id "
                       "WHERE a.unit_id = $1 AND a.cleared_at IS NULL");
    connection.prepare("unit_nearest_available",
                       "SELECT unit_json(u)::text, u.unit_type, "
                       "distance_m($1, $2, u.lat, u.lon) AS distance, u.agency, "
                       "side_of(u.lat, u.lon), t.heavy, u.lat, u.lon "
                       "FROM units u JOIN unit_types t ON t.code = u.unit_type "
                       "WHERE u.status = 'available' AND u.lat IS NOT NULL "
                       "AND ($3::text IS NULL OR u.unit_type = $3::text) "
                       "ORDER BY distance, u.call_sign LIMIT $4");
}

std::string UnitRepository::typeName(pqxx::transaction_base& txn, const std::string& type) {
    const auto row = execOptional(txn, "unit_type_name", type);
    return row ? (*row)[0].as<std::string>() : type;
}

bool UnitRepository::typeExists(pqxx::transaction_base& txn, const std::string& type) {
    return !exec(txn, "unit_type_exists", type).empty();
}

std::optional<std::int64_t> UnitRepository::insert(pqxx::transaction_base& txn,
                                                   const UnitDetails& details,
                                                   std::optional<double> lat,
                                                   std::optional<double> lon) {
    const auto row =
        execOptional(txn, "unit_insert", details.callSign, details.agency, details.type,
                     nlohmann::json(details.capabilities).dump(), details.homeStation, lat, lon);
    if (!row) {
        return std::nullopt;
    }
    return (*row)[0].as<std::int64_t>();
}

std::optional<UnitState> UnitRepository::lock(pqxx::transaction_base& txn, std::int64_t id) {
    const auto row = execOptional(txn, "unit_lock", id);
    if (!row) {
        return std::nullopt;
    }
    return UnitState{(*row)[0].as<std::int64_t>(), (*row)[1].as<std::string>(),
                     (*row)[2].as<std::string>(), (*row)[3].as<int>()};
}

nlohmann::json UnitRepository::json(pqxx::transaction_base& txn, std::int64_t id) {
    const auto row = execOptional(txn, "unit_json", id);
    return row ? nlohmann::json::parse((*row)[0].c_str()) : nlohmann::json();
}

bool UnitRepository::update(pqxx::transaction_base& txn, std::int64_t id,
                            const UnitDetails& details) {
    try {
        return exec(txn, "unit_update", id, details.callSign, details.agency, details.type,
                    nlohmann::json(details.capabilities).dump(), details.homeStation)
                   .affected_rows() == 1;
    } catch (const StatementError& e) {
        if (e.sqlstate() != sqlstate::kUniqueViolation) {
            throw;
        }
        // Another transaction took the call sign after the check; this one is aborted, and the
        // caller refuses the command, which rolls it back.
        return false;
    }
}

void UnitRepository::setStatus(pqxx::transaction_base& txn, std::int64_t id,
                               const std::string& status,
                               const std::optional<std::string>& reason) {
    exec(txn, "unit_set_status", id, status, reason);
}

void UnitRepository::setPosition(pqxx::transaction_base& txn, std::int64_t id, double lat,
                                 double lon) {
    exec(txn, "unit_set_position", id, lat, lon);
}

std::optional<ActiveAssignment> UnitRepository::activeAssignment(pqxx::transaction_base& txn,
                                                                 std::int64_t unitId) {
    const auto row = execOptional(txn, "unit_active_assignment", unitId);
    if (!row) {
        return std::nullopt;
    }
    return ActiveAssignment{(*row)[0].as<std::int64_t>(), (*row)[1].as<std::int64_t>(),
                            (*row)[2].as<std::string>()};
}

std::vector<UnitCandidate> UnitRepository::nearestAvailable(pqxx::transaction_base& txn, double lat,
                                                            double lon,
                                                            const std::optional<std::string>& type,
                                                            int limit) {
    std::vector<UnitCandidate> candidates;
    for (const auto& row : exec(txn, "unit_nearest_available", lat, lon, type, limit)) {
        candidates.push_back({nlohmann::json::parse(row[0].c_str()), row[1].as<std::string>(),
                              row[2].as<double>(), row[3].as<std::string>(),
                              row[4].as<std::string>(), row[5].as<bool>(), row[6].as<double>(),
                              row[7].as<double>()});
    }
    return candidates;
}

} // namespace jcc::store
