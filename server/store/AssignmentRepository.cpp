#include "server/store/AssignmentRepository.hpp"

#include "server/store/OptionalField.hpp"
#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

namespace {

constexpr const char* kStateColumns =
    "SELECT a.id, a.incident_id, a.unit_id, u.call_sign, CASE "
    "WHEN a.cleared_at IS NOT NULL THEN 'cleared' WHEN a.on_scene_at IS NOT NULL THEN 'on_scene' "
    "WHEN a.en_route_at IS NOT NULL THEN 'en_route' "
    "WHEN a.acknowledged_at IS NOT NULL THEN 'acknowledged' ELSE 'assigned' END, a.liaison_id "
    "FROM assignments a JOIN units u ON u.id = a.unit_id ";

AssignmentState stateOf(const pqxx::row& row) {
    return {row[0].as<std::int64_t>(), row[1].as<std::int64_t>(),
            row[2].as<std::int64_t>(), row[3].as<std::string>(),
            row[4].as<std::string>(),  optionalField<std::int64_t>(row[5])};
}

} // namespace

void AssignmentRepository::prepare(pqxx::connection_base& connection) {
    connection.prepare("assignment_insert",
                       "INSERT INTO assignments (incident_id, unit_id, assigned_by, liaison_id) "
                       "VALUES ($1, $2, $3, $4) RETURNING id");
    connection.prepare("assignment_find", std::string(kStateColumns) + "WHERE a.id = $1");
    connection.prepare("assignment_lock",
                       std::string(kStateColumns) + "WHERE a.id = $1 FOR NO KEY UPDATE OF a");
    connection.prepare("assignment_json",
                       "SELECT assignment_json(a)::text FROM assignments a WHERE a.id = $1");
    connection.prepare(
        "assignment_set_step",
        "UPDATE assignments SET "
        "acknowledged_at = CASE WHEN $2::text = 'acknowledged' THEN now() ELSE acknowledged_at "
        "END, "
        "en_route_at = CASE WHEN $2::text = 'en_route' THEN now() ELSE en_route_at END, "
        "on_scene_at = CASE WHEN $2::text = 'on_scene' THEN now() ELSE on_scene_at END, "
        "cleared_at = CASE WHEN $2::text = 'cleared' THEN now() ELSE cleared_at END, "
        "version = version + 1 WHERE id = $1");
    connection.prepare("assignment_active",
                       std::string(kStateColumns) +
                           "WHERE a.incident_id = $1 AND a.cleared_at IS NULL ORDER BY a.unit_id");
}

std::int64_t AssignmentRepository::insert(pqxx::transaction_base& txn, std::int64_t incidentId,
                                          std::int64_t unitId, std::int64_t assignedBy,
                                          std::optional<std::int64_t> liaisonId) {
    return exec1(txn, "assignment_insert", incidentId, unitId, assignedBy, liaisonId)[0]
        .as<std::int64_t>();
}

std::optional<AssignmentState> AssignmentRepository::find(pqxx::transaction_base& txn,
                                                          std::int64_t id) {
    const auto row = execOptional(txn, "assignment_find", id);
    return row ? std::optional(stateOf(*row)) : std::nullopt;
}

std::optional<AssignmentState> AssignmentRepository::lock(pqxx::transaction_base& txn,
                                                          std::int64_t id) {
    const auto row = execOptional(txn, "assignment_lock", id);
    return row ? std::optional(stateOf(*row)) : std::nullopt;
}

nlohmann::json AssignmentRepository::json(pqxx::transaction_base& txn, std::int64_t id) {
    const auto row = execOptional(txn, "assignment_json", id);
    return row ? nlohmann::json::parse((*row)[0].c_str()) : nlohmann::json();
}

void AssignmentRepository::setStep(pqxx::transaction_base& txn, std::int64_t id,
                                   const std::string& step) {
    exec(txn, "assignment_set_step", id, step);
}

std::vector<AssignmentState> AssignmentRepository::active(pqxx::transaction_base& txn,
                                                          std::int64_t incidentId) {
    std::vector<AssignmentState> states;
    for (const auto& row : exec(txn, "assignment_active", incidentId)) {
        states.push_back(stateOf(row));
    }
    return states;
}

} // namespace jcc::store
