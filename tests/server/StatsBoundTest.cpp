// stats.exchange is bounded by cost: a year of a busy centre is answered quickly, and a range
// holding more records than one reply counts is answered for the part it counted.
#include "server/store/Database.hpp"
#include "server/store/ExchangeStatsRepository.hpp"
#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <pqxx/pqxx>

using namespace jcc::test;
using nlohmann::json;

namespace {

/// `count` incidents spread evenly over 2025 (UTC), one every `spacing` seconds from New Year.
void insertIncidentsOver2025(const DispatchFixture& fixture, int count, int spacing) {
    fixture.sql("INSERT INTO incidents (ref, incident_type, priority, location_text, created_by,"
                " created_at) SELECT 'JCC-2025-' || lpad(n::text, 6, '0'), 'fire', 2, 'Valtice',"
                " (SELECT id FROM users WHERE username = 'novak'),"
                " '2025-01-01T00:00:00Z'::timestamptz + interval '1 second' * " +
                std::to_string(spacing) + " * n FROM generate_series(1, " + std::to_string(count) +
                ") AS n");
    fixture.sql("ANALYZE incidents");
}

std::int64_t incidentsCounted(const json& periods) {
    std::int64_t total = 0;
    for (const auto& period : periods) {
        for (const auto& type : period["incidents"]) {
            total += type["count"].get<std::int64_t>();
        }
    }
    return total;
}

} // namespace

TEST_CASE_METHOD(DispatchFixture, "stats.exchange answers a year of 100000 incidents by day "
                                  "within two seconds") {
    // About 270 calls a day, every day of 2025 (the last ones fall on 2025-12-31 UTC).
    insertIncidentsOver2025(*this, 100'000, 315);
    auto client = supervisor();
    const auto started = std::chrono::steady_clock::now();
    const auto reply = client->request({{"op", "stats.exchange"},
                                        {"from", "2025-01-01"},
                                        {"to", "2025-12-31"},
                                        {"group_by", "day"}},
                                       std::chrono::seconds(60));
    const auto elapsed = std::chrono::steady_clock::now() - started;
    INFO(reply.dump().substr(0, 500));
    REQUIRE(errorCode(reply) == "ok");
    CHECK(elapsed < std::chrono::seconds(2));
    CHECK(reply["result"]["periods"].size() == 365);
    // 2025-01-01T00:00Z is 01:00 in Prague: every incident falls in the range's local days.
    CHECK(incidentsCounted(reply["result"]["periods"]) == 100'000);
    CHECK(reply["result"]["truncated"] == false);
    CHECK(reply["result"]["counted_until"].is_null());
}

TEST_CASE_METHOD(DispatchFixture, "stats.exchange counts at most its bound of records and says "
                                  "where it stopped") {
    // One incident every 6 hours from 2025-01-01T06:00Z; at most 10 are counted, so the count
    // stops before the 11th, created 2025-01-03T18:00Z (19:00 in Prague).
    insertIncidentsOver2025(*this, 100, 6 * 3600);
    auto connection = jcc::store::openConnection(db.url());
    jcc::store::ExchangeStatsRepository::prepare(*connection);
    pqxx::read_transaction txn(*connection);
    const auto stats = jcc::store::ExchangeStatsRepository::buckets(
        txn, {"2025-01-01", "2025-12-31", "day", "Europe/Prague", "en", 10});
    CHECK(stats.countedUntil == "2025-01-03T18:00:00.000000Z");
    REQUIRE(stats.periods.size() == 3);
    CHECK(stats.periods[0]["period"] == "2025-01-01");
    CHECK(stats.periods[0]["incidents"][0]["count"] == 3);
    CHECK(stats.periods[1]["incidents"][0]["count"] == 4);
    CHECK(stats.periods[2]["period"] == "2025-01-03");
    CHECK(stats.periods[2]["incidents"][0]["count"] == 3);
    CHECK(incidentsCounted(stats.periods) == 10);

    // Exactly as many records in the range as the bound: all of them, nothing cut.
    const auto whole = jcc::store::ExchangeStatsRepository::buckets(
        txn, {"2025-01-01", "2025-01-02", "day", "Europe/Prague", "en", 7});
    CHECK_FALSE(whole.countedUntil);
    CHECK(whole.periods.size() == 2);
    CHECK(incidentsCounted(whole.periods) == 7);
    const auto plan = txn.exec("EXPLAIN EXECUTE stats_exchange('2025-01-01', '2025-12-31', 'day',"
                               " 'Europe/Prague', 'en', 10)");
    std::string text;
    for (const auto& row : plan) {
        text += row[0].as<std::string>() + "\n";
    }
    INFO(text);
    CHECK(text.find("using incidents_created_at_id") != std::string::npos);
    CHECK(text.find("Seq Scan on incidents") == std::string::npos);
}
