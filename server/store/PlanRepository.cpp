#include "server/store/PlanRepository.hpp"

#include "server/store/OptionalField.hpp"
#include "server/store/Statement.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

namespace jcc::store {

nlohmann::json toJson(const PlanLine& line) {
    return {{"incident_type", line.incidentType},
            {"priority", line.priority},
            {"unit_type", line.unitType},
            {"count", line.count},
            {"condition", line.condition ? nlohmann::json(*line.condition) : nlohmann::json()}};
}

void PlanRepository::prepare(pqxx::connection_base& connection) {
    connection.prepare(
        "plan_needs",
        "SELECT r.unit_type, r.count, r.condition, "
        "(SELECT count(*) FROM assignments a JOIN units u ON u.id = a.unit_id "
        " WHERE a.incident_id = i.id AND a.cleared_at IS NULL AND u.unit_type = r.unit_type), "
        "(SELECT coalesce(sum((n->>'count')::int), 0) FROM liaison_requests l, "
        " jsonb_array_elements(l.needs) n WHERE l.incident_id = i.id "
        " AND l.kind = 'assistance_request' AND l.status IN ('open', 'acknowledged', 'answered') "
        " AND n->>'unit_type' = r.unit_type) "
        "FROM incidents i JOIN response_plans r "
        "ON r.incident_type = i.incident_type AND r.priority = i.priority "
        "WHERE i.id = $1 ORDER BY r.sort_order, r.unit_type LIMIT 32");
    connection.prepare("plan_crossings",
                       "SELECT code, name, lat, lon, max_weight_t FROM border_crossings "
                       "ORDER BY code LIMIT 64");
    connection.prepare("plan_side_of", "SELECT side_of($1, $2)");
    connection.prepare("plan_lines",
                       "SELECT incident_type, priority, unit_type, count, condition "
                       "FROM response_plans WHERE ($1::text IS NULL OR incident_type = $1) "
                       "ORDER BY incident_type, priority, sort_order, unit_type LIMIT 2000");
    connection.prepare("plan_line_old",
                       "SELECT count, condition FROM response_plans WHERE incident_type = $1 "
                       "AND priority = $2 AND unit_type = $3 FOR UPDATE");
    connection.prepare("plan_line_delete",
                       "DELETE FROM response_plans WHERE incident_type = $1 AND priority = $2 "
                       "AND unit_type = $3");
    connection.prepare(
        "plan_line_upsert",
        "INSERT INTO response_plans (incident_type, priority, unit_type, count, condition, "
        "sort_order) VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(sort_order), 0) + 1 "
        "FROM response_plans WHERE incident_type = $1 AND priority = $2)) "
        "ON CONFLICT (incident_type, priority, unit_type) DO UPDATE "
        "SET count = EXCLUDED.count, condition = EXCLUDED.condition");
    connection.prepare("plan_reset", "SELECT reset_response_plans($1::text)");
}

std::vector<PlanLine> PlanRepository::lines(pqxx::transaction_base& txn,
                                            const std::optional<std::string>& incidentType) {
    std::vector<PlanLine> lines;
    for (const auto& row : exec(txn, "plan_lines", incidentType)) {
        lines.push_back({row[0].as<std::string>(), row[1].as<int>(), row[2].as<std::string>(),
                         row[3].as<int>(), optionalField<std::string>(row[4])});
    }
    return lines;
}

std::optional<PlanLine> PlanRepository::setLine(pqxx::transaction_base& txn, const PlanLine& line) {
    std::optional<PlanLine> before;
    const auto old =
        execOptional(txn, "plan_line_old", line.incidentType, line.priority, line.unitType);
    if (old) {
        before = PlanLine{line.incidentType, line.priority, line.unitType, (*old)[0].as<int>(),
                          optionalField<std::string>((*old)[1])};
    }
    if (line.count == 0) {
        exec(txn, "plan_line_delete", line.incidentType, line.priority, line.unitType);
    } else {
        exec(txn, "plan_line_upsert", line.incidentType, line.priority, line.unitType, line.count,
             line.condition);
    }
    return before;
}

int PlanRepository::resetToDefaults(pqxx::transaction_base& txn,
                                    const std::optional<std::string>& incidentType) {
    return exec1(txn, "plan_reset", incidentType)[0].as<int>();
}

std::vector<PlanNeed> PlanRepository::needs(pqxx::transaction_base& txn, std::int64_t incidentId) {
    std::vector<PlanNeed> needs;
    for (const auto& row : exec(txn, "plan_needs", incidentId)) {
        needs.push_back({row[0].as<std::string>(), row[1].as<int>(),
                         optionalField<std::string>(row[2]), row[3].as<int>(), row[4].as<int>()});
    }
    return needs;
}

std::vector<BorderCrossing> PlanRepository::crossings(pqxx::transaction_base& txn) {
    std::vector<BorderCrossing> crossings;
    for (const auto& row : exec(txn, "plan_crossings")) {
        crossings.push_back({row[0].as<std::string>(), row[1].as<std::string>(),
                             row[2].as<double>(), row[3].as<double>(),
                             optionalField<double>(row[4])});
    }
    return crossings;
}

std::string PlanRepository::sideOf(pqxx::transaction_base& txn, double lat, double lon) {
    return exec1(txn, "plan_side_of", lat, lon)[0].as<std::string>();
}

} // namespace jcc::store
