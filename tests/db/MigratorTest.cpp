#include "server/store/Migrator.hpp"

#include "server/store/Database.hpp"
#include "server/store/StoreError.hpp"
#include "tests/support/TestDatabase.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
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

TEST_CASE("timeline entries written as English text become data") {
    // Migration 0011: entries of the old form are converted; one of no known form stays.
    test::TestDatabase db(false);
    auto connection = store::openConnection(db.url());
    auto before = store::bundledMigrations();
    before.resize(10);
    store::Migrator(*connection, before).migrate();
    const std::vector<std::string> bodies{
        "Incident created",
        "Changed priority 2 → 1; location Sládkova 12, Břeclav; description",
        "PCR-BV-01 assigned",
        "PCR-BV-01 en route",
        "PCR-BV-01 out_of_service: Porucha motoru",
        "Incident cancelled: Planý poplach; cleared PCR-BV-01, PCR-BV-K9",
        "Requested from PZSR: 1 × Patrol car (PZSR-SI-01 suggested)",
        "HZS-JMK accepted liaison request 7 (by telephone: Kpt. Malý)",
        "Taken over by SK (responsible until now: CZ)",
        "Incident resolved and closed",
        "Something an older server wrote"};
    {
        pqxx::work txn(*connection);
        txn.exec0("INSERT INTO users (username, full_name, role, agency, country, language, "
                  "password_hash) VALUES ('mm', 'M', 'operator', 'PCR', 'CZ', 'cs', 'x')");
        txn.exec0("INSERT INTO incidents (ref, incident_type, priority, location_text, created_by) "
                  "VALUES ('JCC-2026-000001', 'fire', 2, 'Břeclav', "
                  "(SELECT id FROM users WHERE username = 'mm'))");
        for (const auto& body : bodies) {
            txn.exec_params0("INSERT INTO timeline_entries (incident_id, kind, body) "
                             "SELECT id, 'system', $1 FROM incidents",
                             body);
        }
        txn.exec0("INSERT INTO timeline_entries (incident_id, kind, body) "
                  "SELECT id, 'note', 'Incident created' FROM incidents");
        txn.commit();
    }
    store::Migrator(*connection, store::bundledMigrations()).migrate();
    pqxx::read_transaction txn(*connection);
    std::vector<nlohmann::json> entries;
    for (const auto& row : txn.exec("SELECT timeline_json(t)::text FROM timeline_entries t "
                                    "ORDER BY id")) {
        entries.push_back(nlohmann::json::parse(row[0].c_str()));
    }
    REQUIRE(entries.size() == bodies.size() + 1);
    CHECK(entries[0]["kind"] == "created");
    CHECK(entries[1]["kind"] == "changed");
    CHECK(entries[1]["changes"] ==
          nlohmann::json::parse(R"([{"field": "priority", "from": 2, "to": 1},
                                    {"field": "location", "to": "Sládkova 12, Břeclav"},
                                    {"field": "description"}])"));
    CHECK(entries[2]["kind"] == "assigned");
    CHECK(entries[2]["unit"] == "PCR-BV-01");
    CHECK(entries[3]["kind"] == "assignment_step");
    CHECK(entries[3]["step"] == "en_route");
    CHECK(entries[4]["kind"] == "unit_status");
    CHECK(entries[4]["reason"] == "Porucha motoru");
    CHECK(entries[5]["kind"] == "cancelled");
    CHECK(entries[5]["reason"] == "Planý poplach");
    CHECK(entries[5]["cleared"] == nlohmann::json::array({"PCR-BV-01", "PCR-BV-K9"}));
    CHECK(entries[6]["kind"] == "assistance_requested");
    CHECK(entries[6]["unit_type"] == "patrol_car");
    CHECK(entries[6]["unit"] == "PZSR-SI-01");
    CHECK(entries[7]["kind"] == "assistance_accepted");
    CHECK(entries[7]["liaison_id"] == 7);
    CHECK(entries[7]["desk_contact"] == "Kpt. Malý");
    CHECK(entries[8]["kind"] == "transfer_accepted");
    CHECK(entries[8]["from"] == "CZ");
    CHECK(entries[9]["kind"] == "closed");
    CHECK(entries[9]["also_resolved"] == true);
    CHECK(entries[10]["kind"] == "system");
    CHECK(entries[10]["body"] == "Something an older server wrote");
    // An operator's note stays a note, whatever it says.
    CHECK(entries[11]["kind"] == "note");
    // Every entry keeps its English text.
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        CHECK(entries[i]["body"] == bodies[i]);
    }
}
