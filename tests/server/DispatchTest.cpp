#include "server/store/AccountService.hpp"
#include "server/store/Database.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>
#include <set>
#include <thread>

using namespace jcc::test;
using nlohmann::json;

namespace {

json breclavIncident(const std::string& requestId) {
    return {{"op", "incident.create"},
            {"request_id", requestId},
            {"type", "traffic_accident"},
            {"priority", 2},
            {"location", {{"text", "Sládkova 12"}, {"lat", 48.7590}, {"lon", 16.8820}}},
            {"description", "Srážka dvou vozidel"},
            {"caller", {{"name", "Petr Svoboda"}, {"phone", "+420 605 123 456"}}}};
}

} // namespace

TEST_CASE_METHOD(ServerFixture, "a created incident reaches every subscribed console in order") {
    auto writer = loggedIn();
    auto watcher = loggedIn();
    const auto subscribed = watcher->call("subscribe");
    REQUIRE(errorCode(subscribed) == "ok");
    CHECK(subscribed["result"]["mode"] == "snapshot");
    const auto seq = subscribed["result"]["seq"].get<std::int64_t>();
    CHECK(subscribed["result"]["snapshot"]["incident_types"].size() == 11);

    const auto created = writer->request(breclavIncident("req-00000001"));
    REQUIRE(errorCode(created) == "ok");
    const auto& incident = created["result"]["incident"];
    CHECK_THAT(incident["ref"].get<std::string>(), Catch::Matchers::StartsWith("JCC-"));
    CHECK(incident["status"] == "new");
    CHECK(incident["version"] == 1);
    CHECK(incident["location"]["municipality"] == "Břeclav");
    CHECK(incident["location"]["country_side"] == "CZ");
    CHECK(incident["has_caller"] == true);
    CHECK_FALSE(incident.contains("caller"));
    CHECK(created["result"]["possible_duplicates"].empty());

    const auto push = watcher->nextPush();
    REQUIRE(push.has_value());
    CHECK((*push)["event"] == "incident.created");
    CHECK((*push)["seq"] == seq + 1);
    CHECK((*push)["data"]["id"] == incident["id"]);

    const auto second = writer->request(breclavIncident("req-00000002"));
    CHECK(second["result"]["possible_duplicates"].size() == 1);
    CHECK((*watcher->nextPush())["seq"] == seq + 2);
}

TEST_CASE_METHOD(ServerFixture,
                 "the same request id returns the first result and changes nothing") {
    auto client = loggedIn();
    client->call("subscribe");
    const auto first = client->request(breclavIncident("retry-0000001"));
    const auto again = client->request(breclavIncident("retry-0000001"));
    CHECK(first["result"] == again["result"]);
    REQUIRE(client->nextPush().has_value());
    CHECK_FALSE(client->nextPush(std::chrono::milliseconds(1500)).has_value());
    auto other = client->request({{"op", "incident.get"}, {"incident_id", 1}});
    CHECK(errorCode(other) == "ok");
    const auto misuse = client->call("subscribe", {{"request_id", "retry-0000001"}});
    CHECK(errorCode(misuse) == "bad_request");
}

TEST_CASE_METHOD(ServerFixture,
                 "a console resuming from its last seq gets exactly what it missed") {
    auto writer = loggedIn();
    std::int64_t lastSeq = 0;
    {
        auto console = loggedIn();
        lastSeq = console->call("subscribe")["result"]["seq"];
    }
    for (int i = 0; i < 5; ++i) {
        REQUIRE(errorCode(writer->request(breclavIncident("missed-000" + std::to_string(i)))) ==
                "ok");
    }
    auto console = loggedIn();
    const auto resumed = console->call("subscribe", {{"since_seq", lastSeq}});
    REQUIRE(errorCode(resumed) == "ok");
    CHECK(resumed["result"]["mode"] == "events");
    CHECK(resumed["result"]["missed"] == 5);
    for (int i = 1; i <= 5; ++i) {
        const auto push = console->nextPush();
        REQUIRE(push.has_value());
        CHECK((*push)["seq"] == lastSeq + i);
    }
    writer->request(breclavIncident("after-0000001"));
    CHECK((*console->nextPush())["seq"] == lastSeq + 6);
}

