#include "server/core/Tasking.hpp"

#include "common/LiaisonRules.hpp"
#include "common/StateMachine.hpp"
#include "server/core/Command.hpp"
#include "server/core/OpSupport.hpp"
#include "server/store/AssignmentRepository.hpp"
#include "server/store/IncidentRepository.hpp"
#include "server/store/LiaisonRepository.hpp"
#include "server/store/TaskingRepository.hpp"
#include "server/store/UnitRepository.hpp"

namespace jcc::server {

using nlohmann::json;

bool mayTask(Command& command, const json& unit) {
    return store::TaskingRepository::mayTask(command.txn(), command.principal().user.agency,
                                             unit["agency"].get<std::string>());
}

void requireTaskable(Command& command, const json& unit, const std::string& field,
                     std::optional<std::int64_t> liaisonId) {
    if (mayTask(command, unit)) {
        return;
    }
    const auto& user = command.principal().user;
    if (liaisonId &&
        store::LiaisonRepository::side(command.txn(), *liaisonId,
                                       {user.agency, std::string(toString(user.country))})) {
        return;
    }
    const auto agency = unit["agency"].get<std::string>();
    throw ProtocolError(ErrorCode::Forbidden,
                        nameOf(unit) + " is a unit of " + agency + "; only " + agency +
                            " tasks it (you act for " + user.agency +
                            "): ask for it with assignment.create, which sends " + agency +
                            " an assistance request",
                        field, {{"agency", agency}});
}

namespace {

/// Units go to new, dispatched, on_scene and resolved incidents.
void requireTakesUnits(const json& incident, const std::string& field) {
    const auto status = incident["status"].get<std::string>();
    const bool working = status == "dispatched" || status == "on_scene";
    if (!working && !incidentLifecycle().allows(status, "dispatched")) {
        refuseMove(nameOf(incident) + " is " + status +
                       "; units can be assigned to new, dispatched, on_scene and resolved "
                       "incidents",
                   field, incidentLifecycle().next(status));
    }
}

void requireAvailable(Command& command, const json& unit, const std::string& field) {
    const auto status = unit["status"].get<std::string>();
    if (status != "available") {
        const auto busy =
            store::UnitRepository::activeAssignment(command.txn(), unit["id"].get<std::int64_t>());
        refuseMove(nameOf(unit) + " is " + status +
                       (busy ? " (incident " + busy->incidentRef + ")" : "") +
                       "; only available units can be assigned",
                   field, unitLifecycle().next(status));
    }
}

} // namespace

json assignUnit(Command& command, const json& incidentBefore, const json& unitBefore,
                std::optional<std::int64_t> liaisonId) {
    requireTakesUnits(incidentBefore, "incident_id");
    requireAvailable(command, unitBefore, "unit_id");
    auto& txn = command.txn();
    const auto incidentId = incidentBefore["id"].get<std::int64_t>();
    const auto unitId = unitBefore["id"].get<std::int64_t>();
    const auto id = store::AssignmentRepository::insert(txn, incidentId, unitId,
                                                        command.principal().user.id, liaisonId);
    store::UnitRepository::setStatus(txn, unitId, "dispatched", std::nullopt);
    const auto incidentStatus = incidentBefore["status"].get<std::string>();
    if (incidentStatus != "dispatched" && incidentStatus != "on_scene") {
        store::IncidentRepository::setStatus(txn, incidentId, "dispatched");
    }
    const auto assignment = store::AssignmentRepository::json(txn, id);
    const auto incident = store::IncidentRepository::json(txn, incidentId);
    const auto unit = store::UnitRepository::json(txn, unitId);
    command.audit("assignment.create", "assignment", id, nullptr, assignment);
    recordChange(command, Event::IncidentUpdated, "incident", incidentId, incidentBefore, incident);
    recordChange(command, Event::UnitUpdated, "unit", unitId, unitBefore, unit);
    addTimelineEntry(command, incidentId, timeline::assigned(unit["call_sign"].get<std::string>()));
    return {{"assignment", assignment}, {"incident", incident}, {"unit", unit}};
}

json requestUnit(Command& command, const json& incident, const json& unit) {
    requireTakesUnits(incident, "incident_id");
    // Asking twice for the same unit (a second Enter, a colleague) gives the pending request.
    if (const auto pending = store::LiaisonRepository::pendingRequestFor(
            command.txn(), incident["id"].get<std::int64_t>(), unit["id"].get<std::int64_t>())) {
        return store::LiaisonRepository::json(command.txn(), *pending);
    }
    const auto& user = command.principal().user;
    const auto type = unit["type"].get<std::string>();
    const auto typeName = store::UnitRepository::typeName(command.txn(), type);
    const auto callSign = unit["call_sign"].get<std::string>();
    const auto ref = incident["ref"].get<std::string>();
    store::NewLiaison request;
    request.fromAgency = user.agency;
    request.toAgency = unit["agency"].get<std::string>();
    request.kind = "assistance_request";
    request.incidentId = incident["id"].get<std::int64_t>();
    request.subject = ref + ": 1 × " + typeName + " (" + callSign + ")";
    request.body = "Assistance asked for incident " + ref + " at " +
                   incident["location"]["text"].get<std::string>() + ": 1 × " + typeName +
                   "; suggested unit " + callSign + ".";
    request.priority = incident["priority"].get<int>();
    request.responseSeconds = std::chrono::seconds(liaisonResponseTime(request.priority)).count();
    request.createdBy = user.id;
    request.needs = json::array({{{"unit_type", type}, {"count", 1}}});
    request.suggestedUnitIds = {unit["id"].get<std::int64_t>()};
    auto& txn = command.txn();
    const auto id = store::LiaisonRepository::insert(txn, request);
    const auto created = store::LiaisonRepository::json(txn, id);
    command.audit("liaison.create", "liaison_request", id, nullptr, created);
    command.emit(Event::LiaisonCreated, "liaison_request", id, created);
    addTimelineEntry(command, request.incidentId.value(),
                     timeline::assistanceRequested(request.toAgency, type, typeName, callSign));
    return created;
}

} // namespace jcc::server
