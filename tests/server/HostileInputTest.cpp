// Hostile frames from a logged-in console: deep nesting, forbidden characters and repeated keys
// on every op. Each gets bad_request naming the field; the node serves on and the database is
// unchanged.
#include "tests/server/OpTemplates.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>

using namespace jcc::test;
using nlohmann::json;

namespace {

/// A supervisor's connection (every op is open to it) on a server without a rate limit.
struct HostileFixture {
    HostileFixture() {
        addUser(db, "supervisor1", jcc::Role::Supervisor, "PCR", jcc::Country::CZ);
        REQUIRE(client.helloAndLogin("supervisor1", kOperatorPassword)["ok"] == true);
    }

    /// Sends `text` and returns the reply.
    json send(const std::string& text) {
        client.sendText(text);
        const auto reply = client.readFrame();
        REQUIRE(reply.has_value());
        return json::parse(*reply);
    }

    /// The node still serves this console and others, and the database is as it was.
    void checkUnharmed(const std::string& fingerprintBefore) {
        CHECK(databaseFingerprint(db.url()) == fingerprintBefore);
        CHECK(client.call("ping")["ok"] == true);
        WsClient other(server.port());
        CHECK(other.helloAndLogin("supervisor1", kOperatorPassword)["ok"] == true);
        CHECK(httpGet(server.port(), "/healthz").status == 200);
    }

    TestDatabase db;
    ServerProcess server{db.url(), {"--rate-limit", "100000", "--rate-burst", "100000"}};
    WsClient client{server.port()};
    int nextId = 0;
    int nextRequestId = 0;

    /// `request` with a fresh "id" and, for a command, a fresh "request_id".
    json numbered(json request) {
        request["id"] = ++nextId;
        if (isCommandOp(request["op"]) && !request.contains("request_id")) {
            request["request_id"] = "hostile-" + std::to_string(++nextRequestId);
        }
        return request;
    }
};

/// Every string in `request` as a JSON pointer and the field name a reply should give it:
/// "/location/text" -> "location.text", "/status/0" -> "status[0]".
std::vector<std::pair<json::json_pointer, std::string>> textFields(const json& request) {
    std::vector<std::pair<json::json_pointer, std::string>> found;
    for (const auto& [key, value] : request.items()) {
        if (key == "op" || key == "id") {
            continue;
        }
        const json::json_pointer top("/" + key);
        if (value.is_string()) {
            found.emplace_back(top, key);
        }
        if (value.is_object()) {
            for (const auto& [inner, innerValue] : value.items()) {
                if (innerValue.is_string()) {
                    found.emplace_back(top / inner, key + "." + inner);
                }
            }
        }
        if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (value[i].is_string()) {
                    found.emplace_back(top / i, key + "[" + std::to_string(i) + "]");
                }
            }
        }
    }
    return found;
}

std::string deepArray(int depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

} // namespace

TEST_CASE_METHOD(HostileFixture, "a frame nested far too deep is refused on every op and the "
                                 "node serves on") {
    const auto before = databaseFingerprint(db.url());
    for (const auto& request : opTemplates()) {
        for (const auto& [field, value] : request.items()) {
            if (field == "op") {
                continue;
            }
            // A placeholder string stands where the deep value goes in the serialised frame;
            // the id goes first so that the reply can name it.
            json frame = numbered(request);
            frame[field] = "@@deep@@";
            json rest = frame;
            rest.erase("id");
            std::string text = R"({"id": )" + frame["id"].dump() + ", " + rest.dump().substr(1);
            text.replace(text.find("\"@@deep@@\""), 10, deepArray(50'000));
            const auto reply = send(text);
            INFO(request["op"] << " " << field << " -> " << reply.dump());
            CHECK(errorCode(reply) == "bad_request");
            CHECK(reply["error"]["field"] == field);
            CHECK(reply["id"] == frame["id"]);
        }
    }
    // The frame of the report: 400,000 levels in under 1 MiB.
    const auto reply =
        send(R"({"id": 9, "op": "incident.list", "status": )" + deepArray(400'000) + "}");
    CHECK(reply["error"]["message"] == "the request nests deeper than 32 levels (in 'status')");
    checkUnharmed(before);
}

TEST_CASE_METHOD(HostileFixture, "NUL, controls and bidi overrides in every text field are "
                                 "refused naming the field") {
    const auto before = databaseFingerprint(db.url());
    int checked = 0;
    for (const auto& request : opTemplates()) {
        auto fields = textFields(numbered(request));
        for (const auto& [pointer, name] : fields) {
            for (const std::string& suffix :
                 {std::string("\0after", 6), std::string("\x1b[2J"), std::string("\u202Egpj.exe"),
                  std::string("\u2067")}) {
                json spoiled = numbered(request);
                spoiled[pointer] = spoiled[pointer].get<std::string>() + suffix;
                const auto reply = client.request(spoiled);
                INFO(spoiled.dump() << " -> " << reply.dump());
                CHECK(errorCode(reply) == "bad_request");
                CHECK(reply["error"]["field"] == name);
                ++checked;
            }
        }
    }
    CHECK(checked > 200);
    checkUnharmed(before);
}

TEST_CASE_METHOD(HostileFixture, "a NUL in a description is refused, not cut off") {
    const auto reply =
        client.request(numbered({{"op", "incident.create"},
                                 {"type", "fire"},
                                 {"priority", 2},
                                 {"location", {{"text", "Mikulov"}}},
                                 {"description", std::string("before\0after", 12)}}));
    CHECK(errorCode(reply) == "bad_request");
    CHECK(reply["error"]["field"] == "description");
    CHECK(reply["error"]["message"] ==
          "'description' must not contain U+0000 (a control character) at character 7");
    // Prose keeps its lines and tabs.
    const auto created = client.request(numbered({{"op", "incident.create"},
                                                  {"type", "fire"},
                                                  {"priority", 2},
                                                  {"location", {{"text", "Mikulov"}}},
                                                  {"description", "line one\n\tline two"}}));
    REQUIRE(errorCode(created) == "ok");
    CHECK(created["result"]["incident"]["description"] == "line one\n\tline two");
}

TEST_CASE_METHOD(HostileFixture, "a repeated key is refused, not resolved silently") {
    const auto before = databaseFingerprint(db.url());
    const auto top = send(R"({"id": 1, "op": "incident.create", "request_id": "dup-key-1",
        "type": "fire", "priority": 4, "location": {"text": "Hodonín"}, "priority": 1})");
    CHECK(errorCode(top) == "bad_request");
    CHECK(top["error"]["field"] == "priority");
    const auto nested = send(R"({"id": 2, "op": "incident.create", "request_id": "dup-key-2",
        "type": "fire", "priority": 4, "location": {"text": "Hodonín", "text": "Skalica"}})");
    CHECK(nested["error"]["field"] == "location.text");
    const auto ids = send(R"({"id": 3, "op": "ping", "id": 4})");
    CHECK(ids["error"]["field"] == "id");
    checkUnharmed(before);
}
