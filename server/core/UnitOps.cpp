#include "server/core/UnitOps.hpp"

#include "common/Fields.hpp"
#include "common/StateMachine.hpp"
#include "server/core/Command.hpp"
#include "server/core/OpSupport.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/Recommendation.hpp"
#include "server/core/Tasking.hpp"
#include "server/store/IncidentRepository.hpp"
#include "server/store/UnitRepository.hpp"
#include "server/store/UserRepository.hpp"

#include <algorithm>
#include <cmath>
#include <pqxx/pqxx>

namespace jcc::server {

using nlohmann::json;

double averageSpeedKmh(std::string_view unitType) {
    // Straight-line speeds: road detours and traffic are folded into them.
    static constexpr std::pair<std::string_view, double> kSpeeds[] = {
        {"patrol_car", 50},
        {"surveillance_car", 50},
        {"motorcycle", 50},
        {"k9_unit", 45},
        {"ambulance", 50},
        {"fire_engine", 40},
        {"rescue_boat", 15},
        {"decontamination_tent", 30},
        {"mobile_power_generator", 30}};
    for (const auto& [type, speed] : kSpeeds) {
        if (type == unitType) {
            return speed;
        }
    }
    return 40;
}

int etaMinutes(std::string_view unitType, double distanceM) {
    const double metresPerMinute = averageSpeedKmh(unitType) * 1000.0 / 60.0;
    return static_cast<int>(std::ceil(distanceM / metresPerMinute));
}

namespace {

/// Statuses that follow a unit's assignment; unit.set_status does not set them.
bool setByAssignments(std::string_view status) {
    return status == "dispatched" || status == "en_route" || status == "on_scene";
}

void requireUnitType(pqxx::transaction_base& txn, const std::string& type,
                     const std::string& field) {
    if (!store::UnitRepository::typeExists(txn, type)) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'" + field + "' '" + type +
                                "' is not a unit type (see unit_types in the snapshot)",
                            field);
    }
}

void requireAgency(pqxx::transaction_base& txn, const std::string& agency,
                   const std::string& field) {
    if (!store::UserRepository::agencyCountry(txn, agency)) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'" + field + "' '" + agency +
                                "' is not an agency (see agencies in the snapshot)",
                            field);
    }
}

[[noreturn]] void callSignTaken(const std::string& callSign, const std::string& field) {
    throw ProtocolError(ErrorCode::Conflict,
                        "call sign '" + callSign + "' is already used by another unit", field);
}

struct NewUnit {
    store::UnitDetails details;
    std::optional<double> lat;
    std::optional<double> lon;
};

NewUnit readNewUnit(const json& body) {
    allowOnlyFields(body, {"request_id", "call_sign", "agency", "type", "capabilities",
                           "home_station", "position"});
    store::UnitDetails details;
    details.callSign = requireString(body, "call_sign", {1, 32});
    details.agency = requireString(body, "agency", {1, 16});
    details.type = requireString(body, "type", {1, 32});
    details.capabilities =
        optionalStringList(body, "capabilities", 32, {1, 64}).value_or(std::vector<std::string>{});
    details.homeStation = requireString(body, "home_station", {1, 200});
    std::optional<double> lat;
    std::optional<double> lon;
    if (body.contains("position") && !body["position"].is_null()) {
        const json& position = requireObject(body, "position");
        nested("position", [&] {
            allowOnlyMembers(position, {"lat", "lon"});
            lat = requireNumber(position, "lat", -90, 90);
            lon = requireNumber(position, "lon", -180, 180);
            return 0;
        });
    }
    return {std::move(details), lat, lon};
}

json createUnit(Command& command) {
    const auto [details, lat, lon] = readNewUnit(command.body());
    auto& txn = command.txn();
    requireAgency(txn, details.agency, "agency");
    requireUnitType(txn, details.type, "type");
    const auto id = store::UnitRepository::insert(txn, details, lat, lon);
    if (!id) {
        callSignTaken(details.callSign, "call_sign");
    }
    const auto created = store::UnitRepository::json(txn, *id);
    recordChange(command, Event::UnitCreated, "unit", *id, nullptr, created);
    return {{"unit", created}};
}

/// The described fields of a unit as unit_json shows them.
store::UnitDetails unitDetailsOf(const json& unit) {
    return {unit["call_sign"].get<std::string>(), unit["agency"].get<std::string>(),
            unit["type"].get<std::string>(), unit["capabilities"].get<std::vector<std::string>>(),
            unit["home_station"].get<std::string>()};
}

/// The changes of a unit.update; members left out keep their value.
struct UnitChanges {
    std::optional<std::string> callSign, agency, type, homeStation;
    std::optional<std::vector<std::string>> capabilities;
};

