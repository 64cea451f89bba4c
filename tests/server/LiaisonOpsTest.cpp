#include "server/store/Database.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>
#include <set>
#include <thread>

using namespace jcc::test;
using nlohmann::json;

namespace {

constexpr const char* kSlovak = "horvath"; // PZSR, SK

json createRequest(const std::string& requestId, const std::string& toAgency = "PZSR",
                   int priority = 2) {
    return {{"op", "liaison.create"},
            {"request_id", requestId},
            {"to_agency", toAgency},
            {"kind", "person_vehicle_check"},
            {"subject", "Lustrace vozidla BA-123XY"},
            {"body", "Prosíme o lustraci vozidla Škoda Octavia, RZ BA-123XY, viděno v Lanžhotě."},
            {"priority", priority}};
}

json op(const std::string& name, const std::string& requestId, json fields) {
    fields["op"] = name;
    fields["request_id"] = requestId;
    return fields;
}

std::unique_ptr<WsClient> login(const ServerFixture& fixture, const std::string& username) {
    auto client = fixture.connect();
    const auto reply = client->helloAndLogin(username, kOperatorPassword);
    if (!reply.value("ok", false)) {
        throw std::runtime_error("login of " + username + " failed: " + reply.dump());
    }
    return client;
}

/// One value from the test's database.
template <class T> T queryValue(const std::string& url, const std::string& sql) {
    auto connection = jcc::store::openConnection(url);
    pqxx::work txn(*connection);
    return txn.exec1(sql)[0].as<T>();
}

void execute(const std::string& url, const std::string& sql) {
    auto connection = jcc::store::openConnection(url);
    pqxx::work txn(*connection);
    txn.exec0(sql);
    txn.commit();
}

struct LiaisonFixture : ServerFixture {
    // The validation cases send dozens of requests back to back, above the default rate.
    LiaisonFixture() : ServerFixture({"--rate-limit", "1000", "--rate-burst", "1000"}) {
        addUser(db, kSlovak, jcc::Role::Operator, "PZSR", jcc::Country::SK);
    }
};

} // namespace

