#include "common/Version.hpp"
#include "server/store/AccountService.hpp"
#include "server/store/Database.hpp"
#include "server/store/EmbeddedPostgres.hpp"
#include "server/store/Migrator.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>
#include <csignal>
#include <fstream>
#include <pqxx/pqxx>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace jcc;
using namespace jcc::test;
using nlohmann::json;

TEST_CASE_METHOD(ServerFixture,
                 "/healthz answers 200 with the database; the metrics listener counts") {
    const auto health = httpGet(server.port(), "/healthz");
    CHECK(health.status == 200);
    CHECK(health.contentType == "application/json");
    const auto body = json::parse(health.body);
    CHECK(body["status"] == "ok");
    CHECK(body["database"] == "ok");
    CHECK(body["version"] == jcc::version());

    auto client = loggedIn();
    client->call("teleport");
    const auto metrics = httpGet(server.metricsPort(), "/metrics");
    CHECK(metrics.status == 200);
    CHECK_THAT(metrics.body, Catch::Matchers::Contains("jcc_connections 1"));
    CHECK_THAT(metrics.body,
               Catch::Matchers::Contains("jcc_requests_total{op=\"login\",result=\"ok\"} 1"));
    CHECK_THAT(metrics.body, Catch::Matchers::Contains(
                                 "jcc_requests_total{op=\"unknown\",result=\"unknown_op\"} 1"));
    CHECK_THAT(metrics.body,
               Catch::Matchers::Contains("jcc_db_latency_seconds_bucket{le=\"+Inf\"}"));
    CHECK(httpGet(server.port(), "/nothing").status == 404);
    CHECK(httpGet(server.metricsPort(), "/healthz").status == 200);
    CHECK(httpGet(server.metricsPort(), "/nothing").status == 404);
}

TEST_CASE_METHOD(ServerFixture, "/metrics times each database statement under its name") {
    loggedIn();
    CHECK(httpGet(server.port(), "/healthz").status == 200);
    const auto metrics = httpGet(server.metricsPort(), "/metrics").body;
    CHECK_THAT(metrics, Catch::Matchers::Contains("# TYPE jcc_db_statement_seconds histogram\n"));
    CHECK_THAT(metrics, Catch::Matchers::Contains(
                            "jcc_db_statement_seconds_bucket{statement=\"session_create\","
                            "le=\"+Inf\"} 1\n"));
    CHECK_THAT(metrics, Catch::Matchers::Contains(
                            "jcc_db_statement_seconds_count{statement=\"session_create\"} 1\n"));
    CHECK_THAT(metrics, Catch::Matchers::Contains(
                            "jcc_db_statement_seconds_sum{statement=\"session_create\"} "));
    CHECK_THAT(metrics, Catch::Matchers::Contains(
                            "jcc_db_statement_seconds_count{statement=\"health_check\"} 1\n"));
}

TEST_CASE_METHOD(ServerFixture, "/metrics is not served on the consoles' port") {
    // Anyone who reaches the consoles' port must not read the node's counters.
    const auto metrics = httpGet(server.port(), "/metrics");
    CHECK(metrics.status == 404);
    CHECK_THAT(metrics.body, Catch::Matchers::Contains("--metrics-listen"));
    CHECK(metrics.body.find("jcc_") == std::string::npos);
}

TEST_CASE("with --metrics-token, /metrics on the consoles' port needs the bearer token") {
    const std::string token(48, 'q');
    ServerFixture fixture({"--metrics-token", token, "--metrics-listen", "off"});
    CHECK(fixture.server.metricsPort() == 0);
    CHECK(httpGet(fixture.server.port(), "/metrics").status == 401);
    CHECK(httpGet(fixture.server.port(), "/metrics", "Bearer " + std::string(48, 'x')).status ==
          401);
    CHECK(httpGet(fixture.server.port(), "/metrics", "Bearer " + token.substr(1)).status == 401);
    const auto metrics = httpGet(fixture.server.port(), "/metrics", "Bearer " + token);
    CHECK(metrics.status == 200);
    CHECK_THAT(metrics.body, Catch::Matchers::Contains("jcc_connections "));
}

TEST_CASE("/healthz answers 503 when the database is gone") {
    ServerFixture fixture;
    {
        auto connection = store::openConnection(testServerUrl() + " dbname=postgres");
        pqxx::nontransaction txn(*connection);
        txn.exec("DROP DATABASE " + fixture.db.name() + " WITH (FORCE)");
    }
    const auto health = httpGet(fixture.server.port(), "/healthz");
    CHECK(health.status == 503);
    CHECK(json::parse(health.body)["status"] == "unavailable");
    // Nothing of the database's own words reaches an endpoint open to anyone on the network.
    INFO(health.body);
    for (const std::string& secret :
         {fixture.db.name(), std::string("FATAL"), std::string("terminat"), std::string("host=")}) {
        CHECK(health.body.find(secret) == std::string::npos);
    }
}

TEST_CASE("SIGTERM finishes, closes connections with 1001 and exits 0") {
    ServerFixture fixture;
    auto client = fixture.loggedIn();
    fixture.server.process().signal(SIGTERM);
    REQUIRE(client->waitClosed(std::chrono::seconds(5)));
    CHECK(client->closeCode() == 1001);
    CHECK(fixture.server.process().wait(std::chrono::seconds(10)) == 0);
    CHECK_THAT(fixture.server.log(), Catch::Matchers::Contains("stopped"));
}