struct UnitUpdate {
    std::int64_t id;
    std::int64_t version;
    UnitChanges changes;
};

UnitUpdate readUnitUpdate(const json& body) {
    allowOnlyFields(body, {"request_id", "unit_id", "version", "changes"});
    const auto id = requireId(body, "unit_id");
    const auto version = requireVersion(body);
    const json& changes = requireObject(body, "changes");
    if (changes.empty()) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'changes' must name at least one of: call_sign, agency, type, "
                            "capabilities, home_station",
                            "changes");
    }
    UnitChanges change;
    nested("changes", [&] {
        allowOnlyMembers(changes, {"call_sign", "agency", "type", "capabilities", "home_station"});
        for (const auto& [key, value] : changes.items()) {
            if (value.is_null()) {
                throw ProtocolError(ErrorCode::BadRequest,
                                    "'" + key + "' cannot be null; leave it out to keep it", key);
            }
        }
        change.callSign = optionalString(changes, "call_sign", {1, 32});
        change.agency = optionalString(changes, "agency", {1, 16});
        change.type = optionalString(changes, "type", {1, 32});
        change.capabilities = optionalStringList(changes, "capabilities", 32, {1, 64});
        change.homeStation = optionalString(changes, "home_station", {1, 200});
        return 0;
    });
    return {id, version, std::move(change)};
}

json updateUnit(Command& command) {
    const auto [id, version, change] = readUnitUpdate(command.body());
    auto& txn = command.txn();
    if (change.agency) {
        requireAgency(txn, *change.agency, "changes.agency");
    }
    if (change.type) {
        requireUnitType(txn, *change.type, "changes.type");
    }
    const auto before = lockUnit(txn, id, "unit_id");
    checkVersion(before, version, nameOf(before));
    const auto current = unitDetailsOf(before);
    store::UnitDetails details{
        change.callSign.value_or(current.callSign), change.agency.value_or(current.agency),
        change.type.value_or(current.type), change.capabilities.value_or(current.capabilities),
        change.homeStation.value_or(current.homeStation)};
    if (details == current) {
        // Nothing differs: no new version, no event.
        return {{"unit", before}};
    }
    if (!store::UnitRepository::update(txn, id, details)) {
        callSignTaken(details.callSign, "changes.call_sign");
    }
    const auto after = store::UnitRepository::json(txn, id);
    recordChange(command, Event::UnitUpdated, "unit", id, before, after);
    return {{"unit", after}};
}

struct UnitStatusChange {
    std::int64_t id;
    std::int64_t version;
    std::string status;
    std::optional<std::string> reason;
};

UnitStatusChange readUnitStatus(const json& body) {
    allowOnlyFields(body, {"request_id", "unit_id", "version", "status", "reason"});
    const auto id = requireId(body, "unit_id");
    const auto version = requireVersion(body);
    const auto status = requireChoice(
        body, "status",
        {"available", "dispatched", "en_route", "on_scene", "returning", "out_of_service"});
    const auto reason = optionalString(body, "reason", {1, 500, Lines::Many});
    if (status == "out_of_service" && !reason) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'reason' is required when 'status' is out_of_service", "reason");
    }
    return {id, version, status, reason};
}

json setUnitStatus(Command& command) {
    const auto [id, version, status, reason] = readUnitStatus(command.body());
    auto& txn = command.txn();
    const auto before = lockUnit(txn, id, "unit_id");
    requireTaskable(command, before, "unit_id");
    checkVersion(before, version, nameOf(before));
    const auto from = before["status"].get<std::string>();
    const auto assignment = store::UnitRepository::activeAssignment(txn, id);
    // The moves unit.set_status may make: the life cycle's, less those that assignments make
    // (and, while the unit is assigned, less leaving the incident without clearing).
    std::vector<std::string> allowed;
    for (const auto& next : unitLifecycle().next(from)) {
        if (!setByAssignments(next) &&
            !(assignment && (next == "available" || next == "out_of_service"))) {
            allowed.push_back(next);
        }
    }
    if (std::find(allowed.begin(), allowed.end(), status) == allowed.end()) {
        const std::string name = nameOf(before);
        if (setByAssignments(status)) {
            refuseMove(name + ": '" + status +
                           "' follows the unit's assignment; use assignment.create or "
                           "assignment.set_status",
                       "status", allowed);
        }
        if (assignment && (status == "available" || status == "out_of_service")) {
            refuseMove(name + " is assigned to incident " + assignment->incidentRef +
                           "; clear the assignment (assignment.set_status cleared) first",
                       "status", allowed);
        }
        std::string list;
        for (const auto& next : allowed) {
            list += (list.empty() ? "" : ", ") + next;
        }
        refuseMove(name + " cannot go from '" + from + "' to '" + status + "'; allowed from '" +
                       from + "': " + (list.empty() ? "none" : list),
                   "status", allowed);
    }
    store::UnitRepository::setStatus(txn, id, status, reason);
    const auto after = store::UnitRepository::json(txn, id);
    recordChange(command, Event::UnitUpdated, "unit", id, before, after);
    if (assignment) {
        addTimelineEntry(
            command, assignment->incidentId,
            timeline::unitStatus(before["call_sign"].get<std::string>(), status, reason));
    }
    return {{"unit", after}};
}

