// Responsibility for an incident: it starts with the side the incident lies in, and passes to the
// other side only when that side takes up an offer (docs/decisions/0005-responsibility-for-an-
// incident.md).
#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>

using namespace jcc::test;
using nlohmann::json;

namespace {

constexpr const char* kSlovakOperator = "horvath";
constexpr const char* kSlovakOperator2 = "kovacova";

struct TransferFixture : DispatchFixture {
    TransferFixture() : DispatchFixture({"--rate-limit", "1000", "--rate-burst", "1000"}) {
        addUser(db, kSlovakOperator, jcc::Role::Operator, "PZSR", jcc::Country::SK);
        addUser(db, kSlovakOperator2, jcc::Role::Operator, "PZSR", jcc::Country::SK);
    }

    std::unique_ptr<WsClient> as(const std::string& username) const {
        auto client = connect();
        REQUIRE(client->helloAndLogin(username, kOperatorPassword).value("ok", false));
        return client;
    }
};

json transferStep(WsClient& client, const std::string& step, const json& incident,
                  std::optional<std::string> reason = std::nullopt) {
    json body = {{"op", "incident.transfer_" + step},
                 {"request_id", newRequestId()},
                 {"incident_id", incident["id"]},
                 {"version", incident["version"]}};
    if (reason) {
        body["reason"] = *reason;
    }
    return client.request(body);
}

json incidentNow(WsClient& client, const json& incident) {
    const auto reply = client.request({{"op", "incident.get"}, {"incident_id", incident["id"]}});
    REQUIRE(errorCode(reply) == "ok");
    return reply["result"];
}

std::string lastTimelineText(WsClient& client, const json& incident) {
    const auto timeline = incidentNow(client, incident)["timeline"];
    REQUIRE_FALSE(timeline.empty());
    return timeline.back()["body"].get<std::string>();
}

} // namespace

TEST_CASE_METHOD(TransferFixture,
                 "an incident is first the responsibility of the side it lies in") {
    auto czech = loggedIn();
    auto slovak = as(kSlovakOperator);
    // Holíč lies in Slovakia, Hodonín in Czechia, whoever logs the call.
    CHECK(createIncident(*czech, 48.812, 17.161, "fire", 1)["responsible_side"] == "SK");
    CHECK(createIncident(*slovak, 48.850, 17.130, "fire", 1)["responsible_side"] == "CZ");
    // Without a position: the side of the operator who logged it.
    CHECK(createIncident(*czech, std::nullopt, std::nullopt, "theft", 3)["responsible_side"] ==
          "CZ");
    CHECK(createIncident(*slovak, std::nullopt, std::nullopt, "theft", 3)["responsible_side"] ==
          "SK");
    // The side the operator names wins over the position.
    const auto named = czech->request({{"op", "incident.create"},
                                       {"request_id", newRequestId()},
                                       {"type", "theft"},
                                       {"priority", 3},
                                       {"location",
                                        {{"text", "Hraniční přechod"},
                                         {"lat", 48.812},
                                         {"lon", 17.161},
                                         {"country_side", "CZ"}}}});
    REQUIRE(errorCode(named) == "ok");
    CHECK(named["result"]["incident"]["responsible_side"] == "CZ");
    CHECK(named["result"]["incident"]["transfer"].is_null());
}

