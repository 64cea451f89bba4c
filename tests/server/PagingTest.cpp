// Paging by key: incident.list and handover.list hand out every row exactly once, in order, while
// new rows arrive between pages, and read each page from an index in list order.
#include "server/store/Database.hpp"
#include "server/store/HandoverRepository.hpp"
#include "server/store/IncidentRepository.hpp"
#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>
#include <functional>
#include <pqxx/pqxx>

using namespace jcc::test;
using nlohmann::json;

namespace {

using Ids = std::vector<std::int64_t>;

/// The ids of `items` in order.
Ids idsOf(const json& items) {
    Ids ids;
    for (const auto& item : items) {
        ids.push_back(item["id"].get<std::int64_t>());
    }
    return ids;
}

/// Reads every page of `op` with `limit` rows each, calling `betweenPages` after the first page;
/// returns the ids in the order they came. Every page but the last is full.
Ids readAllPages(WsClient& client, const std::string& op, const std::string& items, json fields,
                 int limit, const std::function<void()>& betweenPages) {
    Ids seen;
    fields["limit"] = limit;
    for (int page = 0; page < 100; ++page) {
        const auto reply = client.call(op, fields);
        INFO(reply.dump());
        REQUIRE(errorCode(reply) == "ok");
        const auto ids = idsOf(reply["result"][items]);
        seen.insert(seen.end(), ids.begin(), ids.end());
        if (reply["result"]["next"].is_null()) {
            return seen;
        }
        CHECK(ids.size() == static_cast<std::size_t>(limit));
        fields["after"] = reply["result"]["next"];
        if (page == 0) {
            betweenPages();
        }
    }
    FAIL("more than 100 pages");
    return seen;
}

/// `count` incidents created from 2026-03-01T08:00Z on, two per minute (so pairs share a
/// created_at and only the id orders them).
void insertIncidents(const DispatchFixture& fixture, int count) {
    fixture.sql("INSERT INTO incidents (ref, incident_type, priority, location_text, created_by,"
                " created_at) SELECT 'JCC-2025-' || lpad(n::text, 6, '0'),"
                " CASE WHEN n % 3 = 0 THEN 'theft' ELSE 'fire' END, 2, 'Valtice',"
                " (SELECT id FROM users WHERE username = 'novak'),"
                " '2026-03-01T08:00:00Z'::timestamptz + interval '1 minute' * (n / 2)"
                " FROM generate_series(1, " +
                std::to_string(count) + ") AS n");
}

/// The ids a statement's single text column lists, comma-separated.
Ids idsFrom(const std::string& text) {
    Ids ids;
    for (std::size_t start = 0; start < text.size();) {
        const auto end = std::min(text.find(',', start), text.size());
        ids.push_back(std::stoll(text.substr(start, end - start)));
        start = end + 1;
    }
    return ids;
}

/// The plan of EXECUTE `execute` on a connection where the server's page statements are prepared
/// (libpqxx prepares a statement when it first runs).
std::string planOf(const DispatchFixture& fixture, const std::string& execute) {
    auto connection = jcc::store::openConnection(fixture.db.url());
    jcc::store::IncidentRepository::prepare(*connection);
    jcc::store::HandoverRepository::prepare(*connection);
    pqxx::read_transaction txn(*connection);
    const auto top = jcc::store::PageKey::top();
    jcc::store::IncidentRepository::list(txn, {}, top, 1);
    jcc::store::HandoverRepository::list(txn, {"Europe/Prague"}, top, 1);
    std::string plan;
    for (const auto& row : txn.exec("EXPLAIN EXECUTE " + execute)) {
        plan += row[0].as<std::string>() + "\n";
    }
    return plan;
}

} // namespace

