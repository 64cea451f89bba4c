#include "server/admin/ReportRenderer.hpp"

#include "common/DurationText.hpp"

#include <cstdio>
#include <sstream>
#include <variant>
#include <vector>

namespace jcc::admin {

using nlohmann::json;

namespace {

// The document as blocks, written out by one emitter per format.
struct Heading {
    int level = 1;
    std::string text;
};
struct Paragraph {
    std::string text;
};
struct Cell {
    std::string text;
    bool urgent = false; ///< priority 1: marked in both formats
};
struct Table {
    std::vector<std::string> headers;
    std::vector<std::vector<Cell>> rows;
};
using Block = std::variant<Heading, Paragraph, Table>;

std::string text(const json& value) {
    if (value.is_null()) {
        return "–";
    }
    if (value.is_string()) {
        return value.get<std::string>();
    }
    return value.dump();
}

/// 754 → "12 min 34 s", 3723 → "1 h 2 min" (common/DurationText.hpp); null → "–".
std::string duration(const json& seconds) {
    return seconds.is_number() ? shortDuration(seconds.get<std::int64_t>()) : "–";
}

class DocumentBuilder {
public:
    DocumentBuilder(const json& report, const LocalTime& localTime)
        : m_report(report), m_labels(report["labels"]), m_localTime(localTime) {}

    std::vector<Block> build(const json& handover) {
        const auto& shift = m_report["shift"];
        add(Heading{1, label("title") + " " + text(shift["id"])});
        Table period{{label("shift"), ""}, {}};
        period.rows = {
            {{label("starts")}, {time(shift["starts_at"])}},
            {{label("ends")}, {time(shift["ends_at"])}},
            {{label("zone")}, {text(shift["zone"])}},
            {{label("duration")}, {duration(shift["duration_s"])}},
            {{label("as_of")}, {time(m_report["as_of"])}},
            {{label("generated_at")}, {time(m_report["generated_at"])}},
        };
        add(period);
        figures();
        lists();
        add(Heading{2, label("remarks")});
        const auto& remarks = m_report["remarks"];
        add(Paragraph{text(remarks["text"]).empty() ? label("none") : text(remarks["text"])});
        signature(handover);
        return std::move(m_blocks);
    }

private:
    std::string label(const std::string& key) const { return text(m_labels.value(key, json(key))); }
    std::string named(const std::string& dictionary, const json& value) const {
        const auto& words = m_labels[dictionary];
        return value.is_string() && words.contains(value.get<std::string>())
                   ? text(words[value.get<std::string>()])
                   : text(value);
    }
    std::string time(const json& value) const {
        return value.is_string() ? m_localTime(value.get<std::string>()) : text(value);
    }
    void add(Block block) { m_blocks.push_back(std::move(block)); }
    /// A table, or "None" when it has no rows.
    void addTable(Table table) {
        if (table.rows.empty()) {
            add(Paragraph{label("none")});
        } else {
            add(std::move(table));
        }
    }

