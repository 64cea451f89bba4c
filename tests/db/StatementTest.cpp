// The repositories' statements fail with context: a statement the database refuses raises
// StoreError naming it, a lost connection still raises pqxx::broken_connection (which the server
// catches to reconnect).
#include "server/store/Database.hpp"
#include "server/store/HandoverRepository.hpp"
#include "server/store/StoreError.hpp"
#include "server/store/UnitRepository.hpp"
#include "server/store/UserRepository.hpp"
#include "tests/support/TestDatabase.hpp"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

using namespace jcc;
using Catch::Matchers::Contains;

namespace {

const store::NewUser kNovak{"novak", "Jan Novák", Role::Operator, "PCR", Country::CZ, Language::Cs};

struct StatementFixture {
    test::TestDatabase db;
    std::unique_ptr<pqxx::connection> connection = store::openConnection(db.url());
    StatementFixture() { store::prepareStatements(*connection); }
};

} // namespace

TEST_CASE_METHOD(StatementFixture, "a statement the database refuses raises StoreError naming it") {
    pqxx::work txn(*connection);
    store::UserRepository::insert(txn, kNovak, "hash");
    CHECK_THROWS_MATCHES(store::UserRepository::insert(txn, kNovak, "hash"), store::StoreError,
                         Catch::Matchers::Predicate<store::StoreError>([](const auto& e) {
                             const std::string message = e.what();
                             return message.find("user_insert") != std::string::npos &&
                                    message.find("duplicate key") != std::string::npos;
                         }));
}

TEST_CASE_METHOD(StatementFixture, "StatementError carries the statement and the SQLSTATE") {
    pqxx::work txn(*connection);
    store::UserRepository::insert(txn, kNovak, "hash");
    try {
        store::UserRepository::insert(txn, kNovak, "hash");
        FAIL("no error");
    } catch (const store::StatementError& e) {
        CHECK(e.statement() == "user_insert");
        CHECK(e.sqlstate() == store::sqlstate::kUniqueViolation);
    }
}

TEST_CASE_METHOD(StatementFixture, "a unit update to a call sign taken meanwhile is refused, not "
                                   "raised") {
    pqxx::work txn(*connection);
    const store::UnitDetails first{"BV-01", "PCR", "patrol_car", {}, "Břeclav"};
    auto second = first;
    second.callSign = "BV-02";
    REQUIRE(store::UnitRepository::insert(txn, first, std::nullopt, std::nullopt));
    const auto id = store::UnitRepository::insert(txn, second, std::nullopt, std::nullopt);
    REQUIRE(id);
    CHECK_FALSE(store::UnitRepository::update(txn, *id, first));
}

TEST_CASE_METHOD(StatementFixture,
                 "a statement given an argument it cannot read raises StoreError naming "
                 "it") {
    pqxx::work txn(*connection);
    CHECK_THROWS_WITH(store::HandoverRepository::localTime(txn, "not a time", "Europe/Prague"),
                      Contains("handover_local_time") && Contains("not a time"));
}

TEST_CASE_METHOD(StatementFixture,
                 "a statement on a lost connection raises pqxx::broken_connection") {
    const auto pid =
        pqxx::nontransaction(*connection).exec1("SELECT pg_backend_pid()")[0].as<int>();
    pqxx::work txn(*connection);
    {
        auto other = store::openConnection(db.url());
        pqxx::nontransaction(*other).exec_params("SELECT pg_terminate_backend($1)", pid);
    }
    CHECK_THROWS_AS(store::UserRepository::findById(txn, 1), pqxx::broken_connection);
}
