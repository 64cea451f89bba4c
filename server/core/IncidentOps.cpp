#include "server/core/IncidentOps.hpp"

#include "common/Fields.hpp"
#include "common/StateMachine.hpp"
#include "server/core/Command.hpp"
#include "server/core/OpSupport.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/Paging.hpp"
#include "server/core/ServerContext.hpp"
#include "server/store/AssignmentRepository.hpp"
#include "server/store/AuditLog.hpp"
#include "server/store/IncidentRepository.hpp"
#include "server/store/UnitRepository.hpp"

#include <pqxx/pqxx>

namespace jcc::server {

using nlohmann::json;

namespace {

std::optional<double> optionalCoordinate(const json& location, const char* field, double limit) {
    if (!location.contains(field) || location[field].is_null()) {
        return std::nullopt;
    }
    return requireNumber(location, field, -limit, limit);
}

/// A location object as incident.create and incident.update take it.
store::IncidentLocation readLocation(const json& location) {
    allowOnlyMembers(location, {"text", "lat", "lon", "municipality", "country_side"});
    store::IncidentLocation result;
    result.text = requireString(location, "text", {1, 300});
    result.lat = optionalCoordinate(location, "lat", 90);
    result.lon = optionalCoordinate(location, "lon", 180);
    if (result.lat.has_value() != result.lon.has_value()) {
        const std::string missing = result.lat ? "lon" : "lat";
        throw ProtocolError(ErrorCode::BadRequest,
                            "'" + missing + "' is required when '" + (result.lat ? "lat" : "lon") +
                                "' is given",
                            missing);
    }
    result.municipality = optionalString(location, "municipality", {1, 100});
    if (location.contains("country_side") && !location["country_side"].is_null()) {
        result.countrySide = requireChoice(location, "country_side", {"CZ", "SK"});
    }
    return result;
}

/// Fills in what the operator did not type from the nearest town of the gazetteer.
void completeFromGazetteer(pqxx::transaction_base& txn, store::IncidentLocation& location) {
    if (!location.lat || (location.municipality && location.countrySide)) {
        return;
    }
    const auto place = store::IncidentRepository::nearestPlace(txn, *location.lat, *location.lon);
    if (!place.is_null()) {
        location.municipality = location.municipality.value_or(place["name"]);
        location.countrySide = location.countrySide.value_or(place["country"]);
    }
}

store::NewIncident readNewIncident(const json& body) {
    allowOnlyFields(body, {"request_id", "type", "priority", "location", "description", "caller"});
    store::NewIncident incident;
    auto& details = incident.details;
    details.type = requireString(body, "type", {2, 32});
    details.priority = static_cast<int>(requireInt(body, "priority", 1, 4));
    const json& location = requireObject(body, "location");
    details.location = nested("location", [&] { return readLocation(location); });
    details.description = optionalString(body, "description", {0, 4000, Lines::Many}).value_or("");
    if (body.contains("caller") && !body["caller"].is_null()) {
        const json& caller = requireObject(body, "caller");
        incident.caller = nested("caller", [&] {
            allowOnlyMembers(caller, {"name", "phone", "notes"});
            json given = json::object();
            for (const auto& [field, length] :
                 {std::pair{"name", Length{1, 200}}, std::pair{"phone", Length{1, 40}},
                  std::pair{"notes", Length{1, 1000, Lines::Many}}}) {
                if (auto value = optionalString(caller, field, length)) {
                    given[field] = *value;
                }
            }
            return given;
        });
    }
    return incident;
}

json createIncident(Command& command) {
    auto incident = readNewIncident(command.body());
    incident.createdBy = command.principal().user.id;
    auto& txn = command.txn();
    requireIncidentType(txn, incident.details.type, "type");
    completeFromGazetteer(txn, incident.details.location);
    const auto id = store::IncidentRepository::insert(txn, incident);
    // Written, not pushed: incident.created tells the consoles.
    const auto entry = timeline::created();
    store::IncidentRepository::appendTimeline(txn, id, command.principal().user.id, entry.kind,
                                              entry.data, entry.english);
    const auto created = store::IncidentRepository::json(txn, id);
    command.audit("incident.create", "incident", id, nullptr, created);
    command.emit(Event::IncidentCreated, "incident", id, created);
    const auto& duplicates = command.input().prepared;
    return {{"incident", created},
            {"possible_duplicates", duplicates.is_null() ? json::array() : duplicates}};
}

/// incident.create's read before its command (OpSpec::beforeCommand): the open incidents the new
/// one may repeat, found outside the seq lock so that a burst of calls about one place does not
/// hold up every other command.
json findPossibleDuplicates(const OpInput& in, pqxx::connection_base& connection) {
    const auto incident = readNewIncident(in.request.body);
    const auto& location = incident.details.location;
    if (!location.lat || !location.lon) {
        return json::array();
    }
    pqxx::read_transaction txn(connection);
    return store::IncidentRepository::possibleDuplicates(txn, incident.details.type, *location.lat,
                                                         *location.lon);
}

/// The described fields of an incident as incident_json shows them.
store::IncidentDetails incidentDetailsOf(const json& incident) {
    auto optionalText = [](const json& value) {
        return value.is_null() ? std::nullopt : std::optional(value.get<std::string>());
    };
    auto optionalNumber = [](const json& value) {
        return value.is_null() ? std::nullopt : std::optional(value.get<double>());
    };
    const json& location = incident["location"];
    return {incident["type"].get<std::string>(),
            incident["priority"].get<int>(),
            {location["text"].get<std::string>(), optionalText(location["municipality"]),
             optionalText(location["country_side"]), optionalNumber(location["lat"]),
             optionalNumber(location["lon"])},
            incident["description"].get<std::string>()};
}

/// The changes of an incident.update, checked; members left out keep their value.
struct IncidentChanges {
    std::optional<std::string> type;
    std::optional<int> priority;
    std::optional<store::IncidentLocation> location;
    std::optional<std::string> description;
};

IncidentChanges readIncidentChanges(const json& changes) {
    if (changes.empty()) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'changes' must name at least one of: type, priority, location, "
                            "description",
                            "changes");
    }
    return nested("changes", [&] {
        allowOnlyMembers(changes, {"type", "priority", "location", "description"});
        for (const auto& [key, value] : changes.items()) {
            if (value.is_null()) {
                throw ProtocolError(ErrorCode::BadRequest,
                                    "'" + key + "' cannot be null; leave it out to keep it", key);
            }
        }
        IncidentChanges result;
        result.type = optionalString(changes, "type", {2, 32});
        if (const auto priority = optionalInt(changes, "priority", 1, 4)) {
            result.priority = static_cast<int>(*priority);
        }
        if (changes.contains("location")) {
            const json& location = requireObject(changes, "location");
            result.location = nested("location", [&] { return readLocation(location); });
        }
        result.description = optionalString(changes, "description", {0, 4000, Lines::Many});
        return result;
    });
}