TEST_CASE_METHOD(LiaisonFixture,
                 "liaison: a CZ request is acknowledged, answered and closed, every step pushed "
                 "in order") {
    auto czech = loggedIn();
    auto slovak = login(*this, kSlovak);
    auto watcher = loggedIn();
    const auto seq = watcher->call("subscribe")["result"]["seq"].get<std::int64_t>();

    const auto created = czech->request(createRequest("liaison-life-01"));
    REQUIRE(errorCode(created) == "ok");
    const auto request = created["result"]["liaison"];
    const auto id = request["id"].get<std::int64_t>();
    CHECK(request["from_agency"] == "PCR");
    CHECK(request["to_agency"] == "PZSR");
    CHECK(request["direction"] == "CZ→SK");
    CHECK(request["kind"] == "person_vehicle_check");
    CHECK(request["status"] == "open");
    CHECK(request["priority"] == 2);
    CHECK(request["overdue"] == false);
    CHECK(request["created_by"] == kOperator);
    CHECK(request["incident_id"].is_null());
    CHECK(request["replies"] == json::array());
    CHECK(request["reject_reason"].is_null());
    CHECK(request["version"] == 1);
    CHECK(queryValue<double>(db.url(), "SELECT extract(epoch FROM due_at - created_at) FROM "
                                       "liaison_requests WHERE id = " +
                                           std::to_string(id)) == 3600.0);
    auto push = watcher->nextPush();
    REQUIRE(push.has_value());
    CHECK((*push)["event"] == "liaison.created");
    CHECK((*push)["seq"] == seq + 1);
    CHECK((*push)["data"] == request);

    const auto acked =
        slovak->request(op("liaison.ack", "liaison-life-02", {{"liaison_id", id}, {"version", 1}}));
    REQUIRE(errorCode(acked) == "ok");
    CHECK(acked["result"]["liaison"]["status"] == "acknowledged");
    CHECK(acked["result"]["liaison"]["acknowledged_at"].is_string());
    CHECK(acked["result"]["liaison"]["version"] == 2);
    push = watcher->nextPush();
    CHECK((*push)["event"] == "liaison.updated");
    CHECK((*push)["seq"] == seq + 2);
    CHECK((*push)["data"] == acked["result"]["liaison"]);

    const auto answered =
        slovak->request(op("liaison.reply", "liaison-life-03",
                           {{"liaison_id", id}, {"body", "Vozidlo je kradnuté."}}));
    REQUIRE(errorCode(answered) == "ok");
    const auto& afterAnswer = answered["result"]["liaison"];
    CHECK(afterAnswer["status"] == "answered");
    CHECK(afterAnswer["answered_at"].is_string());
    CHECK(afterAnswer["version"] == 3);
    REQUIRE(afterAnswer["replies"].size() == 1);
    CHECK(afterAnswer["replies"][0]["author"] == kSlovak);
    CHECK(afterAnswer["replies"][0]["agency"] == "PZSR");
    CHECK(afterAnswer["replies"][0]["body"] == "Vozidlo je kradnuté.");
    CHECK((*watcher->nextPush())["seq"] == seq + 3);

    // The requesting side's reply adds to the thread and leaves the status.
    const auto thanked = czech->request(
        op("liaison.reply", "liaison-life-04", {{"liaison_id", id}, {"body", "Děkujeme."}}));
    REQUIRE(errorCode(thanked) == "ok");
    CHECK(thanked["result"]["liaison"]["status"] == "answered");
    CHECK(thanked["result"]["liaison"]["answered_at"] == afterAnswer["answered_at"]);
    CHECK(thanked["result"]["liaison"]["replies"].size() == 2);
    CHECK(thanked["result"]["liaison"]["replies"][1]["agency"] == "PCR");
    CHECK((*watcher->nextPush())["seq"] == seq + 4);

    const auto closed = czech->request(
        op("liaison.close", "liaison-life-05", {{"liaison_id", id}, {"version", 4}}));
    REQUIRE(errorCode(closed) == "ok");
    CHECK(closed["result"]["liaison"]["status"] == "closed");
    CHECK(closed["result"]["liaison"]["closed_at"].is_string());
    CHECK(closed["result"]["liaison"]["version"] == 5);
    push = watcher->nextPush();
    CHECK((*push)["seq"] == seq + 5);
    CHECK((*push)["data"]["status"] == "closed");

    // A closed request takes no more replies, from either side.
    int attempt = 0;
    for (auto* client : {czech.get(), slovak.get()}) {
        const auto late =
            client->request(op("liaison.reply", "liaison-late-0" + std::to_string(++attempt),
                               {{"liaison_id", id}, {"body", "Ještě něco."}}));
        CHECK(errorCode(late) == "invalid_transition");
        CHECK(late["error"]["field"] == "status");
        CHECK(late["error"]["allowed"] == json::array());
    }

    const auto asCzech = czech->call("liaison.get", {{"liaison_id", id}});
    CHECK(asCzech["result"]["side"] == "requesting");
    CHECK(asCzech["result"]["liaison"] == closed["result"]["liaison"]);
    CHECK(slovak->call("liaison.get", {{"liaison_id", id}})["result"]["side"] == "receiving");

    // One audit record per change, with the node and the actor.
    CHECK(queryValue<int>(db.url(), "SELECT count(*) FROM audit WHERE entity = "
                                    "'liaison_request' AND node IS NOT NULL") == 5);
    CHECK(queryValue<std::string>(db.url(), "SELECT string_agg(action || ':' || actor, ',' "
                                            "ORDER BY id) FROM audit WHERE entity = "
                                            "'liaison_request'") ==
          "liaison.create:novak,liaison.ack:horvath,liaison.reply:horvath,liaison.reply:novak,"
          "liaison.close:novak");
    CHECK_FALSE(watcher->nextPush(std::chrono::milliseconds(500)).has_value());
}

