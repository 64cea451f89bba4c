#include "server/store/Migrator.hpp"

#include "server/store/Database.hpp"
#include "server/store/StoreError.hpp"
#include "tests/support/TestDatabase.hpp"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

using namespace jcc;

namespace {
int appliedCount(pqxx::connection& connection) {
    pqxx::read_transaction txn(connection);
    return txn.exec1("SELECT count(*) FROM schema_migrations")[0].as<int>();
}
} // namespace

TEST_CASE("migrations apply from zero, and again is a no-op") {
    test::TestDatabase db(/*migrate=*/false);
    auto connection = store::openConnection(db.url());
    store::Migrator migrator(*connection, store::bundledMigrations());
    CHECK_FALSE(migrator.isCurrent());
    const int count = migrator.migrate();
    CHECK(count == migrator.latestVersion());
    CHECK(migrator.isCurrent());
    CHECK(appliedCount(*connection) == count);
    CHECK(migrator.migrate() == 0);
    CHECK(appliedCount(*connection) == count);
    pqxx::read_transaction txn(*connection);
    CHECK(txn.exec1("SELECT count(*) FROM agencies")[0].as<int>() == 6);
}

TEST_CASE("an applied migration that was edited stops everything") {
    test::TestDatabase db(false);
    auto connection = store::openConnection(db.url());
    auto migrations = store::migrationsFrom(
        {{"0001_a.sql", "CREATE TABLE a (x int);"}, {"0002_b.sql", "CREATE TABLE b (x int);"}});
    store::Migrator(*connection, migrations).migrate();
    auto edited = store::migrationsFrom(
        {{"0001_a.sql", "CREATE TABLE a (x bigint);"}, {"0002_b.sql", "CREATE TABLE b (x int);"}});
    store::Migrator migrator(*connection, edited);
    CHECK_THROWS_MATCHES(migrator.migrate(), store::SchemaError,
                         Catch::Matchers::Predicate<store::SchemaError>([](const auto& e) {
                             return std::string(e.what()).find(
                                        "migration 0001_a.sql was changed after it was applied") !=
                                    std::string::npos;
                         }));
    CHECK_THROWS_AS(migrator.status(), store::SchemaError);
}

TEST_CASE("a database newer than the program is refused") {
    test::TestDatabase db(false);
    auto connection = store::openConnection(db.url());
    store::Migrator(*connection, store::migrationsFrom({{"0001_a.sql", "CREATE TABLE a (x int);"},
                                                        {"0002_b.sql", "CREATE TABLE b (x int);"}}))
        .migrate();
    store::Migrator older(*connection,
                          store::migrationsFrom({{"0001_a.sql", "CREATE TABLE a (x int);"}}));
    try {
        older.verify();
        FAIL("no error");
    } catch (const store::SchemaError& e) {
        CHECK(std::string(e.what()) ==
              "the database schema is newer than this program: it has migration 0002_b.sql, this "
              "program knows migrations up to 1; run a newer jcc-server/jcc-admin");
    }
}

TEST_CASE("a failing migration leaves nothing behind") {
    test::TestDatabase db(false);
    auto connection = store::openConnection(db.url());
    store::Migrator migrator(
        *connection, store::migrationsFrom({{"0001_a.sql", "CREATE TABLE a (x int);"
                                                           "INSERT INTO nowhere VALUES (1);"}}));
    CHECK_THROWS_AS(migrator.migrate(), store::SchemaError);
    pqxx::read_transaction txn(*connection);
    CHECK(txn.exec1("SELECT count(*) FROM schema_migrations")[0].as<int>() == 0);
    CHECK(txn.exec("SELECT 1 FROM pg_tables WHERE tablename = 'a'").empty());
}
