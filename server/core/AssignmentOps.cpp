#include "server/core/AssignmentOps.hpp"

#include "common/Fields.hpp"
#include "common/StateMachine.hpp"
#include "server/core/Command.hpp"
#include "server/core/OpSupport.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/Tasking.hpp"
#include "server/store/AssignmentRepository.hpp"
#include "server/store/IncidentRepository.hpp"
#include "server/store/UnitRepository.hpp"

#include <algorithm>
#include <pqxx/pqxx>

namespace jcc::server {

using nlohmann::json;

namespace {

struct NewAssignment {
    std::int64_t incidentId;
    std::int64_t unitId;
};

NewAssignment readNewAssignment(const json& body) {
    allowOnlyFields(body, {"request_id", "incident_id", "unit_id"});
    return {requireId(body, "incident_id"), requireId(body, "unit_id")};
}

/// A unit the user may task is assigned; any other becomes an assistance request to its agency
/// (docs/protocol.md, "assignment.create"), answered {"assistance_request": ...}.
json createAssignment(Command& command) {
    const auto [incidentId, unitId] = readNewAssignment(command.body());
    auto& txn = command.txn();
    // Lock order of every dispatch command: the incident, then units, then assignments.
    const auto incident = lockIncident(txn, incidentId, "incident_id");
    const auto unit = lockUnit(txn, unitId, "unit_id");
    if (!mayTask(command, unit)) {
        return {{"assistance_request", requestUnit(command, incident, unit)}};
    }
    return assignUnit(command, incident, unit);
}

/// The unit status an assignment step puts its unit in; empty when the unit stays as it is.
std::string unitStatusFor(const std::string& step) {
    if (step == "en_route" || step == "on_scene") {
        return step;
    }
    // A unit works on one assignment at a time, so clearing it frees the unit.
    return step == "cleared" ? "available" : "";
}

struct AssignmentStep {
    std::int64_t id;
    std::string step;
};

AssignmentStep readAssignmentStep(const json& body) {
    allowOnlyFields(body, {"request_id", "assignment_id", "status"});
    return {requireId(body, "assignment_id"),
            requireChoice(body, "status", {"acknowledged", "en_route", "on_scene", "cleared"})};
}

json setAssignmentStatus(Command& command) {
    const auto [id, step] = readAssignmentStep(command.body());
    auto& txn = command.txn();
    const auto found = store::AssignmentRepository::find(txn, id);
    if (!found) {
        throw ProtocolError(ErrorCode::NotFound, "no assignment with id " + std::to_string(id),
                            "assignment_id");
    }
    const auto incidentBefore = lockIncident(txn, found->incidentId, "incident_id");
    const auto unitBefore = lockUnit(txn, found->unitId, "unit_id");
    requireTaskable(command, unitBefore, "assignment_id", found->liaisonId);
    const auto state = store::AssignmentRepository::lock(txn, id);
    assignmentLifecycle().check(state->status, step);
    const auto unitFrom = unitBefore["status"].get<std::string>();
    auto unitTo = unitStatusFor(step);
    if (unitTo == unitFrom) {
        unitTo.clear();
    }
    if (!unitTo.empty()) {
        unitLifecycle().check(unitFrom, unitTo);
    }
    const auto assignmentBefore = store::AssignmentRepository::json(txn, id);
    store::AssignmentRepository::setStep(txn, id, step);
    if (!unitTo.empty()) {
        store::UnitRepository::setStatus(txn, found->unitId, unitTo, std::nullopt);
    }
    if (step == "on_scene" && incidentBefore["status"] == "dispatched") {
        store::IncidentRepository::setStatus(txn, found->incidentId, "on_scene");
    }
    const auto assignment = store::AssignmentRepository::json(txn, id);
    const auto incident = store::IncidentRepository::json(txn, found->incidentId);
    const auto unit = store::UnitRepository::json(txn, found->unitId);
    command.audit("assignment.set_status", "assignment", id, assignmentBefore, assignment);
    recordChange(command, Event::IncidentUpdated, "incident", found->incidentId, incidentBefore,
                 incident);
    if (!unitTo.empty()) {
        recordChange(command, Event::UnitUpdated, "unit", found->unitId, unitBefore, unit);
    }
    addTimelineEntry(command, found->incidentId, timeline::assignmentStep(state->callSign, step));
    return {{"assignment", assignment}, {"incident", incident}, {"unit", unit}};
}

} // namespace

void addAssignmentOps(OpTable& table) {
    table.add(Op::AssignmentCreate, {.roles = kConsoleRoles,
                                     .checkFields = fieldsReadBy(readNewAssignment),
                                     .command = createAssignment});
    table.add(Op::AssignmentSetStatus, {.roles = kConsoleRoles,
                                        .checkFields = fieldsReadBy(readAssignmentStep),
                                        .command = setAssignmentStatus});
}

} // namespace jcc::server
