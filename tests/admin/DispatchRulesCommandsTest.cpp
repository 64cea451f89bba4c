// The rules of dispatch an administrator edits, against a real PostgreSQL: jcc-admin tasking
// list|grant|revoke (the grant is what may_task() reads) and plan list|set|reset (what
// unit.recommend fills); each change is audited, and mistakes are named.
#include "server/store/Database.hpp"
#include "tests/admin/AdminCli.hpp"
#include "tests/support/TestDatabase.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

using namespace jcc::test;
using nlohmann::json;

namespace {

std::string value(const TestDatabase& db, const std::string& sql) {
    auto connection = jcc::store::openConnection(db.url());
    pqxx::work txn(*connection);
    const auto rows = txn.exec(sql);
    txn.commit();
    return rows.empty() || rows[0][0].is_null() ? "" : rows[0][0].as<std::string>();
}

} // namespace

TEST_CASE("tasking grant lets an agency task another's units until it is revoked") {
    TestDatabase db;
    // Migrated by the first command.
    const auto empty = runAdminOn(db.url(), {"tasking", "list"});
    INFO(empty.err);
    REQUIRE(empty.exitCode == 0);
    CHECK(empty.out == "no grants: every agency tasks only its own units\n");
    CHECK(value(db, "SELECT may_task('PCR', 'ZZS-JMK')") == "f");

    const auto granted = runAdminOn(db.url(), {"tasking", "grant", "PCR", "ZZS-JMK"});
    REQUIRE(granted.exitCode == 0);
    CHECK(granted.out.find("granted: PCR tasking units of ZZS-JMK") == 0);
    CHECK(value(db, "SELECT may_task('PCR', 'ZZS-JMK')") == "t");
    CHECK(value(db, "SELECT may_task('ZZS-JMK', 'PCR')") == "f");
    CHECK(value(db, "SELECT count(*) FROM audit WHERE action = 'tasking.grant' AND "
                    "entity_id = 'PCR>ZZS-JMK'") == "1");

    const auto again = runAdminOn(db.url(), {"tasking", "grant", "PCR", "ZZS-JMK"});
    CHECK(again.exitCode == 0);
    CHECK(again.out.find("already granted") == 0);
    CHECK(value(db, "SELECT count(*) FROM audit WHERE action = 'tasking.grant'") == "1");

    const auto listed = runAdminOn(db.url(), {"--json", "tasking", "list"});
    REQUIRE(listed.exitCode == 0);
    const auto grants = json::parse(listed.out)["grants"];
    REQUIRE(grants.size() == 1);
    CHECK(grants[0]["agency"] == "PCR");
    CHECK(grants[0]["unit_agency"] == "ZZS-JMK");

    const auto revoked = runAdminOn(db.url(), {"tasking", "revoke", "PCR", "ZZS-JMK"});
    REQUIRE(revoked.exitCode == 0);
    CHECK(value(db, "SELECT may_task('PCR', 'ZZS-JMK')") == "f");
    CHECK(value(db, "SELECT count(*) FROM audit WHERE action = 'tasking.revoke'") == "1");
}

TEST_CASE("tasking commands name a wrong agency and a missing argument") {
    TestDatabase db;
    const auto unknown = runAdminOn(db.url(), {"tasking", "grant", "PCR", "FBI"});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.find("UNIT_AGENCY 'FBI' is not an agency") != std::string::npos);
    const auto same = runAdminOn(db.url(), {"tasking", "grant", "PCR", "PCR"});
    CHECK(same.exitCode != 0);
    CHECK(same.err.find("every agency tasks its own units") != std::string::npos);
    const auto missing = runAdminOn(db.url(), {"tasking", "grant", "PCR"});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.find("tasking grant: missing UNIT_AGENCY") != std::string::npos);
    CHECK(value(db, "SELECT count(*) FROM tasking_grants") == "0");
}

TEST_CASE("plan set changes what an incident needs; plan reset puts the defaults back") {
    TestDatabase db;
    const auto listed = runAdminOn(db.url(), {"--json", "plan", "list", "--type", "flood"});
    INFO(listed.err);
    REQUIRE(listed.exitCode == 0);
    const auto plans = json::parse(listed.out)["plans"];
    CHECK(plans.size() == 12); // 3 lines × 4 priorities
    CHECK(value(db, "SELECT count FROM response_plans WHERE incident_type = 'flood' AND "
                    "priority = 1 AND unit_type = 'rescue_boat'") == "2");

    const auto set = runAdminOn(db.url(), {"plan", "set", "flood", "1", "rescue_boat", "3"});
    REQUIRE(set.exitCode == 0);
    CHECK(set.out == "flood priority 1 needs 3 × rescue_boat\n");
    CHECK(value(db, "SELECT count FROM response_plans WHERE incident_type = 'flood' AND "
                    "priority = 1 AND unit_type = 'rescue_boat'") == "3");
    const auto added = runAdminOn(
        db.url(), {"plan", "set", "theft", "2", "k9_unit", "1", "--condition", "injuries"});
    REQUIRE(added.exitCode == 0);
    CHECK(value(db, "SELECT condition FROM response_plans WHERE incident_type = 'theft' AND "
                    "priority = 2 AND unit_type = 'k9_unit'") == "injuries");
    const auto removed = runAdminOn(db.url(), {"plan", "set", "flood", "1", "patrol_car", "0"});
    REQUIRE(removed.exitCode == 0);
    CHECK(value(db, "SELECT count(*) FROM response_plans WHERE incident_type = 'flood' AND "
                    "priority = 1 AND unit_type = 'patrol_car'") == "0");
    CHECK(value(db, "SELECT count(*) FROM audit WHERE action = 'plan.set'") == "3");

    const auto reset = runAdminOn(db.url(), {"plan", "reset", "--type", "flood"});
    REQUIRE(reset.exitCode == 0);
    CHECK(value(db, "SELECT count(*) FROM response_plans WHERE incident_type = 'flood'") == "12");
    CHECK(value(db, "SELECT count FROM response_plans WHERE incident_type = 'flood' AND "
                    "priority = 1 AND unit_type = 'rescue_boat'") == "2");
    // Only flood was reset.
    CHECK(value(db, "SELECT count(*) FROM response_plans WHERE unit_type = 'k9_unit' AND "
                    "incident_type = 'theft'") == "1");

    for (const auto& [args, message] :
         std::vector<std::pair<std::vector<std::string>, std::string>>{
             {{"plan", "set", "flood", "5", "rescue_boat", "1"}, "PRIORITY: expected a whole"},
             {{"plan", "set", "flood", "1", "rescue_boat", "21"}, "COUNT: expected a whole"},
             {{"plan", "set", "flood", "1", "rescue_boat", "x"}, "COUNT: expected a whole"},
             {{"plan", "set", "flood", "1", "rescue_boat", "1", "--condition", "rain"},
              "--condition: expected power_out or injuries"},
             {{"plan", "set", "flood", "1"}, "missing UNIT_TYPE"}}) {
        const auto refused = runAdminOn(db.url(), args);
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.find(message) != std::string::npos);
    }
    const auto unknown = runAdminOn(db.url(), {"plan", "set", "volcano", "1", "rescue_boat", "1"});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("TYPE 'volcano' is not an incident type") != std::string::npos);
}
