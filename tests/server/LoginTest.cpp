#include "server/store/Database.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>
#include <thread>

using namespace jcc::test;
using nlohmann::json;

TEST_CASE_METHOD(ServerFixture, "wrong password and unknown user get the same error") {
    auto client = connect();
    const auto wrong = client->helloAndLogin(kOperator, "not-the-password");
    CHECK(errorCode(wrong) == "auth_failed");
    const auto unknown =
        client->call("login", {{"username", "nobody"}, {"password", "whatever12345"}});
    CHECK(errorCode(unknown) == "auth_failed");
    CHECK(wrong["error"]["message"] == unknown["error"]["message"]);
}

TEST_CASE_METHOD(ServerFixture, "five wrong passwords lock the account") {
    auto client = connect();
    CHECK(errorCode(client->helloAndLogin(kOperator, "wrong-password-1")) == "auth_failed");
    for (int i = 2; i <= 4; ++i) {
        CHECK(errorCode(client->call("login", {{"username", kOperator}, {"password", "wrong"}})) ==
              "auth_failed");
    }
    CHECK(errorCode(client->call("login", {{"username", kOperator}, {"password", "wrong"}})) ==
          "account_locked");
    const auto locked =
        client->call("login", {{"username", kOperator}, {"password", kOperatorPassword}});
    CHECK(errorCode(locked) == "account_locked");
    CHECK_THAT(locked["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("administrator can unlock"));
}

TEST_CASE_METHOD(ServerFixture, "a token resumes on a new connection until it is revoked") {
    std::string token;
    {
        auto first = connect();
        token = first->helloAndLogin(kOperator, kOperatorPassword)["result"]["token"];
    }
    auto second = connect();
    second->call("hello", {{"protocol", 1}});
    const auto resumed = second->call("resume", {{"token", token}});
    REQUIRE(errorCode(resumed) == "ok");
    CHECK(resumed["result"]["user"]["username"] == kOperator);
    CHECK(second->call("logout")["ok"] == true);

    auto third = connect();
    third->call("hello", {{"protocol", 1}});
    CHECK(errorCode(third->call("resume", {{"token", token}})) == "unauthorized");
    CHECK(errorCode(third->call("resume", {{"token", "garbage"}})) == "unauthorized");
    CHECK(errorCode(third->call("resume", {{"token", 5}})) == "bad_request");
}

TEST_CASE_METHOD(ServerFixture, "an expired token is refused as expired") {
    std::string token;
    auto connection = jcc::store::openConnection(db.url());
    auto lastUsed = [&] {
        pqxx::read_transaction txn(*connection);
        return txn.exec1("SELECT last_used_at::text FROM sessions")[0].as<std::string>();
    };
    {
        auto first = connect();
        token = first->helloAndLogin(kOperator, kOperatorPassword)["result"]["token"];
        const auto atLogin = lastUsed();
        first->close();
        // The server records the last use when the connection ends; wait for that first.
        for (int i = 0; i < 100 && lastUsed() == atLogin; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    {
        pqxx::work txn(*connection);
        txn.exec("UPDATE sessions SET last_used_at = now() - interval '13 hours'");
        txn.commit();
    }
    auto client = connect();
    client->call("hello", {{"protocol", 1}});
    CHECK(errorCode(client->call("resume", {{"token", token}})) == "session_expired");
}

TEST_CASE_METHOD(ServerFixture, "disabling a user closes the live connection within a second") {
    auto client = loggedIn();
    const auto started = std::chrono::steady_clock::now();
    disableOperator();
    REQUIRE(client->waitClosed(std::chrono::milliseconds(1000)));
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(1000));
    CHECK(client->closeCode() == 1008);
    CHECK(client->closeReason() == "account disabled");
    auto again = connect();
    CHECK(errorCode(again->helloAndLogin(kOperator, kOperatorPassword)) == "account_disabled");
}

TEST_CASE_METHOD(ServerFixture, "revoking sessions closes every live connection of the user") {
    auto first = loggedIn();
    auto second = loggedIn();
    auto anonymous = connect();
    anonymous->call("hello", {{"protocol", 1}});
    revokeOperatorSessions();
    CHECK(first->waitClosed(std::chrono::milliseconds(1000)));
    CHECK(second->waitClosed(std::chrono::milliseconds(1000)));
    CHECK(first->closeReason() == "sessions revoked");
    CHECK(anonymous->call("ping")["ok"] == true);
}

TEST_CASE_METHOD(ServerFixture, "logging in again on a connection ends the session it had") {
    auto client = connect();
    const std::string first =
        client->helloAndLogin(kOperator, kOperatorPassword)["result"]["token"];
    const auto again =
        client->call("login", {{"username", kOperator}, {"password", kOperatorPassword}});
    REQUIRE(errorCode(again) == "ok");
    CHECK(client->call("ping")["ok"] == true);
    auto other = connect();
    other->call("hello", {{"protocol", 1}});
    CHECK(errorCode(other->call("resume", {{"token", first}})) == "unauthorized");
    CHECK(errorCode(other->call("resume", {{"token", again["result"]["token"]}})) == "ok");
}
