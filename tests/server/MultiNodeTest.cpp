#include "tests/server/ServerFixture.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <numeric>
#include <thread>

using namespace jcc::test;
using nlohmann::json;

namespace {

json incidentRequest(const std::string& requestId, int n) {
    return {{"op", "incident.create"},
            {"request_id", requestId},
            {"type", n % 2 ? "theft" : "public_order"},
            {"priority", 1 + n % 4},
            {"location", {{"text", "Test " + std::to_string(n)}}}};
}

/// Reads pushes until `count` arrived or nothing comes for a while; returns their seqs.
std::vector<std::int64_t> collectSeqs(WsClient& client, std::size_t count) {
    std::vector<std::int64_t> seqs;
    while (seqs.size() < count) {
        const auto push = client.nextPush(std::chrono::seconds(15));
        if (!push) {
            break;
        }
        seqs.push_back((*push)["seq"].get<std::int64_t>());
    }
    return seqs;
}

} // namespace

TEST_CASE("8 writers on 2 nodes: every console receives every seq once, in order") {
    TestDatabase db;
    addUser(db, kOperator, jcc::Role::Operator, "PCR", jcc::Country::CZ);
    const std::vector<std::string> args{"--rate-limit", "1000", "--rate-burst", "1000"};
    ServerProcess nodeA(db.url(), args);
    ServerProcess nodeB(db.url(), args);

    auto login = [&](const ServerProcess& node) {
        auto client = std::make_unique<WsClient>(node.port());
        REQUIRE(client->helloAndLogin(kOperator, kOperatorPassword)["ok"] == true);
        return client;
    };
    auto watcherA = login(nodeA);
    auto watcherB = login(nodeB);
    const auto startA = watcherA->call("subscribe")["result"]["seq"].get<std::int64_t>();
    const auto startB = watcherB->call("subscribe")["result"]["seq"].get<std::int64_t>();
    REQUIRE(startA == startB);

    constexpr int kWriters = 8;
    constexpr int kPerWriter = 25;
    std::vector<std::unique_ptr<WsClient>> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.push_back(login(w % 2 ? nodeB : nodeA));
    }
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            for (int i = 0; i < kPerWriter; ++i) {
                const auto reply = writers[static_cast<std::size_t>(w)]->request(
                    incidentRequest("writer" + std::to_string(w) + "-n" + std::to_string(i), i));
                if (!reply.value("ok", false)) {
                    if (++failures == 1) {
                        UNSCOPED_INFO("first failure: " << reply.dump());
                    }
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    CHECK(failures == 0);

    const std::size_t total = kWriters * kPerWriter;
    std::vector<std::int64_t> expected(total);
    std::iota(expected.begin(), expected.end(), startA + 1);
    CHECK(collectSeqs(*watcherA, total) == expected);
    CHECK(collectSeqs(*watcherB, total) == expected);
    // Nothing more than the events of the writes.
    CHECK_FALSE(watcherA->nextPush(std::chrono::milliseconds(500)).has_value());
}

TEST_CASE("a change made through one node reaches a console on the other; a node can go") {
    TestDatabase db;
    addUser(db, kOperator, jcc::Role::Operator, "PCR", jcc::Country::CZ);
    auto nodeA = std::make_unique<ServerProcess>(db.url());
    ServerProcess nodeB(db.url());
    WsClient onA(nodeA->port());
    WsClient onB(nodeB.port());
    onA.helloAndLogin(kOperator, kOperatorPassword);
    onB.helloAndLogin(kOperator, kOperatorPassword);
    const auto seq = onB.call("subscribe")["result"]["seq"].get<std::int64_t>();
    const auto created = onA.request(incidentRequest("cross-node-1", 1));
    REQUIRE(created["ok"] == true);
    const auto push = onB.nextPush();
    REQUIRE(push.has_value());
    CHECK((*push)["seq"] == seq + 1);
    CHECK((*push)["data"]["id"] == created["result"]["incident"]["id"]);

    // Node A stops; the console moves to node B and resumes from its last seq.
    const auto lastOnA = onA.call("subscribe")["result"]["seq"].get<std::int64_t>();
    CHECK(nodeA->stop() == 0);
    onB.request(incidentRequest("cross-node-2", 2));
    WsClient moved(nodeB.port());
    moved.helloAndLogin(kOperator, kOperatorPassword);
    const auto resumed = moved.call("subscribe", {{"since_seq", lastOnA}});
    CHECK(resumed["result"]["mode"] == "events");
    CHECK(resumed["result"]["missed"] == 1);
    CHECK((*moved.nextPush())["seq"] == lastOnA + 1);
}