TEST_CASE("one version everywhere: --version, hello and /healthz, with the commit") {
    const std::string version = jcc::version();
    // project(... VERSION ...), then the commit when built from a git checkout.
    CHECK_THAT(version, Catch::Matchers::StartsWith(JCC_PROJECT_VERSION));
    if (std::filesystem::exists(std::filesystem::path(JCC_SOURCE_DIR) / ".git")) {
        CHECK_THAT(version, Catch::Matchers::Matches(
                                R"(\d+\.\d+\.\d+\+git\d+\.g[0-9a-f]{10}(\.modified)?)"));
    }
    const auto shown = runProcess({JCC_SERVER_BINARY, "--version"});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out == "jcc-server " + version + "\n");
    CHECK(runProcess({JCC_ADMIN_BINARY, "--version"}).out == "jcc-admin " + version + "\n");
    ServerFixture fixture;
    WsClient client(fixture.server.port());
    CHECK(client.call("hello", {{"protocol", 1}})["result"]["version"] == version);
}

TEST_CASE("bad flags exit 2 naming the flag") {
    const auto result = runProcess({JCC_SERVER_BINARY, "--max-connections", "lots"});
    CHECK(result.exitCode == 2);
    CHECK_THAT(result.err, Catch::Matchers::StartsWith("jcc-server: --max-connections:"));
    CHECK(runProcess({JCC_SERVER_BINARY, "--frobnicate"}).exitCode == 2);
    const auto help = runProcess({JCC_SERVER_BINARY, "--help"});
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::Matchers::Contains("--listen HOST:PORT"));
}

TEST_CASE("the server refuses a database newer than itself") {
    TestDatabase db;
    {
        auto connection = store::openConnection(db.url());
        pqxx::work txn(*connection);
        txn.exec("INSERT INTO schema_migrations (version, name, checksum) "
                 "VALUES (9999, '9999_future.sql', 'x')");
        txn.commit();
    }
    const auto dataDir = makeTempDir("jcc-newer-");
    const auto result = runProcess({JCC_SERVER_BINARY, "--db", db.url(), "--data-dir",
                                    dataDir.string(), "--listen", "127.0.0.1:0"});
    // Exit 3: systemd does not restart it (RestartPreventExitStatus=), the data stays as it is.
    CHECK(result.exitCode == 3);
    CHECK_THAT(result.err, Catch::Matchers::Contains("schema is newer than this program"));
    std::filesystem::remove_all(dataDir);
}

TEST_CASE("the data directory, the database log and the TLS key are private whatever the umask") {
    namespace fs = std::filesystem;
    const auto parent = makeTempDir("jcc-modes-"); // holds the test's log of the server
    const auto dataDir = parent / "data";          // the server creates it
    const mode_t previous = umask(0);
    std::unique_ptr<ServerProcess> server;
    try {
        server = std::make_unique<ServerProcess>(
            std::nullopt, std::vector<std::string>{"--data-dir", dataDir.string()}, parent);
    } catch (...) {
        umask(previous);
        throw;
    }
    umask(previous);
    auto modeOf = [](const fs::path& path) {
        struct stat info {};
        REQUIRE(stat(path.c_str(), &info) == 0);
        return info.st_mode & 07777;
    };
    // Root runs the embedded PostgreSQL as 'postgres', which must enter the directory.
    CHECK(modeOf(dataDir) == (geteuid() == 0 ? 0710u : 0700u));
    CHECK(modeOf(dataDir / "tls") == 0700u);
    CHECK(modeOf(dataDir / "tls" / "key.pem") == 0600u);
    CHECK(modeOf(dataDir / "postgresql.log") == 0600u);
    CHECK(server->stop() == 0);
    server.reset();
    fs::remove_all(parent);
}

TEST_CASE("the embedded database starts, serves logins, and survives a crash") {
    const auto dataDir = makeTempDir("jcc-embedded-server-");
    {
        ServerProcess server(std::nullopt, {}, dataDir);
        {
            store::EmbeddedPostgres postgres(dataDir);
            auto connection = store::openConnection(postgres.url());
            store::prepareStatements(*connection);
            store::AccountService(*connection, {})
                .addUser(
                    {"kovac", "Ján Kováč", Role::Supervisor, "PZSR", Country::SK, Language::Sk},
                    kOperatorPassword, {std::nullopt, "os:test", "test"});
        }
        WsClient client(server.port());
        CHECK(client.helloAndLogin("kovac", kOperatorPassword)["ok"] == true);
        // Crash: the server and its PostgreSQL die without cleaning up.
        server.process().signal(SIGKILL);
        server.process().wait(std::chrono::seconds(5));
        std::ifstream pidFile(dataDir / "pg" / "postmaster.pid");
        int postmaster = 0;
        pidFile >> postmaster;
        REQUIRE(postmaster > 0);
        kill(postmaster, SIGKILL);
        for (int i = 0; i < 100 && kill(postmaster, 0) == 0; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    {
        ServerProcess restarted(std::nullopt, {}, dataDir);
        WsClient client(restarted.port());
        CHECK(client.helloAndLogin("kovac", kOperatorPassword)["ok"] == true);
        CHECK(restarted.stop() == 0);
        CHECK_THAT(restarted.log(), Catch::Matchers::Contains("embedded PostgreSQL stopped"));
    }
    std::filesystem::remove_all(dataDir);
}
