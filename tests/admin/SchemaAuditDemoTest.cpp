// jcc-admin db migrate/status, audit export, demo seed, and the embedded cluster of --data-dir.
#include "server/store/Database.hpp"
#include "server/store/Migrator.hpp"
#include "tests/admin/AdminCli.hpp"
#include "tests/admin/TempDataDir.hpp"
#include "tests/support/ServerProcess.hpp"
#include "tests/support/TestDatabase.hpp"
#include "tests/support/WsClient.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <sstream>

using namespace jcc::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

void execSql(const std::string& dbUrl, const std::string& sql) {
    auto connection = jcc::store::openConnection(dbUrl);
    pqxx::work txn(*connection);
    txn.exec(sql);
    txn.commit();
}

/// "applied N migration(s)" for all the migrations this build knows.
std::string appliedAll() {
    const auto count = jcc::store::bundledMigrations().size();
    return "applied " + std::to_string(count) + " migration" + (count == 1 ? "" : "s") + ";";
}

std::vector<json> jsonLines(const std::string& text) {
    std::vector<json> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(json::parse(line));
    }
    return lines;
}

/// PIDs of running processes named postgres whose command line mentions `dir`.
std::vector<int> postgresProcessesUnder(const fs::path& dir) {
    std::vector<int> pids;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const auto name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        std::ifstream commFile(entry.path() / "comm");
        std::string comm;
        std::getline(commFile, comm);
        std::ifstream cmdlineFile(entry.path() / "cmdline");
        const std::string cmdline((std::istreambuf_iterator<char>(cmdlineFile)),
                                  std::istreambuf_iterator<char>());
        if (comm == "postgres" && cmdline.find(dir.string()) != std::string::npos) {
            pids.push_back(std::stoi(name));
        }
    }
    return pids;
}

} // namespace

TEST_CASE("db migrate applies the schema once; db status shows it", "[admin][db]") {
    TestDatabase db(false);
    auto status = runAdminOn(db.url(), {"db", "status"});
    REQUIRE(status.exitCode == 0);
    CHECK_THAT(status.out,
               Catch::Matches("[\\s\\S]*\n1 +0001_accounts\\.sql +pending\n[\\s\\S]*") &&
                   Catch::Contains("pending; run 'jcc-admin --db "));

    const auto first = runAdminOn(db.url(), {"db", "migrate"});
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    CHECK_THAT(first.out, Catch::Contains(appliedAll()));
    const auto second = runAdminOn(db.url(), {"--json", "db", "migrate"});
    REQUIRE(second.exitCode == 0);
    CHECK(json::parse(second.out)["applied"] == 0);

    status = runAdminOn(db.url(), {"db", "status"});
    REQUIRE(status.exitCode == 0);
    const auto latest = std::to_string(jcc::store::bundledMigrations().size());
    CHECK_THAT(status.out,
               Catch::Matches("VERSION  NAME +APPLIED AT\n"
                              "(\\d+ +\\d{4}_\\w+\\.sql +\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z\n)+"
                              "\nschema is current at version " +
                              latest + "\n"));
    const auto statusJson = json::parse(runAdminOn(db.url(), {"--json", "db", "status"}).out);
    CHECK(statusJson["current"] == true);
    CHECK(statusJson["migrations"][0]["name"] == "0001_accounts.sql");
    CHECK(statusJson["migrations"][0]["applied_at"].is_string());
    CHECK(runAdminOn(db.url(), {"user", "list"}).exitCode == 0);
}

TEST_CASE("db status and migrate refuse a newer or edited schema", "[admin][db]") {
    TestDatabase db;
    SECTION("newer") {
        execSql(db.url(), "INSERT INTO schema_migrations (version, name, checksum) "
                          "VALUES (9999, '9999_future.sql', 'x')");
    }
    SECTION("edited") {
        execSql(db.url(), "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");
    }
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"db", "status"}, {"db", "migrate"}, {"user", "list"}}) {
        const auto result = runAdminOn(db.url(), args);
        INFO(result.err);
        CHECK(result.exitCode == 1);
        CHECK(lineCount(result.err) == 1);
        CHECK_THAT(result.err, Catch::Contains("newer than this program") ||
                                   Catch::Contains("was changed after it was applied"));
    }
}

TEST_CASE("audit export writes the actions as JSON lines with the OS actor", "[admin][audit]") {
    TestDatabase db;
    addOperator(db.url(), "novak");
    REQUIRE(runAdminOn(db.url(), {"user", "disable", "novak"}).exitCode == 0);
    REQUIRE(runAdminOn(db.url(), {"user", "set-role", "novak", "admin"}).exitCode == 0);

    const auto exported = runAdminOn(db.url(), {"audit", "export"});
    INFO(exported.err);
    REQUIRE(exported.exitCode == 0);
    const auto records = jsonLines(exported.out);
    std::vector<std::string> actions;
    for (const auto& record : records) {
        for (const char* key :
             {"id", "at", "actor", "source", "action", "entity", "entity_id", "before", "after"}) {
            CHECK(record.contains(key));
        }
        CHECK(record["actor"] == osActorName());
        CHECK_THAT(record["source"].get<std::string>(), Catch::StartsWith("jcc-admin@"));
        actions.push_back(record["action"]);
    }
    CHECK(actions == std::vector<std::string>{"user.add", "user.disable", "user.set_role"});
    CHECK(records[1]["before"]["disabled"] == false);
    CHECK(records[1]["after"]["disabled"] == true);
    CHECK(records[2]["after"]["role"] == "admin");

    // The export is itself on the record.
    const auto again = jsonLines(runAdminOn(db.url(), {"audit", "export"}).out);
    REQUIRE(again.size() == 4);
    CHECK(again[3]["action"] == "audit.export");
    CHECK(again[3]["after"]["records"] == 3);

    CHECK(runAdminOn(db.url(), {"audit", "export", "--since", "2999-01-01"}).out.empty());
    CHECK(runAdminOn(db.url(), {"audit", "export", "--until", "2000-01-01T00:00:00Z"}).out.empty());
    const auto window = jsonLines(
        runAdminOn(db.url(), {"audit", "export", "--since", "2000-01-01", "--until", "2999-01-01"})
            .out);
    // The three changes and the four exports so far.
    CHECK(window.size() == 7);
}

