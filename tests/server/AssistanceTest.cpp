// Who may task whom, and assistance requests: a Czech police operator assigns Czech police units
// directly and asks for every other unit; the other side (or a desk, for agencies without users
// in the centre) accepts, declines or proposes other units, and an acceptance sends the units
// exactly once.
#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace jcc::test;
using nlohmann::json;

namespace {

constexpr const char* kSlovak = "horvath"; // PZSR, SK
constexpr const char* kSlovak2 = "kovacova";

struct AssistanceFixture : DispatchFixture {
    AssistanceFixture() : DispatchFixture({"--rate-limit", "1000", "--rate-burst", "1000"}) {
        addUser(db, kSlovak, jcc::Role::Operator, "PZSR", jcc::Country::SK);
        addUser(db, kSlovak2, jcc::Role::Operator, "PZSR", jcc::Country::SK);
    }

    std::unique_ptr<WsClient> as(const std::string& username) const {
        auto client = connect();
        const auto reply = client->helloAndLogin(username, kOperatorPassword);
        REQUIRE(reply.value("ok", false));
        return client;
    }

    // Near Holíč (SK) and Hodonín (CZ).
    std::int64_t fireEngineSk = addUnit("HAZZ-SI-01", "fire_engine", 48.810, 17.160, "HAZZ-TT");
    std::int64_t fireEngineSk2 = addUnit("HAZZ-SI-02", "fire_engine", 48.850, 17.130, "HAZZ-TT");
    std::int64_t fireEngineCz = addUnit("HZS-HO-CAS", "fire_engine", 48.850, 17.130, "HZS-JMK");
    std::int64_t ambulanceCz = addUnit("ZZS-HO-1", "ambulance", 48.850, 17.120, "ZZS-JMK");
    std::int64_t patrolCz = addUnit("PCR-HO-01", "patrol_car", 48.848, 17.128, "PCR");
    std::int64_t patrolSk = addUnit("PZSR-HL-01", "patrol_car", 48.811, 17.163, "PZSR");
};

json acceptUnits(WsClient& client, const json& request, const json& unitIds, json extra = {}) {
    json body = {{"op", "liaison.accept"},
                 {"request_id", newRequestId()},
                 {"liaison_id", request["id"]},
                 {"version", request["version"]},
                 {"unit_ids", unitIds}};
    merge(body, extra);
    return client.request(body);
}

/// The assistance request an assignment.create of another agency's unit became.
json askFor(WsClient& client, std::int64_t incidentId, std::int64_t unitId) {
    const auto reply = assign(client, incidentId, unitId);
    REQUIRE(errorCode(reply) == "ok");
    REQUIRE(reply["result"].contains("assistance_request"));
    return reply["result"]["assistance_request"];
}

} // namespace

TEST_CASE_METHOD(AssistanceFixture,
                 "a Czech police operator assigns Czech police units and asks for every other") {
    auto czech = loggedIn();
    const auto fire = createIncident(*czech, 48.812, 17.161, "fire", 1);
    const auto incidentId = fire["id"].get<std::int64_t>();

    const auto own = assign(*czech, incidentId, patrolCz);
    REQUIRE(errorCode(own) == "ok");
    CHECK(own["result"]["unit"]["status"] == "dispatched");

    for (const auto& [unitId, agency, desk] :
         {std::tuple{patrolSk, "PZSR", false}, std::tuple{fireEngineSk, "HAZZ-TT", false},
          std::tuple{fireEngineCz, "HZS-JMK", true}, std::tuple{ambulanceCz, "ZZS-JMK", true}}) {
        INFO(agency);
        const auto request = askFor(*czech, incidentId, unitId);
        CHECK(request["kind"] == "assistance_request");
        CHECK(request["from_agency"] == "PCR");
        CHECK(request["to_agency"] == agency);
        CHECK(request["incident_id"] == incidentId);
        CHECK(request["priority"] == 1);
        CHECK(request["status"] == "open");
        CHECK(request["desk"] == desk);
        CHECK(request["suggested_units"][0]["id"] == unitId);
        CHECK(request["needs"].size() == 1);
        CHECK(request["needs"][0]["count"] == 1);
        // The unit did not move.
        CHECK(sql("SELECT status FROM units WHERE id = " + std::to_string(unitId)) == "available");
        CHECK(sql("SELECT count(*) FROM assignments WHERE unit_id = " + std::to_string(unitId)) ==
              "0");
    }
    CHECK(sql("SELECT count(*) FROM timeline_entries WHERE incident_id = " +
              std::to_string(incidentId) + " AND body LIKE 'Requested from %'") == "4");
    // Asking again for a unit already asked for gives the pending request, not a second one.
    const auto again = askFor(*czech, incidentId, patrolSk);
    CHECK(again["kind"] == "assistance_request");
    CHECK(sql("SELECT count(*) FROM liaison_requests WHERE incident_id = " +
              std::to_string(incidentId)) == "4");
    CHECK(sql("SELECT count(*) FROM audit WHERE action = 'liaison.create'") == "4");

    // Nor may its status be set by the Czech side.
    refused(*czech,
            {{"op", "unit.set_status"},
             {"request_id", newRequestId()},
             {"unit_id", patrolSk},
             {"version", 1},
             {"status", "out_of_service"},
             {"reason", "test"}},
            "forbidden", "unit_id");
    CHECK(sql("SELECT status FROM units WHERE id = " + std::to_string(patrolSk)) == "available");
}

