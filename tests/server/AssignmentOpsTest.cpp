#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <thread>

using namespace jcc::test;
using nlohmann::json;

namespace {

json step(WsClient& client, const json& assignmentId, const std::string& status,
          const std::string& requestId = newRequestId()) {
    return client.request({{"op", "assignment.set_status"},
                           {"request_id", requestId},
                           {"assignment_id", assignmentId},
                           {"status", status}});
}

} // namespace

TEST_CASE_METHOD(DispatchFixture, "an incident from call to close, seen by a second console") {
    auto client = loggedIn();
    Watcher watcher(loggedIn());
    const auto unitId = addUnit("PCR-BV-01", "patrol_car", 48.7620, 16.8790);
    addUnit("PCR-HO-01", "patrol_car", 48.8489, 17.1324);

    const auto incident = createIncident(*client);
    watcher.expect({"incident.created"});

    const auto recommended = client->call("unit.recommend", {{"incident_id", incident["id"]}});
    REQUIRE(errorCode(recommended) == "ok");
    REQUIRE(recommended["result"]["units"].size() == 2);
    CHECK(recommended["result"]["units"][0]["unit"]["id"] == unitId);

    const auto assigned = assign(*client, incident["id"], unitId);
    REQUIRE(errorCode(assigned) == "ok");
    const auto& result = assigned["result"];
    const auto assignmentId = result["assignment"]["id"];
    CHECK(result["assignment"]["status"] == "assigned");
    CHECK(result["assignment"]["call_sign"] == "PCR-BV-01");
    CHECK(result["assignment"]["assigned_by"] == kOperator);
    CHECK(result["incident"]["status"] == "dispatched");
    CHECK(result["incident"]["version"] == 2);
    CHECK(result["incident"]["assignments"] == json::array({result["assignment"]}));
    CHECK(result["unit"]["status"] == "dispatched");
    CHECK(result["unit"]["incident_id"] == incident["id"]);
    auto events = watcher.expect({"incident.updated", "unit.updated", "incident.note_added"});
    CHECK(events[0] == result["incident"]);
    CHECK(events[1] == result["unit"]);
    CHECK(events[2]["body"] == "PCR-BV-01 assigned");
    CHECK(events[2]["kind"] == "assigned");
    CHECK(events[2]["unit"] == "PCR-BV-01");

    const std::vector<std::tuple<std::string, std::string, std::string, std::string>> steps = {
        {"acknowledged", "dispatched", "dispatched", "PCR-BV-01 acknowledged"},
        {"en_route", "en_route", "dispatched", "PCR-BV-01 en route"},
        {"on_scene", "on_scene", "on_scene", "PCR-BV-01 on scene"},
        {"cleared", "available", "on_scene", "PCR-BV-01 cleared"}};
    std::string unitStatus = "dispatched";
    for (const auto& [status, unitAfter, incidentAfter, note] : steps) {
        INFO("step " << status);
        const auto reply = step(*client, assignmentId, status);
        REQUIRE(errorCode(reply) == "ok");
        const auto& now = reply["result"];
        CHECK(now["assignment"]["status"] == status);
        CHECK_FALSE(now["assignment"][status + "_at"].is_null());
        CHECK(now["unit"]["status"] == unitAfter);
        CHECK(now["incident"]["status"] == incidentAfter);
        CHECK(now["incident"]["assignments"][0] == now["assignment"]);
        std::vector<std::string> expected{"incident.updated"};
        if (unitAfter != unitStatus) {
            expected.push_back("unit.updated");
        }
        expected.push_back("incident.note_added");
        events = watcher.expect(expected);
        CHECK(events.front() == now["incident"]);
        CHECK(events.back()["body"] == note);
        unitStatus = unitAfter;
    }
    CHECK(events.size() == 3);
    const auto freed = json::parse(
        sql("SELECT unit_json(u)::text FROM units u WHERE id = " + std::to_string(unitId)));
    CHECK(freed["status"] == "available");
    CHECK(freed["incident_id"].is_null());

    const auto current = client->call("incident.get", {{"incident_id", incident["id"]}})["result"];
    const auto closed = client->request({{"op", "incident.close"},
                                         {"request_id", newRequestId()},
                                         {"incident_id", incident["id"]},
                                         {"version", current["incident"]["version"]}});
    REQUIRE(errorCode(closed) == "ok");
    CHECK(closed["result"]["incident"]["status"] == "closed");
    events = watcher.expect({"incident.updated", "incident.note_added"});
    CHECK(events[1]["body"] == "Incident resolved and closed");

    const auto shown = client->call("incident.get", {{"incident_id", incident["id"]}});
    std::vector<std::string> timeline;
    for (const auto& entry : shown["result"]["timeline"]) {
        timeline.push_back(entry["body"]);
    }
    CHECK(timeline == std::vector<std::string>{"Incident created", "PCR-BV-01 assigned",
                                               "PCR-BV-01 acknowledged", "PCR-BV-01 en route",
                                               "PCR-BV-01 on scene", "PCR-BV-01 cleared",
                                               "Incident resolved and closed"});
    CHECK(sql("SELECT string_agg(action || ':' || entity, ',' ORDER BY id) FROM audit "
              "WHERE action LIKE 'assignment.%' AND before IS NULL") ==
          "assignment.create:assignment");
    watcher.expectNone();
}

