#include "tests/support/DispatchCalls.hpp"

#include <atomic>
#include <stdexcept>

namespace jcc::test {

using nlohmann::json;

std::string errorCode(const nlohmann::json& reply) {
    return reply.value("ok", true) ? "ok" : reply["error"]["code"].get<std::string>();
}

std::string newRequestId() {
    static std::atomic<int> counter{0};
    return "req-" + std::to_string(++counter) + "-dispatch";
}

json assign(WsClient& client, const json& incidentId, const json& unitId,
            const std::string& requestId) {
    return client.request({{"op", "assignment.create"},
                           {"request_id", requestId},
                           {"incident_id", incidentId},
                           {"unit_id", unitId}});
}

json createIncident(WsClient& client, std::optional<double> lat, std::optional<double> lon,
                    const std::string& type, int priority) {
    json location{{"text", "Sládkova 12"}};
    if (lat) {
        location["lat"] = *lat;
        location["lon"] = *lon;
    }
    const auto reply =
        client.request({{"op", "incident.create"},
                        {"request_id", newRequestId()},
                        {"type", type},
                        {"priority", priority},
                        {"location", location},
                        {"description", "Srážka dvou vozidel"},
                        {"caller", {{"name", "Petr Svoboda"}, {"phone", "+420 605 123 456"}}}});
    if (errorCode(reply) != "ok") {
        throw std::runtime_error("incident.create failed: " + reply.dump());
    }
    return reply["result"]["incident"];
}

} // namespace jcc::test
