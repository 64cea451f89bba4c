#pragma once
// The units table (and the unit_types and agencies it refers to). JSON comes from the database's
// unit_json(), so replies, snapshots and events share one wire form.
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

/// What a supervisor describes of a unit: set by unit.create, changed by unit.update.
struct UnitDetails {
    std::string callSign;
    std::string agency;
    std::string type;
    std::vector<std::string> capabilities;
    std::string homeStation;

    bool operator==(const UnitDetails&) const = default;
};

/// The columns a command checks before changing a unit.
struct UnitState {
    std::int64_t id = 0;
    std::string callSign;
    std::string status;
    int version = 0;
};

/// The unit's assignment that is not cleared yet.
struct ActiveAssignment {
    std::int64_t id = 0;
    std::int64_t incidentId = 0;
    std::string incidentRef;
};

/// An available unit near an incident.
struct UnitCandidate {
    nlohmann::json unit;
    std::string type;
    double distanceM = 0; ///< straight line
    std::string agency;
    std::string side;   ///< "CZ" or "SK": the bank of the Morava it stands on (side_of)
    bool heavy = false; ///< over 3.5 t (unit_types.heavy)
    double lat = 0;
    double lon = 0;
};

class UnitRepository {
public:
    static void prepare(pqxx::connection_base& connection);

    static bool typeExists(pqxx::transaction_base& txn, const std::string& type);
    /// The English name of unit type `type` ("Fire engine"), for the text the server writes.
    static std::string typeName(pqxx::transaction_base& txn, const std::string& type);
    /// Inserts an available unit; nullopt when the call sign is taken.
    static std::optional<std::int64_t> insert(pqxx::transaction_base& txn,
                                              const UnitDetails& details, std::optional<double> lat,
                                              std::optional<double> lon);
    /// Locks the row until the transaction ends (FOR NO KEY UPDATE: commands changing it wait,
    /// rows that only refer to it do not); nullopt when there is no such unit.
    static std::optional<UnitState> lock(pqxx::transaction_base& txn, std::int64_t id);
    static nlohmann::json json(pqxx::transaction_base& txn, std::int64_t id);
    /// Replaces the described fields and bumps the version; false when the call sign is taken
    /// by another unit.
    static bool update(pqxx::transaction_base& txn, std::int64_t id, const UnitDetails& details);
    /// Sets the status, its reason and status_since = now(); bumps the version.
    static void setStatus(pqxx::transaction_base& txn, std::int64_t id, const std::string& status,
                          const std::optional<std::string>& reason);
    /// Sets the position; bumps the version.
    static void setPosition(pqxx::transaction_base& txn, std::int64_t id, double lat, double lon);
    static std::optional<ActiveAssignment> activeAssignment(pqxx::transaction_base& txn,
                                                            std::int64_t unitId);
    /// Available units with a position, of `type` when given, nearest to (lat, lon) in a
    /// straight line first.
    static std::vector<UnitCandidate> nearestAvailable(pqxx::transaction_base& txn, double lat,
                                                       double lon,
                                                       const std::optional<std::string>& type,
                                                       int limit);
};

} // namespace jcc::store