/// What an update changed, for the timeline ("priority 2 → 1; location Sládkova 12, Břeclav").
TimelineEntry describeChanges(const store::IncidentDetails& before,
                              const store::IncidentDetails& after) {
    std::vector<timeline::FieldChange> changes;
    if (after.type != before.type) {
        changes.push_back({"type", before.type, after.type});
    }
    if (after.priority != before.priority) {
        changes.push_back({"priority", before.priority, after.priority});
    }
    if (after.location != before.location) {
        changes.push_back(
            {"location", nullptr,
             after.location.text +
                 (after.location.municipality ? ", " + *after.location.municipality : "")});
    }
    if (after.description != before.description) {
        changes.push_back({"description", nullptr, nullptr});
    }
    return timeline::changed(changes);
}

/// Closed and cancelled incidents keep their record as it was.
void requireOpen(const json& incident) {
    const auto status = incident["status"].get<std::string>();
    if (status == "closed" || status == "cancelled") {
        refuseMove(nameOf(incident) + " is " + status +
                       "; a closed or cancelled incident cannot be changed",
                   "", {});
    }
}

struct IncidentUpdate {
    std::int64_t id;
    std::int64_t version;
    IncidentChanges changes;
};

IncidentUpdate readIncidentUpdate(const json& body) {
    allowOnlyFields(body, {"request_id", "incident_id", "version", "changes"});
    const auto id = requireId(body, "incident_id");
    const auto version = requireVersion(body);
    return {id, version, readIncidentChanges(requireObject(body, "changes"))};
}

