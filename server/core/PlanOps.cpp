#include "server/core/PlanOps.hpp"

#include "common/Fields.hpp"
#include "server/core/OpSupport.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/Recommendation.hpp"
#include "server/store/IncidentRepository.hpp"
#include "server/store/PlanRepository.hpp"

#include <pqxx/pqxx>

namespace jcc::server {

using nlohmann::json;

namespace {

std::int64_t readNeedsRequest(const json& body) {
    allowOnlyFields(body, {"incident_id"});
    return requireId(body, "incident_id");
}

OpOutcome incidentNeeds(const OpInput& in, pqxx::connection_base& connection) {
    const auto id = readNeedsRequest(in.request.body);
    pqxx::read_transaction txn(connection, "incident_needs");
    if (store::IncidentRepository::json(txn, id).is_null()) {
        throw ProtocolError(ErrorCode::NotFound, "no incident with id " + std::to_string(id),
                            "incident_id");
    }
    json needs = json::array();
    for (const auto& need : store::PlanRepository::needs(txn, id)) {
        // Conditional needs (power out, injuries) are the operator's call: shown, not counted.
        needs.push_back(planNeedJson(need, {}));
    }
    OpOutcome outcome;
    outcome.result = {{"incident_id", id}, {"needs", std::move(needs)}};
    return outcome;
}

std::optional<std::string> readPlanList(const json& body) {
    allowOnlyFields(body, {"incident_type"});
    return optionalString(body, "incident_type", {2, 32});
}

OpOutcome listPlans(const OpInput& in, pqxx::connection_base& connection) {
    const auto type = readPlanList(in.request.body);
    pqxx::read_transaction txn(connection, "plan_list");
    if (type) {
        requireIncidentType(txn, *type, "incident_type");
    }
    json plans = json::array();
    for (const auto& line : store::PlanRepository::lines(txn, type)) {
        plans.push_back(store::toJson(line));
    }
    OpOutcome outcome;
    outcome.result = {{"plans", std::move(plans)}};
    return outcome;
}

} // namespace

void addPlanOps(OpTable& table) {
    table.add(Op::IncidentNeeds, {.roles = kConsoleRoles,
                                  .checkFields = fieldsReadBy(readNeedsRequest),
                                  .onDatabase = incidentNeeds});
    table.add(Op::PlanList, {.roles = kConsoleRoles,
                             .checkFields = fieldsReadBy(readPlanList),
                             .onDatabase = listPlans});
}

} // namespace jcc::server
