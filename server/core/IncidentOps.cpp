#include "server/core/IncidentOps.hpp"

#include "common/Fields.hpp"
#include "server/core/Command.hpp"
#include "server/core/OpTable.hpp"
#include "server/store/IncidentRepository.hpp"

#include <pqxx/pqxx>

namespace jcc::server {

using nlohmann::json;

namespace {

/// Runs `check` on a nested object, naming failures "object.field".
template <class Check> auto nested(const std::string& object, Check check) {
    try {
        return check();
    } catch (const ProtocolError& error) {
        const std::string field = object + "." + error.field();
        throw ProtocolError(
            error.code(),
            "'" + field + "'" + std::string(error.what()).substr(error.field().size() + 2), field);
    }
}

std::optional<double> optionalCoordinate(const json& location, const char* field, double limit) {
    if (!location.contains(field) || location[field].is_null()) {
        return std::nullopt;
    }
    return requireNumber(location, field, -limit, limit);
}

store::NewIncident readNewIncident(const json& body, std::int64_t userId) {
    allowOnlyFields(body, {"request_id", "type", "priority", "location", "description", "caller"});
    store::NewIncident incident;
    incident.createdBy = userId;
    incident.type = requireString(body, "type", {2, 32});
    incident.priority = static_cast<int>(requireInt(body, "priority", 1, 4));
    const json& location = requireObject(body, "location");
    nested("location", [&] {
        allowOnlyFields(location, {"text", "lat", "lon", "municipality", "country_side"});
        incident.locationText = requireString(location, "text", {1, 300});
        incident.lat = optionalCoordinate(location, "lat", 90);
        incident.lon = optionalCoordinate(location, "lon", 180);
        if (incident.lat.has_value() != incident.lon.has_value()) {
            const std::string missing = incident.lat ? "lon" : "lat";
            throw ProtocolError(ErrorCode::BadRequest,
                                "'" + missing + "' is required when '" +
                                    (incident.lat ? "lat" : "lon") + "' is given",
                                missing);
        }
        incident.municipality = optionalString(location, "municipality", {1, 100});
        if (location.contains("country_side") && !location["country_side"].is_null()) {
            incident.countrySide = requireChoice(location, "country_side", {"CZ", "SK"});
        }
        return 0;
    });
    incident.description = optionalString(body, "description", {0, 4000}).value_or("");
    if (body.contains("caller") && !body["caller"].is_null()) {
        const json& caller = requireObject(body, "caller");
        incident.caller = nested("caller", [&] {
            allowOnlyFields(caller, {"name", "phone", "notes"});
            json details = json::object();
            for (const auto& [field, limit] :
                 {std::pair{"name", 200}, std::pair{"phone", 40}, std::pair{"notes", 1000}}) {
                if (auto value =
                        optionalString(caller, field, {1, static_cast<std::size_t>(limit)})) {
                    details[field] = *value;
                }
            }
            return details;
        });
    }
    return incident;
}

json createIncident(Command& command) {
    auto incident = readNewIncident(command.body(), command.principal().user.id);
    auto& txn = command.txn();
    if (!store::IncidentRepository::typeExists(txn, incident.type)) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'type' '" + incident.type +
                                "' is not an incident type (see incident_types in the snapshot)",
                            "type");
    }
    if (incident.lat && (!incident.municipality || !incident.countrySide)) {
        // Fill in what the operator did not type from the nearest town of the gazetteer.
        const auto place =
            store::IncidentRepository::nearestPlace(txn, *incident.lat, *incident.lon);
        if (!place.is_null()) {
            incident.municipality = incident.municipality.value_or(place["name"]);
            incident.countrySide = incident.countrySide.value_or(place["country"]);
        }
    }
    const auto id = store::IncidentRepository::insert(txn, incident);
    store::IncidentRepository::appendTimeline(txn, id, command.principal().user.id, "system",
                                              "Incident created");
    const auto created = store::IncidentRepository::json(txn, id);
    command.audit("incident.create", "incident", id, nullptr, created);
    command.emit("incident.created", "incident", id, created);
    return {{"incident", created},
            {"possible_duplicates", store::IncidentRepository::possibleDuplicates(txn, id)}};
}

OpOutcome create(const OpInput& in, pqxx::connection_base& connection) {
    return runCommand(in, connection, createIncident);
}

OpOutcome get(const OpInput& in, pqxx::connection_base& connection) {
    allowOnlyFields(in.request.body, {"id"});
    const auto id = requireInt(in.request.body, "id", 1, INT64_MAX);
    pqxx::read_transaction txn(connection, "incident_get");
    auto incident = store::IncidentRepository::json(txn, id);
    if (incident.is_null()) {
        throw ProtocolError(ErrorCode::NotFound, "no incident with id " + std::to_string(id), "id");
    }
    OpOutcome outcome;
    outcome.result = {{"incident", std::move(incident)},
                      {"timeline", store::IncidentRepository::timeline(txn, id)}};
    return outcome;
}

} // namespace

void addIncidentOps(OpTable& table) {
    table.add("incident.create", {.roles = kConsoleRoles, .onDatabase = create});
    table.add("incident.get", {.roles = kConsoleRoles, .onDatabase = get});
}

} // namespace jcc::server
