#include "server/store/Database.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <pqxx/pqxx>
#include <set>

using namespace jcc::test;
using nlohmann::json;

namespace {

// A well-formed request of every mutating or reading op; the campaign spoils one part at a time.
const std::vector<json> kTemplates{
    {{"op", "subscribe"}, {"since_seq", 0}},
    {{"op", "incident.create"},
     {"type", "fire"},
     {"priority", 1},
     {"location", {{"text", "Náměstí"}, {"lat", 48.85}, {"lon", 17.13}}},
     {"description", "Hoří"},
     {"caller", {{"name", "Eva"}, {"phone", "+420 1"}}}},
    {{"op", "incident.update"}, {"incident_id", 1}, {"version", 1}, {"changes", {{"priority", 2}}}},
    {{"op", "incident.note"}, {"incident_id", 1}, {"text", "Poznámka"}},
    {{"op", "incident.close"}, {"incident_id", 1}, {"version", 1}},
    {{"op", "incident.cancel"}, {"incident_id", 1}, {"version", 1}, {"reason", "Planý poplach"}},
    {{"op", "incident.get"}, {"incident_id", 1}},
    {{"op", "incident.list"}, {"status", {"new"}}, {"limit", 10}},
    {{"op", "incident.caller"},
     {"incident_id", 1},
     {"justification", "Ověření totožnosti volajícího"}},
    {{"op", "unit.create"},
     {"call_sign", "TEST-1"},
     {"agency", "PCR"},
     {"type", "patrol_car"},
     {"home_station", "OOP Hodonín"},
     {"position", {{"lat", 48.85}, {"lon", 17.13}}}},
    {{"op", "unit.update"}, {"unit_id", 1}, {"version", 1}, {"changes", {{"home_station", "X"}}}},
    {{"op", "unit.set_status"},
     {"unit_id", 1},
     {"version", 1},
     {"status", "out_of_service"},
     {"reason", "Servis"}},
    {{"op", "unit.set_position"}, {"unit_id", 1}, {"lat", 48.8}, {"lon", 17.1}},
    {{"op", "unit.recommend"}, {"incident_id", 1}, {"limit", 3}},
    {{"op", "assignment.create"}, {"incident_id", 1}, {"unit_id", 1}},
    {{"op", "assignment.set_status"}, {"assignment_id", 1}, {"status", "en_route"}},
    {{"op", "liaison.create"},
     {"to_agency", "PZSR"},
     {"kind", "information_request"},
     {"subject", "Lustrace vozidla"},
     {"body", "Prosíme o lustraci"},
     {"priority", 2}},
    {{"op", "liaison.ack"}, {"liaison_id", 1}, {"version", 1}},
    {{"op", "liaison.reply"}, {"liaison_id", 1}, {"body", "Odpoveď"}},
    {{"op", "liaison.close"}, {"liaison_id", 1}, {"version", 1}},
    {{"op", "liaison.reject"}, {"liaison_id", 1}, {"version", 1}, {"reason", "Mimo príslušnosť"}},
    {{"op", "liaison.list"}, {"direction", "incoming"}},
    {{"op", "liaison.get"}, {"liaison_id", 1}},
    {{"op", "place.search"}, {"q", "breclav"}, {"limit", 5}},
    {{"op", "handover.note"}, {"text", "Předávací poznámka"}},
    {{"op", "handover.remarks"},
     {"shift", "2026-03-10D"},
     {"text", "Klidná směna"},
     {"version", 0}},
    {{"op", "handover.sign"}, {"shift", "2026-03-10D"}, {"password", "x"}},
    {{"op", "handover.acknowledge"}, {"shift", "2026-03-10D"}},
    {{"op", "handover.generate"}, {"shift", "2026-03-10D"}},
    {{"op", "handover.get"}, {"shift", "2026-03-10D"}},
    {{"op", "handover.list"}, {"from", "2026-03-01"}, {"to", "2026-03-31"}, {"q", "most"}},
    {{"op", "stats.exchange"}, {"from", "2026-03-01"}, {"to", "2026-03-31"}, {"group_by", "week"}},
};

// Values no field accepts: wrong type, or out of every range and length.
const std::vector<json> kPoison{true,
                                false,
                                json::array({json::array({1})}),
                                json::array({json::object()}),
                                std::string(9000, 'x'),
                                1e308,
                                -1e308,
                                json{{"zzz_unknown", json::array({1})}}};

/// Every way of spoiling one part of `request`, each with a fresh request_id.
std::vector<json> spoil(const json& request, int& counter) {
    std::vector<json> spoiled;
    static const std::set<std::string> kReads{
        "subscribe",         "incident.get", "incident.list", "incident.caller",
        "unit.recommend",    "liaison.list", "liaison.get",   "place.search",
        "handover.generate", "handover.get", "handover.list", "stats.exchange"};
    const bool isCommand = !kReads.contains(request["op"].get<std::string>());
    auto withId = [&](json candidate) {
        if (isCommand) {
            candidate["request_id"] = "campaign-" + std::to_string(++counter);
        }
        spoiled.push_back(std::move(candidate));
    };
    for (const auto& [field, value] : request.items()) {
        if (field == "op") {
            continue;
        }
        for (const auto& poison : kPoison) {
            json candidate = request;
            candidate[field] = poison;
            withId(candidate);
        }
        if (value.is_object()) {
            for (const auto& [inner, innerValue] : value.items()) {
                for (const auto& poison : kPoison) {
                    json candidate = request;
                    candidate[field][inner] = poison;
                    withId(candidate);
                }
            }
        }
    }
    json unknown = request;
    unknown["no_such_field"] = 1;
    withId(unknown);
    json badRequestId = request;
    badRequestId["request_id"] = json::array({"x"});
    spoiled.push_back(badRequestId);
    return spoiled;
}

std::string databaseFingerprint(const std::string& url) {
    auto connection = jcc::store::openConnection(url);
    pqxx::read_transaction txn(*connection);
    std::string fingerprint;
    for (const char* table : {"incidents", "units", "assignments", "timeline_entries",
                              "liaison_requests", "liaison_replies", "events", "request_results",
                              "audit", "users", "places", "handover_reports", "handover_notes"}) {
        fingerprint += table;
        fingerprint += "=";
        fingerprint +=
            txn.exec("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                     "FROM " +
                     std::string(table) + " t")[0][0]
                .as<std::string>();
        fingerprint += ";";
    }
    return fingerprint +
           "seq=" + txn.exec("SELECT last_seq FROM event_counter")[0][0].as<std::string>();
}

} // namespace

