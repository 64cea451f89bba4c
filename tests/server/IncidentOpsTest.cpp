#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>

using namespace jcc::test;
using nlohmann::json;

namespace {

json update(WsClient& client, const json& incident, json changes,
            const std::string& requestId = newRequestId()) {
    return client.request({{"op", "incident.update"},
                           {"request_id", requestId},
                           {"incident_id", incident["id"]},
                           {"version", incident["version"]},
                           {"changes", std::move(changes)}});
}

/// Sends `request` and checks it is refused with `code` naming `field` ("" for none).
json get(WsClient& client, const json& incident) {
    return client.call("incident.get", {{"incident_id", incident["id"]}})["result"];
}

} // namespace

TEST_CASE_METHOD(DispatchFixture, "incident.update changes the described fields and pushes them") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    Watcher watcher(loggedIn());

    const auto requestId = newRequestId();
    const auto reply =
        update(*client, incident, {{"priority", 1}, {"description", "Tři vozidla"}}, requestId);
    REQUIRE(errorCode(reply) == "ok");
    const auto& updated = reply["result"]["incident"];
    CHECK(updated["priority"] == 1);
    CHECK(updated["description"] == "Tři vozidla");
    CHECK(updated["version"] == 2);
    CHECK(updated["status"] == "new");
    CHECK(updated["type"] == incident["type"]);
    CHECK(updated["location"] == incident["location"]);
    const auto events = watcher.expect({"incident.updated", "incident.note_added"});
    CHECK(events[0] == updated);
    CHECK(events[1]["kind"] == "changed");
    CHECK(events[1]["incident_id"] == incident["id"]);
    CHECK(events[1]["changes"] == json::parse(R"([{"field": "priority", "from": 2, "to": 1},
                                                 {"field": "description"}])"));
    CHECK(events[1]["body"] == "Changed priority 2 → 1; description");

    SECTION("a retry returns the first result and changes nothing more") {
        const auto again = update(*client, incident, {{"priority", 1}}, requestId);
        CHECK(again["result"] == reply["result"]);
        watcher.expectNone();
        CHECK(get(*client, incident)["incident"]["version"] == 2);
    }
    SECTION("a new location replaces the old one and is completed from the gazetteer") {
        const auto moved = update(
            *client, updated,
            {{"location", {{"text", "Bratislavská 1"}, {"lat", 48.8110}, {"lon", 17.1620}}}});
        REQUIRE(errorCode(moved) == "ok");
        const auto& location = moved["result"]["incident"]["location"];
        CHECK(location["text"] == "Bratislavská 1");
        CHECK(location["municipality"] == "Holíč");
        CHECK(location["country_side"] == "SK");
        watcher.expect({"incident.updated", "incident.note_added"});
        const auto unplaced = update(*client, moved["result"]["incident"],
                                     {{"location", {{"text", "somewhere on the D2"}}}});
        CHECK(unplaced["result"]["incident"]["location"] == json{{"text", "somewhere on the D2"},
                                                                 {"municipality", nullptr},
                                                                 {"country_side", nullptr},
                                                                 {"lat", nullptr},
                                                                 {"lon", nullptr}});
    }
    SECTION("changes equal to the current values change nothing") {
        const auto same = update(*client, updated, {{"priority", 1}, {"type", incident["type"]}});
        REQUIRE(errorCode(same) == "ok");
        CHECK(same["result"]["incident"]["version"] == 2);
        watcher.expectNone();
    }
}

TEST_CASE_METHOD(DispatchFixture, "incident.update against a stale version gets the current one") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    REQUIRE(errorCode(update(*client, incident, {{"priority", 1}})) == "ok");
    Watcher watcher(loggedIn());

    const auto stale = update(*client, incident, {{"priority", 4}, {"description", "x"}});
    REQUIRE(errorCode(stale) == "conflict");
    const auto& error = stale["error"];
    CHECK(error["field"] == "version");
    CHECK_THAT(error["message"].get<std::string>(), Catch::Matchers::Contains("is at version 2") &&
                                                        Catch::Matchers::Contains("against 1"));
    CHECK(error["current"]["version"] == 2);
    CHECK(error["current"]["priority"] == 1);
    CHECK(error["current"] == get(*client, incident)["incident"]);
    watcher.expectNone();
}

