// Batched commands (docs/decisions/0002-batched-commands.md): commands that reach the writer
// together commit in one transaction, yet each keeps its own reply, audit record, request-id
// result and events with gap-free seqs, and a refused one changes nothing.
#include "server/store/Database.hpp"
#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <pqxx/pqxx>
#include <set>
#include <thread>

using namespace jcc::test;
using nlohmann::json;

namespace {

const std::vector<std::string> kFastClients{"--rate-limit", "1000", "--rate-burst", "1000"};

json newIncidentRequest(const std::string& requestId, int n) {
    return {{"op", "incident.create"},
            {"request_id", requestId},
            {"type", n % 2 ? "theft" : "public_order"},
            {"priority", 1 + n % 4},
            {"location", {{"text", "Batch " + std::to_string(n)}}}};
}

/// Holds the event_counter row lock from outside the server, so the writer's next batch waits
/// at its first statement while later commands queue up behind it; release() lets them through.
class WriterHold {
public:
    explicit WriterHold(const std::string& url) : m_connection(jcc::store::openConnection(url)) {
        m_txn = std::make_unique<pqxx::work>(*m_connection);
        m_txn->exec("SELECT last_seq FROM event_counter FOR UPDATE");
        m_watch = jcc::store::openConnection(url);
    }
    /// Waits until the writer blocks on the lock (its batch has started).
    void waitForWriter() {
        for (int i = 0; i < 200; ++i) {
            pqxx::nontransaction query(*m_watch);
            if (query
                    .exec("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() "
                          "AND wait_event_type = 'Lock'")
                    .size() > 0) {
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        FAIL("the command writer never waited for the held lock");
    }
    void release() { m_txn->commit(); }

private:
    std::unique_ptr<pqxx::connection> m_connection;
    std::unique_ptr<pqxx::connection> m_watch;
    std::unique_ptr<pqxx::work> m_txn;
};

/// Sends `request` with `id` now, without waiting for the reply.
void sendNow(WsClient& client, json request, int id) {
    request["id"] = id;
    client.sendText(request.dump());
}

/// Reads frames until the reply with `id` comes; pushes are skipped.
json replyTo(WsClient& client, int id) {
    for (;;) {
        const auto frame = client.readFrame();
        REQUIRE(frame.has_value());
        auto message = json::parse(*frame);
        if (message.contains("id") && message["id"] == id) {
            return message;
        }
    }
}

long metric(unsigned short port, const std::string& name) {
    const auto text = httpGet(port, "/metrics").body;
    const auto at = text.find("\n" + name + " ");
    return at == std::string::npos ? -1 : std::stol(text.substr(at + name.size() + 2));
}

} // namespace

TEST_CASE("concurrent writers: every reply matches its request and every event arrives once "
          "with a gap-free seq") {
    DispatchFixture fixture(kFastClients);
    Watcher watcher(fixture.loggedIn());
    const auto startSeq = watcher.seq;

    constexpr int kConnections = 6;
    constexpr int kPerConnection = 30; // sent at once: the server queues up to 64 per connection
    std::vector<std::unique_ptr<WsClient>> writers;
    for (int c = 0; c < kConnections; ++c) {
        writers.push_back(fixture.loggedIn());
    }
    std::vector<std::map<int, json>> replies(kConnections);
    std::vector<std::thread> threads;
    for (int c = 0; c < kConnections; ++c) {
        threads.emplace_back([&, c] {
            auto& client = *writers[c];
            for (int i = 0; i < kPerConnection; ++i) {
                sendNow(client,
                        newIncidentRequest("batch-" + std::to_string(c) + "-" + std::to_string(i),
                                           c * 100 + i),
                        1000 + i);
            }
            for (int i = 0; i < kPerConnection; ++i) {
                const auto frame = client.readFrame(std::chrono::seconds(30));
                if (!frame) {
                    return;
                }
                auto reply = json::parse(*frame);
                const int id = reply["id"].get<int>();
                replies[c][id] = std::move(reply);
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }

    std::map<std::int64_t, std::string> locationById; // incident id → location text of its request
    for (int c = 0; c < kConnections; ++c) {
        REQUIRE(replies[c].size() == kPerConnection);
        for (int i = 0; i < kPerConnection; ++i) {
            const auto& reply = replies[c][1000 + i];
            INFO(reply.dump());
            REQUIRE(errorCode(reply) == "ok");
            const auto& incident = reply["result"]["incident"];
            // The reply is the one for this request, not a neighbour's in the batch.
            CHECK(incident["location"]["text"] == "Batch " + std::to_string(c * 100 + i));
            locationById[incident["id"].get<std::int64_t>()] =
                incident["location"]["text"].get<std::string>();
        }
    }
    REQUIRE(locationById.size() == kConnections * kPerConnection);

    // Every seq follows the last, and every incident is announced once.
    std::set<std::int64_t> announced;
    std::int64_t seq = startSeq;
    while (announced.size() < locationById.size()) {
        const auto push = watcher.client->nextPush(std::chrono::seconds(15));
        REQUIRE(push.has_value());
        REQUIRE((*push)["seq"] == seq + 1);
        seq = (*push)["seq"].get<std::int64_t>();
        if ((*push)["event"] == "incident.created") {
            const auto id = (*push)["data"]["id"].get<std::int64_t>();
            CHECK(locationById.count(id) == 1);
            CHECK(announced.insert(id).second);
        }
    }
    watcher.expectNone();
    CHECK(fixture.sql("SELECT count(*) FROM events WHERE event = 'incident.created'") ==
          std::to_string(locationById.size()));
    CHECK(fixture.sql("SELECT count(*) FROM audit WHERE action = 'incident.create'") ==
          std::to_string(locationById.size()));
    CHECK(metric(fixture.server.metricsPort(), "jcc_command_batch_size_sum") ==
          static_cast<long>(locationById.size()));
}

TEST_CASE_METHOD(DispatchFixture, "a refused command in a batch fails alone and changes nothing") {
    auto setup = loggedIn();
    const auto stale = createIncident(*setup);
    const auto cancelled = createIncident(*setup);
    REQUIRE(errorCode(setup->call("incident.update", {{"request_id", newRequestId()},
                                                      {"incident_id", stale["id"]},
                                                      {"version", 1},
                                                      {"changes", {{"priority", 1}}}})) == "ok");
    REQUIRE(errorCode(setup->call("incident.cancel", {{"request_id", newRequestId()},
                                                      {"incident_id", cancelled["id"]},
                                                      {"version", 1},
                                                      {"reason", "duplicate call"}})) == "ok");
    Watcher watcher(loggedIn());
    std::vector<std::unique_ptr<WsClient>> clients;
    for (int i = 0; i < 5; ++i) {
        clients.push_back(loggedIn());
    }
    const auto eventsBefore = sql("SELECT count(*) FROM events");
    const auto auditBefore = sql("SELECT count(*) FROM audit");
    const json conflicting{{"op", "incident.update"},
                           {"request_id", "batch-conflict-1"},
                           {"incident_id", stale["id"]},
                           {"version", 1},
                           {"changes", {{"priority", 4}}}};
    const json invalid{{"op", "incident.close"},
                       {"request_id", "batch-invalid-1"},
                       {"incident_id", cancelled["id"]},
                       {"version", 2}};
    json malformed = newIncidentRequest("batch-malformed-1", 0);
    malformed["priority"] = 9;
    {
        WriterHold hold(db.url());
        sendNow(*clients[0], newIncidentRequest("batch-valid-1", 1), 1);
        hold.waitForWriter();
        // These queue behind the held batch and reach the writer together.
        sendNow(*clients[1], conflicting, 1);
        sendNow(*clients[2], newIncidentRequest("batch-valid-2", 2), 1);
        sendNow(*clients[3], invalid, 1);
        sendNow(*clients[4], malformed, 1);
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        hold.release();
    }
    const auto first = replyTo(*clients[0], 1);
    const auto conflict = replyTo(*clients[1], 1);
    const auto second = replyTo(*clients[2], 1);
    const auto transition = replyTo(*clients[3], 1);
    const auto badRequest = replyTo(*clients[4], 1);
    CHECK(errorCode(first) == "ok");
    CHECK(errorCode(second) == "ok");
    CHECK(errorCode(conflict) == "conflict");
    CHECK(conflict["error"]["current"]["priority"] == 1);
    CHECK(errorCode(transition) == "invalid_transition");
    CHECK(errorCode(badRequest) == "bad_request");
    CHECK(badRequest["error"]["field"] == "priority");

    // Only the two new incidents changed anything: one event and one audit record each.
    watcher.expect({"incident.created", "incident.created"});
    watcher.expectNone();
    CHECK(sql("SELECT count(*) FROM events") == std::to_string(std::stol(eventsBefore) + 2));
    CHECK(sql("SELECT count(*) FROM audit") == std::to_string(std::stol(auditBefore) + 2));
    CHECK(sql("SELECT version || ' ' || priority FROM incidents WHERE id = " +
              std::to_string(stale["id"].get<long>())) == "2 1");
    CHECK(sql("SELECT status FROM incidents WHERE id = " +
              std::to_string(cancelled["id"].get<long>())) == "cancelled");
    CHECK(sql("SELECT string_agg(request_id, ',' ORDER BY request_id) FROM request_results "
              "WHERE request_id LIKE 'batch-%'") == "batch-valid-1,batch-valid-2");
    // The four queued commands shared one transaction.
    CHECK(metric(server.metricsPort(), "jcc_command_batch_size_bucket{le=\"2\"}") <
          metric(server.metricsPort(), "jcc_command_batch_size_count"));
}

TEST_CASE_METHOD(DispatchFixture, "the same request id twice in one batch has one effect and "
                                  "one result") {
    auto first = loggedIn();
    auto second = loggedIn();
    auto third = loggedIn();
    Watcher watcher(loggedIn());
    const auto request = newIncidentRequest("batch-twice-1", 3);
    {
        WriterHold hold(db.url());
        sendNow(*third, newIncidentRequest("batch-twice-lead", 4), 1);
        hold.waitForWriter();
        sendNow(*first, request, 7);
        sendNow(*second, request, 8);
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        hold.release();
    }
    CHECK(errorCode(replyTo(*third, 1)) == "ok");
    const auto a = replyTo(*first, 7);
    const auto b = replyTo(*second, 8);
    REQUIRE(errorCode(a) == "ok");
    REQUIRE(errorCode(b) == "ok");
    CHECK(a["result"] == b["result"]);
    watcher.expect({"incident.created", "incident.created"});
    watcher.expectNone();
    CHECK(sql("SELECT count(*) FROM incidents WHERE location_text = 'Batch 3'") == "1");
    CHECK(sql("SELECT count(*) FROM audit WHERE action = 'incident.create'") == "2");
}