TEST_CASE("a campaign of over 1,000 malformed requests changes nothing and the server serves on") {
    TestDatabase db;
    addUser(db, "supervisor1", jcc::Role::Supervisor, "PCR", jcc::Country::CZ);
    ServerProcess server(db.url(), {"--rate-limit", "100000", "--rate-burst", "100000"});
    WsClient client(server.port());
    REQUIRE(client.helloAndLogin("supervisor1", kOperatorPassword)["ok"] == true);
    const auto before = databaseFingerprint(db.url());

    int counter = 0;
    std::vector<json> requests;
    for (const auto& request : kTemplates) {
        auto spoiled = spoil(request, counter);
        requests.insert(requests.end(), spoiled.begin(), spoiled.end());
    }
    int sent = 0;
    std::map<std::string, int> codes;
    for (auto& request : requests) {
        request["id"] = ++sent;
        const auto reply = client.request(request);
        INFO(request.dump().substr(0, 300) << " -> " << reply.dump().substr(0, 300));
        REQUIRE(reply.contains("ok"));
        CHECK(reply["ok"] == false);
        if (!reply["ok"].get<bool>()) {
            ++codes[reply["error"]["code"].get<std::string>()];
        }
    }
    // Frames that are not requests at all.
    const std::vector<std::string> garbage{
        "",
        "{",
        "}",
        "[]",
        "null",
        "42",
        "\"text\"",
        "{\"id\": 1}",
        "{\"op\": 5, \"id\": 1}",
        "{\"id\": {}, \"op\": \"ping\"}",
        "{\"id\": 1, \"op\": \"\"}",
        "{\"id\": 1, \"op\": \"x.y\"}",
        std::string(70000, '{'),
        "{\"id\": 1, \"op\": \"incident.create\", \"priority\": 1e999}"};
    for (int round = 0; round < 40; ++round) {
        for (const auto& frame : garbage) {
            client.sendText(frame);
            const auto reply = client.readFrame();
            REQUIRE(reply.has_value());
            CHECK(json::parse(*reply)["ok"] == false);
            ++sent;
        }
    }
    INFO("error codes: " << json(codes).dump());
    CHECK(sent >= 1000);
    CHECK(client.call("ping")["ok"] == true);
    CHECK(httpGet(server.port(), "/healthz").status == 200);
    CHECK(databaseFingerprint(db.url()) == before);
}