TEST_CASE("demo seed creates six accounts once", "[admin][demo]") {
    TestDatabase db;
    const auto seeded = runAdminOn(db.url(), {"--json", "demo", "seed"});
    INFO(seeded.err);
    REQUIRE(seeded.exitCode == 0);
    const auto created = json::parse(seeded.out)["created"];
    REQUIRE(created.size() == 6);
    std::map<std::string, std::pair<std::string, std::string>> roleAndCountry;
    for (const auto& account : created) {
        CHECK(account["password"].get<std::string>().size() == 16);
        roleAndCountry[account["username"]] = {account["role"], account["country"]};
    }
    CHECK(roleAndCountry["novak"] == std::pair<std::string, std::string>{"operator", "CZ"});
    CHECK(roleAndCountry["horvath"] == std::pair<std::string, std::string>{"operator", "SK"});
    CHECK(roleAndCountry["dvorakova"] == std::pair<std::string, std::string>{"supervisor", "CZ"});
    CHECK(roleAndCountry["kovacova"] == std::pair<std::string, std::string>{"supervisor", "SK"});
    CHECK(roleAndCountry["admin.cz"] == std::pair<std::string, std::string>{"admin", "CZ"});
    CHECK(roleAndCountry["admin.sk"] == std::pair<std::string, std::string>{"admin", "SK"});

    // The printed password is the real one.
    ServerProcess server(db.url());
    WsClient client(server.port());
    const auto login = client.helloAndLogin("kovacova", created[3]["password"]);
    CHECK(login["ok"] == true);
    CHECK(login["result"]["user"]["full_name"] == "Zuzana Kováčová");

    const auto again = runAdminOn(db.url(), {"demo", "seed"});
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out, Catch::Contains("nothing changed"));
    const auto users = json::parse(runAdminOn(db.url(), {"--json", "user", "list"}).out);
    CHECK(users.size() == 6);
    std::size_t adds = 0;
    for (const auto& record : jsonLines(runAdminOn(db.url(), {"audit", "export"}).out)) {
        adds += record["action"] == "user.add" ? 1 : 0;
    }
    CHECK(adds == 6);
}

TEST_CASE("demo seed changes nothing when one demo user exists", "[admin][demo]") {
    TestDatabase db;
    addOperator(db.url(), "horvath");
    const auto seeded = runAdminOn(db.url(), {"demo", "seed"});
    CHECK(seeded.exitCode == 0);
    CHECK_THAT(seeded.out, Catch::Contains("horvath") && Catch::Contains("nothing changed"));
    CHECK(json::parse(runAdminOn(db.url(), {"--json", "user", "list"}).out).size() == 1);
}

TEST_CASE("--data-dir runs the embedded cluster for the command only", "[admin][embedded]") {
    const TempDataDir temp("jcc-admin-");
    const fs::path& dataDir = temp.path();
    const std::vector<std::string> target{"--data-dir", dataDir.string()};
    const auto run = [&](std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), target.begin(), target.end());
        auto result = runAdmin(args, input);
        INFO(Catch::Detail::stringify(args) << "\nstderr: " << result.err);
        CHECK(result.exitCode == 0);
        CHECK(postgresProcessesUnder(dataDir).empty());
        return result;
    };
    // A directory without a cluster is reported rather than given an empty database.
    const auto mistyped = runAdmin({"--data-dir", dataDir.string(), "user", "list"});
    CHECK(mistyped.exitCode == 1);
    CHECK_THAT(mistyped.err, Catch::Contains("no embedded database in"));
    CHECK_FALSE(fs::exists(dataDir / "pg"));

    CHECK_THAT(run({"db", "migrate"}).out, Catch::Contains(appliedAll()));
    run({"user", "add", "novak", "--role", "operator", "--country", "CZ", "--name", "Jan Novák",
         "--password-stdin"},
        std::string(kGoodPassword) + "\n");
    CHECK_THAT(run({"user", "list"}).out, Catch::Contains("Jan Novák"));
    // $JCC_DATA names the same directory when no flag is given.
    const auto viaEnv = runAdmin({"--json", "user", "list"}, {}, {"JCC_DATA=" + dataDir.string()});
    CHECK(viaEnv.exitCode == 0);
    CHECK(json::parse(viaEnv.out).size() == 1);
    CHECK(postgresProcessesUnder(dataDir).empty());
    CHECK_FALSE(fs::exists(dataDir / "pg" / "postmaster.pid"));
}

TEST_CASE("--data-dir leaves a cluster that jcc-server runs alone", "[admin][embedded]") {
    const TempDataDir dataDir("jcc-admin-srv-");
    ServerProcess server(std::nullopt, {}, dataDir.path());
    const auto result = runAdmin({"--data-dir", dataDir.string(), "user", "list"});
    INFO(result.err);
    CHECK(result.exitCode == 0);
    CHECK_FALSE(postgresProcessesUnder(dataDir.path()).empty());
    WsClient client(server.port());
    CHECK(client.call("hello", {{"protocol", 1}})["ok"] == true);
}
