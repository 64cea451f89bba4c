#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>

using namespace jcc::test;
using nlohmann::json;

TEST_CASE_METHOD(ServerFixture, "hello, then login, ping and logout") {
    auto client = connect();
    const auto hello = client->call("hello", {{"protocol", 1}});
    REQUIRE(hello["ok"] == true);
    CHECK(hello["result"]["protocol"] == 1);
    CHECK(hello["result"]["server"] == "jcc-server");
    CHECK(hello["result"]["limits"]["max_frame_bytes"] == 1048576);

    const auto login =
        client->call("login", {{"username", kOperator}, {"password", kOperatorPassword}});
    REQUIRE(login["ok"] == true);
    CHECK(login["result"]["token"].get<std::string>().size() == 43);
    CHECK(login["result"]["user"]["username"] == kOperator);
    CHECK(login["result"]["user"]["full_name"] == "Jan Novák");
    CHECK(login["result"]["user"]["role"] == "operator");
    CHECK_FALSE(login["result"]["user"].contains("password_hash"));

    CHECK(client->call("ping")["result"]["pong"] == true);
    CHECK(client->call("logout")["ok"] == true);
    CHECK(errorCode(client->call("logout")) == "unauthorized");
}

TEST_CASE_METHOD(ServerFixture, "the reply echoes the request id, string or number") {
    auto client = connect();
    CHECK(client->request({{"id", "abc"}, {"op", "ping"}})["id"] == "abc");
    CHECK(client->request({{"id", 42}, {"op", "ping"}})["id"] == 42);
}

TEST_CASE_METHOD(ServerFixture, "a wrong protocol version is refused") {
    auto client = connect();
    const auto reply = client->call("hello", {{"protocol", 2}});
    CHECK(errorCode(reply) == "unsupported_protocol");
    CHECK(reply["error"]["field"] == "protocol");
    CHECK(errorCode(client->call("hello", {{"protocol", "1"}})) == "bad_request");
}

TEST_CASE_METHOD(ServerFixture, "login needs hello first; other ops need login") {
    auto client = connect();
    CHECK(errorCode(client->call("login", {{"username", kOperator},
                                           {"password", kOperatorPassword}})) == "hello_required");
    CHECK(errorCode(client->call("logout")) == "unauthorized");
    const auto reply = client->call("incident.list");
    // Unknown today; never answered before login with data either way.
    CHECK((errorCode(reply) == "unauthorized" || errorCode(reply) == "unknown_op"));
}

TEST_CASE_METHOD(ServerFixture, "bad frames get specific errors and the connection stays usable") {
    auto client = connect();
    client->sendText("{this is not json");
    auto reply = json::parse(*client->readFrame());
    CHECK(reply["id"].is_null());
    CHECK(reply["error"]["code"] == "bad_json");

    client->sendText(R"({"id": 5})");
    reply = json::parse(*client->readFrame());
    CHECK(reply["id"] == 5);
    CHECK(reply["error"]["code"] == "bad_request");
    CHECK(reply["error"]["field"] == "op");

    client->sendText(R"([1, 2, 3])");
    CHECK(json::parse(*client->readFrame())["error"]["code"] == "bad_request");

    const auto unknown = client->call("teleport");
    CHECK(errorCode(unknown) == "unknown_op");
    CHECK(unknown["error"]["message"] == "unknown op 'teleport'");

    client->call("hello", {{"protocol", 1}});
    auto badLogin = client->call("login", {{"username", 17}, {"password", "x"}});
    CHECK(errorCode(badLogin) == "bad_request");
    CHECK(badLogin["error"]["field"] == "username");
    badLogin = client->call("login", {{"username", kOperator}});
    CHECK(badLogin["error"]["field"] == "password");
    badLogin = client->call("login", {{"username", std::string(65, 'a')}, {"password", "x"}});
    CHECK(badLogin["error"]["field"] == "username");

    CHECK(client->call("ping")["ok"] == true);
}