TEST_CASE_METHOD(AssistanceFixture, "the other side accepts, and the units go exactly once") {
    auto czech = loggedIn();
    const auto fire = createIncident(*czech, 48.812, 17.161, "fire", 1);
    const auto request = askFor(*czech, fire["id"], fireEngineSk);

    // The requesting side cannot accept its own request.
    refused(*czech,
            {{"op", "liaison.accept"},
             {"request_id", newRequestId()},
             {"liaison_id", request["id"]},
             {"version", request["version"]},
             {"unit_ids", {fireEngineSk}}},
            "forbidden", "liaison_id");
    // Only units of the agency asked.
    auto slovak = as(kSlovak);
    refused(*slovak,
            {{"op", "liaison.accept"},
             {"request_id", newRequestId()},
             {"liaison_id", request["id"]},
             {"version", request["version"]},
             {"unit_ids", {patrolSk}}},
            "bad_request", "unit_ids[0]");

    // Two Slovak consoles accept at once: one wins.
    auto other = as(kSlovak2);
    const json first = {{"id", 501},
                        {"op", "liaison.accept"},
                        {"request_id", newRequestId()},
                        {"liaison_id", request["id"]},
                        {"version", request["version"]},
                        {"unit_ids", {fireEngineSk}}};
    json second = first;
    second["id"] = 502;
    second["request_id"] = newRequestId();
    slovak->sendText(first.dump());
    other->sendText(second.dump());
    const auto replyOf = [](WsClient& client, int id) {
        for (;;) {
            const auto frame = client.readFrame();
            REQUIRE(frame.has_value());
            const auto message = json::parse(*frame);
            if (message.value("id", 0) == id) {
                return message;
            }
        }
    };
    const auto a = replyOf(*slovak, 501);
    const auto b = replyOf(*other, 502);
    CHECK((errorCode(a) == "ok") != (errorCode(b) == "ok"));
    const auto& won = errorCode(a) == "ok" ? a : b;
    const auto& lost = errorCode(a) == "ok" ? b : a;
    CHECK((errorCode(lost) == "conflict" || errorCode(lost) == "invalid_transition"));
    CHECK(won["result"]["liaison"]["status"] == "accepted");
    CHECK(won["result"]["liaison"]["assigned_units"][0]["id"] == fireEngineSk);
    CHECK(won["result"]["assignments"][0]["liaison_id"] == request["id"]);
    CHECK(sql("SELECT count(*) FROM assignments WHERE liaison_id = " +
              std::to_string(request["id"].get<std::int64_t>())) == "1");
    CHECK(sql("SELECT status FROM units WHERE id = " + std::to_string(fireEngineSk)) ==
          "dispatched");

    // Both sides see the same incident: the fire engine on it, dispatched.
    const auto czechView = czech->call("incident.get", {{"incident_id", fire["id"]}});
    const auto slovakView = slovak->call("incident.get", {{"incident_id", fire["id"]}});
    CHECK(czechView["result"]["incident"] == slovakView["result"]["incident"]);
    CHECK(czechView["result"]["incident"]["status"] == "dispatched");
    CHECK(czechView["result"]["incident"]["assignments"][0]["unit_id"] == fireEngineSk);

    // The Slovak side records the engine's progress; the Czech side, which asked, may too.
    const auto assignmentId = won["result"]["assignments"][0]["id"];
    CHECK(errorCode(slovak->request({{"op", "assignment.set_status"},
                                     {"request_id", newRequestId()},
                                     {"assignment_id", assignmentId},
                                     {"status", "en_route"}})) == "ok");
    CHECK(errorCode(czech->request({{"op", "assignment.set_status"},
                                    {"request_id", newRequestId()},
                                    {"assignment_id", assignmentId},
                                    {"status", "on_scene"}})) == "ok");
}