TEST_CASE_METHOD(DispatchFixture,
                 "assignment.create needs an open incident and an available unit") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    const auto other = createIncident(*client, 48.85, 17.13);
    const auto unitId = addUnit("PCR-BV-01", "patrol_car", 48.76, 16.88);
    const auto spare = addUnit("PCR-BV-02", "patrol_car", 48.76, 16.88);
    Watcher watcher(loggedIn());

    const auto requestId = newRequestId();
    const auto first = assign(*client, incident["id"], unitId, requestId);
    REQUIRE(errorCode(first) == "ok");
    watcher.expect({"incident.updated", "unit.updated", "incident.note_added"});
    CHECK(assign(*client, incident["id"], unitId, requestId)["result"] == first["result"]);
    watcher.expectNone();

    const auto busy = assign(*client, other["id"], unitId);
    CHECK(errorCode(busy) == "invalid_transition");
    CHECK(busy["error"]["field"] == "unit_id");
    CHECK(busy["error"]["allowed"] == json{"en_route", "on_scene", "available"});
    CHECK_THAT(busy["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("PCR-BV-01 is dispatched") &&
                   Catch::Matchers::Contains("only available units"));
    sql("UPDATE units SET status = 'out_of_service' WHERE id = " + std::to_string(spare));
    CHECK(errorCode(assign(*client, other["id"], spare)) == "invalid_transition");
    sql("UPDATE units SET status = 'available' WHERE id = " + std::to_string(spare));

    const auto cancelled = client->request({{"op", "incident.cancel"},
                                            {"request_id", newRequestId()},
                                            {"incident_id", other["id"]},
                                            {"version", 1},
                                            {"reason", "Duplicitní hlášení"}});
    REQUIRE(errorCode(cancelled) == "ok");
    watcher.expect({"incident.updated", "incident.note_added"});
    const auto closedIncident = assign(*client, other["id"], spare);
    CHECK(errorCode(closedIncident) == "invalid_transition");
    CHECK(closedIncident["error"]["field"] == "incident_id");
    CHECK(closedIncident["error"]["allowed"] == json::array());

    auto request = [&](json fields) {
        json body{{"op", "assignment.create"},
                  {"request_id", newRequestId()},
                  {"incident_id", incident["id"]},
                  {"unit_id", spare}};
        merge(body, fields);
        for (auto it = body.begin(); it != body.end();) {
            it = it->is_null() ? body.erase(it) : std::next(it);
        }
        return body;
    };
    refused(*client, request({{"incident_id", 999}}), "not_found", "incident_id");
    refused(*client, request({{"unit_id", 999}}), "not_found", "unit_id");
    refused(*client, request({{"incident_id", "1"}}), "bad_request", "incident_id");
    refused(*client, request({{"unit_id", nullptr}}), "bad_request", "unit_id");
    refused(*client, request({{"unit_id", 0}}), "bad_request", "unit_id");
    refused(*client, request({{"status", "en_route"}}), "bad_request", "status");
    refused(*client, request({{"request_id", nullptr}}), "bad_request", "request_id");
    refused(*admin(), request({}), "unauthorized", "op");
    watcher.expectNone();
    CHECK(sql("SELECT count(*) FROM assignments") == "1");
}