TEST_CASE_METHOD(DispatchFixture, "incident.update refuses bad input, naming the field") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    auto request = [&](json changes) {
        return json{{"op", "incident.update"},
                    {"request_id", newRequestId()},
                    {"incident_id", incident["id"]},
                    {"version", 1},
                    {"changes", std::move(changes)}};
    };
    refused(*client, request(json::object()), "bad_request", "changes");
    refused(*client, request("priority"), "bad_request", "changes");
    refused(*client, request({{"colour", "red"}}), "bad_request", "changes.colour");
    refused(*client, request({{"status", "closed"}}), "bad_request", "changes.status");
    refused(*client, request({{"id", 5}}), "bad_request", "changes.id");
    refused(*client, request({{"priority", 5}}), "bad_request", "changes.priority");
    refused(*client, request({{"priority", "1"}}), "bad_request", "changes.priority");
    refused(*client, request({{"priority", nullptr}}), "bad_request", "changes.priority");
    refused(*client, request({{"type", "alien_landing"}}), "bad_request", "changes.type");
    refused(*client, request({{"description", std::string(4001, 'x')}}), "bad_request",
            "changes.description");
    refused(*client, request({{"location", "Břeclav"}}), "bad_request", "changes.location");
    refused(*client, request({{"location", {{"lat", 48.7}, {"lon", 16.8}}}}), "bad_request",
            "changes.location.text");
    refused(*client, request({{"location", {{"text", "x"}, {"lat", 91}, {"lon", 16.8}}}}),
            "bad_request", "changes.location.lat");
    refused(*client, request({{"location", {{"text", "x"}, {"lat", 48.7}}}}), "bad_request",
            "changes.location.lon");
    refused(*client, request({{"location", {{"text", "x"}, {"country_side", "AT"}}}}),
            "bad_request", "changes.location.country_side");
    refused(*client, request({{"location", {{"text", "x"}, {"zip", "690 02"}}}}), "bad_request",
            "changes.location.zip");

    auto fields = request({{"priority", 1}});
    fields["version"] = 0;
    refused(*client, fields, "bad_request", "version");
    fields["version"] = "1";
    refused(*client, fields, "bad_request", "version");
    fields.erase("version");
    refused(*client, fields, "bad_request", "version");
    fields = request({{"priority", 1}});
    fields["incident_id"] = "1";
    refused(*client, fields, "bad_request", "incident_id");
    fields["incident_id"] = 9999;
    const auto missing = refused(*client, fields, "not_found", "incident_id");
    CHECK(missing["error"]["message"] == "no incident with id 9999");
    fields = request({{"priority", 1}});
    fields["reason"] = "typo";
    refused(*client, fields, "bad_request", "reason");
    fields.erase("reason");
    fields.erase("request_id");
    refused(*client, fields, "bad_request", "request_id");
    fields = request({{"priority", 1}});
    fields.erase("changes");
    refused(*client, fields, "bad_request", "changes");
    refused(*admin(), request({{"priority", 1}}), "unauthorized", "op");

    CHECK(get(*client, incident)["incident"] == incident);
}

TEST_CASE_METHOD(DispatchFixture, "incident.note appends a note to the timeline and pushes it") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    Watcher watcher(loggedIn());

    const auto requestId = newRequestId();
    const json request{{"op", "incident.note"},
                       {"request_id", requestId},
                       {"incident_id", incident["id"]},
                       {"text", "Volající upřesnil: na křižovatce u nádraží"}};
    const auto reply = client->request(request);
    REQUIRE(errorCode(reply) == "ok");
    const auto& entry = reply["result"]["entry"];
    CHECK(entry["kind"] == "note");
    CHECK(entry["author"] == kOperator);
    CHECK(entry["incident_id"] == incident["id"]);
    CHECK(entry["body"] == "Volající upřesnil: na křižovatce u nádraží");
    CHECK(watcher.expect({"incident.note_added"})[0] == entry);

    CHECK(client->request(request)["result"] == reply["result"]);
    watcher.expectNone();

    const auto shown = get(*client, incident);
    CHECK(shown["incident"]["version"] == 1); // a note does not change the incident
    REQUIRE(shown["timeline"].size() == 2);
    CHECK(shown["timeline"][0]["body"] == "Incident created");
    CHECK(shown["timeline"][1] == entry);
    CHECK(sql("SELECT count(*) FROM audit WHERE action = 'incident.note'") == "1");

    auto bad = request;
    bad["request_id"] = newRequestId();
    bad["text"] = "";
    refused(*client, bad, "bad_request", "text");
    bad["text"] = std::string(4001, 'a');
    refused(*client, bad, "bad_request", "text");
    bad["text"] = 12;
    refused(*client, bad, "bad_request", "text");
    bad["text"] = "ok";
    bad["incident_id"] = 424242;
    refused(*client, bad, "not_found", "incident_id");
    bad["incident_id"] = incident["id"];
    bad["kind"] = "system";
    refused(*client, bad, "bad_request", "kind");
    bad.erase("kind");
    refused(*admin(), bad, "unauthorized", "op");
    watcher.expectNone();
}

