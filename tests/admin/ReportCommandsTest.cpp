// jcc-admin report list and report export against a real PostgreSQL holding a scripted shift.
#include "server/store/Database.hpp"
#include "tests/admin/AdminCli.hpp"
#include "tests/support/ShiftActivity.hpp"
#include "tests/support/TestDatabase.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

using namespace jcc::test;
using nlohmann::json;

namespace {

struct ReportDatabase {
    ReportDatabase() {
        addOperator(db.url(), "novak");
        insertShiftActivity(db.url(), "novak");
    }
    ProcessResult admin(const std::vector<std::string>& args) const {
        return runAdminOn(db.url(), args);
    }
    std::string value(const std::string& sql) const {
        auto connection = jcc::store::openConnection(db.url());
        pqxx::work txn(*connection);
        const auto rows = txn.exec(sql);
        txn.commit();
        return rows.empty() || rows[0][0].is_null() ? "" : rows[0][0].as<std::string>();
    }
    TestDatabase db;
};

void contains(const std::string& text, const std::vector<std::string>& parts) {
    for (const auto& part : parts) {
        INFO("looking for: " << part << "\nin:\n" << text);
        CHECK(text.find(part) != std::string::npos);
    }
}

} // namespace

TEST_CASE("report export: Markdown, HTML and JSON carry the shift's figures") {
    const ReportDatabase data;
    const auto md = data.admin({"report", "export", "--shift", kScriptedShift, "--format", "md"});
    INFO(md.err);
    REQUIRE(md.exitCode == 0);
    contains(md.out, {
                         "# Shift handover report 2026-03-10D\n",
                         "| Starts | 2026-03-10 06:00 |",
                         "| Time zone | Europe/Prague |",
                         "| Duration | 12 h |",
                         "## Incidents\n\n### By priority\n\n"
                         "| Priority | Opened | Closed | Cancelled | Still open |",
                         "| P4 | 0 | 0 | 0 | 0 |\n| Total | 5 | 2 | 1 | 4 |\n",
                         "| Fire | 2 | 1 | 1 | 0 |",
                         "| **P1** | **2** | **1** | **1** | **0** |",
                         "| P2 | 2 | 0 | 0 | 3 |",
                         "| 5 | 4 | 7 min 30 s | 17 min |",
                         "| CZ→SK | 4 | 2 | 2 | **1** | 20 min | 1 |",
                         "| SK→CZ | 2 | 2 | 1 | 0 | 3 h 40 min | 0 |",
                         "| **JCC-2026-000001** | Fire |",
                         "| U5 | PZSR | Patrol car | Engine failure | 2026-03-10 08:00 |",
                         "| P2 | JCC-2026-000002 | Traffic accident | On scene |",
                         "| CZ→SK | PCR → PZSR | Assistance request | L3 | P2 | Open |",
                         "| **2026-03-10 16:00 (overdue)** |",
                         "| 2026-03-10 08:00 Towing ordered |",
                         "## Supervisor remarks\n\nNone\n",
                         "## Signature\n\nNot signed\n",
                     });

    const auto html = data.admin(
        {"report", "export", "--shift", kScriptedShift, "--format", "html", "--lang", "cs"});
    REQUIRE(html.exitCode == 0);
    contains(html.out, {"<!DOCTYPE html>", "<html lang=\"cs\">",
                        "<h1>Předávací protokol směny 2026-03-10D</h1>",
                        "<td>Celkem</td><td>5</td><td>2</td><td>1</td><td>4</td>",
                        "<td class=\"urgent\">JCC-2026-000001</td>", "<td>Požár</td>",
                        "<td>Engine failure</td>", "</html>\n"});

    const auto asJson = data.admin({"--json", "report", "export", "--shift", kScriptedShift});
    REQUIRE(asJson.exitCode == 0);
    const auto exported = json::parse(asJson.out);
    CHECK(exported["report"]["figures"]["incidents"]["opened"] == 5);
    CHECK(exported["report"]["figures"]["time_to_dispatch"]["p90_s"] == 1020);
    CHECK(exported["handover"]["signed"] == false);
    CHECK(data.value("SELECT count(*) FROM audit WHERE action = 'report.export'") == "3");
}

TEST_CASE("report list: the shifts that have a report") {
    const ReportDatabase data;
    data.value("INSERT INTO handover_reports (shift_id, starts_at, ends_at) VALUES "
               "('2026-03-10D', '2026-03-10T05:00Z', '2026-03-10T17:00Z'), "
               "('2026-03-12N', '2026-03-12T17:00Z', '2026-03-13T05:00Z') RETURNING 1");
    const auto all = data.admin({"--json", "report", "list"});
    REQUIRE(all.exitCode == 0);
    const auto listed = json::parse(all.out);
    CHECK(listed["total"] == 2);
    CHECK(listed["reports"][0]["shift_id"] == "2026-03-12N");
    const auto some = data.admin({"report", "list", "--from", "2026-03-11", "--to", "2026-03-31"});
    REQUIRE(some.exitCode == 0);
    contains(some.out, {"SHIFT", "2026-03-12N", "1 report(s)"});
    CHECK(some.out.find("2026-03-10D") == std::string::npos);
}

TEST_CASE("report: bad input is a usage error naming the option") {
    const ReportDatabase data;
    const auto usage = [&](const std::vector<std::string>& args, const std::string& message) {
        const auto result = data.admin(args);
        INFO(result.err);
        CHECK(result.exitCode == 2);
        CHECK(result.err.find(message) != std::string::npos);
        CHECK(result.out.empty());
    };
    usage({"report", "export"}, "--shift ID is required");
    usage({"report", "export", "--shift", "2026-02-30D"}, "--shift: expected");
    usage({"report", "export", "--shift", "2026-03-10X"}, "--shift: expected");
    usage({"report", "export", "--shift", kScriptedShift, "--format", "pdf"},
          "--format: expected json, html or md");
    usage({"report", "export", "--shift", kScriptedShift, "--lang", "de"}, "--lang: expected");
    usage({"--json", "report", "export", "--shift", kScriptedShift, "--format", "md"},
          "contradict");
    usage({"report", "export", "--shift", kScriptedShift, "--shift-zone", "Nowhere"},
          "--shift-zone:");
    usage({"report", "list", "--from", "2026-13-01"}, "--from: expected a local date");
    usage({"report", "list", "--from", "2026-03-10", "--to", "2026-03-01"}, "--to:");
    const auto future = data.admin({"report", "export", "--shift", "2099-01-01D"});
    CHECK(future.exitCode == 1);
    CHECK(future.err.find("has not started") != std::string::npos);
}