TEST_CASE_METHOD(LiaisonFixture, "liaison: the due time follows the priority") {
    auto czech = loggedIn();
    const std::vector<std::pair<int, double>> expected{
        {1, 15 * 60.0}, {2, 3600.0}, {3, 4 * 3600.0}, {4, 24 * 3600.0}};
    for (const auto& [priority, seconds] : expected) {
        const auto created = czech->request(
            createRequest("liaison-due-0" + std::to_string(priority), "PZSR", priority));
        REQUIRE(errorCode(created) == "ok");
        const auto id = created["result"]["liaison"]["id"].get<std::int64_t>();
        CHECK(queryValue<double>(db.url(), "SELECT extract(epoch FROM due_at - created_at) FROM "
                                           "liaison_requests WHERE id = " +
                                               std::to_string(id)) == seconds);
    }
}

TEST_CASE_METHOD(LiaisonFixture, "liaison: bad input names the field and changes nothing") {
    auto czech = loggedIn();
    auto expect = [&](const json& request, const std::string& code, const std::string& field) {
        const auto reply = czech->request(request);
        INFO(request.dump() << " → " << reply.dump());
        CHECK(errorCode(reply) == code);
        CHECK(reply["error"].value("field", "") == field);
        CHECK_FALSE(reply["error"].value("message", "").empty());
    };
    auto changed = [&](json change) {
        json request = createRequest("liaison-bad-01");
        for (auto& [key, value] : change.items()) {
            if (value.is_null()) {
                request.erase(key);
            } else {
                request[key] = value;
            }
        }
        return request;
    };
    expect(changed({{"to_agency", nullptr}}), "bad_request", "to_agency");
    expect(changed({{"to_agency", 7}}), "bad_request", "to_agency");
    expect(changed({{"to_agency", "FBI"}}), "bad_request", "to_agency");
    expect(changed({{"to_agency", "PCR"}}), "bad_request", "to_agency");
    expect(changed({{"kind", "coffee"}}), "bad_request", "kind");
    expect(changed({{"kind", nullptr}}), "bad_request", "kind");
    expect(changed({{"priority", 0}}), "bad_request", "priority");
    expect(changed({{"priority", 5}}), "bad_request", "priority");
    expect(changed({{"priority", "1"}}), "bad_request", "priority");
    expect(changed({{"priority", 1.5}}), "bad_request", "priority");
    expect(changed({{"subject", ""}}), "bad_request", "subject");
    expect(changed({{"subject", "   "}}), "bad_request", "subject");
    expect(changed({{"subject", std::string(201, 'x')}}), "bad_request", "subject");
    expect(changed({{"subject", nullptr}}), "bad_request", "subject");
    expect(changed({{"body", std::string(8001, 'x')}}), "bad_request", "body");
    expect(changed({{"body", json::array()}}), "bad_request", "body");
    expect(changed({{"incident_id", 0}}), "bad_request", "incident_id");
    expect(changed({{"incident_id", "1"}}), "bad_request", "incident_id");
    expect(changed({{"incident_id", 999}}), "not_found", "incident_id");
    expect(changed({{"urgent", true}}), "bad_request", "urgent");
    expect(changed({{"request_id", "short"}}), "bad_request", "request_id");
    expect(changed({{"request_id", nullptr}}), "bad_request", "request_id");

    expect(op("liaison.ack", "liaison-bad-02", {{"version", 1}}), "bad_request", "liaison_id");
    expect(op("liaison.ack", "liaison-bad-02", {{"id", 1}, {"version", 1}}), "bad_request",
           "liaison_id");
    expect(op("liaison.ack", "liaison-bad-02", {{"liaison_id", 1}}), "bad_request", "version");
    expect(op("liaison.ack", "liaison-bad-02", {{"liaison_id", 1}, {"version", "1"}}),
           "bad_request", "version");
    expect(op("liaison.ack", "liaison-bad-02", {{"liaison_id", 1}, {"version", 1}, {"note", "x"}}),
           "bad_request", "note");
    expect(op("liaison.ack", "liaison-bad-02", {{"liaison_id", 42}, {"version", 1}}), "not_found",
           "liaison_id");
    expect(op("liaison.reply", "liaison-bad-03", {{"liaison_id", 42}}), "bad_request", "body");
    expect(op("liaison.reply", "liaison-bad-03", {{"liaison_id", 42}, {"body", " "}}),
           "bad_request", "body");
    expect(op("liaison.reply", "liaison-bad-03", {{"liaison_id", 42}, {"body", "?"}}), "not_found",
           "liaison_id");
    expect(op("liaison.close", "liaison-bad-04", {{"liaison_id", -1}, {"version", 1}}),
           "bad_request", "liaison_id");
    expect(op("liaison.close", "liaison-bad-04", {{"liaison_id", 42}, {"version", 1}}), "not_found",
           "liaison_id");
    expect(op("liaison.reject", "liaison-bad-05", {{"liaison_id", 42}, {"version", 1}}),
           "bad_request", "reason");
    expect(op("liaison.reject", "liaison-bad-05",
              {{"liaison_id", 42}, {"version", 1}, {"reason", std::string(1001, 'x')}}),
           "bad_request", "reason");
    expect(op("liaison.reject", "liaison-bad-05",
              {{"liaison_id", 42}, {"version", 1}, {"reason", "x"}}),
           "not_found", "liaison_id");

    expect({{"op", "liaison.get"}}, "bad_request", "liaison_id");
    expect({{"op", "liaison.get"}, {"liaison_id", "1"}}, "bad_request", "liaison_id");
    expect({{"op", "liaison.get"}, {"liaison_id", 42}}, "not_found", "liaison_id");
    expect({{"op", "liaison.list"}, {"status", "open"}}, "bad_request", "status");
    expect({{"op", "liaison.list"}, {"status", json::array()}}, "bad_request", "status");
    expect({{"op", "liaison.list"}, {"status", {"open", "bogus"}}}, "bad_request", "status[1]");
    expect({{"op", "liaison.list"}, {"status", {"open", "open"}}}, "bad_request", "status[1]");
    expect({{"op", "liaison.list"}, {"direction", "sideways"}}, "bad_request", "direction");
    expect({{"op", "liaison.list"}, {"limit", 0}}, "bad_request", "limit");
    expect({{"op", "liaison.list"}, {"limit", 201}}, "bad_request", "limit");
    expect({{"op", "liaison.list"}, {"offset", -1}}, "bad_request", "offset");
    expect({{"op", "liaison.list"}, {"page", 2}}, "bad_request", "page");

    CHECK(queryValue<int>(db.url(), "SELECT count(*) FROM liaison_requests") == 0);
    CHECK(queryValue<int>(db.url(), "SELECT count(*) FROM events") == 0);
    CHECK(queryValue<int>(db.url(), "SELECT count(*) FROM audit WHERE entity = "
                                    "'liaison_request'") == 0);
    CHECK(queryValue<int>(db.url(), "SELECT count(*) FROM request_results") == 0);
}

