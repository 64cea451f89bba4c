// The two writers of the report model (common/ReportModel.hpp) show the same document: every
// section heading of the model, and in each section every column, figure, name and word of the
// model, in the model's order, appear in the supervisor view's HTML (on screen and on paper,
// console/supervisor/ReportHtml.cpp) and in jcc-admin's Markdown and HTML
// (server/admin/ReportRenderer.cpp). Times are left out: each writer has its own format for them.
#include "common/ReportModel.hpp"
#include "console/supervisor/ReportHtml.hpp"
#include "server/admin/ReportRenderer.hpp"
#include "tests/unit/ReportFixture.hpp"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using jcc::ReportModel;
using jcc::console::supervisor::ReportHtml;
using namespace jcc::report;

namespace {

const std::string kTime = "\x01"; // the model's times, told apart from its other texts

/// What a writer must show of one section: its heading, then its texts in order.
struct Shown {
    int level = 2;
    std::string title;
    std::vector<std::string> texts;
};

void addTexts(const Block& block, std::vector<std::string>& texts) {
    if (const auto* table = std::get_if<Table>(&block)) {
        for (const auto& column : table->columns) {
            texts.push_back(column.label);
        }
        for (const auto& row : table->rows) {
            for (const auto& cell : row.cells) {
                texts.push_back(cell.text);
            }
        }
    } else if (const auto* facts = std::get_if<Facts>(&block)) {
        for (const auto& fact : facts->items) {
            texts.push_back(fact.label);
            texts.push_back(fact.text);
        }
    } else {
        texts.push_back(std::get<Paragraph>(block).text);
    }
}

std::vector<Shown> expected(const ReportModel& model) {
    std::vector<Shown> sections;
    for (const auto& section : model.sections) {
        Shown shown{section.level, section.title, {}};
        for (const auto& block : section.blocks) {
            addTexts(block, shown.texts);
        }
        std::erase_if(shown.texts, [](const std::string& text) {
            return text.find(kTime) != std::string::npos;
        });
        sections.push_back(std::move(shown));
    }
    return sections;
}

/// How a writer shows a heading and a text.
struct Format {
    std::function<std::string(int level, const std::string& text)> heading;
    std::function<std::string(const std::string& text)> text;
};

/// `document` has the title, the zone and duration of the shift, and then every section's
/// heading, with its texts between it and the next heading.
void checkShows(const std::string& document, const ReportModel& model, const Format& format) {
    std::size_t at = document.find(format.heading(1, model.title));
    REQUIRE(at != std::string::npos);
    for (const char* key : {"zone", "duration"}) {
        CHECK(document.find(format.text(model.period.find(key)->text), at) != std::string::npos);
    }
    const auto sections = expected(model);
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const auto heading = format.heading(sections[i].level, sections[i].title);
        INFO("section " << heading);
        at = document.find(heading, at);
        REQUIRE(at != std::string::npos);
        const auto end =
            i + 1 < sections.size()
                ? document.find(format.heading(sections[i + 1].level, sections[i + 1].title), at)
                : document.size();
        REQUIRE(end != std::string::npos);
        for (const auto& text : sections[i].texts) {
            INFO("text " << text);
            const auto shown = format.text(text);
            const auto found = document.find(shown, at);
            CHECK(found < end);
            at = found < end ? found + shown.size() : at;
        }
        at = end;
    }
}

std::string escapedHtml(const std::string& text, const char* lineBreak) {
    QString html = QString::fromStdString(text).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QLatin1String(lineBreak)).toStdString();
}

const Format kHtml{[](int level, const std::string& text) {
                       const auto h = "h" + std::to_string(level);
                       return "<" + h + ">" + escapedHtml(text, "") + "</" + h + ">";
                   },
                   [](const std::string& text) { return escapedHtml(text, "<br/>"); }};

const Format kAdminHtml{kHtml.heading,
                        [](const std::string& text) { return escapedHtml(text, "<br>"); }};

const Format kMarkdown{
    [](int level, const std::string& text) { return std::string(level, '#') + " " + text + "\n"; },
    [](const std::string& text) {
        std::string out;
        for (const char c : text) {
            out += c == '|' ? "\\|" : c == '\n' ? "<br>" : std::string(1, c);
        }
        return out;
    }};

QJsonObject toQt(const nlohmann::json& object) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(object.dump())).object();
}

} // namespace

TEST_CASE("the console and jcc-admin show the same report") {
    const auto report = jcc::test::sampleReport();
    const auto handover = jcc::test::sampleHandover();
    const auto model = ReportModel::build(report, handover, jcc::Language::En,
                                          [](const std::string&, TimeStyle) { return kTime; });
    const auto localTime = [](const std::string& at) { return "at " + at; };

    SECTION("the supervisor view on screen") {
        checkShows(ReportHtml::render(toQt(report), toQt(handover), true).toStdString(), model,
                   kHtml);
    }
    SECTION("the supervisor view's PDF") {
        checkShows(ReportHtml::render(toQt(report), toQt(handover), true, ReportHtml::Medium::Paper)
                       .toStdString(),
                   model, kHtml);
    }
    SECTION("jcc-admin report export --format md") {
        checkShows(jcc::admin::renderReport(report, handover, jcc::admin::ReportFormat::Markdown,
                                            localTime),
                   model, kMarkdown);
    }
    SECTION("jcc-admin report export --format html") {
        checkShows(
            jcc::admin::renderReport(report, handover, jcc::admin::ReportFormat::Html, localTime),
            model, kAdminHtml);
    }
}
