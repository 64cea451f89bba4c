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
    // The guessing connections never log in: they must outlast the login timeout meanwhile. The
    // limit of logins per address and minute is off: this is the lockout that holds for a
    // guesser who stays under it.
    ServerFixture fixture(
        {"--login-timeout", "10m", "--logins-per-address", "100000", "--login-delay-max", "0"});
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
    const auto metrics = httpGet(server.metricsPort(), "/metrics").body;
    CHECK_THAT(metrics, Catch::Matchers::Contains("jcc_login_failure_alerts_total 50"));
    CHECK_THAT(server.log(), Catch::Matchers::Contains("1000 failed logins"));
}

TEST_CASE("a flood of logins from one address is cut at the limit per minute") {
    // Refusals are quick: lift the rate limit per connection, which would answer first.
    ServerFixture fixture({"--login-timeout", "10m", "--login-delay-max", "0", "--rate-limit",
                           "1000", "--rate-burst", "1000"});
    const auto& server = fixture.server;
    std::map<std::string, int> answers;
    std::vector<std::unique_ptr<WsClient>> guessers;
    for (int i = 0; i < 8; ++i) {
        guessers.push_back(WsClient::fromAddress(server.port(), "127.0.0.2"));
        guessers.back()->call("hello", {{"protocol", 1}});
    }
    std::string refusal;
    for (int i = 0; i < 1000; ++i) {
        const auto reply = guessers[i % 8]->call(
            "login", {{"username", kOperator}, {"password", "guess-" + std::to_string(i)}});
        ++answers[errorCode(reply)];
        if (errorCode(reply) == "rate_limited") {
            refusal = reply["error"]["message"];
        }
    }
    INFO(json(answers).dump());
    // The default: 60 a minute. The rest cost the server no password check.
    CHECK(answers == std::map<std::string, int>{{"auth_failed", 60}, {"rate_limited", 940}});
    CHECK_THAT(refusal, Catch::Matchers::StartsWith("more than 60 logins from this address in a "
                                                    "minute; try again in "));
    auto owner = WsClient::fromAddress(server.port(), "127.0.0.3");
    CHECK(errorCode(owner->helloAndLogin(kOperator, kOperatorPassword)) == "ok");
    CHECK_THAT(httpGet(server.metricsPort(), "/metrics").body,
               Catch::Matchers::Contains("jcc_logins_throttled_total 940"));
}

TEST_CASE("after 3 failures from an address, each login from it waits longer") {
    ServerFixture fixture({"--login-delay-max", "1s"});
    auto guesser = WsClient::fromAddress(fixture.server.port(), "127.0.0.4");
    guesser->call("hello", {{"protocol", 1}});
    std::vector<std::chrono::milliseconds> took;
    for (int i = 0; i < 6; ++i) {
        const auto start = std::chrono::steady_clock::now();
        CHECK(errorCode(guesser->call("login", {{"username", kOperator},
                                                {"password", "guess-" + std::to_string(i)}})) ==
              "auth_failed");
        took.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - start));
    }
    // Waits of 250 ms, 500 ms, then 1 s (the maximum) before the 4th, 5th and 6th checks: lower
    // bounds only, a busy machine may take longer.
    CHECK(took[3] >= std::chrono::milliseconds(250));
    CHECK(took[4] >= std::chrono::milliseconds(500));
    CHECK(took[5] >= std::chrono::milliseconds(1000));
    // The failures belong to the address: the owner at another one is not made to wait (the
    // waits are checked by the unit tests of LoginThrottle), and logs in.
    auto owner = WsClient::fromAddress(fixture.server.port(), "127.0.0.5");
    CHECK(errorCode(owner->helloAndLogin(kOperator, kOperatorPassword)) == "ok");
}