    void figures() {
        const auto& figures = m_report["figures"];
        const auto& incidents = figures["incidents"];
        add(Heading{2, label("figures")});
        add(Heading{3, label("incidents")});
        Table totals{{"", label("opened"), label("closed"), named("incident_status", "cancelled"),
                      label("still_open")},
                     {}};
        totals.rows.push_back({{label("total")},
                               {text(incidents["opened"])},
                               {text(incidents["closed"])},
                               {text(incidents["cancelled"])},
                               {text(incidents["still_open"])}});
        add(totals);
        add(Heading{4, label("by_type")});
        Table byType{{label("type"), label("opened"), label("closed"),
                      named("incident_status", "cancelled"), label("still_open")},
                     {}};
        for (const auto& row : incidents["by_type"]) {
            byType.rows.push_back({{text(row["name"])},
                                   {text(row["opened"])},
                                   {text(row["closed"])},
                                   {text(row["cancelled"])},
                                   {text(row["still_open"])}});
        }
        addTable(byType);
        add(Heading{4, label("by_priority")});
        Table byPriority{{label("priority"), label("opened"), label("closed"),
                          named("incident_status", "cancelled"), label("still_open")},
                         {}};
        for (const auto& row : incidents["by_priority"]) {
            const bool urgent = row["priority"] == 1;
            byPriority.rows.push_back({{"P" + text(row["priority"]), urgent},
                                       {text(row["opened"]), urgent},
                                       {text(row["closed"]), urgent},
                                       {text(row["cancelled"]), urgent},
                                       {text(row["still_open"]), urgent}});
        }
        add(byPriority);
        const auto& dispatch = figures["time_to_dispatch"];
        add(Heading{3, label("time_to_dispatch")});
        Table times{{label("incidents"), label("dispatched"), label("median"), label("p90")}, {}};
        times.rows.push_back({{text(dispatch["incidents"])},
                              {text(dispatch["dispatched"])},
                              {duration(dispatch["median_s"])},
                              {duration(dispatch["p90_s"])}});
        add(times);
        add(Heading{3, label("liaison")});
        Table liaison{{label("direction"), label("sent"), label("answered"), label("open"),
                       label("overdue"), label("median_response"), label("custody_handovers")},
                      {}};
        for (const auto& row : figures["liaison"]) {
            liaison.rows.push_back({{text(row["direction"])},
                                    {text(row["sent"])},
                                    {text(row["answered"])},
                                    {text(row["open"])},
                                    {text(row["overdue"])},
                                    {duration(row["median_response_s"])},
                                    {text(row["custody_handovers"])}});
        }
        add(liaison);
        add(Heading{3, label("assistance")});
        Table assistance{{label("direction"), label("to_agency"), label("sent"), label("accepted"),
                          label("declined"), label("median_accept")},
                         {}};
        for (const auto& row : figures["assistance"]) {
            assistance.rows.push_back({{text(row["direction"])},
                                       {text(row["to_agency"])},
                                       {text(row["sent"])},
                                       {text(row["accepted"])},
                                       {text(row["declined"])},
                                       {duration(row["median_accept_s"])}});
        }
        add(assistance);
    }

    void lists() {
        const auto& lists = m_report["lists"];
        add(Heading{2, label("open_incidents")});
        Table open{{label("ref"), label("priority"), label("type"), label("status"),
                    label("location"), label("units"), label("latest_entry")},
                   {}};
        for (const auto& row : lists["open_incidents"]) {
            const bool urgent = row["priority"] == 1;
            std::string units;
            for (const auto& unit : row["units"]) {
                units += (units.empty() ? "" : ", ") + text(unit);
            }
            const auto& entry = row["latest_entry"];
            open.rows.push_back(
                {{text(row["ref"]), urgent},
                 {"P" + text(row["priority"]), urgent},
                 {text(row["type_name"])},
                 {named("incident_status", row["status"])},
                 {text(row["location"])},
                 {units.empty() ? "–" : units},
                 {entry.is_null() ? "–" : time(entry["at"]) + " " + text(entry["body"])}});
        }
        addTable(open);
        add(Heading{2, label("priority1_incidents")});
        Table urgent{{label("ref"), label("type"), label("status"), label("created_at"),
                      label("location"), label("units")},
                     {}};
        for (const auto& row : lists["priority1_incidents"]) {
            std::string units;
            for (const auto& unit : row["units"]) {
                units += (units.empty() ? "" : ", ") + text(unit);
            }
            urgent.rows.push_back({{text(row["ref"]), true},
                                   {text(row["type_name"])},
                                   {named("incident_status", row["status"])},
                                   {time(row["created_at"])},
                                   {text(row["location"])},
                                   {units.empty() ? "–" : units}});
        }
        addTable(urgent);
        add(Heading{2, label("units_out_of_service")});
        Table units{
            {label("call_sign"), label("agency"), label("type"), label("reason"), label("since")},
            {}};
        for (const auto& row : lists["units_out_of_service"]) {
            units.rows.push_back({{text(row["call_sign"])},
                                  {text(row["agency"])},
                                  {text(row["type_name"])},
                                  {text(row["reason"])},
                                  {time(row["since"])}});
        }
        addTable(units);
        add(Heading{2, label("liaison_open")});
        Table liaison{{"#", label("direction"), label("kind"), label("subject"), label("priority"),
                       label("status"), label("due")},
                      {}};
        for (const auto& row : lists["liaison_open"]) {
            const bool overdue = row["overdue"] == true;
            liaison.rows.push_back(
                {{text(row["id"])},
                 {text(row["direction"])},
                 {named("liaison_kind", row["kind"])},
                 {text(row["subject"])},
                 {"P" + text(row["priority"]), row["priority"] == 1},
                 {named("liaison_status", row["status"])},
                 {time(row["due_at"]) + (overdue ? " (" + label("overdue") + ")" : ""), overdue}});
        }
        addTable(liaison);
        add(Heading{2, label("notes")});
        Table notes{{label("at"), label("author"), label("text")}, {}};
        for (const auto& row : lists["notes"]) {
            notes.rows.push_back(
                {{time(row["at"])}, {text(row["author_name"])}, {text(row["text"])}});
        }
        addTable(notes);
    }

