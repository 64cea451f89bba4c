#include "console/supervisor/ReportHtml.hpp"

#include "common/ReportModel.hpp"
#include "console/models/DomainText.hpp"
#include "console/supervisor/TimeText.hpp"

#include <QDateTime>
#include <QJsonDocument>
#include <QStringList>

namespace jcc::console::supervisor {

namespace {

using report::Block;
using report::Cell;
using report::Column;
using report::Facts;
using report::Paragraph;
using report::Row;
using report::Section;
using report::Table;

// QTextDocument understands this subset of CSS; the PDF uses the same rules.
const char* const kStyle =
    "body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; color: #1f2933; }"
    "h1 { font-size: 17pt; margin-bottom: 2px; color: #102a43; }"
    "h2 { font-size: 12.5pt; margin-top: 16px; margin-bottom: 4px; color: #243b53; }"
    "h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; color: #334e68; }"
    "p.sub { color: #52606d; margin-top: 0px; }"
    "table.grid { border-collapse: collapse; border-color: #bcccdc; }"
    "table.grid th { background-color: #e4ebf3; color: #243b53; font-weight: 600;"
    "  text-align: left; }"
    "td.num, th.num { text-align: right; }"
    "td.total { font-weight: bold; background-color: #f5f7fa; }"
    "td.ref, span.ref { white-space: nowrap; }"
    "span.none { color: #7b8794; font-style: italic; }"
    "span.overdue { color: #b71c1c; font-weight: bold; }"
    "span.digest { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; }"
    "span.verified { color: #2e7d32; }"
    "span.draft { color: #8d6e00; font-weight: bold; }"
    "span.signed { color: #1b5e20; font-weight: bold; }"
    "p.remarks { white-space: pre-wrap; }";

/// Text of the model as HTML: escaped, line breaks kept.
QString escaped(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                QStringLiteral("<br/>"));
}

nlohmann::json toJson(const QJsonObject& object) {
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return nlohmann::json::parse(text.constData(), text.constData() + text.size());
}

/// The language of the supervisor catalogue in use; the report's words are common/HandoverLabels'
/// in it, so the report follows the console's language switch.
Language catalogueLanguage() {
    //: The code of this catalogue's language: cs, sk or en. The handover report's headings are
    //: taken from common/HandoverLabels.cpp in that language.
    const QString code = ReportHtml::tr("en");
    return languageFromString(code.toStdString()).value_or(Language::En);
}

/// Times in the shift schedule's zone; short ones without the date on the shift's first day.
report::TimeFormat timeFormat(const QJsonObject& shift) {
    const QTimeZone zone = TimeText::zone(shift.value(QLatin1String("zone")).toString());
    const QDate shiftDate =
        QDateTime::fromString(shift.value(QLatin1String("starts_at")).toString(), Qt::ISODateWithMs)
            .toTimeZone(zone)
            .date();
    return [zone, shiftDate](const std::string& iso, report::TimeStyle style) {
        const QString at = QString::fromStdString(iso);
        return (style == report::TimeStyle::Full ? TimeText::dateTime(at, zone)
                                                 : TimeText::shortTime(at, shiftDate, zone))
            .toStdString();
    };
}

QString priorityCell(const Cell& cell) {
    return QStringLiteral("<td bgcolor=\"%1\" align=\"center\"><b><font color=\"%2\">%3"
                          "</font></b></td>")
        .arg(DomainText::priorityColour(cell.priority).name(),
             DomainText::priorityAccent(cell.priority).name(), escaped(cell.text));
}

QString cellHtml(const Cell& cell, const Column& column, const Row& row) {
    if (cell.priority > 0) {
        return priorityCell(cell);
    }
    QString content = escaped(cell.text);
    if (cell.alert) {
        content = QStringLiteral("<span class=\"overdue\">%1</span>").arg(content);
    }
    QStringList classes;
    if (cell.key) {
        content = QStringLiteral("<b>%1</b>").arg(content);
        classes << QStringLiteral("ref");
    }
    if (column.figure) {
        classes << QStringLiteral("num");
    }
    if (row.total) {
        classes << QStringLiteral("total");
    }
    return classes.isEmpty() ? QStringLiteral("<td>%1</td>").arg(content)
                             : QStringLiteral("<td class=\"%1\">%2</td>")
                                   .arg(classes.join(QLatin1Char(' ')), content);
}

/// Tables of figures are as wide as their text, lists span the page.
QString tableHtml(const Table& table) {
    bool figures = false;
    QString html = QStringLiteral("<tr>");
    for (const Column& column : table.columns) {
        figures = figures || column.figure;
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(column.figure ? QStringLiteral(" class=\"num\"") : QString(),
                         escaped(column.label));
    }
    html += QStringLiteral("</tr>");
    for (const Row& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (std::size_t i = 0; i < row.cells.size() && i < table.columns.size(); ++i) {
            html += cellHtml(row.cells[i], table.columns[i], row);
        }
        html += QStringLiteral("</tr>");
    }
    return QStringLiteral("<table class=\"grid\"%1 border=\"1\" cellspacing=\"0\" "
                          "cellpadding=\"5\">%2</table>")
        .arg(figures ? QString() : QStringLiteral(" width=\"100%\""), html);
}

QString factsHtml(const Facts& facts) {
    QString html =
        QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">");
    for (const auto& fact : facts.items) {
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                    .arg(escaped(fact.label), escaped(fact.text));
    }
    return html + QStringLiteral("</table>");
}

