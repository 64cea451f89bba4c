#include "server/store/AccountService.hpp"

#include "common/ProtocolError.hpp"
#include "server/store/Database.hpp"
#include "server/store/LoginFailures.hpp"
#include "tests/support/TestDatabase.hpp"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

using namespace jcc;

namespace {

constexpr const char* kPassword = "Kůň-skáče-přes-plot";
const store::Actor kAdmin{std::nullopt, "os:tester", "jcc-admin@test"};

ErrorCode codeOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const ProtocolError& e) {
        return e.code();
    }
    FAIL("no error");
    return ErrorCode::Internal;
}

struct Fixture {
    test::TestDatabase db;
    std::unique_ptr<pqxx::connection> connection = store::openConnection(db.url());
    store::AccountService accounts{*connection, store::AccountSettings{}};
    Fixture() {
        store::prepareStatements(*connection);
        accounts.addUser({"novak", "Jan Novák", Role::Operator, "PCR", Country::CZ, Language::Cs},
                         kPassword, kAdmin);
    }
    int auditCount(const std::string& action) {
        pqxx::read_transaction txn(*connection);
        return txn.exec_params1("SELECT count(*) FROM audit WHERE action = $1", action)[0]
            .as<int>();
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "login gives a token that resumes; logout ends it") {
    const auto login = accounts.login("novak", kPassword, "127.0.0.1:1");
    CHECK(login.user.fullName == "Jan Novák");
    const auto resumed = accounts.resume(login.token, "127.0.0.1:2");
    CHECK(resumed.sessionId == login.sessionId);
    accounts.logout(login.sessionId, kAdmin);
    CHECK(codeOf([&] { accounts.resume(login.token, "x"); }) == ErrorCode::Unauthorized);
    CHECK(auditCount("session.login") == 1);
    CHECK(auditCount("session.logout") == 1);
    // Only the hash is stored.
    pqxx::read_transaction txn(*connection);
    CHECK(txn.exec_params("SELECT 1 FROM sessions WHERE token_hash = $1", login.token).empty());
}

TEST_CASE_METHOD(Fixture, "unknown user and wrong password look the same") {
    CHECK(codeOf([&] { accounts.login("nobody", kPassword, "x"); }) == ErrorCode::AuthFailed);
    CHECK(codeOf([&] { accounts.login("novak", "wrong-password-1", "x"); }) ==
          ErrorCode::AuthFailed);
    CHECK(codeOf([&] { accounts.login("NOT VALID", kPassword, "x"); }) == ErrorCode::AuthFailed);
    CHECK(auditCount("session.login_failed") == 3);
}

TEST_CASE_METHOD(Fixture, "five failures lock that address out of the account, not the owner "
                          "elsewhere") {
    const std::string guesser = "198.51.100.9:40001";
    for (int i = 0; i < 5; ++i) {
        CHECK(codeOf([&] { accounts.login("novak", "wrong-password-1", guesser); }) ==
              ErrorCode::AuthFailed);
    }
    // The locked source gets exactly the wrong-password answer, even with the right password,
    // from any port of that address.
    std::string lockedMessage;
    try {
        accounts.login("novak", kPassword, "198.51.100.9:40002");
    } catch (const ProtocolError& e) {
        lockedMessage = std::string(toString(e.code())) + ": " + e.what();
    }
    CHECK(lockedMessage == "auth_failed: unknown username or wrong password");
    // The owner at the centre logs in as usual, and the account is not locked for anyone.
    CHECK(accounts.login("novak", kPassword, "10.20.0.15:51000").user.username == "novak");
    CHECK_FALSE(accounts.showUser("novak").record.locked);
    // An administrator's unlock lifts the source lockouts too.
    accounts.unlock("novak", kAdmin);
    CHECK(accounts.login("novak", kPassword, guesser).user.username == "novak");
}

TEST_CASE_METHOD(Fixture, "every 20th failed login of an account raises the alert") {
    std::vector<int> alerts;
    auto settings = store::AccountSettings{};
    settings.onFailureAlert = [&](const User& user, int failures) {
        CHECK(user.username == "novak");
        alerts.push_back(failures);
    };
    store::AccountService watched(*connection, settings);
    // Many sources, none locked: only the account-wide count shows the attack.
    for (int i = 0; i < 40; ++i) {
        const auto source = "203.0.113." + std::to_string(i) + ":5000";
        CHECK(codeOf([&] { watched.login("novak", "wrong-password-1", source); }) ==
              ErrorCode::AuthFailed);
    }
    CHECK(alerts == std::vector<int>{20, 40});
}

TEST_CASE_METHOD(Fixture, "an admin account cannot log in over the network") {
    accounts.addUser({"spravce", "Správce", Role::Admin, "PCR", Country::CZ, Language::Cs},
                     kPassword, kAdmin);
    CHECK(codeOf([&] { accounts.login("spravce", kPassword, "x"); }) == ErrorCode::Forbidden);
    CHECK(auditCount("session.login") == 0);
    // With a wrong password it looks like any other account.
    CHECK(codeOf([&] { accounts.login("spravce", "wrong-password-1", "x"); }) ==
          ErrorCode::AuthFailed);
}

TEST_CASE("source addresses are the address without the port") {
    CHECK(store::sourceAddress("192.0.2.7:51234") == "192.0.2.7");
    CHECK(store::sourceAddress("[2001:db8::1]:443") == "2001:db8::1");
    CHECK(store::sourceAddress("2001:db8::1") == "2001:db8::1");
    CHECK(store::sourceAddress("x") == "x");
}

TEST_CASE_METHOD(Fixture, "a success resets the failure count") {
    for (int i = 0; i < 4; ++i) {
        CHECK(codeOf([&] { accounts.login("novak", "wrong-password-1", "x"); }) ==
              ErrorCode::AuthFailed);
    }
    accounts.login("novak", kPassword, "x");
    CHECK(codeOf([&] { accounts.login("novak", "wrong-password-1", "x"); }) ==
          ErrorCode::AuthFailed);
}

TEST_CASE_METHOD(Fixture, "disabled accounts cannot log in or resume") {
    const auto login = accounts.login("novak", kPassword, "x");
    accounts.setDisabled("novak", true, kAdmin);
    CHECK(codeOf([&] { accounts.login("novak", kPassword, "x"); }) == ErrorCode::AccountDisabled);
    CHECK(codeOf([&] { accounts.resume(login.token, "x"); }) == ErrorCode::Unauthorized);
    accounts.setDisabled("novak", false, kAdmin);
    CHECK(accounts.login("novak", kPassword, "x").user.username == "novak");
}

TEST_CASE("sessions expire after the idle time") {
    test::TestDatabase db;
    auto connection = store::openConnection(db.url());
    store::prepareStatements(*connection);
    store::AccountService accounts(
        *connection, store::AccountSettings{.sessionIdleExpiry = std::chrono::seconds(60)});
    accounts.addUser({"novak", "Jan Novák", Role::Operator, "PCR", Country::CZ, Language::Cs},
                     kPassword, kAdmin);
    const auto login = accounts.login("novak", kPassword, "x");
    {
        pqxx::work txn(*connection);
        txn.exec_params("UPDATE sessions SET last_used_at = now() - interval '61 seconds' "
                        "WHERE id = $1",
                        login.sessionId);
        txn.commit();
    }
    CHECK(codeOf([&] { accounts.resume(login.token, "x"); }) == ErrorCode::SessionExpired);
}

TEST_CASE_METHOD(Fixture, "account administration refuses bad input and changes nothing") {
    CHECK(codeOf([&] {
              accounts.addUser({"novak", "Other", Role::Operator, "PCR", Country::CZ, Language::Cs},
                               kPassword, kAdmin);
          }) == ErrorCode::Conflict);
    CHECK(codeOf([&] {
              accounts.addUser(
                  {"kovac", "Ján Kováč", Role::Operator, "PCR", Country::SK, Language::Sk},
                  kPassword, kAdmin);
          }) == ErrorCode::BadRequest);
    CHECK(codeOf([&] {
              accounts.addUser(
                  {"kovac", "Ján Kováč", Role::Operator, "NOPE", Country::SK, Language::Sk},
                  kPassword, kAdmin);
          }) == ErrorCode::BadRequest);
    CHECK(codeOf([&] {
              accounts.addUser(
                  {"kovac", "Ján Kováč", Role::Operator, "PZSR", Country::SK, Language::Sk},
                  "short", kAdmin);
          }) == ErrorCode::BadRequest);
    CHECK(codeOf([&] { accounts.setRole("ghost", Role::Admin, kAdmin); }) == ErrorCode::NotFound);
    CHECK(accounts.listUsers().size() == 1);
    CHECK(auditCount("user.add") == 1);
}

TEST_CASE_METHOD(Fixture, "audit records cannot be altered") {
    pqxx::work txn(*connection);
    CHECK_THROWS_AS(txn.exec("UPDATE audit SET actor = 'someone else'"), pqxx::sql_error);
}