json updateIncident(Command& command) {
    const auto [id, version, changes] = readIncidentUpdate(command.body());
    auto& txn = command.txn();
    if (changes.type) {
        requireIncidentType(txn, *changes.type, "changes.type");
    }
    const auto before = lockIncident(txn, id, "incident_id");
    checkVersion(before, version, nameOf(before));
    requireOpen(before);
    const auto current = incidentDetailsOf(before);
    auto details = current;
    details.type = changes.type.value_or(details.type);
    details.priority = changes.priority.value_or(details.priority);
    if (changes.location) {
        details.location = *changes.location;
        completeFromGazetteer(txn, details.location);
    }
    details.description = changes.description.value_or(details.description);
    if (details == current) {
        // Nothing differs: no new version, no event.
        return {{"incident", before}};
    }
    store::IncidentRepository::update(txn, id, details);
    const auto after = store::IncidentRepository::json(txn, id);
    recordChange(command, Event::IncidentUpdated, "incident", id, before, after);
    addTimelineEntry(command, id, describeChanges(current, details));
    return {{"incident", after}};
}

struct IncidentNote {
    std::int64_t id;
    std::string text;
};

IncidentNote readIncidentNote(const json& body) {
    allowOnlyFields(body, {"request_id", "incident_id", "text"});
    const auto id = requireId(body, "incident_id");
    return {id, requireString(body, "text", {1, 4000, Lines::Many})};
}

json noteIncident(Command& command) {
    const auto [id, text] = readIncidentNote(command.body());
    lockIncident(command.txn(), id, "incident_id");
    const auto entry = addIncidentNote(command, id, text);
    command.audit("incident.note", "timeline_entry", entry["id"].get<std::int64_t>(), nullptr,
                  entry);
    return {{"entry", entry}};
}

/// An incident and the version the request was made against.
struct IncidentVersion {
    std::int64_t id;
    std::int64_t version;
};

IncidentVersion readIncidentClose(const json& body) {
    allowOnlyFields(body, {"request_id", "incident_id", "version"});
    const auto id = requireId(body, "incident_id");
    return {id, requireVersion(body)};
}

json closeIncident(Command& command) {
    const auto [id, version] = readIncidentClose(command.body());
    auto& txn = command.txn();
    const auto before = lockIncident(txn, id, "incident_id");
    checkVersion(before, version, nameOf(before));
    const auto status = before["status"].get<std::string>();
    const auto& lifecycle = incidentLifecycle();
    if (lifecycle.next(status).empty()) {
        lifecycle.check(status, "closed");
    }
    const auto active = store::AssignmentRepository::active(txn, id);
    if (!active.empty()) {
        std::string units;
        json uncleared = json::array();
        for (const auto& assignment : active) {
            units +=
                (units.empty() ? "" : ", ") + assignment.callSign + " (" + assignment.status + ")";
            uncleared.push_back(assignment.callSign);
        }
        throw ProtocolError(ErrorCode::InvalidTransition,
                            nameOf(before) + " cannot be closed while units are assigned: " +
                                units + "; clear their assignments first",
                            "", {{"uncleared", uncleared}});
    }
    // Resolving is part of closing: an incident without active units may close in one step.
    if (status != "resolved") {
        lifecycle.check(status, "resolved");
    }
    lifecycle.check("resolved", "closed");
    store::IncidentRepository::setStatus(txn, id, "closed");
    const auto after = store::IncidentRepository::json(txn, id);
    recordChange(command, Event::IncidentUpdated, "incident", id, before, after);
    addTimelineEntry(command, id, timeline::closed(status != "resolved"));
    return {{"incident", after}};
}

struct IncidentCancel {
    std::int64_t id;
    std::int64_t version;
    std::string reason;
};

IncidentCancel readIncidentCancel(const json& body) {
    allowOnlyFields(body, {"request_id", "incident_id", "version", "reason"});
    const auto id = requireId(body, "incident_id");
    const auto version = requireVersion(body);
    return {id, version, requireString(body, "reason", {1, 500, Lines::Many})};
}

