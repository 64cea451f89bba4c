// The report document model (common/ReportModel.hpp) that the supervisor view and jcc-admin
// write out: sections in order, figures as text, marks, words in the asked language.
#include "common/ReportModel.hpp"

#include "tests/unit/ReportFixture.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using jcc::Language;
using jcc::ReportModel;
using namespace jcc::report;

namespace {

/// Times as "F:iso" (full) or "S:iso" (short), so a test sees which a cell asked for.
const TimeFormat kTimes = [](const std::string& iso, TimeStyle style) {
    return (style == TimeStyle::Full ? "F:" : "S:") + iso;
};

ReportModel sample(Language language = Language::En) {
    return ReportModel::build(jcc::test::sampleReport(), jcc::test::sampleHandover(), language,
                              kTimes);
}

const Section& sectionOf(const ReportModel& model, const std::string& key) {
    const auto found = std::find_if(model.sections.begin(), model.sections.end(),
                                    [&key](const Section& section) { return section.key == key; });
    REQUIRE(found != model.sections.end());
    return *found;
}

const Table& tableOf(const ReportModel& model, const std::string& key) {
    const auto& blocks = sectionOf(model, key).blocks;
    REQUIRE(blocks.size() == 1);
    REQUIRE(std::holds_alternative<Table>(blocks.front()));
    return std::get<Table>(blocks.front());
}

std::vector<std::string> texts(const Row& row) {
    std::vector<std::string> out;
    for (const auto& cell : row.cells) {
        out.push_back(cell.text);
    }
    return out;
}

std::vector<std::string> labels(const Table& table) {
    std::vector<std::string> out;
    for (const auto& column : table.columns) {
        out.push_back(column.label);
    }
    return out;
}

} // namespace

TEST_CASE("report model: the sections in order, with their titles") {
    const auto model = sample();
    CHECK(model.title == "Shift handover report 2026-03-10D");
    CHECK(model.language == "en");
    std::vector<std::string> keys;
    std::vector<std::string> titles;
    for (const auto& section : model.sections) {
        keys.push_back(section.key);
        titles.push_back(std::to_string(section.level) + " " + section.title);
    }
    CHECK(keys == std::vector<std::string>{
                      "incidents", "by_priority", "by_type", "time_to_dispatch", "liaison",
                      "assistance", "open_incidents", "priority1_incidents", "units_out_of_service",
                      "liaison_open", "notes", "remarks", "signature"});
    CHECK(titles.front() == "2 Incidents");
    CHECK(titles[1] == "3 By priority");
    CHECK(titles[3] == "3 Time from creation to first dispatch");
    CHECK(titles[4] == "2 Liaison requests");
    CHECK(titles.back() == "2 Signature");
}

TEST_CASE("report model: the period of the shift") {
    const auto period = sample().period;
    REQUIRE(period.items.size() == 7);
    CHECK(period.items.front().label == "Shift");
    CHECK(period.items.front().text == "2026-03-10D");
    REQUIRE(period.find("starts") != nullptr);
    CHECK(period.find("starts")->text == "F:2026-03-10T05:00:00.000Z");
    CHECK(period.find("zone")->text == "Europe/Prague");
    CHECK(period.find("duration")->label == "Duration");
    CHECK(period.find("duration")->text == "12 h");
    CHECK(period.find("as_of")->text == "F:2026-03-10T17:00:00.000Z");
    CHECK(period.find("nothing") == nullptr);
}

TEST_CASE("report model: the incident figures, priority 1 marked, totals last") {
    const auto model = sample();
    const auto& byPriority = tableOf(model, "by_priority");
    CHECK(labels(byPriority) ==
          std::vector<std::string>{"Priority", "Opened", "Closed", "Cancelled", "Still open"});
    CHECK_FALSE(byPriority.columns[0].figure);
    CHECK(byPriority.columns[1].figure);
    REQUIRE(byPriority.rows.size() == 5);
    CHECK(texts(byPriority.rows[0]) == std::vector<std::string>{"P1", "2", "1", "1", "0"});
    CHECK(byPriority.rows[0].urgent);
    CHECK(byPriority.rows[0].cells[0].priority == 1);
    CHECK_FALSE(byPriority.rows[1].urgent);
    CHECK(byPriority.rows[3].cells[0].priority == 4);
    CHECK(texts(byPriority.rows[4]) == std::vector<std::string>{"Total", "5", "2", "1", "4"});
    CHECK(byPriority.rows[4].total);

    const auto& byType = tableOf(model, "by_type");
    CHECK(texts(byType.rows[1]) == std::vector<std::string>{"Fire", "2", "1", "1", "0"});
    const auto& dispatch = tableOf(model, "time_to_dispatch");
    CHECK(labels(dispatch).front() == "Opened in the shift");
    CHECK(texts(dispatch.rows.front()) ==
          std::vector<std::string>{"5", "4", "7 min 30 s", "17 min"});
    CHECK(sectionOf(model, "incidents").blocks.empty());
}

TEST_CASE("report model: liaison and assistance per direction, overdue marked") {
    const auto model = sample();
    const auto& liaison = tableOf(model, "liaison");
    CHECK(texts(liaison.rows[0]) ==
          std::vector<std::string>{"CZ→SK", "4", "2", "2", "1", "20 min", "1"});
    CHECK(liaison.rows[0].cells[0].key);
    CHECK(liaison.rows[0].cells[4].alert);
    CHECK_FALSE(liaison.rows[1].cells[4].alert);
    CHECK(texts(liaison.rows[1])[5] == "3 h 40 min");
    const auto& assistance = tableOf(model, "assistance");
    CHECK(texts(assistance.rows[0]) ==
          std::vector<std::string>{"CZ→SK", "HAZZ-TT", "2", "1", "1", "4 min"});
    CHECK(texts(assistance.rows[1]).back() == "–");
}

