// A PostgreSQL restart under a running node: once the database is back, no client sees
// `unavailable`, because each database worker and the command writer reconnect and retry the
// request that found their connection dead.
#include "server/store/AccountService.hpp"
#include "server/store/Database.hpp"
#include "server/store/EmbeddedPostgres.hpp"
#include "server/store/Migrator.hpp"
#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

using namespace jcc;
using namespace jcc::test;
using nlohmann::json;

namespace {

/// A PostgreSQL cluster of the test's own, so that it can be restarted.
struct OwnCluster {
    OwnCluster() : dir(makeTempDir("jcc-blip-")), postgres(dir) {
        postgres.start();
        auto connection = store::openConnection(postgres.url());
        store::Migrator(*connection, store::bundledMigrations()).migrate();
        store::prepareStatements(*connection);
        store::AccountService(*connection, {})
            .addUser({kOperator, "Jan Novák", Role::Operator, "PCR", Country::CZ, Language::Cs},
                     kOperatorPassword, {std::nullopt, "os:test", "test"});
    }
    ~OwnCluster() {
        postgres.stop();
        std::filesystem::remove_all(dir);
    }

    std::filesystem::path dir;
    store::EmbeddedPostgres postgres;
};

} // namespace

TEST_CASE("after a PostgreSQL restart, idle workers reconnect and no request is refused") {
    OwnCluster cluster;
    ServerProcess server(cluster.postgres.url(), {"--db-workers", "4"});
    // Every worker and the command writer hold a connection from before the restart.
    std::vector<std::unique_ptr<WsClient>> clients;
    for (int i = 0; i < 8; ++i) {
        clients.push_back(std::make_unique<WsClient>(server.port()));
        REQUIRE(clients.back()->helloAndLogin(kOperator, kOperatorPassword)["ok"] == true);
    }
    createIncident(*clients[0]);

    cluster.postgres.stop();
    cluster.postgres.start();

    std::map<std::string, int> results;
    for (int round = 0; round < 3; ++round) {
        for (auto& client : clients) {
            ++results[errorCode(client->call("incident.list", {{"limit", 5}}))];
        }
        WsClient fresh(server.port());
        ++results[errorCode(fresh.helloAndLogin(kOperator, kOperatorPassword))];
        ++results[errorCode(clients[round]->request({{"op", "incident.create"},
                                                     {"request_id", newRequestId()},
                                                     {"type", "fire"},
                                                     {"priority", 2},
                                                     {"location", {{"text", "Lanžhot"}}}}))];
    }
    INFO(json(results).dump());
    CHECK(results == std::map<std::string, int>{{"ok", 30}});
}