TEST_CASE("a resume larger than the outbound queue is replayed whole; live events count again") {
    ServerFixture fixture(
        {"--rate-limit", "1000", "--rate-burst", "1000", "--outbound-queue", "8"});
    std::int64_t lastSeq = 0;
    {
        auto before = fixture.loggedIn();
        lastSeq = before->call("subscribe")["result"]["seq"].get<std::int64_t>();
    }
    auto writer = fixture.loggedIn();
    constexpr int kMissed = 300;
    for (int i = 0; i < kMissed; ++i) {
        REQUIRE(errorCode(writer->request(
                    breclavIncident("replay-" + std::to_string(10000 + i)))) == "ok");
    }
    auto console = fixture.loggedIn();
    const auto resumed = console->call("subscribe", {{"since_seq", lastSeq}});
    REQUIRE(errorCode(resumed) == "ok");
    CHECK(resumed["result"]["missed"] == kMissed);
    for (int i = 1; i <= kMissed; ++i) {
        const auto push = console->nextPush();
        REQUIRE(push.has_value());
        REQUIRE((*push)["seq"] == lastSeq + i);
    }
    CHECK_FALSE(console->closed());
    writer->request(breclavIncident("replay-after-1"));
    CHECK((*console->nextPush())["seq"] == lastSeq + kMissed + 1);
    CHECK_THAT(httpGet(fixture.server.metricsPort(), "/metrics").body,
               Catch::Matchers::Contains("jcc_slow_consumers_total 0"));
}

TEST_CASE_METHOD(ServerFixture, "bad incident input names the field and changes nothing") {
    auto client = loggedIn();
    auto bad = [&](json change, const std::string& field) {
        json request = breclavIncident("bad-00000001");
        for (auto& [key, value] : change.items()) {
            if (value.is_null()) {
                request.erase(key);
            } else {
                request[key] = value;
            }
        }
        const auto reply = client->request(request);
        INFO(reply.dump());
        CHECK(errorCode(reply) == "bad_request");
        CHECK(reply["error"]["field"] == field);
    };
    bad({{"type", "alien_landing"}}, "type");
    bad({{"priority", 5}}, "priority");
    bad({{"priority", "1"}}, "priority");
    bad({{"location", {{"text", "x"}, {"lat", 91}, {"lon", 16}}}}, "location.lat");
    bad({{"location", {{"text", "x"}, {"lat", 48}}}}, "location.lon");
    bad({{"location", {{"lat", 48}, {"lon", 16}}}}, "location.text");
    bad({{"location", "Břeclav"}}, "location");
    bad({{"caller", {{"name", 5}}}}, "caller.name");
    bad({{"colour", "red"}}, "colour");
    bad({{"request_id", "short"}}, "request_id");
    bad({{"request_id", nullptr}}, "request_id");
    const auto get = client->request({{"op", "incident.get"}, {"incident_id", 1}});
    CHECK(errorCode(get) == "not_found");
}

TEST_CASE_METHOD(ServerFixture, "admins cannot dispatch; operators can") {
    {
        auto connection = jcc::store::openConnection(db.url());
        jcc::store::prepareStatements(*connection);
        jcc::store::AccountService(*connection, {})
            .addUser({"admin.cz", "Správce", jcc::Role::Admin, "PCR", jcc::Country::CZ,
                      jcc::Language::Cs},
                     kOperatorPassword, {std::nullopt, "os:test", "test"});
    }
    auto admin = connect();
    REQUIRE(errorCode(admin->helloAndLogin("admin.cz", kOperatorPassword)) == "forbidden");
    CHECK(errorCode(admin->request(breclavIncident("admin-0000001"))) == "unauthorized");
    CHECK(errorCode(admin->call("subscribe")) == "unauthorized");
}

