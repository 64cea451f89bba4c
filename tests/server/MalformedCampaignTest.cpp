#include "tests/server/OpTemplates.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <pqxx/pqxx>
#include <set>

using namespace jcc::test;
using nlohmann::json;

namespace {

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
    const bool isCommand = isCommandOp(request["op"].get<std::string>());
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
    for (const auto& request : opTemplates()) {
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