TEST_CASE_METHOD(TransferFixture,
                 "the responsible side offers an incident and the other side takes it over once") {
    auto czech = loggedIn();
    auto slovak = as(kSlovakOperator);
    auto slovak2 = as(kSlovakOperator2);
    Watcher watcher(as(kSlovakOperator));
    auto incident = createIncident(*czech, 48.850, 17.130, "fire", 1);
    watcher.expect({"incident.created"});

    // Only the responsible side offers it.
    const auto notMine = transferStep(*slovak, "offer", incident, "Náš prípad");
    CHECK(errorCode(notMine) == "forbidden");
    CHECK(notMine["error"]["responsible_side"] == "CZ");
    CHECK(errorCode(transferStep(*czech, "offer", incident)) == "bad_request");

    const auto offered = transferStep(*czech, "offer", incident, "Požár se šíří na slovenský břeh");
    REQUIRE(errorCode(offered) == "ok");
    incident = offered["result"]["incident"];
    CHECK(incident["responsible_side"] == "CZ");
    CHECK(incident["transfer"]["to"] == "SK");
    CHECK(incident["transfer"]["offered_by"] == kOperator);
    CHECK(incident["transfer"]["reason"] == "Požár se šíří na slovenský břeh");
    const auto pushed = watcher.expect({"incident.updated", "incident.note_added"});
    CHECK(pushed[0]["transfer"]["to"] == "SK");
    CHECK(pushed[1]["body"] == "Offered to SK: Požár se šíří na slovenský břeh");
    CHECK(errorCode(transferStep(*czech, "offer", incident, "znovu")) == "conflict");

    // Only the side it is offered to takes it over, and only once.
    CHECK(errorCode(transferStep(*czech, "accept", incident)) == "forbidden");
    CHECK(errorCode(transferStep(*slovak, "accept", incident, "navyše")) == "bad_request");
    const auto first = transferStep(*slovak, "accept", incident);
    const auto second = transferStep(*slovak2, "accept", incident);
    REQUIRE(errorCode(first) == "ok");
    CHECK(errorCode(second) == "conflict");
    const auto now = first["result"]["incident"];
    CHECK(now["responsible_side"] == "SK");
    CHECK(now["transfer"].is_null());
    CHECK(lastTimelineText(*czech, incident) == "Taken over by SK (responsible until now: CZ)");
    watcher.expect({"incident.updated", "incident.note_added"});
    watcher.expectNone();

    // It can go back the same way.
    const auto back = transferStep(*slovak, "offer", now, "Jednotky PČR sú na mieste");
    REQUIRE(errorCode(back) == "ok");
    CHECK(back["result"]["incident"]["transfer"]["to"] == "CZ");
}

TEST_CASE_METHOD(TransferFixture,
                 "a hand-over is declined or withdrawn with a reason and ends with the incident") {
    auto czech = loggedIn();
    auto slovak = as(kSlovakOperator);
    auto incident = createIncident(*czech, 48.850, 17.130, "theft", 3);
    CHECK(errorCode(transferStep(*slovak, "accept", incident)) == "invalid_transition");

    incident =
        transferStep(*czech, "offer", incident, "Páchatel ujel na Slovensko")["result"]["incident"];
    CHECK(errorCode(transferStep(*slovak, "decline", incident)) == "bad_request");
    const auto declined = transferStep(*slovak, "decline", incident, "Vozidlo je stále v ČR");
    REQUIRE(errorCode(declined) == "ok");
    incident = declined["result"]["incident"];
    CHECK(incident["responsible_side"] == "CZ");
    CHECK(incident["transfer"].is_null());
    CHECK(lastTimelineText(*czech, incident) == "Declined by SK: Vozidlo je stále v ČR");

    incident = transferStep(*czech, "offer", incident, "Páchatel ujel")["result"]["incident"];
    const auto withdrawn = transferStep(*czech, "decline", incident, "Zadržen v Lanžhotě");
    REQUIRE(errorCode(withdrawn) == "ok");
    incident = withdrawn["result"]["incident"];
    CHECK(lastTimelineText(*czech, incident) == "Offer to SK withdrawn: Zadržen v Lanžhotě");

    // Cancelling the incident ends a pending offer; a closed incident is offered no more.
    incident = transferStep(*czech, "offer", incident, "Páchatel ujel")["result"]["incident"];
    const auto cancelled = czech->request({{"op", "incident.cancel"},
                                           {"request_id", newRequestId()},
                                           {"incident_id", incident["id"]},
                                           {"version", incident["version"]},
                                           {"reason", "Planý poplach"}});
    REQUIRE(errorCode(cancelled) == "ok");
    incident = cancelled["result"]["incident"];
    CHECK(incident["transfer"].is_null());
    CHECK(errorCode(transferStep(*czech, "offer", incident, "x")) == "invalid_transition");
}
