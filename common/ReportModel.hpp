#pragma once
// A shift handover report (the report of handover.generate or a signed snapshot, and its state;
// docs/protocol.md, "The report") as a document independent of any output format: the title,
// the shift's period and the sections in order, each a table, a list of facts or a paragraph.
// Every word comes from common/HandoverLabels.cpp in one language, every count and duration is
// text already (durations by common/DurationText.hpp). The console's view and PDF
// (console/supervisor/ReportHtml.cpp) and `jcc-admin report export`
// (server/admin/ReportRenderer.cpp) only write it out.
#include "common/User.hpp"

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace jcc {

namespace report {

/// How much of a time a cell shows; the writer's TimeFormat decides what that means.
enum class TimeStyle {
    Full,  ///< date and time
    Short, ///< within the shift's lists: may leave out the date when it is the shift's first day
};

/// An ISO 8601 UTC time of the report ("2026-03-10T05:00:00.000Z") as local time for people.
using TimeFormat = std::function<std::string(const std::string& isoUtc, TimeStyle style)>;

struct Cell {
    std::string text;   ///< may hold line breaks (a note's text)
    int priority = 0;   ///< 1 to 4: the cell names an incident priority ("P2"), else 0
    bool key = false;   ///< the cell names its row: a reference, a call sign, a direction
    bool alert = false; ///< needs attention: overdue, the reference of a priority 1 incident
};

struct Row {
    std::vector<Cell> cells;
    bool urgent = false; ///< about priority 1, among rows of other priorities
    bool total = false;  ///< the sum of the rows above it
};

struct Column {
    std::string label;
    bool figure = false; ///< counts and durations (aligned right)
};

struct Table {
    std::vector<Column> columns;
    std::vector<Row> rows;
};

struct Fact {
    std::string key; ///< the label's key, e.g. "starts"
    std::string label;
    std::string text;
};

/// Labels with their values; the first names what the others describe ("Shift": "2026-03-10D").
struct Facts {
    std::vector<Fact> items;
    /// The fact of label `key`, nullptr when there is none.
    const Fact* find(std::string_view key) const;
};

struct Paragraph {
    enum class Kind {
        Text,   ///< the supervisor's remarks (may hold line breaks)
        None,   ///< an empty list: "None", "Not signed"
        Byline, ///< who wrote the text above, and when
    };
    Kind kind = Kind::Text;
    std::string text;
};

using Block = std::variant<Table, Facts, Paragraph>;

struct Section {
    std::string key; ///< the label key of its title: "incidents", "by_priority", "notes", …
    int level = 2;   ///< 2: a section; 3: a part of the level 2 section before it
    std::string title;
    std::vector<Block> blocks;
};

} // namespace report

struct ReportModel {
    std::string language; ///< of the words: "cs", "sk" or "en"
    std::string title;    ///< "Shift handover report 2026-03-10D"
    /// shift, starts, ends, zone, duration, as_of, generated_at
    report::Facts period;
    /// incidents (by_priority, by_type, time_to_dispatch), liaison, assistance, open_incidents,
    /// priority1_incidents, units_out_of_service, liaison_open, notes, remarks, signature
    std::vector<report::Section> sections;

    /// `report` and `handover` (the report's state) as docs/protocol.md describes them; the
    /// words in `language`, times through `time`.
    static ReportModel build(const nlohmann::json& report, const nlohmann::json& handover,
                             Language language, const report::TimeFormat& time);
};

} // namespace jcc
