// jcc-admin against a running jcc-server on the same database: disabling, revoking and role or
// password changes close live WebSocket sessions; lockout and unlock as a console sees them.
#include "tests/admin/AdminCli.hpp"
#include "tests/support/DispatchCalls.hpp"
#include "tests/support/ServerProcess.hpp"
#include "tests/support/TestDatabase.hpp"
#include "tests/support/WsClient.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace jcc::test;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

constexpr int kPolicyViolation = 1008;

/// A logged-in console session of `username`.
std::unique_ptr<WsClient> loggedIn(const ServerProcess& server, const std::string& username,
                                   const std::string& password = kGoodPassword) {
    auto client = std::make_unique<WsClient>(server.port());
    const auto reply = client->helloAndLogin(username, password);
    INFO(reply.dump());
    REQUIRE(reply["ok"] == true);
    return client;
}

/// The error code of a login attempt on a fresh connection, or "" when it succeeded.
std::string loginError(const ServerProcess& server, const std::string& username,
                       const std::string& password) {
    WsClient client(server.port());
    const auto reply = client.helloAndLogin(username, password);
    const auto code = errorCode(reply);
    return code == "ok" ? "" : code;
}

void requireClosedByServer(WsClient& client) {
    REQUIRE(client.waitClosed(1500ms));
    CHECK(client.closeCode() == kPolicyViolation);
}

} // namespace

TEST_CASE("user disable closes the user's live session and blocks login", "[admin][live]") {
    TestDatabase db;
    addOperator(db.url(), "novak");
    addOperator(db.url(), "horvath");
    ServerProcess server(db.url());
    auto session = loggedIn(server, "novak");
    auto bystander = loggedIn(server, "horvath");

    const auto result = runAdminOn(db.url(), {"user", "disable", "novak"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    requireClosedByServer(*session);
    CHECK(loginError(server, "novak", kGoodPassword) == "account_disabled");
    // Only that user's sessions close.
    CHECK(bystander->call("ping")["ok"] == true);

    REQUIRE(runAdminOn(db.url(), {"user", "enable", "novak"}).exitCode == 0);
    CHECK(loginError(server, "novak", kGoodPassword).empty());
}

TEST_CASE("user reset-password: old password refused, new one works", "[admin][live]") {
    TestDatabase db;
    addOperator(db.url(), "novak");
    ServerProcess server(db.url());
    auto session = loggedIn(server, "novak");
    const std::string newPassword = "Morava-Tisa-Hron-7";

    const auto weak = runAdminOn(db.url(), {"user", "reset-password", "novak", "--password-stdin"},
                                 "novak-2026-abc\n");
    CHECK(weak.exitCode == 1);
    CHECK_THAT(weak.err, Catch::Contains("must not contain the username"));

    const auto result = runAdminOn(
        db.url(), {"user", "reset-password", "novak", "--password-stdin"}, newPassword + "\n");
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    requireClosedByServer(*session);
    CHECK(loginError(server, "novak", kGoodPassword) == "auth_failed");
    CHECK(loginError(server, "novak", newPassword).empty());
}

TEST_CASE("user set-role closes live sessions; the next login has the new role", "[admin][live]") {
    TestDatabase db;
    addOperator(db.url(), "novak");
    ServerProcess server(db.url());
    auto session = loggedIn(server, "novak");

    REQUIRE(runAdminOn(db.url(), {"user", "set-role", "novak", "supervisor"}).exitCode == 0);
    requireClosedByServer(*session);
    WsClient again(server.port());
    const auto reply = again.helloAndLogin("novak", kGoodPassword);
    REQUIRE(reply["ok"] == true);
    CHECK(reply["result"]["user"]["role"] == "supervisor");
}

TEST_CASE("user unlock lifts the address lockout after five wrong passwords", "[admin][live]") {
    TestDatabase db;
    addOperator(db.url(), "novak");
    ServerProcess server(db.url());
    WsClient client(server.port());
    REQUIRE(client.call("hello", {{"protocol", 1}})["ok"] == true);
    std::vector<std::string> codes;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const auto reply =
            client.call("login", {{"username", "novak"}, {"password", "Wrong-password-1"}});
        codes.push_back(reply["error"]["code"].get<std::string>());
    }
    // The address is locked out, and it is told no more than "wrong password".
    CHECK(codes == std::vector<std::string>(5, "auth_failed"));
    CHECK(loginError(server, "novak", kGoodPassword) == "auth_failed");

    const auto show = json::parse(runAdminOn(db.url(), {"--json", "user", "show", "novak"}).out);
    CHECK(show["locked"] == false);
    CHECK(show["locked_sources"] == 1);
    CHECK(show["failed_logins"] == 6);
    CHECK_THAT(runAdminOn(db.url(), {"user", "list"}).out,
               Catch::Contains("active, 1 address locked out"));

    const auto result = runAdminOn(db.url(), {"user", "unlock", "novak"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(loginError(server, "novak", kGoodPassword).empty());
}

TEST_CASE("user revoke-sessions ends every live session of the user", "[admin][live]") {
    TestDatabase db;
    addOperator(db.url(), "novak");
    ServerProcess server(db.url());
    auto first = loggedIn(server, "novak");
    auto second = loggedIn(server, "novak");
    const auto listed = json::parse(runAdminOn(db.url(), {"--json", "user", "show", "novak"}).out);
    CHECK(listed["live_sessions"] == 2);

    const auto result = runAdminOn(db.url(), {"user", "revoke-sessions", "novak"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("revoked 2 live sessions of 'novak'"));
    requireClosedByServer(*first);
    requireClosedByServer(*second);
    // Revoking does not disable: the user can log in again.
    CHECK(loginError(server, "novak", kGoodPassword).empty());
}
