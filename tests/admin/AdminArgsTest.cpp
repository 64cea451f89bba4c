// The argument parser and the table layout, in process.
#include "server/admin/AdminArgs.hpp"

#include "server/admin/AdviceCommand.hpp"
#include "server/admin/TablePrinter.hpp"
#include "server/admin/UsageError.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace jcc;
using namespace jcc::admin;

namespace {

AdminInvocation parse(const std::vector<std::string>& args,
                      const std::optional<std::string>& dataDirFromEnv = std::nullopt) {
    return parseAdminArgs(args, dataDirFromEnv);
}

} // namespace

TEST_CASE("the database target: --db, --data-dir, $JCC_DATA, ./var", "[admin][args]") {
    CHECK(parse({"user", "list"}).target.dataDir == "var");
    CHECK_FALSE(parse({"user", "list"}).target.url);
    CHECK(parse({"user", "list"}, "/srv/jcc").target.dataDir == "/srv/jcc");
    CHECK(parse({"--data-dir", "/x", "user", "list"}, "/srv/jcc").target.dataDir == "/x");
    const auto withDb = parse({"--db", "dbname=jcc", "user", "list"}, "/srv/jcc");
    REQUIRE(withDb.target.url);
    CHECK(*withDb.target.url == "dbname=jcc");
    CHECK_THROWS_AS(parse({"--db", "a", "--data-dir", "b", "user", "list"}), UsageError);
}

TEST_CASE("the database of a packaged server: --config, then /etc/jcc/jcc-server.conf",
          "[admin][args]") {
    const auto dir = std::filesystem::temp_directory_path() / "jcc-admin-args-config";
    std::filesystem::create_directories(dir);
    const auto system = dir / "jcc-server.conf";
    std::ofstream(system) << "# the package's file\ndata-dir = /var/lib/jcc\n";
    const auto other = dir / "node-b.conf";
    std::ofstream(other) << "db = host=/run/postgresql dbname=jcc\n";

    // Nothing else names a database: the system file does.
    CHECK(parseAdminArgs({"user", "list"}, std::nullopt, system).target.dataDir == "/var/lib/jcc");
    // $JCC_DATA, --config and the flags come first.
    CHECK(parseAdminArgs({"user", "list"}, "/srv/jcc", system).target.dataDir == "/srv/jcc");
    const auto viaConfig =
        parseAdminArgs({"--config", other.string(), "user", "list"}, "/srv/jcc", system);
    REQUIRE(viaConfig.target.url);
    CHECK(*viaConfig.target.url == "host=/run/postgresql dbname=jcc");
    CHECK(
        parseAdminArgs({"--data-dir", "/x", "user", "list"}, std::nullopt, system).target.dataDir ==
        "/x");
    // No system file on this machine: ./var as before.
    CHECK(parseAdminArgs({"user", "list"}, std::nullopt, dir / "absent.conf").target.dataDir ==
          "var");
    CHECK_THROWS_AS(parseAdminArgs({"--config", (dir / "absent.conf").string(), "user", "list"},
                                   std::nullopt, system),
                    UsageError);
    std::filesystem::remove_all(dir);
}

TEST_CASE("user add fills in the agency and language of the country", "[admin][args]") {
    const auto czech = parse({"user", "add", "novak", "--role", "operator", "--country", "CZ",
                              "--name", "Jan Novák"})
                           .request;
    CHECK(czech.command == AdminCommand::UserAdd);
    CHECK(czech.newUser.username == "novak");
    CHECK(czech.newUser.fullName == "Jan Novák");
    CHECK(czech.newUser.agency == "PCR");
    CHECK(czech.newUser.language == Language::Cs);
    CHECK_FALSE(czech.passwordFromStdin);

    const auto slovak =
        parse({"--json", "user", "add", "horvath", "--role=supervisor", "--country=sk", "--name",
               "Marek Horváth", "--agency", "hazz-tt", "--language", "en", "--password-stdin"});
    CHECK(slovak.json);
    CHECK(slovak.request.newUser.role == Role::Supervisor);
    CHECK(slovak.request.newUser.country == Country::SK);
    CHECK(slovak.request.newUser.agency == "HAZZ-TT");
    CHECK(slovak.request.newUser.language == Language::En);
    CHECK(slovak.request.passwordFromStdin);
}

