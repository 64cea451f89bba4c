#pragma once
// The assignments table: which unit works on which incident, with the time of each step. JSON
// comes from the database's assignment_json(), normally inside incident_json().
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

/// The columns a command checks before changing an assignment.
struct AssignmentState {
    std::int64_t id = 0;
    std::int64_t incidentId = 0;
    std::int64_t unitId = 0;
    std::string callSign;
    std::string status; ///< assigned, acknowledged, en_route, on_scene or cleared
    /// The assistance request whose acceptance sent the unit, if any.
    std::optional<std::int64_t> liaisonId;
};

class AssignmentRepository {
public:
    static void prepare(pqxx::connection_base& connection);

    /// `liaisonId`: the assistance request whose acceptance sent the unit, if any.
    static std::int64_t insert(pqxx::transaction_base& txn, std::int64_t incidentId,
                               std::int64_t unitId, std::int64_t assignedBy,
                               std::optional<std::int64_t> liaisonId = std::nullopt);
    /// Reads without locking (to learn which incident and unit to lock first).
    static std::optional<AssignmentState> find(pqxx::transaction_base& txn, std::int64_t id);
    /// Locks the row until the transaction ends (FOR NO KEY UPDATE: commands changing it wait,
    /// rows that only refer to it do not); nullopt when there is no such assignment.
    static std::optional<AssignmentState> lock(pqxx::transaction_base& txn, std::int64_t id);
    static nlohmann::json json(pqxx::transaction_base& txn, std::int64_t id);
    /// Stamps the time of `step` (acknowledged, en_route, on_scene or cleared); bumps the version.
    static void setStep(pqxx::transaction_base& txn, std::int64_t id, const std::string& step);
    /// The incident's assignments that are not cleared, by unit id.
    static std::vector<AssignmentState> active(pqxx::transaction_base& txn,
                                               std::int64_t incidentId);
};

} // namespace jcc::store
