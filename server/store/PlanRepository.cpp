#include "server/store/PlanRepository.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

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
}

std::vector<PlanNeed> PlanRepository::needs(pqxx::transaction_base& txn, std::int64_t incidentId) {
    std::vector<PlanNeed> needs;
    for (const auto& row : txn.exec_prepared("plan_needs", incidentId)) {
        needs.push_back(
            {row[0].as<std::string>(), row[1].as<int>(),
             row[2].is_null() ? std::nullopt : std::optional<std::string>(row[2].as<std::string>()),
             row[3].as<int>(), row[4].as<int>()});
    }
    return needs;
}

std::vector<BorderCrossing> PlanRepository::crossings(pqxx::transaction_base& txn) {
    std::vector<BorderCrossing> crossings;
    for (const auto& row : txn.exec_prepared("plan_crossings")) {
        crossings.push_back(
            {row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<double>(),
             row[3].as<double>(),
             row[4].is_null() ? std::nullopt : std::optional<double>(row[4].as<double>())});
    }
    return crossings;
}

std::string PlanRepository::sideOf(pqxx::transaction_base& txn, double lat, double lon) {
    return txn.exec_prepared1("plan_side_of", lat, lon)[0].as<std::string>();
}

} // namespace jcc::store