TEST_CASE_METHOD(DispatchFixture, "incident.list pages give every incident once and newest first "
                                  "while new incidents arrive") {
    insertIncidents(*this, 11);
    const auto expected =
        idsFrom(sql("SELECT string_agg(id::text, ',' ORDER BY created_at DESC, id DESC) "
                    "FROM incidents"));
    auto client = loggedIn();
    const auto seen = readAllPages(*client, "incident.list", "incidents", json::object(), 3, [&] {
        // Two calls come in while the operator reads the first page: they are newer than every
        // listed incident, so they belong before it, not in the pages that follow.
        createIncident(*client);
        createIncident(*client);
    });
    CHECK(seen == expected);

    // With a filter, and a page size that divides the matches exactly: the last full page says
    // there is no next one only when nothing follows.
    const auto fires =
        idsFrom(sql("SELECT string_agg(id::text, ',' ORDER BY created_at DESC, id DESC) "
                    "FROM incidents WHERE incident_type = 'fire' AND location_text = 'Valtice'"));
    REQUIRE(fires.size() == 8);
    CHECK(readAllPages(*client, "incident.list", "incidents",
                       {{"type", {"fire"}}, {"to", "2026-03-02T00:00:00Z"}}, 4, [] {}) == fires);
    const auto last = client->call(
        "incident.list", {{"type", {"fire"}}, {"limit", 8}, {"to", "2026-03-02T00:00:00Z"}});
    CHECK(last["result"]["next"].is_null());
    CHECK(last["result"]["total"] == 8);
}

