// jcc-admin user commands against a real PostgreSQL: results, refusals and their exit codes.
#include "tests/admin/AdminCli.hpp"
#include "tests/support/TestDatabase.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace jcc::test;
using nlohmann::json;

namespace {

/// Checks the failure contract: exit 1, nothing on stdout, one line on stderr containing `why`.
void requireFailure(const ProcessResult& result, const std::string& why) {
    INFO("stdout: " << result.out << "\nstderr: " << result.err);
    CHECK(result.exitCode == 1);
    CHECK(result.out.empty());
    CHECK(lineCount(result.err) == 1);
    CHECK_THAT(result.err, Catch::StartsWith("jcc-admin: ") && Catch::Contains(why));
}

json showJson(const std::string& dbUrl, const std::string& username) {
    const auto result = runAdminOn(dbUrl, {"--json", "user", "show", username});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return json::parse(result.out);
}

std::vector<std::string> addArgs(const std::string& username, const std::string& country,
                                 std::vector<std::string> extra = {}) {
    std::vector<std::string> args{
        "user",      "add",   username, "--role",          "operator",
        "--country", country, "--name", "Zuzana Kováčová", "--password-stdin"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

} // namespace

TEST_CASE("user add creates an account with the country's defaults", "[admin][user]") {
    TestDatabase db;
    const auto added = runAdminOn(db.url(),
                                  {"user", "add", "novak", "--role", "operator", "--country", "CZ",
                                   "--name", "Jan Novák", "--password-stdin"},
                                  std::string(kGoodPassword) + "\n");
    INFO(added.err);
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.empty());
    CHECK_THAT(added.out, Catch::Contains("novak") && Catch::Contains("Jan Novák"));
    const auto user = showJson(db.url(), "novak");
    CHECK(user["full_name"] == "Jan Novák");
    CHECK(user["role"] == "operator");
    CHECK(user["agency"] == "PCR");
    CHECK(user["country"] == "CZ");
    CHECK(user["language"] == "cs");
    CHECK(user["disabled"] == false);

    const auto slovak =
        runAdminOn(db.url(),
                   {"--json", "user", "add", "horvath", "--role", "admin", "--country", "SK",
                    "--name", "Marek Horváth", "--password-stdin"},
                   std::string(kGoodPassword) + "\n");
    INFO(slovak.err);
    REQUIRE(slovak.exitCode == 0);
    const auto created = json::parse(slovak.out);
    CHECK(created["username"] == "horvath");
    CHECK(created["agency"] == "PZSR");
    CHECK(created["language"] == "sk");
    CHECK(created["role"] == "admin");
}

TEST_CASE("user add refusals change nothing", "[admin][user]") {
    TestDatabase db;
    addOperator(db.url(), "novak");
    const std::string good = std::string(kGoodPassword) + "\n";

    SECTION("duplicate username") {
        requireFailure(runAdminOn(db.url(), addArgs("novak", "CZ"), good), "already exists");
    }
    SECTION("short password") {
        requireFailure(runAdminOn(db.url(), addArgs("kovacova", "SK"), "Kratke-1\n"),
                       "at least 12 characters");
    }
    SECTION("password containing the username") {
        requireFailure(runAdminOn(db.url(), addArgs("kovacova", "SK"), "Kovacova-2026!\n"),
                       "must not contain the username");
    }
    SECTION("commonly used password") {
        requireFailure(runAdminOn(db.url(), addArgs("kovacova", "SK"), "123456789012\n"),
                       "commonly used");
    }
    SECTION("empty stdin") {
        requireFailure(runAdminOn(db.url(), addArgs("kovacova", "SK"), ""), "no password");
    }
    SECTION("unknown agency") {
        requireFailure(runAdminOn(db.url(), addArgs("kovacova", "SK", {"--agency", "NATO"}), good),
                       "--agency: unknown agency 'NATO'");
    }
    SECTION("agency of the other country") {
        requireFailure(
            runAdminOn(db.url(), addArgs("kovacova", "SK", {"--agency", "HZS-JMK"}), good),
            "--agency: agency 'HZS-JMK' is in CZ, not SK");
    }
    const auto list = runAdminOn(db.url(), {"--json", "user", "list"});
    REQUIRE(list.exitCode == 0);
    CHECK(json::parse(list.out).size() == 1);
}

TEST_CASE("user list and show, as tables and as JSON", "[admin][user]") {
    TestDatabase db;
    const auto empty = runAdminOn(db.url(), {"user", "list"});
    CHECK(empty.exitCode == 0);
    CHECK_THAT(empty.out, Catch::Contains("no users"));
    CHECK(runAdminOn(db.url(), {"--json", "user", "list"}).out == "[]\n");

    addOperator(db.url(), "novak");
    REQUIRE(runAdminOn(db.url(),
                       {"user", "add", "dvorakova", "--role", "supervisor", "--country", "CZ",
                        "--name", "Petra Dvořáková", "--agency", "ZZS-JMK", "--language", "en",
                        "--password-stdin"},
                       std::string(kGoodPassword) + "\n")
                .exitCode == 0);

    const auto table = runAdminOn(db.url(), {"user", "list"});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out ==
          "USERNAME   NAME             ROLE        AGENCY   COUNTRY  LANGUAGE  SESSIONS  STATE\n"
          "dvorakova  Petra Dvořáková  supervisor  ZZS-JMK  CZ       en        0         active\n"
          "novak      Jiří Černý       operator    PCR      CZ       cs        0         active\n");