    void signature(const json& handover) {
        add(Heading{2, label("signed_by")});
        if (!handover.value("signed", false)) {
            add(Paragraph{label("not_signed")});
            return;
        }
        Table table{
            {label("signed_by"), label("signed_at"), label("acknowledged_by"), label("digest")},
            {}};
        table.rows.push_back({{text(handover["signed_by"])},
                              {time(handover["signed_at"])},
                              {text(handover["acknowledged_by"])},
                              {text(handover["digest"])}});
        add(table);
    }

    const json& m_report;
    const json& m_labels;
    const LocalTime& m_localTime;
    std::vector<Block> m_blocks;
};

std::string markdownCell(const Cell& cell) {
    std::string out;
    for (const char c : cell.text) {
        if (c == '|') {
            out += "\\|";
        } else if (c == '\n') {
            out += "<br>";
        } else {
            out += c;
        }
    }
    return cell.urgent && !out.empty() ? "**" + out + "**" : out;
}

std::string markdown(const std::vector<Block>& blocks) {
    std::ostringstream out;
    for (const auto& block : blocks) {
        if (const auto* heading = std::get_if<Heading>(&block)) {
            out << std::string(heading->level, '#') << ' ' << heading->text << "\n\n";
        } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            out << paragraph->text << "\n\n";
        } else {
            const auto& table = std::get<Table>(block);
            out << '|';
            for (const auto& header : table.headers) {
                out << ' ' << markdownCell({header}) << " |";
            }
            out << "\n|";
            for (std::size_t i = 0; i < table.headers.size(); ++i) {
                out << " --- |";
            }
            out << '\n';
            for (const auto& row : table.rows) {
                out << '|';
                for (const auto& cell : row) {
                    out << ' ' << markdownCell(cell) << " |";
                }
                out << '\n';
            }
            out << '\n';
        }
    }
    return out.str();
}

std::string escaped(const std::string& raw) {
    std::string out;
    for (const char c : raw) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string html(const std::vector<Block>& blocks, const std::string& language,
                 const std::string& title) {
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << escaped(language) << "\">\n<head>\n"
        << "<meta charset=\"utf-8\">\n<title>" << escaped(title) << "</title>\n"
        << "<style>\nbody { font-family: sans-serif; margin: 2em; }\n"
        << "table { border-collapse: collapse; margin-bottom: 1em; }\n"
        << "th, td { border: 1px solid #999; padding: 0.2em 0.6em; text-align: left; "
           "vertical-align: top; }\n"
        << "th { background: #eee; }\n"
        << "td.urgent { background: #fdd; color: #900; font-weight: bold; }\n</style>\n"
        << "</head>\n<body>\n";
    for (const auto& block : blocks) {
        if (const auto* heading = std::get_if<Heading>(&block)) {
            out << "<h" << heading->level << '>' << escaped(heading->text) << "</h"
                << heading->level << ">\n";
        } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            out << "<p>" << escaped(paragraph->text) << "</p>\n";
        } else {
            const auto& table = std::get<Table>(block);
            out << "<table>\n<tr>";
            for (const auto& header : table.headers) {
                out << "<th>" << escaped(header) << "</th>";
            }
            out << "</tr>\n";
            for (const auto& row : table.rows) {
                out << "<tr>";
                for (const auto& cell : row) {
                    out << (cell.urgent ? "<td class=\"urgent\">" : "<td>") << escaped(cell.text)
                        << "</td>";
                }
                out << "</tr>\n";
            }
            out << "</table>\n";
        }
    }
    out << "</body>\n</html>\n";
    return out.str();
}

} // namespace

std::string renderReport(const json& report, const json& handover, ReportFormat format,
                         const LocalTime& localTime) {
    if (format == ReportFormat::Json) {
        return json{{"handover", handover}, {"report", report}}.dump(2) + "\n";
    }
    const auto blocks = DocumentBuilder(report, localTime).build(handover);
    if (format == ReportFormat::Markdown) {
        return markdown(blocks);
    }
    const auto title = std::get<Heading>(blocks.front()).text;
    return html(blocks, report.value("language", "en"), title);
}

} // namespace jcc::admin