TEST_CASE_METHOD(AssistanceFixture, "the other side declines, or proposes other units") {
    auto czech = loggedIn();
    auto slovak = as(kSlovak);
    const auto fire = createIncident(*czech, 48.812, 17.161, "fire", 1);

    const auto declined = askFor(*czech, fire["id"], fireEngineSk);
    const auto rejection = slovak->request({{"op", "liaison.reject"},
                                            {"request_id", newRequestId()},
                                            {"liaison_id", declined["id"]},
                                            {"version", declined["version"]},
                                            {"reason", "Obe cisterny sú pri požiari v Senici."}});
    REQUIRE(errorCode(rejection) == "ok");
    CHECK(rejection["result"]["liaison"]["status"] == "rejected");
    CHECK(sql("SELECT status FROM units WHERE id = " + std::to_string(fireEngineSk)) ==
          "available");

    const auto asked = askFor(*czech, fire["id"], fireEngineSk);
    const auto proposal = slovak->request({{"op", "liaison.propose"},
                                           {"request_id", newRequestId()},
                                           {"liaison_id", asked["id"]},
                                           {"version", asked["version"]},
                                           {"unit_ids", {fireEngineSk2}}});
    REQUIRE(errorCode(proposal) == "ok");
    const auto proposed = proposal["result"]["liaison"];
    CHECK(proposed["status"] == "answered");
    CHECK(proposed["proposed_units"][0]["call_sign"] == "HAZZ-SI-02");
    CHECK(proposed["replies"].size() == 1);
    // The requesting side takes up what was proposed, and nothing else.
    refused(*czech,
            {{"op", "liaison.accept"},
             {"request_id", newRequestId()},
             {"liaison_id", proposed["id"]},
             {"version", proposed["version"]},
             {"unit_ids", {fireEngineSk}}},
            "forbidden", "liaison_id");
    const auto taken = acceptUnits(*czech, proposed, {fireEngineSk2});
    REQUIRE(errorCode(taken) == "ok");
    CHECK(taken["result"]["liaison"]["status"] == "accepted");
    CHECK(sql("SELECT status FROM units WHERE id = " + std::to_string(fireEngineSk2)) ==
          "dispatched");
}

TEST_CASE_METHOD(AssistanceFixture, "a desk records the outcome of a call to a service") {
    auto czech = loggedIn();
    auto slovak = as(kSlovak);
    const auto fire = createIncident(*czech, 48.850, 17.131, "fire", 2);
    const auto request = askFor(*czech, fire["id"], fireEngineCz);
    CHECK(request["desk"] == true);

    // No one in the centre acts for HZS-JMK but the Czech side, which asked.
    refused(*slovak,
            {{"op", "liaison.accept"},
             {"request_id", newRequestId()},
             {"liaison_id", request["id"]},
             {"version", request["version"]},
             {"unit_ids", {fireEngineCz}}},
            "forbidden", "liaison_id");
    refused(*czech,
            {{"op", "liaison.accept"},
             {"request_id", newRequestId()},
             {"liaison_id", request["id"]},
             {"version", request["version"]},
             {"unit_ids", {fireEngineCz}}},
            "bad_request", "desk");
    const auto recorded = acceptUnits(*czech, request, {fireEngineCz},
                                      {{"desk", {{"contact", "KOPIS JMK"}, {"note", "ve 14:02"}}}});
    REQUIRE(errorCode(recorded) == "ok");
    CHECK(recorded["result"]["liaison"]["status"] == "accepted");
    CHECK(recorded["result"]["liaison"]["desk_record"]["contact"] == "KOPIS JMK");
    CHECK(sql("SELECT count(*) FROM timeline_entries WHERE body = 'HZS-JMK accepted liaison "
              "request " +
              std::to_string(request["id"].get<std::int64_t>()) + " (by telephone: KOPIS JMK)'") ==
          "1");

    // A declined call is recorded the same way.
    const auto ambulance = askFor(*czech, fire["id"], ambulanceCz);
    CHECK(errorCode(czech->request({{"op", "liaison.reject"},
                                    {"request_id", newRequestId()},
                                    {"liaison_id", ambulance["id"]},
                                    {"version", ambulance["version"]},
                                    {"reason", "KZOS JMK: no ambulance free for 30 min"}})) ==
          "ok");
}