json cancelIncident(Command& command) {
    const auto [id, version, reason] = readIncidentCancel(command.body());
    auto& txn = command.txn();
    const auto before = lockIncident(txn, id, "incident_id");
    checkVersion(before, version, nameOf(before));
    incidentLifecycle().check(before["status"].get<std::string>(), "cancelled");
    // Lock order: the incident, then its units (by id), then their assignments.
    const auto active = store::AssignmentRepository::active(txn, id);
    std::vector<json> unitsBefore;
    for (const auto& assignment : active) {
        unitsBefore.push_back(lockUnit(txn, assignment.unitId, "unit_id"));
    }
    for (const auto& assignment : active) {
        store::AssignmentRepository::lock(txn, assignment.id);
    }
    std::vector<std::string> cleared;
    for (const auto& assignment : active) {
        store::AssignmentRepository::setStep(txn, assignment.id, "cleared");
        store::UnitRepository::setStatus(txn, assignment.unitId, "available", std::nullopt);
        cleared.push_back(assignment.callSign);
    }
    store::IncidentRepository::setStatus(txn, id, "cancelled");
    const auto after = store::IncidentRepository::json(txn, id);
    recordChange(command, Event::IncidentUpdated, "incident", id, before, after);
    json units = json::array();
    for (std::size_t i = 0; i < active.size(); ++i) {
        units.push_back(store::UnitRepository::json(txn, active[i].unitId));
        recordChange(command, Event::UnitUpdated, "unit", active[i].unitId, unitsBefore[i],
                     units.back());
    }
    addTimelineEntry(command, id, timeline::cancelled(reason, cleared));
    return {{"incident", after}, {"units", units}};
}

std::int64_t readIncidentId(const json& body) {
    allowOnlyFields(body, {"incident_id"});
    return requireId(body, "incident_id");
}

OpOutcome getIncident(const OpInput& in, pqxx::connection_base& connection) {
    const auto id = readIncidentId(in.request.body);
    pqxx::read_transaction txn(connection, "incident_get");
    auto incident = store::IncidentRepository::json(txn, id);
    if (incident.is_null()) {
        throw ProtocolError(ErrorCode::NotFound, "no incident with id " + std::to_string(id),
                            "incident_id");
    }
    OpOutcome outcome;
    outcome.result = {{"incident", std::move(incident)},
                      {"timeline", store::IncidentRepository::timeline(txn, id)}};
    return outcome;
}

/// An optional filter list: a non-empty array of up to `maxItems` values, each checked by
/// `check(value, name)`, where `name` is "field[i]".
template <class T, class Check>
std::optional<std::vector<T>> optionalFilter(const json& body, const std::string& field,
                                             std::size_t maxItems, Check check) {
    if (!body.contains(field) || body[field].is_null()) {
        return std::nullopt;
    }
    const json& values = body[field];
    if (!values.is_array() || values.empty() || values.size() > maxItems) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'" + field + "' must be an array of 1 to " + std::to_string(maxItems) +
                                " values",
                            field);
    }
    std::vector<T> result;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::string item = field + "[" + std::to_string(i) + "]";
        result.push_back(check(values[i], item));
    }
    return result;
}

store::IncidentFilter readIncidentFilter(const json& body) {
    allowOnlyFields(body,
                    {"status", "priority", "type", "country_side", "from", "to", "limit", "after"});
    store::IncidentFilter filter;
    const auto states = incidentLifecycle().states();
    filter.statuses = optionalFilter<std::string>(
        body, "status", states.size(), [&](const json& value, const std::string& item) {
            const auto status = requireStringValue(value, item, {1, 32});
            if (!incidentLifecycle().isState(status)) {
                std::string list;
                for (const auto& state : states) {
                    list += (list.empty() ? "" : ", ") + state;
                }
                throw ProtocolError(ErrorCode::BadRequest, "'" + item + "' must be one of: " + list,
                                    item);
            }
            return status;
        });
    filter.priorities =
        optionalFilter<int>(body, "priority", 4, [](const json& value, const std::string& item) {
            return static_cast<int>(requireIntValue(value, item, 1, 4));
        });
    filter.types = optionalFilter<std::string>(body, "type", 64,
                                               [](const json& value, const std::string& item) {
                                                   return requireStringValue(value, item, {2, 32});
                                               });
    if (body.contains("country_side") && !body["country_side"].is_null()) {
        filter.countrySide = requireChoice(body, "country_side", {"CZ", "SK"});
    }
    const auto from = optionalIsoTime(body, "from");
    const auto to = optionalIsoTime(body, "to");
    if (from && to && to->at <= from->at) {
        throw ProtocolError(ErrorCode::BadRequest, "'to' must be later than 'from'", "to");
    }
    filter.from = from ? std::optional(from->text) : std::nullopt;
    filter.to = to ? std::optional(to->text) : std::nullopt;
    return filter;
}