TEST_CASE_METHOD(ServerFixture, "a command's change, audit record and event commit together") {
    auto connection = jcc::store::openConnection(db.url());
    auto count = [&](const std::string& sql) {
        pqxx::read_transaction txn(*connection);
        return txn.exec1(sql)[0].as<long>();
    };
    auto client = loggedIn();
    const auto created = client->request(breclavIncident("atomic-00001"));
    REQUIRE(errorCode(created) == "ok");
    const auto id = created["result"]["incident"]["id"].get<long>();
    // Once the reply is here, all three are committed.
    CHECK(count("SELECT count(*) FROM incidents WHERE id = " + std::to_string(id)) == 1);
    CHECK(count("SELECT count(*) FROM audit WHERE action = 'incident.create' AND entity_id = '" +
                std::to_string(id) + "'") == 1);
    CHECK(count("SELECT count(*) FROM events WHERE event = 'incident.created' AND entity_id = " +
                std::to_string(id)) == 1);

    // Make the event write fail: nothing of the command may remain.
    {
        pqxx::work txn(*connection);
        txn.exec("CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                 "RAISE EXCEPTION 'event refused by test'; END $$");
        txn.exec("CREATE TRIGGER refuse_event BEFORE INSERT ON events "
                 "FOR EACH ROW EXECUTE FUNCTION refuse_event()");
        txn.commit();
    }
    const auto incidentsBefore = count("SELECT count(*) FROM incidents");
    const auto auditBefore = count("SELECT count(*) FROM audit");
    const auto failed = client->request(breclavIncident("atomic-00002"));
    CHECK(errorCode(failed) == "internal");
    CHECK(count("SELECT count(*) FROM incidents") == incidentsBefore);
    CHECK(count("SELECT count(*) FROM audit") == auditBefore);
    CHECK(count("SELECT count(*) FROM request_results WHERE request_id = 'atomic-00002'") == 0);
}

TEST_CASE_METHOD(ServerFixture, "resuming from before the retained log gets a snapshot") {
    auto writer = loggedIn();
    for (int i = 0; i < 3; ++i) {
        REQUIRE(errorCode(writer->request(breclavIncident("pruned-0000" + std::to_string(i)))) ==
                "ok");
    }
    {
        auto connection = jcc::store::openConnection(db.url());
        pqxx::work txn(*connection);
        txn.exec("DELETE FROM events WHERE seq < (SELECT last_seq FROM event_counter)");
        txn.commit();
    }
    auto console = loggedIn();
    const auto resumed = console->call("subscribe", {{"since_seq", 0}});
    REQUIRE(errorCode(resumed) == "ok");
    CHECK(resumed["result"]["mode"] == "snapshot");
    CHECK(resumed["result"]["reason"] == "missed events are no longer retained");
    CHECK(resumed["result"]["snapshot"]["incidents"].size() == 3);
    const auto ahead = console->call("subscribe", {{"since_seq", 999999}});
    CHECK(ahead["result"]["mode"] == "snapshot");
    CHECK(ahead["result"]["reason"] == "since_seq is ahead of the server");
}

TEST_CASE("events older than the retention are pruned; the last one stays") {
    TestDatabase db;
    addUser(db, kOperator, jcc::Role::Operator, "PCR", jcc::Country::CZ);
    {
        ServerProcess first(db.url());
        WsClient client(first.port());
        REQUIRE(client.helloAndLogin(kOperator, kOperatorPassword)["ok"] == true);
        for (int i = 0; i < 3; ++i) {
            REQUIRE(errorCode(client.request(breclavIncident("retain-0000" + std::to_string(i)))) ==
                    "ok");
        }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    ServerProcess second(db.url(), {"--event-retention", "1s"});
    CHECK_THAT(waitForText(second.dataDir() / "server.log", "pruned", std::chrono::seconds(10)),
               Catch::Matchers::Contains("pruned 2 event(s) and 3 request result(s)"));
    WsClient console(second.port());
    console.helloAndLogin(kOperator, kOperatorPassword);
    CHECK(console.call("subscribe", {{"since_seq", 0}})["result"]["mode"] == "snapshot");
    CHECK(console.call("subscribe", {{"since_seq", 2}})["result"]["mode"] == "events");
}