TEST_CASE_METHOD(DispatchFixture, "assignment.set_status follows the assignment life cycle") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    const auto unitId = addUnit("PCR-BV-01", "patrol_car", 48.76, 16.88);
    const auto assignmentId = assign(*client, incident["id"], unitId)["result"]["assignment"]["id"];
    Watcher watcher(loggedIn());

    const auto requestId = newRequestId();
    const auto onScene = step(*client, assignmentId, "on_scene", requestId);
    REQUIRE(errorCode(onScene) == "ok");
    CHECK(onScene["result"]["assignment"]["acknowledged_at"].is_null());
    CHECK(onScene["result"]["assignment"]["en_route_at"].is_null());
    watcher.expect({"incident.updated", "unit.updated", "incident.note_added"});
    CHECK(step(*client, assignmentId, "on_scene", requestId)["result"] == onScene["result"]);
    watcher.expectNone();

    const auto backwards = step(*client, assignmentId, "acknowledged");
    CHECK(errorCode(backwards) == "invalid_transition");
    CHECK(backwards["error"]["field"] == "status");
    CHECK(backwards["error"]["allowed"] == json{"cleared"});
    CHECK(errorCode(step(*client, assignmentId, "on_scene")) == "invalid_transition");

    REQUIRE(errorCode(step(*client, assignmentId, "cleared")) == "ok");
    watcher.expect({"incident.updated", "unit.updated", "incident.note_added"});
    const auto done = step(*client, assignmentId, "cleared");
    CHECK(errorCode(done) == "invalid_transition");
    CHECK(done["error"]["allowed"] == json::array());

    auto request = [&](json fields) {
        json body{{"op", "assignment.set_status"},
                  {"request_id", newRequestId()},
                  {"assignment_id", assignmentId},
                  {"status", "cleared"}};
        merge(body, fields);
        return body;
    };
    refused(*client, request({{"status", "arrived"}}), "bad_request", "status");
    refused(*client, request({{"status", "assigned"}}), "bad_request", "status");
    refused(*client, request({{"status", 3}}), "bad_request", "status");
    refused(*client, request({{"assignment_id", 8888}}), "not_found", "assignment_id");
    refused(*client, request({{"assignment_id", -1}}), "bad_request", "assignment_id");
    refused(*client, request({{"version", 1}}), "bad_request", "version");
    refused(*admin(), request({}), "unauthorized", "op");
    watcher.expectNone();
}

TEST_CASE_METHOD(DispatchFixture, "two consoles assigning one unit at once: one wins") {
    auto first = loggedIn();
    auto second = loggedIn();
    const auto a = createIncident(*first);
    const auto b = createIncident(*first, 48.85, 17.13);
    for (int round = 0; round < 5; ++round) {
        const auto unitId = addUnit("PCR-RACE-" + std::to_string(round), "patrol_car", 48.7, 16.9);
        json replyA, replyB;
        std::thread racer([&] { replyA = assign(*first, a["id"], unitId); });
        replyB = assign(*second, b["id"], unitId);
        racer.join();
        const std::multiset<std::string> outcomes{errorCode(replyA), errorCode(replyB)};
        CHECK(outcomes == std::multiset<std::string>{"ok", "invalid_transition"});
    }
    CHECK(sql("SELECT count(*) FROM assignments") == "5");
    CHECK(sql("SELECT count(*) FROM units WHERE status = 'dispatched'") == "5");
}