TEST_CASE_METHOD(LiaisonFixture,
                 "liaison: only the right side acts; stale versions conflict; wrong moves are "
                 "refused") {
    addUser(db, "hasic", jcc::Role::Operator, "HZS-JMK", jcc::Country::CZ);
    addUser(db, "zachranar", jcc::Role::Supervisor, "ZZS-JMK", jcc::Country::CZ);
    addUser(db, "spravce", jcc::Role::Admin, "PCR", jcc::Country::CZ);
    auto czech = loggedIn();
    auto slovak = login(*this, kSlovak);
    const auto id = czech->request(createRequest("liaison-side-01"))["result"]["liaison"]["id"]
                        .get<std::int64_t>();

    // The requesting side may not acknowledge or reject; the receiving side may not close.
    auto refused =
        czech->request(op("liaison.ack", "liaison-side-02", {{"liaison_id", id}, {"version", 1}}));
    CHECK(errorCode(refused) == "forbidden");
    CHECK_THAT(refused["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("only the receiving side may acknowledge"));
    CHECK(errorCode(czech->request(op("liaison.reject", "liaison-side-03",
                                      {{"liaison_id", id}, {"version", 1}, {"reason", "x"}}))) ==
          "forbidden");
    CHECK(errorCode(slovak->request(op("liaison.close", "liaison-side-04",
                                       {{"liaison_id", id}, {"version", 1}}))) == "forbidden");

    // A stale version is a conflict carrying the request as it is; nothing changes.
    const auto stale =
        slovak->request(op("liaison.ack", "liaison-side-05", {{"liaison_id", id}, {"version", 2}}));
    CHECK(errorCode(stale) == "conflict");
    CHECK(stale["error"]["field"] == "version");
    CHECK(stale["error"]["current"]["id"] == id);
    CHECK(stale["error"]["current"]["status"] == "open");
    CHECK(stale["error"]["current"]["version"] == 1);

    REQUIRE(errorCode(slovak->request(op("liaison.ack", "liaison-side-06",
                                         {{"liaison_id", id}, {"version", 1}}))) == "ok");
    const auto again =
        slovak->request(op("liaison.ack", "liaison-side-07", {{"liaison_id", id}, {"version", 2}}));
    CHECK(errorCode(again) == "invalid_transition");
    CHECK(again["error"]["allowed"] == json({"answered", "accepted", "rejected", "closed"}));
    CHECK(errorCode(slovak->request(op("liaison.reject", "liaison-side-08",
                                       {{"liaison_id", id}, {"version", 1}, {"reason", "x"}}))) ==
          "conflict");

    const auto rejected = slovak->request(
        op("liaison.reject", "liaison-side-09",
           {{"liaison_id", id}, {"version", 2}, {"reason", "Mimo naši příslušnost"}}));
    REQUIRE(errorCode(rejected) == "ok");
    CHECK(rejected["result"]["liaison"]["status"] == "rejected");
    CHECK(rejected["result"]["liaison"]["reject_reason"] == "Mimo naši příslušnost");
    CHECK(rejected["result"]["liaison"]["closed_at"].is_string());
    CHECK(rejected["result"]["liaison"]["version"] == 3);
    const auto closeRejected = czech->request(
        op("liaison.close", "liaison-side-10", {{"liaison_id", id}, {"version", 3}}));
    CHECK(errorCode(closeRejected) == "invalid_transition");
    CHECK(closeRejected["error"]["allowed"] == json::array());

    // Within one country each agency acts for itself: PCR → HZS-JMK is the fire brigade's to
    // answer, and the ambulance service is neither side.
    const auto domestic = czech->request(createRequest("liaison-side-11", "HZS-JMK"));
    REQUIRE(errorCode(domestic) == "ok");
    CHECK(domestic["result"]["liaison"]["direction"] == "CZ→CZ");
    const auto domesticId = domestic["result"]["liaison"]["id"].get<std::int64_t>();
    auto ambulance = login(*this, "zachranar");
    const auto bystander = ambulance->request(
        op("liaison.reply", "liaison-side-12", {{"liaison_id", domesticId}, {"body", "My taky?"}}));
    CHECK(errorCode(bystander) == "forbidden");
    CHECK_THAT(bystander["error"]["message"].get<std::string>(),
               Catch::Matchers::Contains("you (ZZS-JMK, CZ) act for neither side"));
    CHECK(ambulance->call("liaison.get", {{"liaison_id", domesticId}})["result"]["side"].is_null());
    CHECK(errorCode(slovak->request(op("liaison.ack", "liaison-side-13",
                                       {{"liaison_id", domesticId}, {"version", 1}}))) ==
          "forbidden");
    auto fire = login(*this, "hasic");
    CHECK(errorCode(fire->request(op("liaison.ack", "liaison-side-14",
                                     {{"liaison_id", domesticId}, {"version", 1}}))) == "ok");

    // Admins work through jcc-admin: they cannot even log in, so no liaison op reaches them.
    auto admin = connect();
    CHECK(errorCode(admin->helloAndLogin("spravce", kOperatorPassword)) == "forbidden");
    CHECK(errorCode(admin->request(createRequest("liaison-side-15"))) == "unauthorized");
    CHECK(errorCode(admin->call("liaison.get", {{"liaison_id", id}})) == "unauthorized");
    CHECK(errorCode(admin->call("liaison.list")) == "unauthorized");
}

TEST_CASE_METHOD(LiaisonFixture,
                 "liaison: a repeated request id returns the first result and emits once") {
    auto czech = loggedIn();
    auto slovak = login(*this, kSlovak);
    auto watcher = loggedIn();
    const auto seq = watcher->call("subscribe")["result"]["seq"].get<std::int64_t>();

    const auto first = czech->request(createRequest("liaison-retry-1"));
    const auto retry = czech->request(createRequest("liaison-retry-1"));
    REQUIRE(errorCode(first) == "ok");
    CHECK(retry["result"] == first["result"]);
    const auto id = first["result"]["liaison"]["id"].get<std::int64_t>();

    // A retried ack returns the first result even though the version has moved on since.
    const auto ack = op("liaison.ack", "liaison-retry-2", {{"liaison_id", id}, {"version", 1}});
    const auto acked = slovak->request(ack);
    REQUIRE(errorCode(acked) == "ok");
    CHECK(slovak->request(ack)["result"] == acked["result"]);

    CHECK((*watcher->nextPush())["seq"] == seq + 1);
    CHECK((*watcher->nextPush())["seq"] == seq + 2);
    CHECK_FALSE(watcher->nextPush(std::chrono::milliseconds(1000)).has_value());
    CHECK(queryValue<int>(db.url(), "SELECT count(*) FROM liaison_requests") == 1);
    CHECK(queryValue<int>(db.url(), "SELECT version FROM liaison_requests") == 2);
}

TEST_CASE_METHOD(LiaisonFixture,
                 "liaison: list filters by status and direction, newest first, in pages") {
    auto czech = loggedIn();
    auto slovak = login(*this, kSlovak);
    std::vector<std::int64_t> outgoing;
    for (int i = 1; i <= 3; ++i) {
        outgoing.push_back(czech
                               ->request(createRequest(
                                   "liaison-list-0" + std::to_string(i)))["result"]["liaison"]["id"]
                               .get<std::int64_t>());
    }
    json incoming = createRequest("liaison-list-04", "PCR");
    incoming["kind"] = "hot_pursuit_notice";
    const auto incomingId = slovak->request(incoming)["result"]["liaison"]["id"];
    REQUIRE(errorCode(slovak->request(
                op("liaison.reject", "liaison-list-05",
                   {{"liaison_id", outgoing[0]}, {"version", 1}, {"reason", "x"}}))) == "ok");

    auto ids = [](const json& reply) {
        std::vector<std::int64_t> result;
        for (const auto& request : reply["result"]["liaison_requests"]) {
            result.push_back(request["id"].get<std::int64_t>());
        }
        return result;
    };
    const auto all = czech->call("liaison.list");
    CHECK(all["result"]["total"] == 4);
    CHECK(ids(all) == std::vector<std::int64_t>{incomingId, outgoing[2], outgoing[1], outgoing[0]});

    const auto mine = czech->call("liaison.list", {{"direction", "outgoing"}});
    CHECK(ids(mine) == std::vector<std::int64_t>{outgoing[2], outgoing[1], outgoing[0]});
    const auto toMe = czech->call("liaison.list", {{"direction", "incoming"}});
    CHECK(ids(toMe) == std::vector<std::int64_t>{incomingId});
    CHECK(toMe["result"]["liaison_requests"][0]["direction"] == "SK→CZ");
    // The same requests are incoming for the other country.
    CHECK(slovak->call("liaison.list", {{"direction", "incoming"}})["result"]["total"] == 3);

    const auto open = czech->call(
        "liaison.list", {{"status", {"open", "acknowledged"}}, {"direction", "outgoing"}});
    CHECK(ids(open) == std::vector<std::int64_t>{outgoing[2], outgoing[1]});
    CHECK(ids(czech->call("liaison.list", {{"status", {"rejected"}}})) ==
          std::vector<std::int64_t>{outgoing[0]});

    const auto page1 = czech->call("liaison.list", {{"limit", 3}});
    const auto page2 = czech->call("liaison.list", {{"limit", 3}, {"offset", 3}});
    CHECK(page1["result"]["liaison_requests"].size() == 3);
    CHECK(page2["result"]["total"] == 4);
    CHECK(ids(page2) == std::vector<std::int64_t>{outgoing[0]});
    CHECK(czech->call("liaison.list", {{"offset", 10}})["result"]["liaison_requests"].empty());
    CHECK(page2["result"]["total_capped"] == false);
    CHECK(errorCode(czech->call("liaison.list", {{"offset", 10'001}})) == "bad_request");
}

TEST_CASE("liaison: an overdue request raises liaison.overdue exactly once across two nodes") {
    TestDatabase db;
    addUser(db, kOperator, jcc::Role::Operator, "PCR", jcc::Country::CZ);
    addUser(db, kSlovak, jcc::Role::Operator, "PZSR", jcc::Country::SK);
    ServerProcess nodeA(db.url(), {"--node-name", "node-a"});
    ServerProcess nodeB(db.url(), {"--node-name", "node-b"});
    WsClient czech(nodeA.port());
    WsClient slovak(nodeB.port());
    WsClient watcherB(nodeB.port());
    REQUIRE(czech.helloAndLogin(kOperator, kOperatorPassword)["ok"] == true);
    REQUIRE(slovak.helloAndLogin(kSlovak, kOperatorPassword)["ok"] == true);
    REQUIRE(watcherB.helloAndLogin(kSlovak, kOperatorPassword)["ok"] == true);

    // Twelve requests: ten unanswered (two of them acknowledged), two answered.
    constexpr int kRequests = 12;
    std::vector<std::int64_t> ids;
    for (int i = 0; i < kRequests; ++i) {
        const auto created = czech.request(createRequest("liaison-due-" + std::to_string(100 + i)));
        REQUIRE(errorCode(created) == "ok");
        ids.push_back(created["result"]["liaison"]["id"].get<std::int64_t>());
    }
    for (int i = 0; i < 2; ++i) {
        REQUIRE(errorCode(slovak.request(op("liaison.ack", "liaison-ack-" + std::to_string(i),
                                            {{"liaison_id", ids[i]}, {"version", 1}}))) == "ok");
        REQUIRE(errorCode(slovak.request(
                    op("liaison.reply", "liaison-ans-" + std::to_string(i),
                       {{"liaison_id", ids[kRequests - 1 - i]}, {"body", "Odpověď."}}))) == "ok");
    }
    const auto seq = watcherB.call("subscribe")["result"]["seq"].get<std::int64_t>();
    execute(db.url(), "UPDATE liaison_requests SET due_at = now() - interval '1 minute'");

    std::set<std::int64_t> overdue;
    for (int i = 0; i < kRequests - 2; ++i) {
        const auto push = watcherB.nextPush(std::chrono::seconds(15));
        REQUIRE(push.has_value());
        CHECK((*push)["event"] == "liaison.overdue");
        CHECK((*push)["seq"] == seq + 1 + i);
        CHECK((*push)["data"]["overdue"] == true);
        overdue.insert((*push)["data"]["id"].get<std::int64_t>());
    }
    CHECK(overdue == std::set<std::int64_t>(ids.begin(), ids.end() - 2));

    // Both nodes look at least once more: still one event and one audit record per request.
    std::this_thread::sleep_for(std::chrono::milliseconds(6000));
    CHECK_FALSE(watcherB.nextPush(std::chrono::milliseconds(100)).has_value());
    CHECK(queryValue<int>(db.url(), "SELECT count(*) FROM events WHERE event = "
                                    "'liaison.overdue'") == kRequests - 2);
    CHECK(queryValue<int>(db.url(), "SELECT count(DISTINCT entity_id) FROM events WHERE event = "
                                    "'liaison.overdue'") == kRequests - 2);
    CHECK(queryValue<int>(db.url(), "SELECT count(*) FROM audit WHERE action = 'liaison.overdue' "
                                    "AND actor = 'system' AND node IN ('node-a', 'node-b')") ==
          kRequests - 2);

    // Answering an overdue request is still allowed, and it is not raised again.
    REQUIRE(errorCode(slovak.request(
                op("liaison.reply", "liaison-late-answer",
                   {{"liaison_id", ids[2]}, {"body", "Pozdě, ale přece."}}))) == "ok");
    const auto push = watcherB.nextPush();
    REQUIRE(push.has_value());
    CHECK((*push)["event"] == "liaison.updated");
    CHECK((*push)["data"]["overdue"] == false);
}
