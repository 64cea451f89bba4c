// What jcc-admin tells a newcomer to type works as written: each advice is cut out of the message
// and run by a shell, and `db migrate` on a new data directory creates it. Also --config, which
// takes the database from a jcc-server config file.
#include "tests/admin/AdminCli.hpp"
#include "tests/admin/TempDataDir.hpp"
#include "tests/support/TestDatabase.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unistd.h>

using namespace jcc::test;
namespace fs = std::filesystem;

namespace {

/// The command in "... 'jcc-admin ...' ..." on the line of `text` that holds it: from the quote
/// before "jcc-admin" to the line's last quote (the command may quote its own arguments).
std::string adviceIn(const std::string& text) {
    const auto start = text.find("'jcc-admin ");
    REQUIRE(start != std::string::npos);
    auto lineEnd = text.find('\n', start);
    if (lineEnd == std::string::npos) {
        lineEnd = text.size();
    }
    const auto end = text.rfind('\'', lineEnd - 1);
    REQUIRE(end > start);
    return text.substr(start + 1, end - start - 1);
}

/// Runs `advice` through /bin/sh as a person would paste it, with jcc-admin from this build.
ProcessResult runAdvice(const std::string& advice, const std::string& input = {}) {
    REQUIRE(advice.starts_with("jcc-admin "));
    const std::string command = std::string("'") + JCC_ADMIN_BINARY + "' " +
                                advice.substr(std::string("jcc-admin ").size());
    return runProcess({"/bin/sh", "-c", command}, input);
}

} // namespace

TEST_CASE("db migrate creates a new data directory, and the advice on the way works",
          "[admin][advice]") {
    const TempDataDir temp("jcc-admin-new-");
    const fs::path dataDir = temp.path() / "new" / "data";

    const auto missing = runAdmin({"--data-dir", dataDir.string(), "user", "list"});
    CHECK(missing.exitCode == 1);
    CHECK_THAT(missing.err, Catch::Contains("no embedded database in"));
    CHECK_FALSE(fs::exists(dataDir));
    const auto advice = adviceIn(missing.err);
    CHECK(advice == "jcc-admin --data-dir " + fs::absolute(dataDir).string() + " db migrate");
    const auto migrated = runAdvice(advice);
    INFO(migrated.err);
    REQUIRE(migrated.exitCode == 0);
    REQUIRE(fs::is_directory(dataDir / "pg"));
    // Made as jcc-server makes it: only its owner may enter (but for root, whose embedded
    // PostgreSQL runs as 'postgres').
    const auto mode = fs::status(dataDir).permissions() & fs::perms::all;
    CHECK((mode & fs::perms::group_write) == fs::perms::none);
    CHECK((mode & fs::perms::others_write) == fs::perms::none);
    if (geteuid() != 0) {
        CHECK(mode == fs::perms::owner_all);
    }

    const auto empty = runAdmin({"--data-dir", dataDir.string(), "user", "list"});
    REQUIRE(empty.exitCode == 0);
    CHECK_THAT(empty.out, Catch::StartsWith("no users yet; see '"));
    const auto help = runAdvice(adviceIn(empty.out));
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::Contains("user add USERNAME"));

    const auto seeded = runAdmin({"--data-dir", dataDir.string(), "demo", "seed"});
    REQUIRE(seeded.exitCode == 0);
    const auto reset = adviceIn(seeded.out);
    CHECK_THAT(reset, Catch::EndsWith("user reset-password novak"));
    // A terminal would prompt; a test pipes the password in.
    const auto changed = runAdvice(reset + " --password-stdin", std::string(kGoodPassword) + "\n");
    INFO(changed.err);
    CHECK(changed.exitCode == 0);
}

TEST_CASE("the migrate advice for a --db URL keeps the URL, quoted", "[admin][advice]") {
    TestDatabase db(false);
    const auto status = runAdminOn(db.url(), {"db", "status"});
    REQUIRE(status.exitCode == 0);
    const auto pending = adviceIn(status.out);
    CHECK_THAT(pending, Catch::StartsWith("jcc-admin --db ") && Catch::EndsWith(" db migrate"));

    const auto refused = runAdminOn(db.url(), {"user", "list"});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains("database schema is not current; run '"));
    const auto advice = adviceIn(refused.err);
    CHECK(advice == pending);
    const auto migrated = runAdvice(advice);
    INFO(migrated.err);
    CHECK(migrated.exitCode == 0);
    CHECK(runAdminOn(db.url(), {"user", "list"}).exitCode == 0);
}

TEST_CASE("--config takes the database from a jcc-server config file", "[admin][config]") {
    TestDatabase db;
    addOperator(db.url(), "novak");
    const TempDataDir temp("jcc-admin-config-");
    const auto config = temp.path() / "jcc-server.conf";
    std::ofstream(config) << "# as in /etc/jcc/jcc-server.conf\nlisten = 127.0.0.1:8443\ndb = "
                          << db.url() << "\n";
    const auto listed = runAdmin({"--config", config.string(), "--json", "user", "list"});
    INFO(listed.err);
    REQUIRE(listed.exitCode == 0);
    CHECK(nlohmann::json::parse(listed.out).at(0).at("username") == "novak");

    std::ofstream(config) << "db = " << db.url() << "\nlisten = nowhere\n";
    const auto bad = runAdmin({"--config", config.string(), "user", "list"});
    CHECK(bad.exitCode == 2);
    CHECK_THAT(bad.err, Catch::Contains(config.string() + ":2: listen"));
    CHECK(runAdmin({"--config", (temp.path() / "none.conf").string(), "user", "list"}).exitCode ==
          2);
}

TEST_CASE("a usage error points at help that runs as written", "[admin][advice]") {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"user", "frobnicate"}, {"user", "add", "--role"}, {"bogus"}}) {
        const auto refused = runAdmin(args);
        CHECK(refused.exitCode == 2);
        const auto advice = adviceIn(refused.err);
        CHECK_THAT(advice, Catch::EndsWith("--help"));
        const auto help = runAdvice(advice);
        CHECK(help.exitCode == 0);
        CHECK_THAT(help.out, Catch::StartsWith("Usage: jcc-admin"));
    }
}
