#include "server/store/Migrator.hpp"
#include "server/store/StoreError.hpp"

#include <catch2/catch.hpp>

using namespace jcc;

TEST_CASE("bundled migrations are numbered from 1 without gaps and checksummed") {
    const auto migrations = store::bundledMigrations();
    REQUIRE_FALSE(migrations.empty());
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        CHECK(migrations[i].version == static_cast<int>(i) + 1);
        CHECK(migrations[i].checksum.size() == 64);
        CHECK_FALSE(migrations[i].sql.empty());
    }
    CHECK(migrations[0].name == "0001_accounts.sql");
}

TEST_CASE("badly named or numbered migration files are refused") {
    CHECK_THROWS_AS(store::migrationsFrom({{"accounts.sql", "SELECT 1"}}), store::SchemaError);
    CHECK_THROWS_AS(store::migrationsFrom({{"0001-accounts.sql", "SELECT 1"}}), store::SchemaError);
    CHECK_THROWS_AS(store::migrationsFrom({{"0001_a.sql", "SELECT 1"}, {"0003_c.sql", "SELECT 1"}}),
                    store::SchemaError);
    CHECK(store::migrationsFrom({{"0002_b.sql", "B"}, {"0001_a.sql", "A"}})[0].sql == "A");
}