struct UnitPosition {
    std::int64_t id;
    double lat;
    double lon;
};

UnitPosition readUnitPosition(const json& body) {
    allowOnlyFields(body, {"request_id", "unit_id", "lat", "lon"});
    const auto id = requireId(body, "unit_id");
    const auto lat = requireNumber(body, "lat", -90, 90);
    return {id, lat, requireNumber(body, "lon", -180, 180)};
}

json setUnitPosition(Command& command) {
    const auto [id, lat, lon] = readUnitPosition(command.body());
    auto& txn = command.txn();
    const auto before = lockUnit(txn, id, "unit_id");
    store::UnitRepository::setPosition(txn, id, lat, lon);
    const auto after = store::UnitRepository::json(txn, id);
    recordChange(command, Event::UnitUpdated, "unit", id, before, after);
    return {{"unit", after}};
}

struct RecommendRequest {
    std::int64_t incidentId;
    RecommendOptions options;
};

RecommendRequest readRecommendRequest(const json& body) {
    allowOnlyFields(body, {"incident_id", "type", "limit", "conditions"});
    RecommendRequest request;
    request.incidentId = requireId(body, "incident_id");
    request.options.type = optionalString(body, "type", {1, 32});
    request.options.limit = static_cast<int>(optionalInt(body, "limit", 1, 20).value_or(10));
    request.options.conditions =
        optionalStringList(body, "conditions", 2, {1, 32}).value_or(std::vector<std::string>{});
    for (std::size_t i = 0; i < request.options.conditions.size(); ++i) {
        const auto& condition = request.options.conditions[i];
        if (condition != "power_out" && condition != "injuries") {
            const auto field = "conditions[" + std::to_string(i) + "]";
            throw ProtocolError(ErrorCode::BadRequest,
                                "'" + field + "' must be power_out or injuries", field);
        }
    }
    return request;
}

OpOutcome recommend(const OpInput& in, pqxx::connection_base& connection) {
    auto [incidentId, options] = readRecommendRequest(in.request.body);
    options.userAgency = in.state.principal->user.agency;
    pqxx::read_transaction txn(connection, "unit_recommend");
    if (options.type) {
        requireUnitType(txn, *options.type, "type");
    }
    const auto incident = store::IncidentRepository::json(txn, incidentId);
    if (incident.is_null()) {
        throw ProtocolError(ErrorCode::NotFound,
                            "no incident with id " + std::to_string(incidentId), "incident_id");
    }
    const json& location = incident["location"];
    if (location["lat"].is_null()) {
        throw ProtocolError(ErrorCode::BadRequest,
                            nameOf(incident) +
                                " has no position; set location.lat and location.lon with "
                                "incident.update first",
                            "incident_id");
    }
    OpOutcome outcome;
    outcome.result = recommendUnits(txn, incident, options);
    outcome.result["incident_id"] = incidentId;
    return outcome;
}

} // namespace

void addUnitOps(OpTable& table) {
    const RoleSet supervisors = roleBit(Role::Supervisor);
    table.add(
        Op::UnitCreate,
        {.roles = supervisors, .checkFields = fieldsReadBy(readNewUnit), .command = createUnit});
    table.add(
        Op::UnitUpdate,
        {.roles = supervisors, .checkFields = fieldsReadBy(readUnitUpdate), .command = updateUnit});
    table.add(Op::UnitSetStatus, {.roles = kConsoleRoles,
                                  .checkFields = fieldsReadBy(readUnitStatus),
                                  .command = setUnitStatus});
    table.add(Op::UnitSetPosition, {.roles = kConsoleRoles,
                                    .checkFields = fieldsReadBy(readUnitPosition),
                                    .command = setUnitPosition});
    table.add(Op::UnitRecommend, {.roles = kConsoleRoles,
                                  .checkFields = fieldsReadBy(readRecommendRequest),
                                  .onDatabase = recommend});
}

} // namespace jcc::server
