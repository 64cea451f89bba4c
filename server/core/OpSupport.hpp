#pragma once
// Checks and bookkeeping shared by the dispatch ops: nested field names, optimistic versions,
// refused moves, and the audit record plus event that every changed entity gets.
#include "common/Catalogue.hpp"
#include "common/Fields.hpp"
#include "common/ProtocolError.hpp"
#include "server/core/TimelineEntry.hpp"

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pqxx {
class transaction_base;
}

namespace jcc::server {

class Command;

/// Runs `check` on a member object, naming failures "object.field" (nests: "changes.location.lat").
template <class Check> auto nested(const std::string& object, Check check) {
    try {
        return check();
    } catch (const ProtocolError& error) {
        const std::string field = object + "." + error.field();
        const std::string message = error.what();
        const std::string quoted = "'" + error.field() + "'";
        throw ProtocolError(error.code(),
                            message.rfind(quoted, 0) == 0
                                ? "'" + field + "'" + message.substr(quoted.size())
                                : message,
                            field, error.details());
    }
}

/// Refuses any member of a nested object other than `allowed` (including "id" and "op", which
/// allowOnlyFields leaves to the envelope), naming the first unknown one.
void allowOnlyMembers(const nlohmann::json& object,
                      std::initializer_list<std::string_view> allowed);

/// An optional array of up to `maxItems` distinct strings of `itemLength`; absent or null gives
/// nullopt, an empty array an empty list.
std::optional<std::vector<std::string>> optionalStringList(const nlohmann::json& body,
                                                           std::string_view field,
                                                           std::size_t maxItems, Length itemLength);

/// requireString that also refuses text of nothing but white space ("'NAME' must not be blank").
std::string requireText(const nlohmann::json& body, std::string_view field, Length length);

/// An id field: an integer from 1.
std::int64_t requireId(const nlohmann::json& body, std::string_view field);
/// The "version" field: an integer from 1.
std::int64_t requireVersion(const nlohmann::json& body);

/// Throws conflict (field "version", error.current = `current`) when `sent` is not the version
/// of `current`; `what` names the entity in the message, e.g. "incident JCC-2026-000123".
void checkVersion(const nlohmann::json& current, std::int64_t sent, const std::string& what);

/// Throws invalid_transition naming `field`, with error.allowed = `allowed`.
[[noreturn]] void refuseMove(const std::string& message, const std::string& field,
                             const std::vector<std::string>& allowed);

/// A point in time written as ISO 8601 with a UTC offset, e.g. "2026-03-29T01:30:00Z" or
/// "2026-03-29T03:30:00.250+02:00" (seconds and up to 6 fraction digits optional).
struct IsoTime {
    std::chrono::sys_time<std::chrono::microseconds> at;
    std::string text; ///< normalised for PostgreSQL: "2026-03-29 01:30:00.000000+00:00"
};
/// Parses an IsoTime; nullopt for anything else (no date-only, no missing offset, no 24:00,
/// no 30 February).
std::optional<IsoTime> parseIsoTime(std::string_view text);
/// An optional IsoTime field; a malformed one is bad_request naming it.
std::optional<IsoTime> optionalIsoTime(const nlohmann::json& body, std::string_view field);

/// Locks an incident until the command ends and returns it as it is now (incident_json);
/// not_found naming `field` when there is none.
nlohmann::json lockIncident(pqxx::transaction_base& txn, std::int64_t id, const std::string& field);
/// Locks a unit until the command ends and returns it as it is now (unit_json); not_found
/// naming `field` when there is none.
nlohmann::json lockUnit(pqxx::transaction_base& txn, std::int64_t id, const std::string& field);
/// Refuses (bad_request naming `field`) a type that is not an incident type.
void requireIncidentType(pqxx::transaction_base& txn, const std::string& type,
                         const std::string& field);
/// "incident JCC-2026-000123" or "unit PCR-BV-01", for messages.
std::string nameOf(const nlohmann::json& entity);

/// Appends a system entry (server/core/TimelineEntry.hpp) in the name of the command's user and
/// pushes it as incident.note_added; returns the entry.
nlohmann::json addTimelineEntry(Command& command, std::int64_t incidentId,
                                const TimelineEntry& entry);
/// Appends the user's own note, as they wrote it, and pushes it; returns the entry.
nlohmann::json addIncidentNote(Command& command, std::int64_t incidentId, const std::string& text);
/// Audits a change of one entity (action = the op) and pushes `event` with its new state.
void recordChange(Command& command, Event event, const std::string& entity, std::int64_t id,
                  const nlohmann::json& before, const nlohmann::json& after);

} // namespace jcc::server
