#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>

using namespace jcc::test;
using nlohmann::json;

namespace {

json newUnit(json fields = json::object()) {
    json request{
        {"op", "unit.create"},           {"request_id", newRequestId()},
        {"call_sign", "PCR-BV-07"},      {"agency", "PCR"},
        {"type", "patrol_car"},          {"capabilities", {"breathalyser", "defibrillator"}},
        {"home_station", "OOP Břeclav"}, {"position", {{"lat", 48.759}, {"lon", 16.879}}}};
    for (const auto& [key, value] : fields.items()) {
        if (value.is_null()) {
            request.erase(key);
        } else {
            request[key] = value;
        }
    }
    return request;
}

json statusRequest(const json& unit, const std::string& status,
                   std::optional<std::string> reason = std::nullopt) {
    json request{{"op", "unit.set_status"},
                 {"request_id", newRequestId()},
                 {"unit_id", unit["id"]},
                 {"version", unit["version"]},
                 {"status", status}};
    if (reason) {
        request["reason"] = *reason;
    }
    return request;
}

json unitNow(const DispatchFixture& fixture, std::int64_t id) {
    return json::parse(
        fixture.sql("SELECT unit_json(u)::text FROM units u WHERE id = " + std::to_string(id)));
}

} // namespace

TEST_CASE_METHOD(DispatchFixture, "unit.create adds an available unit; supervisors only") {
    auto boss = supervisor();
    Watcher watcher(loggedIn());
    const auto request = newUnit();
    const auto created = boss->request(request);
    REQUIRE(errorCode(created) == "ok");
    const auto& unit = created["result"]["unit"];
    CHECK(unit["call_sign"] == "PCR-BV-07");
    CHECK(unit["agency"] == "PCR");
    CHECK(unit["country"] == "CZ");
    CHECK(unit["type"] == "patrol_car");
    CHECK(unit["capabilities"] == json{"breathalyser", "defibrillator"});
    CHECK(unit["home_station"] == "OOP Břeclav");
    CHECK(unit["position"] == json{{"lat", 48.759}, {"lon", 16.879}});
    CHECK(unit["status"] == "available");
    CHECK(unit["incident_id"].is_null());
    CHECK(unit["version"] == 1);
    CHECK(watcher.expect({"unit.created"})[0] == unit);

    CHECK(boss->request(request)["result"] == created["result"]);
    watcher.expectNone();

    const auto taken = refused(*boss, newUnit(), "conflict", "call_sign");
    CHECK_THAT(taken["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("PCR-BV-07"));
    const auto minimal = boss->request(newUnit({{"call_sign", "HAZZ-TT-3"},
                                                {"agency", "HAZZ-TT"},
                                                {"type", "rescue_boat"},
                                                {"capabilities", nullptr},
                                                {"position", nullptr}}));
    REQUIRE(errorCode(minimal) == "ok");
    CHECK(minimal["result"]["unit"]["capabilities"] == json::array());
    CHECK(minimal["result"]["unit"]["position"].is_null());
    CHECK(minimal["result"]["unit"]["country"] == "SK");
    watcher.expect({"unit.created"});

    refused(*loggedIn(), newUnit({{"call_sign", "PCR-BV-08"}}), "forbidden", "op");
    refused(*admin(), newUnit({{"call_sign", "PCR-BV-08"}}), "unauthorized", "op");
    watcher.expectNone();
}

TEST_CASE_METHOD(DispatchFixture, "unit.create refuses bad input, naming the field") {
    auto boss = supervisor();
    const std::vector<std::pair<json, std::string>> cases = {
        {{{"call_sign", ""}}, "call_sign"},
        {{{"call_sign", std::string(33, 'X')}}, "call_sign"},
        {{{"call_sign", nullptr}}, "call_sign"},
        {{{"agency", "FBI"}}, "agency"},
        {{{"agency", 7}}, "agency"},
        {{{"type", "tank"}}, "type"},
        {{{"type", nullptr}}, "type"},
        {{{"capabilities", "k9"}}, "capabilities"},
        {{{"capabilities", {"k9", 5}}}, "capabilities[1]"},
        {{{"capabilities", {"k9", ""}}}, "capabilities[1]"},
        {{{"capabilities", {"k9", "k9"}}}, "capabilities[1]"},
        {{{"capabilities", json(std::vector<std::string>(33, "x"))}}, "capabilities"},
        {{{"home_station", ""}}, "home_station"},
        {{{"home_station", nullptr}}, "home_station"},
        {{{"position", {{"lat", 91}, {"lon", 16}}}}, "position.lat"},
        {{{"position", {{"lat", 48}, {"lon", -181}}}}, "position.lon"},
        {{{"position", {{"lat", 48}}}}, "position.lon"},
        {{{"position", {{"lat", 48}, {"lon", 16}, {"alt", 200}}}}, "position.alt"},
        {{{"position", {48, 16}}}, "position"},
        {{{"status", "out_of_service"}}, "status"},
        {{{"request_id", "short"}}, "request_id"},
    };
    for (const auto& [fields, field] : cases) {
        refused(*boss, newUnit(fields), "bad_request", field);
    }
    CHECK(sql("SELECT count(*) FROM units") == "0");
}

TEST_CASE_METHOD(DispatchFixture, "unit.update changes a unit's description; supervisors only") {
    auto boss = supervisor();
    const auto unit = boss->request(newUnit())["result"]["unit"];
    addUnit("PCR-BV-08", "patrol_car", std::nullopt, std::nullopt);
    Watcher watcher(loggedIn());
    auto update = [&](json changes, json version = 1) {
        return json{{"op", "unit.update"},
                    {"request_id", newRequestId()},
                    {"unit_id", unit["id"]},
                    {"version", version},
                    {"changes", std::move(changes)}};
    };

    const auto request = update(
        {{"call_sign", "PCR-HO-01"}, {"capabilities", {"drone"}}, {"home_station", "OOP Hodonín"}});
    const auto updated = boss->request(request);
    REQUIRE(errorCode(updated) == "ok");
    const auto& after = updated["result"]["unit"];
    CHECK(after["call_sign"] == "PCR-HO-01");
    CHECK(after["capabilities"] == json{"drone"});
    CHECK(after["home_station"] == "OOP Hodonín");
    CHECK(after["type"] == "patrol_car");
    CHECK(after["status"] == unit["status"]);
    CHECK(after["status_since"] == unit["status_since"]);
    CHECK(after["version"] == 2);
    CHECK(watcher.expect({"unit.updated"})[0] == after);
    CHECK(boss->request(request)["result"] == updated["result"]);
    watcher.expectNone();

    const auto stale = refused(*boss, update({{"type", "motorcycle"}}), "conflict", "version");
    CHECK(stale["error"]["current"] == after);
    refused(*boss, update({{"call_sign", "PCR-BV-08"}}, 2), "conflict", "changes.call_sign");
    refused(*boss, update(json::object(), 2), "bad_request", "changes");
    refused(*boss, update({{"status", "available"}}, 2), "bad_request", "changes.status");
    refused(*boss, update({{"position", {{"lat", 1}, {"lon", 1}}}}, 2), "bad_request",
            "changes.position");
    refused(*boss, update({{"type", nullptr}}, 2), "bad_request", "changes.type");
    refused(*boss, update({{"type", "tank"}}, 2), "bad_request", "changes.type");
    refused(*boss, update({{"agency", "FBI"}}, 2), "bad_request", "changes.agency");
    refused(*boss, update({{"capabilities", {1}}}, 2), "bad_request", "changes.capabilities[0]");
    auto missing = update({{"type", "motorcycle"}}, 2);
    missing["unit_id"] = 999;
    refused(*boss, missing, "not_found", "unit_id");
    refused(*loggedIn(), update({{"type", "motorcycle"}}, 2), "forbidden", "op");
    watcher.expectNone();
    CHECK(unitNow(*this, unit["id"]) == after);
}

TEST_CASE_METHOD(DispatchFixture, "unit.set_status follows the unit life cycle") {
    auto client = loggedIn();
    const auto unitId = addUnit("PCR-BV-01", "patrol_car", 48.76, 16.88);
    sql("UPDATE units SET status_since = now() - interval '1 hour' WHERE id = " +
        std::to_string(unitId));
    const auto unit = unitNow(*this, unitId);
    Watcher watcher(loggedIn());

    refused(*client, statusRequest(unit, "out_of_service"), "bad_request", "reason");
    refused(*client, statusRequest(unit, "broken", "x"), "bad_request", "status");
    refused(*client, statusRequest(unit, "out_of_service", ""), "bad_request", "reason");
    const auto same =
        refused(*client, statusRequest(unit, "available"), "invalid_transition", "status");
    CHECK(same["error"]["allowed"] == json{"out_of_service"});
    const auto byAssignment =
        refused(*client, statusRequest(unit, "dispatched"), "invalid_transition", "status");
    CHECK(byAssignment["error"]["allowed"] == json{"out_of_service"});
    CHECK_THAT(byAssignment["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("assignment.create"));
    watcher.expectNone();

    const auto request = statusRequest(unit, "out_of_service", "Výměna pneumatiky");
    const auto broken = client->request(request);
    REQUIRE(errorCode(broken) == "ok");
    const auto& after = broken["result"]["unit"];
    CHECK(after["status"] == "out_of_service");
    CHECK(after["status_reason"] == "Výměna pneumatiky");
    CHECK(after["status_since"] > unit["status_since"]);
    CHECK(after["version"] == 2);
    CHECK(watcher.expect({"unit.updated"})[0] == after);
    CHECK(client->request(request)["result"] == broken["result"]);
    watcher.expectNone();

    const auto stale = refused(*client, statusRequest(unit, "available"), "conflict", "version");
    CHECK(stale["error"]["current"] == after);
    const auto wrong =
        refused(*client, statusRequest(after, "returning"), "invalid_transition", "status");
    CHECK(wrong["error"]["allowed"] == json{"available"});
    CHECK_THAT(wrong["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("from 'out_of_service' to 'returning'"));
    auto missing = statusRequest(after, "available");
    missing["unit_id"] = 4711;
    refused(*client, missing, "not_found", "unit_id");

    const auto back = client->request(statusRequest(after, "available"));
    REQUIRE(errorCode(back) == "ok");
    CHECK(back["result"]["unit"]["status"] == "available");
    CHECK(back["result"]["unit"]["status_reason"].is_null());
    watcher.expect({"unit.updated"});
}

TEST_CASE_METHOD(DispatchFixture, "an assigned unit changes status through its assignment") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    const auto unitId = addUnit("PCR-BV-01", "patrol_car", 48.76, 16.88);
    const auto assigned = assign(*client, incident["id"], unitId);
    REQUIRE(errorCode(assigned) == "ok");
    auto unit = assigned["result"]["unit"];
    Watcher watcher(loggedIn());

    for (const auto* status : {"available", "out_of_service"}) {
        const auto reply = refused(*client, statusRequest(unit, status, "konec směny"),
                                   "invalid_transition", "status");
        CHECK(reply["error"]["allowed"] == json::array());
        CHECK_THAT(reply["error"]["message"].get<std::string>(),
                   Catch::Matchers::Contains("assigned to incident " +
                                             incident["ref"].get<std::string>()));
    }
    const auto enRoute =
        refused(*client, statusRequest(unit, "en_route"), "invalid_transition", "status");
    CHECK_THAT(enRoute["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("assignment.set_status"));
    watcher.expectNone();

    REQUIRE(errorCode(client->request({{"op", "assignment.set_status"},
                                       {"request_id", newRequestId()},
                                       {"assignment_id", assigned["result"]["assignment"]["id"]},
                                       {"status", "on_scene"}})) == "ok");
    watcher.expect({"incident.updated", "unit.updated", "incident.note_added"});
    unit = unitNow(*this, unitId);
    CHECK(unit["status"] == "on_scene");
    const auto returning = client->request(statusRequest(unit, "returning"));
    REQUIRE(errorCode(returning) == "ok");
    CHECK(returning["result"]["unit"]["status"] == "returning");
    CHECK(returning["result"]["unit"]["incident_id"] == incident["id"]);
    const auto events = watcher.expect({"unit.updated", "incident.note_added"});
    CHECK(events[1]["body"] == "PCR-BV-01 returning");
}

TEST_CASE_METHOD(DispatchFixture, "unit.set_position moves a unit without a version") {
    auto client = loggedIn();
    const auto unitId = addUnit("PCR-BV-01", "patrol_car", std::nullopt, std::nullopt);
    Watcher watcher(loggedIn());
    auto move = [&](json lat, json lon) {
        return json{{"op", "unit.set_position"},
                    {"request_id", newRequestId()},
                    {"unit_id", unitId},
                    {"lat", lat},
                    {"lon", lon}};
    };
    const auto request = move(48.8110, 17.1620);
    const auto moved = client->request(request);
    REQUIRE(errorCode(moved) == "ok");
    CHECK(moved["result"]["unit"]["position"] == json{{"lat", 48.8110}, {"lon", 17.1620}});
    CHECK(moved["result"]["unit"]["version"] == 2);
    CHECK(moved["result"]["unit"]["status"] == "available");
    CHECK(watcher.expect({"unit.updated"})[0] == moved["result"]["unit"]);
    CHECK(client->request(request)["result"] == moved["result"]);
    watcher.expectNone();

    refused(*client, move(90.5, 17), "bad_request", "lat");
    refused(*client, move(-90.5, 17), "bad_request", "lat");
    refused(*client, move(48, 180.5), "bad_request", "lon");
    refused(*client, move("48", 17), "bad_request", "lat");
    refused(*client, move(48, nullptr), "bad_request", "lon");
    auto extra = move(48, 17);
    extra["version"] = 2;
    refused(*client, extra, "bad_request", "version");
    auto missing = move(48, 17);
    missing["unit_id"] = 31337;
    refused(*client, missing, "not_found", "unit_id");
    refused(*admin(), move(48, 17), "unauthorized", "op");
    watcher.expectNone();
    CHECK(unitNow(*this, unitId) == moved["result"]["unit"]);
}

TEST_CASE_METHOD(DispatchFixture, "unit.recommend lists the nearest available units with an ETA") {
    auto client = loggedIn();
    const auto incident = createIncident(*client, 48.7590, 16.8820);        // Břeclav
    const auto near = addUnit("PCR-BV-01", "patrol_car", 48.7590, 16.8956); // ~1 km east
    const auto far = addUnit("PCR-HO-01", "patrol_car", 48.8489, 17.1324);  // Hodonín
    const auto engine = addUnit("HZS-BV-1", "fire_engine", 48.7680, 16.8820, "HZS-JMK");
    const auto busy = addUnit("PCR-BV-02", "patrol_car", 48.7591, 16.8821);
    addUnit("PCR-BV-03", "patrol_car", std::nullopt, std::nullopt); // no position
    sql("UPDATE units SET status = 'out_of_service' WHERE id = " + std::to_string(busy));

    const auto reply = client->call("unit.recommend", {{"incident_id", incident["id"]}});
    REQUIRE(errorCode(reply) == "ok");
    const auto& units = reply["result"]["units"];
    CHECK(reply["result"]["incident_id"] == incident["id"]);
    REQUIRE(units.size() == 3);
    CHECK(units[0]["unit"]["id"] == near);
    CHECK(units[1]["unit"]["id"] == engine);
    CHECK(units[2]["unit"]["id"] == far);
    CHECK(units[0]["distance_m"].get<int>() == Approx(998).margin(3));
    CHECK(units[0]["eta_min"] == 2); // 998 m at 50 km/h
    CHECK(units[1]["distance_m"].get<int>() == Approx(1001).margin(3));
    CHECK(units[1]["eta_min"] == 2); // 1001 m at 40 km/h
    CHECK(units[2]["eta_min"].get<int>() ==
          (units[2]["distance_m"].get<int>() * 60 + 49999) / 50000);
    CHECK(units[0]["unit"] == unitNow(*this, near));

    const auto patrols = client->call(
        "unit.recommend", {{"incident_id", incident["id"]}, {"type", "patrol_car"}, {"limit", 1}});
    REQUIRE(patrols["result"]["units"].size() == 1);
    CHECK(patrols["result"]["units"][0]["unit"]["id"] == near);
    const auto boats =
        client->call("unit.recommend", {{"incident_id", incident["id"]}, {"type", "rescue_boat"}});
    CHECK(boats["result"]["units"] == json::array());

    const auto unplaced = createIncident(*client, std::nullopt, std::nullopt);
    auto bad = [&](json fields, const std::string& code, const std::string& field) {
        json request{{"op", "unit.recommend"}, {"incident_id", incident["id"]}};
        merge(request, fields);
        return refused(*client, request, code, field);
    };
    const auto noPosition = bad({{"incident_id", unplaced["id"]}}, "bad_request", "incident_id");
    CHECK_THAT(noPosition["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("has no position"));
    bad({{"incident_id", 5555}}, "not_found", "incident_id");
    bad({{"incident_id", "1"}}, "bad_request", "incident_id");
    bad({{"limit", 0}}, "bad_request", "limit");
    bad({{"limit", 21}}, "bad_request", "limit");
    bad({{"type", "tank"}}, "bad_request", "type");
    bad({{"request_id", "abcdefgh1"}}, "bad_request", "request_id");
    refused(*admin(), {{"op", "unit.recommend"}, {"incident_id", incident["id"]}}, "unauthorized",
            "op");
}