TEST_CASE_METHOD(DispatchFixture, "incident.close resolves and closes an incident without units") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    Watcher watcher(loggedIn());
    auto closeRequest = [&](const json& version) {
        return json{{"op", "incident.close"},
                    {"request_id", newRequestId()},
                    {"incident_id", incident["id"]},
                    {"version", version}};
    };
    auto close = [&](const json& version) { return client->request(closeRequest(version)); };
    refused(*admin(), closeRequest(1), "unauthorized", "op");
    refused(*client, closeRequest("1"), "bad_request", "version");
    auto unknown = closeRequest(1);
    unknown["incident_id"] = 123456;
    refused(*client, unknown, "not_found", "incident_id");
    unknown["reason"] = "done";
    refused(*client, unknown, "bad_request", "reason");

    const auto stale = close(7);
    CHECK(errorCode(stale) == "conflict");
    CHECK(stale["error"]["current"] == incident);

    const auto closed = close(1);
    REQUIRE(errorCode(closed) == "ok");
    CHECK(closed["result"]["incident"]["status"] == "closed");
    CHECK(closed["result"]["incident"]["version"] == 2);
    CHECK_FALSE(closed["result"]["incident"]["closed_at"].is_null());
    const auto events = watcher.expect({"incident.updated", "incident.note_added"});
    CHECK(events[0] == closed["result"]["incident"]);
    CHECK(events[1]["body"] == "Incident resolved and closed");

    const auto again = close(2);
    CHECK(errorCode(again) == "invalid_transition");
    CHECK(again["error"]["allowed"] == json::array());
    CHECK_THAT(again["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("from 'closed'"));
    const auto changed = update(*client, closed["result"]["incident"], {{"priority", 1}});
    CHECK(errorCode(changed) == "invalid_transition");
    CHECK_THAT(changed["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("is closed"));
    watcher.expectNone();
}

TEST_CASE_METHOD(DispatchFixture, "incident.close waits for every assignment to be cleared") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    const auto unitId = addUnit("PCR-BV-01", "patrol_car", 48.76, 16.88);
    const auto assigned = assign(*client, incident["id"], unitId);
    REQUIRE(errorCode(assigned) == "ok");
    const auto current = assigned["result"]["incident"];
    const auto refusedClose = client->request({{"op", "incident.close"},
                                               {"request_id", newRequestId()},
                                               {"incident_id", incident["id"]},
                                               {"version", current["version"]}});
    CHECK(errorCode(refusedClose) == "invalid_transition");
    CHECK(refusedClose["error"]["uncleared"] == json::array({"PCR-BV-01"}));
    CHECK_THAT(refusedClose["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("PCR-BV-01 (assigned)"));

    const auto cleared = client->request({{"op", "assignment.set_status"},
                                          {"request_id", newRequestId()},
                                          {"assignment_id", assigned["result"]["assignment"]["id"]},
                                          {"status", "cleared"}});
    REQUIRE(errorCode(cleared) == "ok");
    const auto closed = client->request({{"op", "incident.close"},
                                         {"request_id", newRequestId()},
                                         {"incident_id", incident["id"]},
                                         {"version", current["version"]}});
    REQUIRE(errorCode(closed) == "ok");
    CHECK(closed["result"]["incident"]["status"] == "closed");
}

TEST_CASE_METHOD(DispatchFixture, "incident.cancel clears the assignments and frees the units") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    const auto first = addUnit("PCR-BV-01", "patrol_car", 48.76, 16.88);
    const auto second = addUnit("PCR-BV-K9", "k9_unit", 48.75, 16.87);
    for (const auto unitId : {first, second}) {
        REQUIRE(errorCode(assign(*client, incident["id"], unitId)) == "ok");
    }
    const auto current = get(*client, incident)["incident"];
    REQUIRE(current["status"] == "dispatched");
    Watcher watcher(loggedIn());
    auto cancelRequest = [&](json fields) {
        json request{{"op", "incident.cancel"},
                     {"request_id", newRequestId()},
                     {"incident_id", incident["id"]},
                     {"version", current["version"]},
                     {"reason", "Planý poplach"}};
        merge(request, fields);
        return request;
    };
    auto cancel = [&](json fields) { return client->request(cancelRequest(std::move(fields))); };

    refused(*client, cancelRequest({{"reason", nullptr}}), "bad_request", "reason");
    refused(*client, cancelRequest({{"reason", ""}}), "bad_request", "reason");
    refused(*client, cancelRequest({{"reason", std::string(501, 'x')}}), "bad_request", "reason");
    refused(*client, cancelRequest({{"incident_id", 98765}}), "not_found", "incident_id");
    refused(*client, cancelRequest({{"version", -3}}), "bad_request", "version");
    refused(*admin(), cancelRequest({}), "unauthorized", "op");
    const auto stale = cancel({{"version", 1}});
    CHECK(errorCode(stale) == "conflict");
    CHECK(stale["error"]["current"] == current);
    watcher.expectNone();

    const auto cancelled = cancel({});
    REQUIRE(errorCode(cancelled) == "ok");
    const auto& result = cancelled["result"];
    CHECK(result["incident"]["status"] == "cancelled");
    CHECK_FALSE(result["incident"]["closed_at"].is_null());
    for (const auto& assignment : result["incident"]["assignments"]) {
        CHECK(assignment["status"] == "cleared");
    }
    REQUIRE(result["units"].size() == 2);
    for (const auto& unit : result["units"]) {
        CHECK(unit["status"] == "available");
        CHECK(unit["incident_id"].is_null());
    }
    const auto events =
        watcher.expect({"incident.updated", "unit.updated", "unit.updated", "incident.note_added"});
    CHECK(events[0] == result["incident"]);
    CHECK(events[1] == result["units"][0]);
    CHECK(events[3]["body"] == "Incident cancelled: Planý poplach; cleared PCR-BV-01, PCR-BV-K9");

    const auto again = cancel({{"version", result["incident"]["version"]}});
    CHECK(errorCode(again) == "invalid_transition");
    CHECK(again["error"]["allowed"] == json::array());
}

TEST_CASE_METHOD(DispatchFixture, "incident.list filters, counts and pages newest first") {
    auto client = loggedIn();
    const auto accident = createIncident(*client, 48.7590, 16.8820, "traffic_accident", 2);
    const auto fire = createIncident(*client, 48.8110, 17.1620, "fire", 1);
    const auto theft = createIncident(*client, std::nullopt, std::nullopt, "theft", 3);
    sql("UPDATE incidents SET created_at = '2026-03-01T08:00:00Z' WHERE id = " +
        accident["id"].dump());
    sql("UPDATE incidents SET created_at = '2026-03-01T09:00:00Z' WHERE id = " + fire["id"].dump());
    sql("UPDATE incidents SET created_at = '2026-03-01T10:00:00Z' WHERE id = " +
        theft["id"].dump());
    client->request({{"op", "incident.close"},
                     {"request_id", newRequestId()},
                     {"incident_id", theft["id"]},
                     {"version", 1}});
    auto list = [&](json filters) {
        const auto reply = client->call("incident.list", std::move(filters));
        INFO(reply.dump());
        REQUIRE(errorCode(reply) == "ok");
        std::vector<std::int64_t> ids;
        for (const auto& incident : reply["result"]["incidents"]) {
            ids.push_back(incident["id"]);
        }
        return std::pair{ids, reply["result"]["total"].get<int>()};
    };
    const std::int64_t a = accident["id"], f = fire["id"], t = theft["id"];
    using Ids = std::vector<std::int64_t>;

    CHECK(list({}) == std::pair{Ids{t, f, a}, 3});
    CHECK(list({{"status", {"new", "dispatched"}}}) == std::pair{Ids{f, a}, 2});
    CHECK(list({{"status", {"closed"}}}) == std::pair{Ids{t}, 1});
    CHECK(list({{"priority", {1, 3}}}) == std::pair{Ids{t, f}, 2});
    CHECK(list({{"type", {"traffic_accident"}}}) == std::pair{Ids{a}, 1});
    CHECK(list({{"country_side", "SK"}}) == std::pair{Ids{f}, 1});
    CHECK(list({{"country_side", "CZ"}}) == std::pair{Ids{a}, 1});
    CHECK(list({{"from", "2026-03-01T09:00:00Z"}}) == std::pair{Ids{t, f}, 2});
    CHECK(list({{"to", "2026-03-01T10:00:00+01:00"}}) == std::pair{Ids{a}, 1});
    CHECK(list({{"from", "2026-03-01T08:30:00.5Z"}, {"to", "2026-03-01T10:00:00Z"}}) ==
          std::pair{Ids{f}, 1});
    CHECK(list({{"limit", 2}}) == std::pair{Ids{t, f}, 3});
    const auto firstTwo = client->call("incident.list", {{"limit", 2}});
    CHECK(list({{"limit", 2}, {"after", firstTwo["result"]["next"]}}) == std::pair{Ids{a}, 3});
    const auto full = client->call("incident.list", {{"limit", 1}});
    CHECK(full["result"]["incidents"][0] == get(*client, theft)["incident"]);
    CHECK_FALSE(full["result"]["incidents"][0].contains("caller"));

    auto bad = [&](json filters, const std::string& field) {
        json request{{"op", "incident.list"}};
        merge(request, filters);
        refused(*client, request, "bad_request", field);
    };
    bad({{"status", "new"}}, "status");
    bad({{"status", json::array()}}, "status");
    bad({{"status", {"open"}}}, "status[0]");
    bad({{"status", {"new", 3}}}, "status[1]");
    bad({{"priority", {0}}}, "priority[0]");
    bad({{"priority", {"1"}}}, "priority[0]");
    bad({{"type", {"x"}}}, "type[0]");
    bad({{"type", {"fire", "alien_landing"}}}, "type[1]");
    bad({{"country_side", "AT"}}, "country_side");
    bad({{"from", "yesterday"}}, "from");
    bad({{"from", "2026-03-01"}}, "from");
    bad({{"from", "2026-03-01T10:00:00"}}, "from");
    bad({{"from", "2026-02-30T10:00:00Z"}}, "from");
    bad({{"to", "2026-03-01T24:00:00Z"}}, "to");
    bad({{"to", 1772355600}}, "to");
    bad({{"from", "2026-03-02T00:00:00Z"}, {"to", "2026-03-01T00:00:00Z"}}, "to");
    bad({{"limit", 0}}, "limit");
    bad({{"limit", 501}}, "limit");
    bad({{"offset", 2}}, "offset");
    bad({{"after", "i.1"}}, "after");
    bad({{"sort", "priority"}}, "sort");
    refused(*admin(), {{"op", "incident.list"}}, "unauthorized", "op");
}

TEST_CASE_METHOD(DispatchFixture, "incident.caller reveals the caller and logs the consultation") {
    auto client = loggedIn();
    const auto incident = createIncident(*client);
    const auto anonymous = createIncident(*client, std::nullopt, std::nullopt, "other", 3);
    const std::string justification = "Zpětné volání kvůli upřesnění místa";
    const auto reply = client->call(
        "incident.caller", {{"incident_id", incident["id"]}, {"justification", justification}});
    REQUIRE(errorCode(reply) == "ok");
    CHECK(reply["result"]["caller"] ==
          json{{"name", "Petr Svoboda"}, {"phone", "+420 605 123 456"}});
    const auto audited = json::parse(
        sql("SELECT jsonb_build_object('actor', actor, 'entity', entity, 'entity_id', entity_id, "
            "'after', after)::text FROM audit WHERE action = 'incident.caller_consulted'"));
    CHECK(audited ==
          json{{"actor", kOperator},
               {"entity", "incident"},
               {"entity_id", incident["id"].dump()},
               {"after", {{"disclosed", {"name", "phone"}}, {"justification", justification}}}});

    // The caller of an incident created without one: nothing to reveal, still logged.
    sql("UPDATE incidents SET caller = NULL WHERE id = " + anonymous["id"].dump());
    const auto none = client->call(
        "incident.caller", {{"incident_id", anonymous["id"]}, {"justification", justification}});
    CHECK(none["result"]["caller"].is_null());
    CHECK(sql("SELECT count(*) FROM audit WHERE action = 'incident.caller_consulted'") == "2");

    auto bad = [&](json fields, const std::string& code, const std::string& field) {
        json request{{"op", "incident.caller"},
                     {"incident_id", incident["id"]},
                     {"justification", justification}};
        merge(request, fields);
        for (auto it = request.begin(); it != request.end();) {
            it = it->is_null() ? request.erase(it) : std::next(it);
        }
        refused(*client, request, code, field);
    };
    bad({{"justification", "because"}}, "bad_request", "justification");
    bad({{"justification", std::string(501, 'x')}}, "bad_request", "justification");
    bad({{"justification", nullptr}}, "bad_request", "justification");
    bad({{"incident_id", 777}}, "not_found", "incident_id");
    bad({{"incident_id", "x"}}, "bad_request", "incident_id");
    bad({{"fields", {"name"}}}, "bad_request", "fields");
    refused(*admin(),
            {{"op", "incident.caller"},
             {"incident_id", incident["id"]},
             {"justification", justification}},
            "unauthorized", "op");
    CHECK(sql("SELECT count(*) FROM audit WHERE action = 'incident.caller_consulted'") == "2");
}
