#pragma once
// Sending units to an incident: directly when the user's agency may task the unit, otherwise as
// an assistance request to the unit's agency (docs/design.md, "Who may task whom"). Shared by
// assignment.create and liaison.accept.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace jcc::server {

class Command;

/// Whether the command's user may assign `unit` (unit_json) or set its status directly.
bool mayTask(Command& command, const nlohmann::json& unit);

/// Refuses (forbidden, naming `field`) a change of `unit`'s status by a user who may not task
/// it. The two sides of the assistance request `liaisonId` that sent it may record its progress.
void requireTaskable(Command& command, const nlohmann::json& unit, const std::string& field,
                     std::optional<std::int64_t> liaisonId = std::nullopt);

/// Assigns the locked, available `unitBefore` to the locked `incidentBefore` (incident_json as
/// it is now): the assignment, the unit and incident statuses, their audit, events and the
/// timeline entry. `liaisonId`: the accepted assistance request that sends the unit. Returns
/// {"assignment", "incident", "unit"}. Refuses incidents that take no units and busy units.
nlohmann::json assignUnit(Command& command, const nlohmann::json& incidentBefore,
                          const nlohmann::json& unitBefore,
                          std::optional<std::int64_t> liaisonId = std::nullopt);

/// Asks the agency of `unit` for it: an assistance request for one unit of its type for the
/// locked `incident`, suggesting `unit`, audited and pushed, with a timeline entry on the
/// incident. Returns the request (liaison_json); when a request for this unit and incident is
/// still pending, that one, unchanged.
nlohmann::json requestUnit(Command& command, const nlohmann::json& incident,
                           const nlohmann::json& unit);

} // namespace jcc::server