    const auto list = json::parse(runAdminOn(db.url(), {"--json", "user", "list"}).out);
    REQUIRE(list.is_array());
    REQUIRE(list.size() == 2);
    CHECK(list[0]["username"] == "dvorakova");
    CHECK(list[0]["agency"] == "ZZS-JMK");
    CHECK(list[1]["live_sessions"] == 0);
    CHECK(list[1]["locked"] == false);
    CHECK_FALSE(list[1].contains("password_hash"));

    const auto show = runAdminOn(db.url(), {"user", "show", "dvorakova"});
    REQUIRE(show.exitCode == 0);
    CHECK_THAT(show.out, Catch::Contains("name           Petra Dvořáková\n") &&
                             Catch::Contains("role           supervisor\n") &&
                             Catch::Contains("failed logins  0\n"));
    requireFailure(runAdminOn(db.url(), {"user", "show", "nikto"}), "no user named 'nikto'");
}

TEST_CASE("every user command refuses an unknown user", "[admin][user]") {
    TestDatabase db;
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"user", "disable", "nikto"},
                                               {"user", "enable", "nikto"},
                                               {"user", "set-role", "nikto", "admin"},
                                               {"user", "unlock", "nikto"},
                                               {"user", "revoke-sessions", "nikto"}}) {
        requireFailure(runAdminOn(db.url(), args), "no user named 'nikto'");
    }
    requireFailure(runAdminOn(db.url(), {"user", "reset-password", "nikto", "--password-stdin"},
                              std::string(kGoodPassword) + "\n"),
                   "no user named 'nikto'");
}

TEST_CASE("user commands refuse a database whose schema is not current", "[admin][user]") {
    TestDatabase db(false);
    requireFailure(runAdminOn(db.url(), {"user", "list"}),
                   "database schema is not current; run 'jcc-admin --db ");
}

TEST_CASE("disable, enable, set-role and unlock report what they did", "[admin][user]") {
    TestDatabase db;
    addOperator(db.url(), "novak");

    auto result = runAdminOn(db.url(), {"user", "disable", "novak"});
    CHECK(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("disabled 'novak'"));
    CHECK(showJson(db.url(), "novak")["disabled"] == true);
    CHECK_THAT(runAdminOn(db.url(), {"user", "list"}).out, Catch::Contains("disabled"));

    result = runAdminOn(db.url(), {"--json", "user", "enable", "novak"});
    CHECK(result.exitCode == 0);
    CHECK(json::parse(result.out) == json{{"username", "novak"}, {"disabled", false}});
    CHECK(showJson(db.url(), "novak")["disabled"] == false);

    result = runAdminOn(db.url(), {"user", "set-role", "novak", "supervisor"});
    CHECK(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("now supervisor"));
    CHECK(showJson(db.url(), "novak")["role"] == "supervisor");

    result = runAdminOn(db.url(), {"--json", "user", "unlock", "novak"});
    CHECK(result.exitCode == 0);
    CHECK(json::parse(result.out)["unlocked"] == true);

    result = runAdminOn(db.url(), {"--json", "user", "revoke-sessions", "novak"});
    CHECK(result.exitCode == 0);
    CHECK(json::parse(result.out)["revoked_sessions"] == 0);
}