struct IncidentListRequest {
    store::IncidentFilter filter;
    PageRequest page;
};

IncidentListRequest readIncidentList(const json& body) {
    auto filter = readIncidentFilter(body);
    return {std::move(filter), readPageRequest(body, PagedList::Incidents)};
}

OpOutcome listIncidents(const OpInput& in, pqxx::connection_base& connection) {
    const auto [filter, page] = readIncidentList(in.request.body);
    pqxx::read_transaction txn(connection, "incident_list");
    for (std::size_t i = 0; filter.types && i < filter.types->size(); ++i) {
        requireIncidentType(txn, (*filter.types)[i], "type[" + std::to_string(i) + "]");
    }
    OpOutcome outcome;
    outcome.result =
        pageReply(store::IncidentRepository::list(txn, filter, page.after, page.limit), "incidents",
                  PagedList::Incidents, store::IncidentRepository::count(txn, filter));
    return outcome;
}

struct CallerConsultation {
    std::int64_t id;
    std::string justification;
};

CallerConsultation readCallerConsultation(const json& body) {
    allowOnlyFields(body, {"incident_id", "justification"});
    const auto id = requireId(body, "incident_id");
    return {id, requireString(body, "justification", {10, 500, Lines::Many})};
}

OpOutcome caller(const OpInput& in, pqxx::connection_base& connection) {
    const auto [id, justification] = readCallerConsultation(in.request.body);
    // The read and its record in the consultation log (EU 2016/680, Art. 25) commit together.
    pqxx::work txn(connection, "incident_caller");
    const auto details = store::IncidentRepository::caller(txn, id);
    if (!details) {
        throw ProtocolError(ErrorCode::NotFound, "no incident with id " + std::to_string(id),
                            "incident_id");
    }
    json disclosed = json::array();
    if (details->is_object()) {
        for (const auto& [field, value] : details->items()) {
            disclosed.push_back(field);
        }
    }
    store::AuditLog::append(txn, actorOf(in, in.state.principal->user),
                            {"incident.caller_consulted",
                             "incident",
                             std::to_string(id),
                             nullptr,
                             {{"justification", justification}, {"disclosed", disclosed}}});
    txn.commit();
    OpOutcome outcome;
    outcome.result = {{"caller", *details}};
    return outcome;
}

} // namespace

void addIncidentOps(OpTable& table) {
    table.add(Op::IncidentCreate, {.roles = kConsoleRoles,
                                   .checkFields = fieldsReadBy(readNewIncident),
                                   .command = createIncident,
                                   .beforeCommand = findPossibleDuplicates});
    table.add(Op::IncidentGet, {.roles = kConsoleRoles,
                                .checkFields = fieldsReadBy(readIncidentId),
                                .onDatabase = getIncident});
    table.add(Op::IncidentUpdate, {.roles = kConsoleRoles,
                                   .checkFields = fieldsReadBy(readIncidentUpdate),
                                   .command = updateIncident});
    table.add(Op::IncidentNote, {.roles = kConsoleRoles,
                                 .checkFields = fieldsReadBy(readIncidentNote),
                                 .command = noteIncident});
    table.add(Op::IncidentClose, {.roles = kConsoleRoles,
                                  .checkFields = fieldsReadBy(readIncidentClose),
                                  .command = closeIncident});
    table.add(Op::IncidentCancel, {.roles = kConsoleRoles,
                                   .checkFields = fieldsReadBy(readIncidentCancel),
                                   .command = cancelIncident});
    table.add(Op::IncidentList, {.roles = kConsoleRoles,
                                 .checkFields = fieldsReadBy(readIncidentList),
                                 .onDatabase = listIncidents});
    table.add(Op::IncidentCaller, {.roles = kConsoleRoles,
                                   .checkFields = fieldsReadBy(readCallerConsultation),
                                   .onDatabase = caller});
}

} // namespace jcc::server
