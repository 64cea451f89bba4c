#include "server/admin/ReportRenderer.hpp"

#include "common/ReportModel.hpp"

#include <sstream>

namespace jcc::admin {

using nlohmann::json;
using report::Block;
using report::Cell;
using report::Facts;
using report::Paragraph;
using report::Row;
using report::Section;
using report::Table;

namespace {

// Markdown: GitHub's tables; a priority 1 or overdue cell in bold.

std::string markdownText(const std::string& raw) {
    std::string out;
    for (const char c : raw) {
        if (c == '|') {
            out += "\\|";
        } else if (c == '\n') {
            out += "<br>";
        } else {
            out += c;
        }
    }
    return out;
}

std::string markdownRow(const std::vector<std::string>& cells) {
    std::string line = "|";
    for (const auto& cell : cells) {
        line += " " + cell + " |";
    }
    return line + "\n";
}

std::string markdownRule(std::size_t columns) {
    std::string line = "|";
    for (std::size_t i = 0; i < columns; ++i) {
        line += " --- |";
    }
    return line + "\n";
}

std::string markdownTable(const Table& table) {
    std::vector<std::string> headers;
    for (const auto& column : table.columns) {
        headers.push_back(markdownText(column.label));
    }
    std::string out = markdownRow(headers) + markdownRule(headers.size());
    for (const Row& row : table.rows) {
        std::vector<std::string> cells;
        for (const Cell& cell : row.cells) {
            const auto text = markdownText(cell.text);
            cells.push_back((cell.alert || row.urgent) && !text.empty() ? "**" + text + "**"
                                                                        : text);
        }
        out += markdownRow(cells);
    }
    return out + "\n";
}

/// Two columns; the first fact is the header row.
std::string markdownFacts(const Facts& facts) {
    std::string out;
    for (std::size_t i = 0; i < facts.items.size(); ++i) {
        out += markdownRow({markdownText(facts.items[i].label), markdownText(facts.items[i].text)});
        if (i == 0) {
            out += markdownRule(2);
        }
    }
    return out + "\n";
}

std::string markdownSection(const Section& section) {
    std::string out = std::string(section.level, '#') + " " + section.title + "\n\n";
    for (const Block& block : section.blocks) {
        if (const auto* table = std::get_if<Table>(&block)) {
            out += markdownTable(*table);
        } else if (const auto* facts = std::get_if<Facts>(&block)) {
            out += markdownFacts(*facts);
        } else {
            out += std::get<Paragraph>(block).text + "\n\n";
        }
    }
    return out;
}

std::string markdown(const ReportModel& model) {
    std::string out = "# " + model.title + "\n\n" + markdownFacts(model.period);
    for (const auto& section : model.sections) {
        out += markdownSection(section);
    }
    return out;
}

// HTML: one standalone page; a priority 1 or overdue cell of class "urgent".

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
        case '\n':
            out += "<br>";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string htmlTable(const Table& table) {
    std::string out = "<table>\n<tr>";
    for (const auto& column : table.columns) {
        out += "<th>" + escaped(column.label) + "</th>";
    }
    out += "</tr>\n";
    for (const Row& row : table.rows) {
        out += "<tr>";
        for (const Cell& cell : row.cells) {
            out += (cell.alert || row.urgent ? "<td class=\"urgent\">" : "<td>") +
                   escaped(cell.text) + "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</table>\n";
}

/// Two columns; the first fact is the header row.
std::string htmlFacts(const Facts& facts) {
    std::string out = "<table>\n";
    for (const auto& fact : facts.items) {
        const char* cell = &fact == &facts.items.front() ? "th" : "td";
        out += std::string("<tr><") + cell + ">" + escaped(fact.label) + "</" + cell + "><" + cell +
               ">" + escaped(fact.text) + "</" + cell + "></tr>\n";
    }
    return out + "</table>\n";
}

std::string htmlSection(const Section& section) {
    const auto level = std::to_string(section.level);
    std::string out = "<h" + level + ">" + escaped(section.title) + "</h" + level + ">\n";
    for (const Block& block : section.blocks) {
        if (const auto* table = std::get_if<Table>(&block)) {
            out += htmlTable(*table);
        } else if (const auto* facts = std::get_if<Facts>(&block)) {
            out += htmlFacts(*facts);
        } else {
            out += "<p>" + escaped(std::get<Paragraph>(block).text) + "</p>\n";
        }
    }
    return out;
}

const char* const kHtmlStyle =
    "<style>\nbody { font-family: sans-serif; margin: 2em; }\n"
    "table { border-collapse: collapse; margin-bottom: 1em; }\n"
    "th, td { border: 1px solid #999; padding: 0.2em 0.6em; text-align: left; "
    "vertical-align: top; }\n"
    "th { background: #eee; }\n"
    "td.urgent { background: #fdd; color: #900; font-weight: bold; }\n</style>\n";

std::string html(const ReportModel& model) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escaped(model.language) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escaped(model.title) +
                      "</title>\n" + kHtmlStyle + "</head>\n<body>\n<h1>" + escaped(model.title) +
                      "</h1>\n" + htmlFacts(model.period);
    for (const auto& section : model.sections) {
        out += htmlSection(section);
    }
    return out + "</body>\n</html>\n";
}

} // namespace

std::string renderReport(const json& report, const json& handover, ReportFormat format,
                         const LocalTime& localTime) {
    if (format == ReportFormat::Json) {
        return json{{"handover", handover}, {"report", report}}.dump(2) + "\n";
    }
    const auto language =
        report.is_object() && report.contains("language") && report["language"].is_string()
            ? languageFromString(report["language"].get<std::string>())
            : std::nullopt;
    const auto model = ReportModel::build(
        report, handover, language.value_or(Language::En),
        [&localTime](const std::string& at, report::TimeStyle) { return localTime(at); });
    return format == ReportFormat::Markdown ? markdown(model) : html(model);
}

} // namespace jcc::admin
