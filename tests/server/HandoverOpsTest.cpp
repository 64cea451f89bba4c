// Shift handover ops against a real jcc-server: the report's figures against a hand-computed
// fixture, shifts across daylight-saving changes, review and sign-off, and refused input.
#include "server/store/Sha256.hpp"
#include "tests/server/DispatchFixture.hpp"
#include "tests/support/ShiftActivity.hpp"

#include <catch2/catch.hpp>

using namespace jcc::test;
using nlohmann::json;

namespace {

constexpr const char* kNextSupervisor = "kovac"; // PZSR, SK, Slovak console

json op(const std::string& name, json fields = json::object()) {
    fields["op"] = name;
    fields["request_id"] = newRequestId();
    return fields;
}

struct HandoverFixture : DispatchFixture {
    HandoverFixture() {
        addUser(db, kNextSupervisor, jcc::Role::Supervisor, "PZSR", jcc::Country::SK);
    }
    std::unique_ptr<WsClient> nextSupervisor() const {
        auto client = connect();
        REQUIRE(client->helloAndLogin(kNextSupervisor, kOperatorPassword)["ok"] == true);
        return client;
    }
};

/// The entry of `array` whose `key` is `value`.
json find(const json& array, const std::string& key, const json& value) {
    for (const auto& item : array) {
        if (item[key] == value) {
            return item;
        }
    }
    FAIL("no " << key << " = " << value << " in " << array.dump());
    return {};
}

std::vector<std::string> refs(const json& incidents) {
    std::vector<std::string> out;
    for (const auto& incident : incidents) {
        out.push_back(incident["ref"].get<std::string>());
    }
    return out;
}

} // namespace