TEST_CASE_METHOD(AssistanceFixture, "a tasking grant lets an agency assign another's units") {
    auto czech = loggedIn();
    const auto injury = createIncident(*czech, 48.850, 17.121, "traffic_accident", 2);
    sql("INSERT INTO tasking_grants (agency, unit_agency) VALUES ('PCR', 'ZZS-JMK') RETURNING 1");
    const auto direct = assign(*czech, injury["id"], ambulanceCz);
    REQUIRE(errorCode(direct) == "ok");
    CHECK(direct["result"]["unit"]["status"] == "dispatched");
    CHECK_FALSE(direct["result"].contains("assistance_request"));
}

TEST_CASE_METHOD(AssistanceFixture, "liaison.create asks for needs and suggests units") {
    auto czech = loggedIn();
    const auto fire = createIncident(*czech, 48.812, 17.161, "fire", 1);
    json create = {{"op", "liaison.create"},
                   {"request_id", newRequestId()},
                   {"to_agency", "HAZZ-TT"},
                   {"kind", "assistance_request"},
                   {"incident_id", fire["id"]},
                   {"subject", "Požár Holíč"},
                   {"body", "Žádáme dvě cisterny."},
                   {"priority", 1},
                   {"needs", {{{"unit_type", "fire_engine"}, {"count", 2}}}},
                   {"suggested_unit_ids", {fireEngineSk, fireEngineSk2}}};
    const auto created = czech->request(create);
    REQUIRE(errorCode(created) == "ok");
    CHECK(created["result"]["liaison"]["needs"][0]["count"] == 2);
    CHECK(created["result"]["liaison"]["suggested_units"].size() == 2);

    auto wrongUnit = create;
    wrongUnit["request_id"] = newRequestId();
    wrongUnit["suggested_unit_ids"] = {patrolSk};
    refused(*czech, wrongUnit, "bad_request", "suggested_unit_ids[0]");
    auto wrongKind = create;
    wrongKind["request_id"] = newRequestId();
    wrongKind["kind"] = "information_request";
    refused(*czech, wrongKind, "bad_request", "needs");
    auto wrongType = create;
    wrongType["request_id"] = newRequestId();
    wrongType["needs"] = {{{"unit_type", "submarine"}, {"count", 1}}};
    refused(*czech, wrongType, "bad_request", "needs[0].unit_type");
}

TEST_CASE_METHOD(
    AssistanceFixture,
    "the handover report and stats.exchange count requests, acceptances and refusals") {
    auto czech = loggedIn();
    auto slovak = as(kSlovak);
    const auto fire = createIncident(*czech, 48.812, 17.161, "fire", 1);
    const auto accepted = askFor(*czech, fire["id"], fireEngineSk);
    REQUIRE(errorCode(acceptUnits(*slovak, accepted, {fireEngineSk})) == "ok");
    const auto declined = askFor(*czech, fire["id"], fireEngineSk2);
    REQUIRE(errorCode(slovak->request({{"op", "liaison.reject"},
                                       {"request_id", newRequestId()},
                                       {"liaison_id", declined["id"]},
                                       {"version", declined["version"]},
                                       {"reason", "Nie je voľná."}})) == "ok");
    askFor(*czech, fire["id"], ambulanceCz); // still open

    const auto check = [](const json& rows) {
        std::map<std::string, json> byAgency;
        for (const auto& row : rows) {
            byAgency[row["to_agency"].get<std::string>()] = row;
        }
        REQUIRE(byAgency.size() == 2);
        CHECK(byAgency["HAZZ-TT"]["direction"] == "CZ→SK");
        CHECK(byAgency["HAZZ-TT"]["sent"] == 2);
        CHECK(byAgency["HAZZ-TT"]["accepted"] == 1);
        CHECK(byAgency["HAZZ-TT"]["declined"] == 1);
        CHECK(byAgency["HAZZ-TT"]["median_accept_s"].get<std::int64_t>() >= 0);
        CHECK(byAgency["ZZS-JMK"]["direction"] == "CZ→CZ");
        CHECK(byAgency["ZZS-JMK"]["sent"] == 1);
        CHECK(byAgency["ZZS-JMK"]["accepted"] == 0);
        CHECK(byAgency["ZZS-JMK"]["median_accept_s"].is_null());
    };
    const auto report = czech->call("handover.generate");
    REQUIRE(errorCode(report) == "ok");
    check(report["result"]["report"]["figures"]["assistance"]);

    const auto today = sql("SELECT (now() AT TIME ZONE 'Europe/Prague')::date");
    const auto stats =
        czech->call("stats.exchange", {{"from", today}, {"to", today}, {"group_by", "day"}});
    REQUIRE(errorCode(stats) == "ok");
    REQUIRE(stats["result"]["periods"].size() == 1);
    check(stats["result"]["periods"][0]["assistance"]);
}