QString paragraphHtml(const Paragraph& paragraph) {
    switch (paragraph.kind) {
    case Paragraph::Kind::None:
        return QStringLiteral("<p><span class=\"none\">%1</span></p>").arg(escaped(paragraph.text));
    case Paragraph::Kind::Byline:
        return QStringLiteral("<p class=\"sub\">%1</p>").arg(escaped(paragraph.text));
    case Paragraph::Kind::Text:
        break;
    }
    return QStringLiteral("<p class=\"remarks\">%1</p>").arg(escaped(paragraph.text));
}

QString sectionHtml(const Section& section) {
    QString html = QStringLiteral("<h%1>%2</h%1>").arg(section.level).arg(escaped(section.title));
    for (const Block& block : section.blocks) {
        if (const auto* table = std::get_if<Table>(&block)) {
            html += tableHtml(*table);
        } else if (const auto* facts = std::get_if<Facts>(&block)) {
            html += factsHtml(*facts);
        } else {
            html += paragraphHtml(std::get<Paragraph>(block));
        }
    }
    return html;
}

/// Two sections next to each other, in a frame without borders.
QString sideBySide(const Section& left, const Section& right) {
    return QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">"
                          "<tr><td valign=\"top\">%1</td><td width=\"24\"></td>"
                          "<td valign=\"top\">%2</td></tr></table>")
        .arg(sectionHtml(left), sectionHtml(right));
}

/// On screen the incidents by priority and by type stand side by side; an A4 page is too narrow.
QString sectionsHtml(const std::vector<Section>& sections, ReportHtml::Medium medium) {
    QString html;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        if (medium == ReportHtml::Medium::Screen && sections[i].key == "by_priority" &&
            i + 1 < sections.size() && sections[i + 1].key == "by_type") {
            html += sideBySide(sections[i], sections[i + 1]);
            ++i;
        } else {
            html += sectionHtml(sections[i]);
        }
    }
    return html;
}

/// The title and the shift's period in two lines.
QString headerHtml(const ReportModel& model) {
    const auto fact = [&model](const char* key) {
        const auto* found = model.period.find(key);
        return found == nullptr ? QString() : escaped(found->text);
    };
    const auto labelled = [&model](const char* key) {
        const auto* found = model.period.find(key);
        return found == nullptr ? QString() : escaped(found->label + " " + found->text);
    };
    return QStringLiteral("<h1>%1</h1><p class=\"sub\">%2 – %3 (%4, %5)<br/>%6 · %7</p>")
        .arg(escaped(model.title), fact("starts"), fact("ends"), fact("zone"), fact("duration"),
             labelled("as_of"), labelled("generated_at"));
}

/// The report's state under the title: draft or signed, the digest and whether it matched.
QString stateHtml(const QJsonObject& handover, bool digestVerified) {
    const bool isSigned = !handover.value(QLatin1String("signed_by")).toString().isEmpty();
    QString html = QStringLiteral("<p><span class=\"%1\">%2</span>")
                       .arg(isSigned ? QStringLiteral("signed") : QStringLiteral("draft"),
                            ReportHtml::stateText(handover).toHtmlEscaped());
    if (isSigned) {
        html += QStringLiteral("<br/>%1 <span class=\"digest\">%2</span>")
                    .arg(ReportHtml::tr("SHA-256 digest:").toHtmlEscaped(),
                         handover.value(QLatin1String("digest")).toString().toHtmlEscaped());
        if (digestVerified) {
            html += QStringLiteral(" <span class=\"verified\">✔ %1</span>")
                        .arg(ReportHtml::tr("matches the signed snapshot").toHtmlEscaped());
        }
    }
    return html + QStringLiteral("</p>");
}

} // namespace

QString ReportHtml::stateText(const QJsonObject& handover) {
    const QString signedBy = handover.value(QLatin1String("signed_by")).toString();
    if (signedBy.isEmpty()) {
        return tr("Draft – not signed");
    }
    QString text =
        tr("Signed by %1 at %2")
            .arg(signedBy,
                 TimeText::dateTime(handover.value(QLatin1String("signed_at")).toString()));
    const QString acknowledgedBy = handover.value(QLatin1String("acknowledged_by")).toString();
    if (!acknowledgedBy.isEmpty()) {
        text += QStringLiteral("; ") +
                tr("acknowledged by %1 at %2")
                    .arg(acknowledgedBy,
                         TimeText::dateTime(
                             handover.value(QLatin1String("acknowledged_at")).toString()));
    }
    return text;
}

QString ReportHtml::render(const QJsonObject& report, const QJsonObject& handover,
                           bool digestVerified, Medium medium) {
    const ReportModel model =
        ReportModel::build(toJson(report), toJson(handover), catalogueLanguage(),
                           timeFormat(report.value(QLatin1String("shift")).toObject()));
    return QStringLiteral("<html><head><style>%1</style></head><body>")
               .arg(QString::fromLatin1(kStyle)) +
           headerHtml(model) + stateHtml(handover, digestVerified) +
           sectionsHtml(model.sections, medium) + QStringLiteral("</body></html>");
}

} // namespace jcc::console::supervisor
