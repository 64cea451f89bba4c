#include "server/store/Database.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>
#include <map>
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

TEST_CASE("1,000 wrong passwords from one address lock out that address, "
          "not the account's owner at another") {
    // The guessing connections never log in: they must outlast the login timeout meanwhile.
    ServerFixture fixture({"--login-timeout", "10m"});
    const auto& server = fixture.server;
    std::map<std::string, int> guesses;
    std::vector<std::unique_ptr<WsClient>> guessers;
    for (int i = 0; i < 8; ++i) {
        guessers.push_back(WsClient::fromAddress(server.port(), "127.0.0.2"));
        guessers.back()->call("hello", {{"protocol", 1}});
    }
    for (int i = 0; i < 1000; ++i) {
        ++guesses[errorCode(guessers[i % 8]->call(
            "login", {{"username", kOperator}, {"password", "guess-" + std::to_string(i)}}))];
    }
    INFO(json(guesses).dump());
    CHECK(guesses == std::map<std::string, int>{{"auth_failed", 1000}});
    // The right password from the guessing address gets the same answer: no lockout is revealed.
    const auto locked =
        guessers[0]->call("login", {{"username", kOperator}, {"password", kOperatorPassword}});
    CHECK(errorCode(locked) == "auth_failed");
    CHECK(locked["error"]["message"] == "unknown username or wrong password");
    // The incoming shift at its own workstation logs in.
    auto owner = WsClient::fromAddress(server.port(), "127.0.0.3");
    CHECK(errorCode(owner->helloAndLogin(kOperator, kOperatorPassword)) == "ok");
    // The account-wide count raised the alert.
    const auto metrics = httpGet(server.port(), "/metrics").body;
    CHECK_THAT(metrics, Catch::Matchers::Contains("jcc_login_failure_alerts_total 50"));
    CHECK_THAT(server.log(), Catch::Matchers::Contains("1000 failed logins"));
}

TEST_CASE_METHOD(ServerFixture, "an admin account cannot log in to a console") {
    addUser(db, "spravce", jcc::Role::Admin, "PCR", jcc::Country::CZ);
    auto client = connect();
    const auto reply = client->helloAndLogin("spravce", kOperatorPassword);
    CHECK(errorCode(reply) == "forbidden");
    CHECK_THAT(reply["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("jcc-admin"));
    CHECK(errorCode(client->call("incident.list")) == "unauthorized");
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