TEST_CASE("a flood of password guesses does not hold up the consoles' reads") {
    // One login worker, and no limit per address: the guesses all queue for that worker.
    ServerFixture fixture({"--login-timeout", "10m", "--login-workers", "1", "--logins-per-address",
                           "100000", "--login-delay-max", "0"});
    auto console = fixture.loggedIn();
    std::vector<std::unique_ptr<WsClient>> guessers;
    for (int i = 0; i < 20; ++i) {
        guessers.push_back(WsClient::fromAddress(fixture.server.port(), "127.0.0.8"));
        guessers.back()->call("hello", {{"protocol", 1}});
    }
    // Two guesses waiting on every connection (the most before login): 40 password checks.
    int sent = 0;
    for (auto& guesser : guessers) {
        for (int i = 0; i < 2; ++i) {
            guesser->sendText(json{{"id", 100 + i},
                                   {"op", "login"},
                                   {"username", kOperator},
                                   {"password", "guess-" + std::to_string(sent++)}}
                                  .dump());
        }
    }
    const auto started = std::chrono::steady_clock::now();
    const auto list = console->call("incident.list");
    CHECK(errorCode(list) == "ok");
    INFO("the read took " << std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now() - started)
                                 .count()
                          << " ms");
    // When the read is answered, most guesses are still waiting for the login worker (the
    // counters are read at once, before the test reads any guess's reply).
    const auto metrics = httpGet(fixture.server.metricsPort(), "/metrics").body;
    const std::string counter = "jcc_requests_total{op=\"login\",result=\"auth_failed\"} ";
    const auto at = metrics.find(counter);
    const int answered =
        at == std::string::npos ? 0 : std::stoi(metrics.substr(at + counter.size()));
    INFO(answered << " of " << sent << " guesses were answered before the read");
    CHECK(answered < sent / 2);
}

TEST_CASE_METHOD(ServerFixture, "every resume gives a new token; the one it replaced works a "
                                "minute longer, then no more") {
    const std::string first =
        connect()->helloAndLogin(kOperator, kOperatorPassword)["result"]["token"];
    auto resume = [&](const std::string& token) {
        auto client = connect();
        client->call("hello", {{"protocol", 1}});
        return client->call("resume", {{"token", token}});
    };
    const auto second = resume(first);
    REQUIRE(errorCode(second) == "ok");
    const std::string secondToken = second["result"]["token"];
    CHECK(secondToken != first);
    CHECK(second["result"]["session_lifetime_s"] == 24 * 3600);
    // The reply with the new token may have been lost: the old one resumes once more.
    const auto third = resume(first);
    REQUIRE(errorCode(third) == "ok");
    const std::string thirdToken = third["result"]["token"];
    CHECK(errorCode(resume(first)) == "unauthorized");
    {
        auto connection = jcc::store::openConnection(db.url());
        pqxx::work txn(*connection);
        txn.exec("UPDATE sessions SET rotated_at = now() - interval '2 minutes'");
        txn.commit();
    }
    CHECK(errorCode(resume(secondToken)) == "unauthorized");
    CHECK(errorCode(resume(thirdToken)) == "ok");
}

TEST_CASE_METHOD(ServerFixture, "a session ends at its lifetime however busy it is") {
    auto client = loggedIn();
    CHECK(errorCode(client->call("ping")) == "ok"); // busy: used just now
    std::string loginToken;
    {
        auto other = connect();
        loginToken = other->helloAndLogin(kOperator, kOperatorPassword)["result"]["token"];
    }
    {
        auto connection = jcc::store::openConnection(db.url());
        pqxx::work txn(*connection);
        txn.exec("UPDATE sessions SET created_at = now() - interval '25 hours'");
        txn.commit();
    }
    // The live connection is closed by the sweep (every 10 s) and its console asks again.
    REQUIRE(client->waitClosed(std::chrono::seconds(20)));
    CHECK(client->closeCode() == 1008);
    CHECK(client->closeReason() == "session ended");
    auto again = connect();
    again->call("hello", {{"protocol", 1}});
    const auto refused = again->call("resume", {{"token", loginToken}});
    CHECK(errorCode(refused) == "session_expired");
    CHECK_THAT(refused["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("after its login"));
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