TEST_CASE_METHOD(HandoverFixture, "handover: the report's figures equal the hand-computed ones") {
    insertShiftActivity(db.url(), kOperator);
    auto supervisor = this->supervisor();
    const auto reply = supervisor->call("handover.generate", {{"shift", kScriptedShift}});
    REQUIRE(errorCode(reply) == "ok");
    const auto& report = reply["result"]["report"];
    INFO(report.dump(2));

    const auto& shift = report["shift"];
    CHECK(shift["id"] == "2026-03-10D");
    CHECK(shift["zone"] == "Europe/Prague");
    CHECK(shift["starts_at"] == "2026-03-10T05:00:00.000Z");
    CHECK(shift["ends_at"] == "2026-03-10T17:00:00.000Z");
    CHECK(shift["local_start"] == "2026-03-10T06:00:00+01:00");
    CHECK(shift["local_end"] == "2026-03-10T18:00:00+01:00");
    CHECK(shift["duration_s"] == 12 * 3600);
    CHECK(report["as_of"] == "2026-03-10T17:00:00.000Z"); // a past shift counts to its end
    CHECK(report["language"] == "cs");
    CHECK(report["labels"]["title"] == "Předávací protokol směny");

    // Opened I1 I2 I3 I4 I7; closed I1 I5; cancelled I4; open at the end I2 I3 I6 I7.
    const auto& incidents = report["figures"]["incidents"];
    CHECK(incidents["opened"] == 5);
    CHECK(incidents["closed"] == 2);
    CHECK(incidents["cancelled"] == 1);
    CHECK(incidents["still_open"] == 4);
    CHECK(incidents["by_type"] == json::parse(R"([
            {"type": "traffic_accident", "name": "Dopravní nehoda", "opened": 2, "closed": 0,
             "cancelled": 0, "still_open": 2},
            {"type": "fire", "name": "Požár", "opened": 2, "closed": 1, "cancelled": 1,
             "still_open": 0},
            {"type": "theft", "name": "Krádež", "opened": 1, "closed": 1, "cancelled": 0,
             "still_open": 1},
            {"type": "assault", "name": "Napadení", "opened": 0, "closed": 0, "cancelled": 0,
             "still_open": 1}])"));
    CHECK(incidents["by_priority"] == json::parse(R"([
            {"priority": 1, "opened": 2, "closed": 1, "cancelled": 1, "still_open": 0},
            {"priority": 2, "opened": 2, "closed": 0, "cancelled": 0, "still_open": 3},
            {"priority": 3, "opened": 1, "closed": 1, "cancelled": 0, "still_open": 1},
            {"priority": 4, "opened": 0, "closed": 0, "cancelled": 0, "still_open": 0}])"));

    // 120, 300, 600 and 1200 s; I3 never dispatched. Median (300 + 600) / 2; the 90th
    // percentile interpolates 0.7 of the way from 600 to 1200.
    CHECK(report["figures"]["time_to_dispatch"] ==
          json({{"incidents", 5}, {"dispatched", 4}, {"median_s", 450}, {"p90_s", 1020}}));

    // CZ→SK: sent L1 L2 L3 L7, answered L1 L2 (1800 s, 600 s), open L3 L7, overdue L3.
    // SK→CZ: sent L4 L5, answered L4 L6 (3600 s, 22800 s), open L5; L6 was sent the evening
    // before, so its custody handover belongs to that shift.
    CHECK(report["figures"]["liaison"] == json::parse(R"([
            {"direction": "CZ→SK", "sent": 4, "answered": 2, "open": 2, "overdue": 1,
             "median_response_s": 1200, "custody_handovers": 1},
            {"direction": "SK→CZ", "sent": 2, "answered": 2, "open": 1, "overdue": 0,
             "median_response_s": 13200, "custody_handovers": 0}])"));

    const auto& lists = report["lists"];
    CHECK(refs(lists["open_incidents"]) ==
          std::vector<std::string>{"JCC-2026-000006", "JCC-2026-000002", "JCC-2026-000007",
                                   "JCC-2026-000003"});
    const auto accident = find(lists["open_incidents"], "ref", "JCC-2026-000002");
    CHECK(accident["status"] == "on_scene");
    CHECK(accident["type_name"] == "Dopravní nehoda");
    CHECK(accident["units"] == json{"U1"});
    CHECK(accident["latest_entry"]["body"] == "Towing ordered"); // not the one after the shift
    CHECK(accident["latest_entry"]["at"] == "2026-03-10T07:00:00.000Z");
    CHECK(find(lists["open_incidents"], "ref", "JCC-2026-000007")["units"] == json{"U4"});
    CHECK(find(lists["open_incidents"], "ref", "JCC-2026-000003")["latest_entry"].is_null());
    CHECK(refs(lists["priority1_incidents"]) ==
          std::vector<std::string>{"JCC-2026-000001", "JCC-2026-000004"});
    REQUIRE(lists["units_out_of_service"].size() == 1);
    CHECK(lists["units_out_of_service"][0]["call_sign"] == "U5");
    CHECK(lists["units_out_of_service"][0]["reason"] == "Engine failure");
    CHECK(lists["units_out_of_service"][0]["since"] == "2026-03-10T07:00:00.000Z");
    std::vector<std::string> subjects;
    for (const auto& request : lists["liaison_open"]) {
        subjects.push_back(request["subject"].get<std::string>());
    }
    CHECK(subjects == std::vector<std::string>{"L3", "L7", "L5"});
    CHECK(lists["liaison_open"][0]["overdue"] == true);
    CHECK(lists["liaison_open"][1]["overdue"] == false);
    CHECK(lists["notes"] == json::array());
    CHECK(report["remarks"] == json({{"text", ""}, {"by", nullptr}, {"at", nullptr}}));

    // The Slovak supervisor gets the same figures in Slovak.
    auto slovak = nextSupervisor();
    const auto inSlovak =
        slovak->call("handover.generate", {{"shift", kScriptedShift}})["result"]["report"];
    CHECK(inSlovak["language"] == "sk");
    CHECK(inSlovak["figures"] == report["figures"].patch(json::parse(R"([
        {"op": "replace", "path": "/incidents/by_type/0/name", "value": "Dopravná nehoda"},
        {"op": "replace", "path": "/incidents/by_type/1/name", "value": "Požiar"},
        {"op": "replace", "path": "/incidents/by_type/3/name", "value": "Napadnutie"}])")));
}

TEST_CASE_METHOD(HandoverFixture,
                 "handover: the two daylight-saving nights last 11 and 13 hours and hold the "
                 "events of their local times") {
    const std::string creator =
        std::to_string(std::stoll(sql("SELECT id FROM users WHERE username = 'novak'")));
    // Local times: 03:30 CEST (after the spring change) and 06:00 CEST; 02:30 CEST and 02:30 CET
    // (the autumn hour that happens twice), 05:59 CET and 06:00 CET.
    sql("INSERT INTO incidents (ref, incident_type, priority, location_text, created_by, "
        "created_at) VALUES "
        "('JCC-2026-000101', 'fire', 1, 'a', " +
        creator +
        ", '2026-03-29T01:30:00Z'), "
        "('JCC-2026-000102', 'fire', 1, 'b', " +
        creator +
        ", '2026-03-29T04:00:00Z'), "
        "('JCC-2026-000103', 'fire', 1, 'c', " +
        creator +
        ", '2026-10-25T00:30:00Z'), "
        "('JCC-2026-000104', 'fire', 1, 'd', " +
        creator +
        ", '2026-10-25T01:30:00Z'), "
        "('JCC-2026-000105', 'fire', 1, 'e', " +
        creator +
        ", '2026-10-25T04:59:00Z'), "
        "('JCC-2026-000106', 'fire', 1, 'f', " +
        creator +
        ", '2026-10-25T05:00:00Z') "
        "RETURNING 1");
    auto supervisor = this->supervisor();
    const auto report = [&](const std::string& shift) {
        const auto reply = supervisor->call("handover.generate", {{"shift", shift}});
        REQUIRE(errorCode(reply) == "ok");
        return reply["result"]["report"];
    };
    const auto spring = report("2026-03-28N");
    CHECK(spring["shift"]["duration_s"] == 11 * 3600);
    CHECK(spring["shift"]["local_start"] == "2026-03-28T18:00:00+01:00");
    CHECK(spring["shift"]["local_end"] == "2026-03-29T06:00:00+02:00");
    CHECK(refs(spring["lists"]["priority1_incidents"]) ==
          std::vector<std::string>{"JCC-2026-000101"});
    const auto springDay = report("2026-03-29D");
    CHECK(springDay["shift"]["starts_at"] == "2026-03-29T04:00:00.000Z");
    CHECK(refs(springDay["lists"]["priority1_incidents"]) ==
          std::vector<std::string>{"JCC-2026-000102"});

    const auto autumn = report("2026-10-24N");
    CHECK(autumn["shift"]["duration_s"] == 13 * 3600);
    CHECK(autumn["shift"]["starts_at"] == "2026-10-24T16:00:00.000Z");
    CHECK(autumn["shift"]["ends_at"] == "2026-10-25T05:00:00.000Z");
    CHECK(refs(autumn["lists"]["priority1_incidents"]) ==
          std::vector<std::string>{"JCC-2026-000103", "JCC-2026-000104", "JCC-2026-000105"});
    CHECK(refs(report("2026-10-25D")["lists"]["priority1_incidents"]) ==
          std::vector<std::string>{"JCC-2026-000106"});
    CHECK(report("2026-10-24D")["shift"]["duration_s"] == 12 * 3600);
}

TEST_CASE_METHOD(HandoverFixture,
                 "handover: notes, remarks, sign-off and acknowledgement, each audited and pushed; "
                 "a signed report cannot be changed") {
    auto operatorClient = loggedIn();
    auto supervisor = this->supervisor();
    auto next = nextSupervisor();
    Watcher watcher(loggedIn());

    // A note goes to the current shift's report.
    const auto noted =
        operatorClient->request(op("handover.note", {{"text", "Most v Lanžhotě uzavřen"}}));
    REQUIRE(errorCode(noted) == "ok");
    const auto note = noted["result"]["note"];
    const auto current = note["shift_id"].get<std::string>();
    CHECK(note["author"] == kOperator);
    CHECK(note["author_name"] == "Jan Novák");
    CHECK(note["text"] == "Most v Lanžhotě uzavřen");
    CHECK(watcher.expect({"handover.noted"})[0] == note);

    const auto generated = supervisor->call("handover.generate");
    REQUIRE(errorCode(generated) == "ok");
    CHECK(generated["result"]["report"]["shift"]["id"] == current);
    CHECK(generated["result"]["report"]["lists"]["notes"][0]["text"] == "Most v Lanžhotě uzavřen");
    CHECK(generated["result"]["handover"]["version"] == 0);
    CHECK(generated["result"]["handover"]["notes"] == 1);

    // Remarks: version-checked, supervisors only.
    CHECK(errorCode(operatorClient->request(
              op("handover.remarks", {{"shift", current}, {"text", "x"}, {"version", 0}}))) ==
          "forbidden");
    const auto stale = supervisor->request(
        op("handover.remarks", {{"shift", current}, {"text", "Klidná směna"}, {"version", 3}}));
    CHECK(errorCode(stale) == "conflict");
    CHECK(stale["error"]["current"]["version"] == 0);
    const auto remarked = supervisor->request(
        op("handover.remarks", {{"shift", current}, {"text", "Klidná směna"}, {"version", 0}}));
    REQUIRE(errorCode(remarked) == "ok");
    CHECK(remarked["result"]["handover"]["remarks"] == "Klidná směna");
    CHECK(remarked["result"]["handover"]["remarks_by"] == kSupervisor);
    CHECK(remarked["result"]["handover"]["version"] == 1);
    CHECK(watcher.expect({"handover.remarks_updated"})[0] == remarked["result"]["handover"]);

    // Operators cannot sign; a wrong password is refused and counts as a failed login.
    CHECK(errorCode(operatorClient->request(
              op("handover.sign", {{"shift", current}, {"password", kOperatorPassword}}))) ==
          "forbidden");
    const auto wrong = supervisor->request(
        op("handover.sign", {{"shift", current}, {"password", "not-my-password"}}));
    CHECK(errorCode(wrong) == "auth_failed");
    CHECK(wrong["error"]["field"] == "password");
    CHECK(sql("SELECT failed_logins FROM users WHERE username = 'dvorak'") == "1");
    CHECK(sql("SELECT count(*) FROM audit WHERE action = 'handover.sign_failed'") == "1");
    CHECK(sql("SELECT signed_at FROM handover_reports WHERE shift_id = '" + current + "'") == "");

    auto signRequest = op("handover.sign", {{"shift", current}, {"password", kOperatorPassword}});
    const auto signedReply = supervisor->request(signRequest);
    REQUIRE(errorCode(signedReply) == "ok");
    const auto handover = signedReply["result"]["handover"];
    CHECK(handover["signed"] == true);
    CHECK(handover["signed_by"] == kSupervisor);
    CHECK(handover["version"] == 2);
    CHECK(sql("SELECT failed_logins FROM users WHERE username = 'dvorak'") == "0");
    CHECK(watcher.expect({"handover.signed"})[0] == handover);
    // A retry of the same request returns the first result.
    signRequest.erase("id");
    CHECK(supervisor->request(signRequest)["result"] == signedReply["result"]);

    // The stored snapshot is what the digest covers, and what generate returns from now on.
    const auto stored = supervisor->call("handover.get", {{"shift", current}});
    REQUIRE(errorCode(stored) == "ok");
    const auto snapshot = stored["result"]["snapshot"].get<std::string>();
    CHECK(jcc::store::sha256Hex(snapshot) == handover["digest"]);
    const auto signedReport = json::parse(snapshot);
    CHECK(signedReport["remarks"]["text"] == "Klidná směna");
    CHECK(signedReport["signature"]["signed_by"] == kSupervisor);
    CHECK(signedReport["lists"]["notes"][0]["text"] == "Most v Lanžhotě uzavřen");
    CHECK(supervisor->call("handover.generate", {{"shift", current}})["result"]["report"] ==
          signedReport);

    // No op changes a signed report.
    const auto expectSigned = [&](const json& reply) {
        INFO(reply.dump());
        CHECK(errorCode(reply) == "report_signed");
        CHECK(reply["error"]["field"] == "shift");
    };
    expectSigned(operatorClient->request(op("handover.note", {{"text", "pozdě"}})));
    expectSigned(supervisor->request(
        op("handover.remarks", {{"shift", current}, {"text", "jinak"}, {"version", 2}})));
    expectSigned(supervisor->request(
        op("handover.sign", {{"shift", current}, {"password", kOperatorPassword}})));
    expectSigned(
        next->request(op("handover.sign", {{"shift", current}, {"password", kOperatorPassword}})));
    watcher.expectNone();
    // Nor does SQL past the server.
    CHECK_THROWS(
        sql("UPDATE handover_reports SET remarks = 'x' WHERE shift_id = '" + current + "'"));
    CHECK_THROWS(sql("DELETE FROM handover_notes"));

    // The signer cannot acknowledge, nor can an operator; the next supervisor does, once.
    const auto bySigner = supervisor->request(op("handover.acknowledge", {{"shift", current}}));
    CHECK(errorCode(bySigner) == "forbidden");
    CHECK(bySigner["error"]["field"] == "shift");
    CHECK(errorCode(operatorClient->request(op("handover.acknowledge", {{"shift", current}}))) ==
          "forbidden");
    const auto acknowledged = next->request(op("handover.acknowledge", {{"shift", current}}));
    REQUIRE(errorCode(acknowledged) == "ok");
    CHECK(acknowledged["result"]["handover"]["acknowledged_by"] == kNextSupervisor);
    CHECK(acknowledged["result"]["handover"]["digest"] == handover["digest"]);
    CHECK(watcher.expect({"handover.acknowledged"})[0] == acknowledged["result"]["handover"]);
    expectSigned(next->request(op("handover.acknowledge", {{"shift", current}})));
    CHECK(stored["result"]["snapshot"] ==
          supervisor->call("handover.get", {{"shift", current}})["result"]["snapshot"]);

    // Every step is in the audit trail.
    CHECK(sql("SELECT string_agg(action, ',' ORDER BY id) FROM audit WHERE action LIKE "
              "'handover.%'") ==
          "handover.note,handover.remarks,handover.sign_failed,handover.sign,"
          "handover.acknowledge");

    const auto listed = supervisor->call("handover.list", {{"q", "lanzhote"}});
    REQUIRE(errorCode(listed) == "ok");
    CHECK(listed["result"]["total"] == 1);
    CHECK(listed["result"]["reports"][0] == acknowledged["result"]["handover"]);
    CHECK(supervisor->call("handover.list", {{"q", "nowhere"}})["result"]["total"] == 0);
}

TEST_CASE_METHOD(HandoverFixture, "handover: acknowledging needs a signed report") {
    auto supervisor = this->supervisor();
    const auto reply = supervisor->request(op("handover.acknowledge", {{"shift", kScriptedShift}}));
    CHECK(errorCode(reply) == "invalid_transition");
    CHECK(reply["error"]["field"] == "shift");
}

TEST_CASE_METHOD(HandoverFixture,
                 "handover and stats: bad input names the field and changes nothing") {
    auto supervisor = this->supervisor();
    const auto expect = [&](const json& reply, const std::string& code, const std::string& field) {
        INFO(reply.dump());
        CHECK(errorCode(reply) == code);
        CHECK(reply["error"]["field"] == field);
    };
    for (const auto* shift :
         {"2026-02-30D", "2026-03-28X", "2026-3-28N", "yesterday", "", "2026-03-28N "}) {
        expect(supervisor->call("handover.generate", {{"shift", shift}}), "bad_request", "shift");
        expect(supervisor->call("handover.get", {{"shift", shift}}), "bad_request", "shift");
    }
    expect(supervisor->call("handover.generate", {{"shift", 20260328}}), "bad_request", "shift");
    expect(supervisor->call("handover.generate", {{"shift", "2099-01-01D"}}), "bad_request",
           "shift");
    expect(supervisor->call("handover.get"), "bad_request", "shift");
    expect(supervisor->call("handover.generate", {{"shfit", "2026-03-10D"}}), "bad_request",
           "shfit");
    expect(supervisor->request(op("handover.note", {{"text", "  "}})), "bad_request", "text");
    expect(supervisor->request(op("handover.note")), "bad_request", "text");
    expect(supervisor->request(
               op("handover.remarks", {{"shift", "2099-01-01D"}, {"text", "x"}, {"version", 0}})),
           "bad_request", "shift");
    expect(supervisor->request(op("handover.remarks", {{"shift", kScriptedShift}, {"text", "x"}})),
           "bad_request", "version");
    expect(supervisor->request(op("handover.sign", {{"shift", "2026-13-01D"}, {"password", "x"}})),
           "bad_request", "shift");
    expect(supervisor->request(op("handover.sign", {{"shift", kScriptedShift}})), "bad_request",
           "password");
    expect(supervisor->call("handover.list", {{"from", "2026-02-30"}}), "bad_request", "from");
    expect(supervisor->call("handover.list", {{"to", "10.3.2026"}}), "bad_request", "to");
    expect(supervisor->call("handover.list", {{"from", "2026-03-10"}, {"to", "2026-03-09"}}),
           "bad_request", "to");

    const json good{{"from", "2026-03-01"}, {"to", "2026-03-31"}, {"group_by", "week"}};
    const auto stats = [&](json change) {
        auto body = good;
        for (const auto& [key, value] : change.items()) {
            body[key] = value;
        }
        return supervisor->call("stats.exchange", body);
    };
    expect(stats({{"group_by", "year"}}), "bad_request", "group_by");
    expect(stats({{"group_by", nullptr}}), "bad_request", "group_by");
    expect(stats({{"from", "2026-03-32"}}), "bad_request", "from");
    expect(stats({{"from", "1.3.2026"}}), "bad_request", "from");
    expect(stats({{"to", nullptr}}), "bad_request", "to");
    expect(stats({{"to", "2026-02-28"}}), "bad_request", "to");
    expect(stats({{"group_by", "day"}, {"to", "2027-06-01"}}), "bad_request", "to");
    expect(stats({{"bucket", "day"}}), "bad_request", "bucket");
    CHECK(sql("SELECT count(*) FROM handover_reports") == "0");
    CHECK(sql("SELECT count(*) FROM audit WHERE action LIKE 'handover.%'") == "0");
}

TEST_CASE_METHOD(HandoverFixture, "stats.exchange: per local day, week and month") {
    insertShiftActivity(db.url(), kOperator);
    auto client = loggedIn();
    const auto reply = client->call(
        "stats.exchange", {{"from", "2026-03-09"}, {"to", "2026-03-10"}, {"group_by", "day"}});
    REQUIRE(errorCode(reply) == "ok");
    const auto& periods = reply["result"]["periods"];
    INFO(periods.dump(2));
    REQUIRE(periods.size() == 2);
    // 2026-03-09 local: I9, I5 and I6 (22:00Z is 23:00 CET). L6 at 23:00Z is already 03-10.
    CHECK(periods[0]["period"] == "2026-03-09");
    CHECK(periods[0]["liaison"] == json::array());
    CHECK(periods[0]["incidents"] == json::parse(R"([
        {"type": "theft", "name": "Krádež", "count": 1},
        {"type": "assault", "name": "Napadení", "count": 1},
        {"type": "other", "name": "Jiná událost", "count": 1}])"));
    CHECK(periods[1]["period"] == "2026-03-10");
    CHECK(periods[1]["liaison"] == json::parse(R"([
        {"direction": "CZ→SK", "kind": "assistance_request", "sent": 1, "answered": 0,
         "median_response_s": null},
        {"direction": "CZ→SK", "kind": "custody_handover", "sent": 1, "answered": 1,
         "median_response_s": 600},
        {"direction": "CZ→SK", "kind": "information_request", "sent": 2, "answered": 2,
         "median_response_s": 2100},
        {"direction": "SK→CZ", "kind": "custody_handover", "sent": 1, "answered": 1,
         "median_response_s": 22800},
        {"direction": "SK→CZ", "kind": "information_request", "sent": 1, "answered": 0,
         "median_response_s": null},
        {"direction": "SK→CZ", "kind": "person_vehicle_check", "sent": 1, "answered": 1,
         "median_response_s": 3600}])"));
    CHECK(periods[1]["incidents"] == json::parse(R"([
        {"type": "traffic_accident", "name": "Dopravní nehoda", "count": 2},
        {"type": "fire", "name": "Požár", "count": 2},
        {"type": "flood", "name": "Povodeň", "count": 1},
        {"type": "theft", "name": "Krádež", "count": 1}])"));

    const auto weeks = client->call(
        "stats.exchange", {{"from", "2026-03-01"}, {"to", "2026-03-15"}, {"group_by", "week"}});
    REQUIRE(errorCode(weeks) == "ok");
    std::vector<std::string> starts;
    for (const auto& period : weeks["result"]["periods"]) {
        starts.push_back(period["period"].get<std::string>());
    }
    // Weeks start on Monday; 2026-03-01 is a Sunday.
    CHECK(starts == std::vector<std::string>{"2026-02-23", "2026-03-02", "2026-03-09"});
    CHECK(weeks["result"]["periods"][2]["liaison"].size() == 6);

    const auto months = client->call(
        "stats.exchange", {{"from", "2026-01-15"}, {"to", "2026-03-31"}, {"group_by", "month"}});
    REQUIRE(errorCode(months) == "ok");
    REQUIRE(months["result"]["periods"].size() == 3);
    CHECK(months["result"]["periods"][2]["period"] == "2026-03-01");
    CHECK(months["result"]["periods"][2]["incidents"].size() == 6);
    CHECK(months["result"]["periods"][0]["incidents"] == json::array());
}

TEST_CASE("handover.sign: wrong passwords lock the account like failed logins") {
    DispatchFixture fixture({"--lockout-threshold", "2"});
    auto supervisor = fixture.supervisor();
    const auto sign = [&](const std::string& password) {
        return supervisor->request(
            op("handover.sign", {{"shift", kScriptedShift}, {"password", password}}));
    };
    CHECK(errorCode(sign("wrong-1")) == "auth_failed");
    const auto locking = sign("wrong-2");
    CHECK(errorCode(locking) == "account_locked");
    CHECK(locking["error"]["field"] == "password");
    // Locked now: the right password does not sign. Logging in is not blocked by it: logins
    // lock out an address, never the account (docs/protocol.md, "login").
    CHECK(errorCode(sign(kOperatorPassword)) == "account_locked");
    CHECK(fixture.sql("SELECT count(*) FROM handover_reports WHERE signed_at IS NOT NULL") == "0");
    auto again = fixture.connect();
    CHECK(errorCode(again->helloAndLogin(kSupervisor, kOperatorPassword)) == "ok");
}