TEST_CASE("report model: the lists, with their times short or full") {
    const auto model = sample();
    const auto& open = tableOf(model, "open_incidents");
    CHECK(labels(open).front() == "Pri.");
    CHECK(texts(open.rows[0]) == std::vector<std::string>{"P1", "JCC-2026-000004", "Fire",
                                                          "Dispatched", "Hlavní 3, Mikulov",
                                                          "U3, U4", "S:2026-03-10T15:00:00.000Z",
                                                          "–"});
    CHECK(open.rows[0].urgent);
    CHECK(open.rows[0].cells[1].key);
    CHECK(texts(open.rows[1]).back() == "S:2026-03-10T07:00:00.000Z Towing ordered");
    const auto& urgent = tableOf(model, "priority1_incidents");
    CHECK(texts(urgent.rows[0]).back() == "S:2026-03-10T09:00:00.000Z");
    CHECK(urgent.rows[0].cells[0].alert);
    const auto& units = tableOf(model, "units_out_of_service");
    CHECK(texts(units.rows[0]) == std::vector<std::string>{"U5", "PZSR", "Patrol car",
                                                           "Engine failure",
                                                           "F:2026-03-10T07:00:00.000Z"});
    CHECK(texts(units.rows[1])[3] == "–");
    const auto& liaison = tableOf(model, "liaison_open");
    CHECK(texts(liaison.rows[0]) ==
          std::vector<std::string>{"3", "CZ→SK", "PCR → PZSR", "Assistance request", "L3", "P2",
                                   "Open", "S:2026-03-10T14:00:00.000Z",
                                   "S:2026-03-10T15:00:00.000Z (overdue)"});
    CHECK(liaison.rows[0].cells.back().alert);
    CHECK_FALSE(liaison.rows[0].cells[5].alert);
    CHECK(liaison.rows[1].cells[5].alert); // priority 1
    CHECK_FALSE(liaison.rows[1].cells.back().alert);
    CHECK(texts(liaison.rows[1])[3] == "Person or vehicle check");
    const auto& notes = tableOf(model, "notes");
    CHECK(texts(notes.rows[0])[1] == "Jan Novák");
    CHECK(texts(notes.rows[1])[1] == "horvath"); // no full name: the username
}

TEST_CASE("report model: remarks with their author, and the signature") {
    const auto model = sample();
    const auto& remarks = sectionOf(model, "remarks").blocks;
    REQUIRE(remarks.size() == 2);
    CHECK(std::get<Paragraph>(remarks[0]).kind == Paragraph::Kind::Text);
    CHECK(std::get<Paragraph>(remarks[0]).text == "A quiet shift");
    CHECK(std::get<Paragraph>(remarks[1]).kind == Paragraph::Kind::Byline);
    CHECK(std::get<Paragraph>(remarks[1]).text == "Written by dvorak, F:2026-03-10T16:50:02.000Z");
    const auto& signature = sectionOf(model, "signature").blocks;
    REQUIRE(signature.size() == 1);
    const auto& facts = std::get<Facts>(signature.front());
    CHECK(facts.items.front().label == "Signed by");
    CHECK(facts.items.front().text == "Petr Dvořák (dvorak)");
    CHECK(facts.find("acknowledged_by")->text == "–");
    CHECK(facts.find("digest")->text.size() == 64);
}

TEST_CASE("report model: the words in Czech and Slovak") {
    const auto czech = sample(Language::Cs);
    CHECK(czech.title == "Předávací protokol směny 2026-03-10D");
    CHECK(czech.language == "cs");
    CHECK(sectionOf(czech, "liaison_open").title == "Otevřené a zpožděné styčné žádosti");
    CHECK(texts(tableOf(czech, "open_incidents").rows[1])[3] == "Na místě");
    CHECK(texts(tableOf(czech, "liaison_open").rows[0]).back() ==
          "S:2026-03-10T15:00:00.000Z (po lhůtě)");
    const auto slovak = sample(Language::Sk);
    CHECK(texts(tableOf(slovak, "by_priority").rows.back()).front() == "Spolu");
}

TEST_CASE("report model: empty lists say so, and a bare report is no error") {
    auto report = jcc::test::sampleReport();
    report["lists"]["notes"] = nlohmann::json::array();
    report["remarks"]["text"] = "  \n";
    auto handover = jcc::test::sampleHandover();
    handover["signed"] = false;
    const auto model = ReportModel::build(report, handover, Language::En, kTimes);
    const auto& notes = sectionOf(model, "notes").blocks;
    REQUIRE(notes.size() == 1);
    CHECK(std::get<Paragraph>(notes.front()).kind == Paragraph::Kind::None);
    CHECK(std::get<Paragraph>(notes.front()).text == "None");
    CHECK(std::get<Paragraph>(sectionOf(model, "remarks").blocks.front()).text == "None");
    CHECK(std::get<Paragraph>(sectionOf(model, "signature").blocks.front()).text == "Not signed");

    const auto bare = ReportModel::build(nlohmann::json::object(), nullptr, Language::En, kTimes);
    CHECK(bare.title == "Shift handover report –");
    CHECK(bare.sections.size() == model.sections.size());
    CHECK(tableOf(bare, "by_priority").rows.size() == 1); // the total only
}
