#pragma once
// The entries the server writes on an incident's timeline, as data (docs/protocol.md, "Timeline
// entries"): a kind and its fields, which each console renders in its user's language. The
// English text kept beside them (timeline_entries.body) is for readers that do not know a kind:
// older consoles, logs, the handover report's latest entry. Operators' notes are kind "note",
// their text as they wrote it.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace jcc::server {

struct TimelineEntry {
    std::string kind;
    nlohmann::json data = nlohmann::json::object();
    std::string english;
};

namespace timeline {

TimelineEntry created();
/// One changed field of an incident: "type" and "priority" with from/to, "location" with the
/// new text, "description" alone.
struct FieldChange {
    std::string field;
    nlohmann::json from;
    nlohmann::json to;
};
TimelineEntry changed(const std::vector<FieldChange>& changes);
TimelineEntry assigned(const std::string& unit);
/// An assignment's step ("acknowledged", "en_route", "on_scene", "cleared").
TimelineEntry assignmentStep(const std::string& unit, const std::string& step);
/// A unit's status set while it works on the incident.
TimelineEntry unitStatus(const std::string& unit, const std::string& status,
                         const std::optional<std::string>& reason);
/// Closed; `alsoResolved` when it was not resolved before.
TimelineEntry closed(bool alsoResolved);
TimelineEntry cancelled(const std::string& reason, const std::vector<std::string>& cleared);
/// One unit asked of `agency`; `typeNameEn` is the unit type's English name.
TimelineEntry assistanceRequested(const std::string& agency, const std::string& unitType,
                                  const std::string& typeNameEn, const std::string& unit);
TimelineEntry assistanceAccepted(const std::string& agency, std::int64_t liaisonId,
                                 const std::optional<std::string>& deskContact);
TimelineEntry assistanceProposed(const std::string& agency, const std::vector<std::string>& units,
                                 std::int64_t liaisonId);
TimelineEntry transferOffered(const std::string& to, const std::string& reason);
TimelineEntry transferAccepted(const std::string& by, const std::string& from);
TimelineEntry transferDeclined(const std::string& by, const std::string& reason);
TimelineEntry transferWithdrawn(const std::string& to, const std::string& reason);

} // namespace timeline

} // namespace jcc::server
