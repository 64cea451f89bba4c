// Bounded work per op: what one request can make the server read and send stays small however
// much data there is.
#include "server/store/Database.hpp"
#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

using namespace jcc::test;
using nlohmann::json;

TEST_CASE_METHOD(DispatchFixture, "incident.create near 5,000 open incidents lists the ten "
                                  "nearest as summaries in a small reply") {
    // A flood along the Morava: 5,000 open calls about one street in Hodonín, spread over
    // about 450 m, the nearest ones created first (so "newest first" alone would miss them).
    sql("INSERT INTO incidents (ref, incident_type, priority, location_text, lat, lon, created_by)"
        " SELECT 'JCC-2025-' || lpad(n::text, 6, '0'), 'flood', 2, 'Národní třída',"
        " 48.8500 + n * 0.0000008, 17.1300, (SELECT id FROM users WHERE username = 'novak')"
        " FROM generate_series(1, 5000) AS n");
    sql("UPDATE incidents SET created_at = now() - interval '1 minute' * (5000 - id) / 1000");
    auto client = loggedIn();
    const auto reply = client->request(
        {{"op", "incident.create"},
         {"request_id", newRequestId()},
         {"type", "flood"},
         {"priority", 2},
         {"location", {{"text", "Národní třída 1"}, {"lat", 48.8500}, {"lon", 17.1300}}}});
    REQUIRE(errorCode(reply) == "ok");
    CHECK(reply.dump().size() < 4096);
    const auto& duplicates = reply["result"]["possible_duplicates"];
    REQUIRE(duplicates.size() == 10);
    double last = 0;
    for (const auto& duplicate : duplicates) {
        std::vector<std::string> keys;
        for (const auto& [key, value] : duplicate.items()) {
            keys.push_back(key);
        }
        CHECK(keys == std::vector<std::string>{"created_at", "distance_m", "id", "priority", "ref",
                                               "status", "type"});
        CHECK(duplicate["type"] == "flood");
        CHECK(duplicate["distance_m"].get<double>() >= last);
        last = duplicate["distance_m"].get<double>();
    }
    CHECK(duplicates[0]["distance_m"] == 0);
    CHECK(last <= 500);
}

TEST_CASE_METHOD(DispatchFixture, "possible duplicates are the same type, open, within 500 m and "
                                  "30 minutes") {
    auto client = loggedIn();
    const auto near = createIncident(*client, 48.7590, 16.8820, "fire");
    createIncident(*client, 48.7590, 16.8820, "traffic_accident"); // another type
    createIncident(*client, 48.7700, 16.8820, "fire");             // 1.2 km north
    const auto old = createIncident(*client, 48.7591, 16.8821, "fire");
    sql("UPDATE incidents SET created_at = now() - interval '31 minutes' WHERE id = " +
        old["id"].dump());
    const auto closed = createIncident(*client, 48.7592, 16.8822, "fire");
    sql("UPDATE incidents SET status = 'closed' WHERE id = " + closed["id"].dump());
    const auto reply =
        client->request({{"op", "incident.create"},
                         {"request_id", newRequestId()},
                         {"type", "fire"},
                         {"priority", 1},
                         {"location", {{"text", "Břeclav"}, {"lat", 48.7593}, {"lon", 16.8823}}}});
    REQUIRE(errorCode(reply) == "ok");
    const auto& duplicates = reply["result"]["possible_duplicates"];
    REQUIRE(duplicates.size() == 1);
    CHECK(duplicates[0]["id"] == near["id"]);
    CHECK(duplicates[0]["ref"] == near["ref"]);
    CHECK(duplicates[0]["status"] == "new");
    CHECK(duplicates[0]["distance_m"] == 40);
    CHECK(duplicates[0]["created_at"] == near["created_at"]);
}

TEST_CASE("a statement that waits past --statement-timeout is cancelled and answered unavailable") {
    DispatchFixture fixture({"--statement-timeout", "1s"});
    auto client = fixture.loggedIn();
    {
        // Someone holds the seq lock far too long (a stuck session, a runaway admin query).
        auto connection = jcc::store::openConnection(fixture.db.url());
        pqxx::work holder(*connection);
        holder.exec("SELECT last_seq FROM event_counter FOR UPDATE");
        const auto reply = client->request({{"op", "incident.create"},
                                            {"request_id", newRequestId()},
                                            {"type", "fire"},
                                            {"priority", 2},
                                            {"location", {{"text", "Valtice"}}}},
                                           std::chrono::seconds(30));
        CHECK(errorCode(reply) == "unavailable");
        CHECK(reply["error"]["message"] == "the database did not answer in time; retry shortly");
    }
    CHECK(createIncident(*client)["status"] == "new");
}
