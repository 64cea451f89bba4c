#pragma once
// Calls every protocol test makes over a WsClient: the result code of a reply, fresh request ids,
// an incident to work on and an assignment. One place, used by the server and admin tests.
#include "tests/support/WsClient.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace jcc::test {

/// "ok", or the error code of a reply.
std::string errorCode(const nlohmann::json& reply);
/// A request id not used before in this test run.
std::string newRequestId();
/// incident.create near Břeclav (or without a position); returns the incident, throws when
/// refused.
nlohmann::json createIncident(WsClient& client, std::optional<double> lat = 48.7590,
                              std::optional<double> lon = 16.8820,
                              const std::string& type = "traffic_accident", int priority = 2);
/// assignment.create of `unitId` to `incidentId` (a request for help when another agency
/// tasks the unit); returns the reply.
nlohmann::json assign(WsClient& client, const nlohmann::json& incidentId,
                      const nlohmann::json& unitId, const std::string& requestId = newRequestId());

} // namespace jcc::test