TEST_CASE_METHOD(DispatchFixture, "the total of a list is counted up to 10,000") {
    insertIncidents(*this, 10'050);
    auto client = loggedIn();
    const auto all = client->call("incident.list", {{"limit", 1}});
    REQUIRE(errorCode(all) == "ok");
    CHECK(all["result"]["total"] == 10'000);
    CHECK(all["result"]["total_capped"] == true);
    const auto thefts = client->call("incident.list", {{"type", {"theft"}}, {"limit", 1}});
    CHECK(thefts["result"]["total"] == 3350);
    CHECK(thefts["result"]["total_capped"] == false);

    sql("INSERT INTO liaison_requests (from_agency, to_agency, kind, subject, body, priority, "
        "due_at, created_by) SELECT 'PCR', 'PZSR', 'information_request', 'Dotaz ' || n, "
        "'Text', 3, now() + interval '4 hours', (SELECT id FROM users WHERE username = 'novak') "
        "FROM generate_series(1, 10050) AS n");
    const auto liaisons = client->call("liaison.list", {{"limit", 1}});
    REQUIRE(errorCode(liaisons) == "ok");
    CHECK(liaisons["result"]["total"] == 10'000);
    CHECK(liaisons["result"]["total_capped"] == true);
}

TEST_CASE_METHOD(DispatchFixture, "incident.list refuses a cursor it did not hand out and offset") {
    insertIncidents(*this, 3);
    auto client = loggedIn();
    const auto first = client->call("incident.list", {{"limit", 1}});
    REQUIRE(errorCode(first) == "ok");
    const std::string next = first["result"]["next"];
    CHECK(errorCode(client->call("incident.list", {{"after", next}})) == "ok");
    for (const json& after :
         {json("h" + next.substr(1)), json("i.0" + next.substr(2)), json("i.-1.1"),
          json(next + std::string(1, '\0')), json(next + "\u202e"), json(""),
          json(std::string(5000, 'i')), json(12), json::array({next}), json::object({{"at", 1}})}) {
        INFO(after.dump());
        refused(*client, {{"op", "incident.list"}, {"after", after}}, "bad_request", "after");
    }
    refused(*client, {{"op", "incident.list"}, {"offset", 1}}, "bad_request", "offset");
    CHECK(errorCode(client->call("incident.list")) == "ok");
}

TEST_CASE_METHOD(DispatchFixture, "handover.list pages give every report once and newest shift "
                                  "first while new reports arrive") {
    // Day shifts from 2026-03-01 to 2026-03-07 (06:00 in Prague), plus a report starting at
    // midnight Prague time, which is the evening before in UTC.
    sql("INSERT INTO handover_reports (shift_id, starts_at, ends_at)"
        " SELECT to_char(d AT TIME ZONE 'UTC', 'YYYY-MM-DD') || 'D', d + interval '5 hours',"
        " d + interval '17 hours' FROM generate_series('2026-03-01T00:00Z'::timestamptz,"
        " '2026-03-07T00:00Z', interval '1 day') AS d");
    sql("INSERT INTO handover_reports (shift_id, starts_at, ends_at) VALUES"
        " ('2026-03-05M', '2026-03-04T23:00:00Z', '2026-03-05T05:00:00Z')");
    const auto expected =
        idsFrom(sql("SELECT string_agg(id::text, ',' ORDER BY starts_at DESC, id DESC) FROM "
                    "handover_reports"));
    auto client = supervisor();
    const auto seen = readAllPages(*client, "handover.list", "reports", json::object(), 3, [&] {
        sql("INSERT INTO handover_reports (shift_id, starts_at, ends_at) VALUES"
            " ('2026-03-20D', '2026-03-20T05:00:00Z', '2026-03-20T17:00:00Z')");
    });
    CHECK(seen == expected);

    // Local dates of the start: the midnight report belongs to 2026-03-05, not 03-04.
    const auto listed =
        client->call("handover.list", {{"from", "2026-03-04"}, {"to", "2026-03-05"}, {"limit", 2}});
    REQUIRE(errorCode(listed) == "ok");
    std::vector<std::string> shifts;
    for (const auto& report : listed["result"]["reports"]) {
        shifts.push_back(report["shift_id"]);
    }
    CHECK(shifts == std::vector<std::string>{"2026-03-05D", "2026-03-05M"});
    CHECK(listed["result"]["total"] == 3);
    const auto rest = client->call(
        "handover.list",
        {{"from", "2026-03-04"}, {"to", "2026-03-05"}, {"after", listed["result"]["next"]}});
    REQUIRE(errorCode(rest) == "ok");
    CHECK(rest["result"]["reports"][0]["shift_id"] == "2026-03-04D");
    CHECK(rest["result"]["next"].is_null());

    refused(*client, {{"op", "handover.list"}, {"after", "i.1.1"}}, "bad_request", "after");
}

TEST_CASE_METHOD(DispatchFixture, "a page is read from the index in list order and not sorted "
                                  "from the whole table") {
    insertIncidents(*this, 20'000);
    sql("INSERT INTO handover_reports (shift_id, starts_at, ends_at)"
        " SELECT to_char(d AT TIME ZONE 'UTC', 'YYYY-MM-DD') || 'D', d + interval '5 hours',"
        " d + interval '17 hours' FROM generate_series('2000-01-01T00:00Z'::timestamptz,"
        " '2026-03-07T00:00Z', interval '1 day') AS d");
    sql("ANALYZE incidents");
    sql("ANALYZE handover_reports");
    for (const std::string after :
         {"9007199254740991, 9223372036854775807", "epoch_us('2026-03-05T00:00Z'), 1"}) {
        // Without filters: a filter the planner takes for selective may rather sort its matches.
        const auto incidents =
            planOf(*this, "incident_page(NULL, NULL, NULL, NULL, NULL, NULL, " + after + ", 101)");
        INFO(incidents);
        CHECK(incidents.find("Index Scan Backward using incidents_created_at_id") !=
              std::string::npos);
        CHECK(incidents.find("Sort") == std::string::npos);
        const auto plan =
            planOf(*this, "handover_page('Europe/Prague', NULL, NULL, NULL, " + after + ", 101)");
        INFO(plan);
        CHECK(plan.find("Index Scan Backward using handover_reports_starts_at_id") !=
              std::string::npos);
        CHECK(plan.find("Sort") == std::string::npos);
    }
}