namespace {
struct UnlimitedDispatchFixture : DispatchFixture {
    UnlimitedDispatchFixture()
        : DispatchFixture({"--rate-limit", "1000", "--rate-burst", "1000"}) {}
};
} // namespace

TEST_CASE_METHOD(UnlimitedDispatchFixture,
                 "concurrent dispatching on shared incidents and units never deadlocks") {
    constexpr int kConsoles = 4;
    constexpr int kRounds = 12;
    std::vector<json> incidents;
    std::vector<std::int64_t> units;
    {
        auto client = loggedIn();
        for (int i = 0; i < 3; ++i) {
            incidents.push_back(createIncident(*client, 48.75 + i * 0.01, 16.88));
            units.push_back(addUnit("PCR-MIX-" + std::to_string(i), "patrol_car", 48.7, 16.9));
        }
    }
    Watcher watcher(loggedIn());
    std::vector<std::map<std::string, int>> codes(kConsoles);
    std::vector<std::thread> consoles;
    for (int c = 0; c < kConsoles; ++c) {
        consoles.emplace_back([&, c] {
            auto client = loggedIn();
            auto count = [&](const json& reply) {
                ++codes[c][errorCode(reply)];
                return reply;
            };
            for (int round = 0; round < kRounds; ++round) {
                const auto& incident = incidents[(c + round) % incidents.size()];
                const auto unitId = units[(c * 2 + round) % units.size()];
                count(assign(*client, incident["id"], unitId));
                const auto unitNow = json::parse(sql(
                    "SELECT unit_json(u)::text FROM units u WHERE id = " + std::to_string(unitId)));
                // Another console may clear the assignment between these two reads.
                const auto assignmentId =
                    unitNow["incident_id"].is_null()
                        ? std::string()
                        : sql("SELECT id FROM assignments WHERE cleared_at IS NULL AND unit_id = " +
                              std::to_string(unitId));
                if (!assignmentId.empty()) {
                    const auto id = std::stoll(assignmentId);
                    count(step(*client, id, "on_scene"));
                    count(client->request({{"op", "unit.set_status"},
                                           {"request_id", newRequestId()},
                                           {"unit_id", unitId},
                                           {"version", unitNow["version"].get<int>() + 1},
                                           {"status", "returning"}}));
                    count(step(*client, id, "cleared"));
                }
                count(client->request({{"op", "incident.note"},
                                       {"request_id", newRequestId()},
                                       {"incident_id", incident["id"]},
                                       {"text", "round " + std::to_string(round)}}));
                count(client->request({{"op", "unit.set_position"},
                                       {"request_id", newRequestId()},
                                       {"unit_id", unitId},
                                       {"lat", 48.7 + round * 0.001},
                                       {"lon", 16.9}}));
            }
        });
    }
    for (auto& console : consoles) {
        console.join();
    }
    std::map<std::string, int> total;
    for (const auto& perConsole : codes) {
        for (const auto& [code, n] : perConsole) {
            total[code] += n;
        }
    }
    INFO(json(total).dump());
    CHECK(total["ok"] >= kConsoles * kRounds * 2);
    for (const auto& [code, n] : total) {
        CHECK((code == "ok" || code == "invalid_transition" || code == "conflict"));
    }
    // Every change reached the watcher once, in order.
    const auto lastSeq = std::stoll(sql("SELECT last_seq FROM event_counter"));
    std::vector<std::string> events(static_cast<std::size_t>(lastSeq - watcher.seq));
    for (auto& event : events) {
        const auto push = watcher.client->nextPush();
        REQUIRE(push.has_value());
        CHECK((*push)["seq"] == ++watcher.seq);
        event = (*push)["event"];
    }
    watcher.expectNone();
    CHECK(sql("SELECT count(*) FROM units WHERE status <> 'available'") == "0");
    CHECK(sql("SELECT count(*) FROM assignments WHERE cleared_at IS NULL") == "0");
}
