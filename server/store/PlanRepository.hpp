#pragma once
// Response plans (what an incident of a type and priority needs) and the border crossings that
// routes across the Morava go through (migration 0009).
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

/// One line of an incident's plan and how far it is met.
struct PlanNeed {
    std::string unitType;
    int count = 0;
    std::optional<std::string> condition; ///< "power_out", "injuries"; null: always applies
    int assigned = 0;  ///< units of the type assigned to the incident and not cleared
    int requested = 0; ///< units of the type asked for in assistance requests still pending
};

/// One line of a plan as stored.
struct PlanLine {
    std::string incidentType;
    int priority = 0;
    std::string unitType;
    int count = 0;
    std::optional<std::string> condition;
};

/// {"incident_type", "priority", "unit_type", "count", "condition"}: as plan.list and
/// jcc-admin plan list show a line.
nlohmann::json toJson(const PlanLine& line);

struct BorderCrossing {
    std::string code;
    std::string name;
    double lat = 0;
    double lon = 0;
    std::optional<double> maxWeightT; ///< null: no limit
};

class PlanRepository {
public:
    static void prepare(pqxx::connection_base& connection);

    /// The plan of incident `incidentId` (its type and priority), in plan order, with what is
    /// assigned and requested so far.
    static std::vector<PlanNeed> needs(pqxx::transaction_base& txn, std::int64_t incidentId);
    /// The plans, of `incidentType` when given, by type, priority and plan order.
    static std::vector<PlanLine> lines(pqxx::transaction_base& txn,
                                       const std::optional<std::string>& incidentType);
    /// Sets one line (count 0 removes it); returns the line as it was, if there was one.
    static std::optional<PlanLine> setLine(pqxx::transaction_base& txn, const PlanLine& line);
    /// Replaces the plans of `incidentType` (every plan when not given) with the defaults;
    /// returns the number of lines written.
    static int resetToDefaults(pqxx::transaction_base& txn,
                               const std::optional<std::string>& incidentType);
    /// Every border crossing.
    static std::vector<BorderCrossing> crossings(pqxx::transaction_base& txn);
    /// The side of the border a position lies on ("CZ" or "SK"): its nearest town.
    static std::string sideOf(pqxx::transaction_base& txn, double lat, double lon);
};

} // namespace jcc::store