TEST_CASE("bad command lines are usage errors that name the culprit", "[admin][args]") {
    const auto usageMessage = [](const std::vector<std::string>& args) {
        try {
            parseAdminArgs(args, std::nullopt);
        } catch (const UsageError& e) {
            return std::string(e.what());
        }
        FAIL("no UsageError");
        return std::string();
    };
    CHECK_THAT(usageMessage({}), Catch::Contains("missing command"));
    CHECK_THAT(
        usageMessage({"user", "add", "x1", "--role", "pilot", "--country", "CZ", "--name", "X"}),
        Catch::Contains("--role") && Catch::Contains("pilot"));
    CHECK_THAT(usageMessage({"user", "add", "x1", "--role", "admin", "--country", "CZ"}),
               Catch::Contains("--name"));
    CHECK_THAT(usageMessage({"user", "add", "x1", "--role", "admin", "--role", "admin"}),
               Catch::Contains("twice"));
    CHECK_THAT(usageMessage({"user", "add", "x1", "--name", "--role"}),
               Catch::Contains("--name needs a value"));
    CHECK_THAT(usageMessage({"user", "add", "x1", "--password=hunter2hunter2"}),
               Catch::Contains("--password is refused"));
    CHECK_THAT(usageMessage({"user", "show"}), Catch::Contains("missing USERNAME"));
    CHECK_THAT(usageMessage({"user", "unlock", "a1", "b1"}), Catch::Contains("unexpected"));
    CHECK_THAT(usageMessage({"audit", "export", "--since", "2026-13-01"}),
               Catch::Contains("--since"));
    CHECK_THAT(usageMessage({"audit", "export", "--until", "yesterday"}),
               Catch::Contains("--until"));
    CHECK_NOTHROW(parse({"audit", "export", "--since", "2026-03-01T06:00:00.5+01:00", "--until",
                         "2026-03-02 18:00Z"}));
}

TEST_CASE("help is found for the words before --help", "[admin][args]") {
    const auto help = parse({"user", "reset-password", "--help"});
    CHECK(help.action == AdminInvocation::Action::ShowHelp);
    CHECK_THAT(help.helpText, Catch::Contains("user reset-password USERNAME [--password-stdin]"));
    CHECK_THAT(parse({"help", "db"}).helpText, Catch::Contains("db migrate"));
    CHECK_THAT(parse({"-h"}).helpText, Catch::Contains("Exit status"));
    CHECK(parse({"--version"}).action == AdminInvocation::Action::ShowVersion);
}

TEST_CASE("tables align columns by characters, not bytes", "[admin][table]") {
    TablePrinter table({"USERNAME", "NAME", "ROLE"});
    table.addRow({"dvorakova", "Petra Dvořáková", "supervisor"});
    table.addRow({"novak", "Jan Novák", "operator"});
    std::ostringstream out;
    table.print(out);
    CHECK(out.str() == "USERNAME   NAME             ROLE\n"
                       "dvorakova  Petra Dvořáková  supervisor\n"
                       "novak      Jan Novák        operator\n");
    CHECK_THROWS(table.addRow({"too", "few"}));
}

TEST_CASE("advice commands quote what a shell would split or expand", "[admin][advice]") {
    CHECK(shellQuoted("/var/lib/jcc") == "/var/lib/jcc");
    CHECK(shellQuoted("") == "''");
    CHECK(shellQuoted("host=/run/postgresql dbname=jcc") == "'host=/run/postgresql dbname=jcc'");
    CHECK(shellQuoted("$HOME") == "'$HOME'");
    CHECK(shellQuoted("it's") == "'it'\\''s'");
    CHECK(adviceCommand(DatabaseTarget{"dbname=x user=o'neil", {}}, "db migrate") ==
          "jcc-admin --db 'dbname=x user=o'\\''neil' db migrate");
    CHECK(adviceCommand(DatabaseTarget{std::nullopt, "/srv/jcc data"}, "user list") ==
          "jcc-admin --data-dir '/srv/jcc data' user list");
}
