#include "console/supervisor/ReportHtml.hpp"

#include "console/models/DomainText.hpp"
#include "console/supervisor/TimeText.hpp"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

namespace jcc::console::supervisor {

namespace {

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

QString esc(const QJsonValue& value) {
    return value.toString().toHtmlEscaped();
}

QString number(const QJsonValue& value) {
    return value.isNull() || value.isUndefined() ? QStringLiteral("–")
                                                 : QString::number(value.toInteger());
}

QString durationOf(const QJsonValue& value) {
    return value.isNull() || value.isUndefined() ? QStringLiteral("–")
                                                 : TimeText::duration(value.toInteger());
}

/// A table with a header row; `numeric` marks the right-aligned columns. Tables of figures
/// (with numeric columns) are as wide as their text, lists span the page.
class Table {
public:
    Table(const QStringList& headings, const QList<bool>& numeric = {}) : m_numeric(numeric) {
        m_html += QStringLiteral("<table class=\"grid\"%1 border=\"1\" cellspacing=\"0\" "
                                 "cellpadding=\"5\"><tr>")
                      .arg(numeric.contains(true) ? QString() : QStringLiteral(" width=\"100%\""));
        for (int i = 0; i < headings.size(); ++i) {
            m_html += QStringLiteral("<th%1>%2</th>")
                          .arg(isNumeric(i) ? QStringLiteral(" class=\"num\"") : QString(),
                               headings.at(i).toHtmlEscaped());
        }
        m_html += QStringLiteral("</tr>");
    }
    /// Cells are HTML already; `rowClass` applies to every cell.
    void row(const QStringList& cells, const QString& rowClass = {}) {
        m_html += QStringLiteral("<tr>");
        for (int i = 0; i < cells.size(); ++i) {
            QStringList classes;
            if (isNumeric(i)) {
                classes << QStringLiteral("num");
            }
            if (!rowClass.isEmpty()) {
                classes << rowClass;
            }
            m_html += classes.isEmpty() ? QStringLiteral("<td>%1</td>").arg(cells.at(i))
                                        : QStringLiteral("<td class=\"%1\">%2</td>")
                                              .arg(classes.join(QLatin1Char(' ')), cells.at(i));
        }
        m_html += QStringLiteral("</tr>");
    }
    /// A row whose first cell carries its own attributes (e.g. a background colour).
    void rawRow(const QString& html) { m_html += html; }
    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    bool isNumeric(int column) const { return column < m_numeric.size() && m_numeric.at(column); }

    QString m_html;
    QList<bool> m_numeric;
};

QString priorityCell(int priority) {
    return QStringLiteral("<td bgcolor=\"%1\" align=\"center\"><b><font color=\"%2\">P%3"
                          "</font></b></td>")
        .arg(DomainText::priorityColour(priority).name(),
             DomainText::priorityAccent(priority).name())
        .arg(priority);
}

QString none() {
    return QStringLiteral("<p><span class=\"none\">%1</span></p>")
        .arg(ReportHtml::tr("None").toHtmlEscaped());
}

QString joinedUnits(const QJsonValue& units) {
    QStringList callSigns;
    for (const auto& unit : units.toArray()) {
        callSigns << unit.toString().toHtmlEscaped();
    }
    return callSigns.isEmpty() ? QStringLiteral("–") : callSigns.join(QStringLiteral(", "));
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
    const bool sideBySide = medium == Medium::Screen;
    const QJsonObject shift = report.value(QLatin1String("shift")).toObject();
    const QTimeZone zone = TimeText::zone(shift.value(QLatin1String("zone")).toString());
    const auto at = [&zone](const QJsonValue& iso) {
        return TimeText::dateTime(iso.toString(), zone).toHtmlEscaped();
    };
    const QDate shiftDate =
        QDateTime::fromString(shift.value(QLatin1String("starts_at")).toString(), Qt::ISODateWithMs)
            .toTimeZone(zone)
            .date();
    const auto shortAt = [&](const QJsonValue& iso) {
        return TimeText::shortTime(iso.toString(), shiftDate, zone).toHtmlEscaped();
    };
    const QJsonObject figures = report.value(QLatin1String("figures")).toObject();
    const QJsonObject lists = report.value(QLatin1String("lists")).toObject();

    QString html = QStringLiteral("<html><head><style>%1</style></head><body>")
                       .arg(QString::fromLatin1(kStyle));

    // Title, period and state.
    const QString shiftId = esc(shift.value(QLatin1String("id")));
    html +=
        QStringLiteral("<h1>%1 %2</h1>").arg(tr("Shift handover report").toHtmlEscaped(), shiftId);
    html +=
        QStringLiteral("<p class=\"sub\">%1<br/>%2</p>")
            .arg(tr("%1 – %2 (%3, %4)")
                     .arg(at(shift.value(QLatin1String("starts_at"))),
                          at(shift.value(QLatin1String("ends_at"))),
                          esc(shift.value(QLatin1String("zone"))),
                          TimeText::duration(shift.value(QLatin1String("duration_s")).toInteger())
                              .toHtmlEscaped()),
                 tr("Figures as of %1; generated %2")
                     .arg(TimeText::dateTime(report.value(QLatin1String("as_of")).toString(), zone),
                          TimeText::dateTime(report.value(QLatin1String("generated_at")).toString(),
                                             zone))
                     .toHtmlEscaped());
    const bool isSigned = !handover.value(QLatin1String("signed_by")).toString().isEmpty();
    html += QStringLiteral("<p><span class=\"%1\">%2</span>")
                .arg(isSigned ? QStringLiteral("signed") : QStringLiteral("draft"),
                     stateText(handover).toHtmlEscaped());
    if (isSigned) {
        html += QStringLiteral("<br/>%1 <span class=\"digest\">%2</span>")
                    .arg(tr("SHA-256 digest:").toHtmlEscaped(),
                         esc(handover.value(QLatin1String("digest"))));
        if (digestVerified) {
            html += QStringLiteral(" <span class=\"verified\">✔ %1</span>")
                        .arg(tr("matches the signed snapshot").toHtmlEscaped());
        }
    }
    html += QStringLiteral("</p>");

    // Figures: incidents.
    const QJsonObject incidents = figures.value(QLatin1String("incidents")).toObject();
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Incidents").toHtmlEscaped());
    const QStringList countHeadings{tr("Opened"), tr("Closed"), tr("Cancelled"),
                                    tr("Open at the end")};
    const QList<bool> counts{false, true, true, true, true};
    {
        Table table(QStringList{tr("Priority")} + countHeadings, counts);
        for (const auto& item : incidents.value(QLatin1String("by_priority")).toArray()) {
            const QJsonObject row = item.toObject();
            const int priority = row.value(QLatin1String("priority")).toInt();
            table.rawRow(QStringLiteral("<tr>%1<td class=\"num\">%2</td><td class=\"num\">%3</td>"
                                        "<td class=\"num\">%4</td><td class=\"num\">%5</td></tr>")
                             .arg(priorityCell(priority),
                                  number(row.value(QLatin1String("opened"))),
                                  number(row.value(QLatin1String("closed"))),
                                  number(row.value(QLatin1String("cancelled"))),
                                  number(row.value(QLatin1String("still_open")))));
        }
        table.row({tr("Total").toHtmlEscaped(), number(incidents.value(QLatin1String("opened"))),
                   number(incidents.value(QLatin1String("closed"))),
                   number(incidents.value(QLatin1String("cancelled"))),
                   number(incidents.value(QLatin1String("still_open")))},
                  QStringLiteral("total"));
        // By priority and by type side by side, in a frame without borders.
        if (sideBySide) {
            html += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" "
                                   "cellpadding=\"0\"><tr><td valign=\"top\">");
        }
        html += QStringLiteral("<h3>%1</h3>").arg(tr("By priority").toHtmlEscaped()) + table.html();
        if (sideBySide) {
            html += QStringLiteral("</td><td width=\"24\"></td><td valign=\"top\">");
        }
    }
    {
        const QJsonArray byType = incidents.value(QLatin1String("by_type")).toArray();
        html += QStringLiteral("<h3>%1</h3>").arg(tr("By type").toHtmlEscaped());
        if (byType.isEmpty()) {
            html += none();
        } else {
            Table table(QStringList{tr("Type")} + countHeadings, counts);
            for (const auto& item : byType) {
                const QJsonObject row = item.toObject();
                table.row({esc(row.value(QLatin1String("name"))),
                           number(row.value(QLatin1String("opened"))),
                           number(row.value(QLatin1String("closed"))),
                           number(row.value(QLatin1String("cancelled"))),
                           number(row.value(QLatin1String("still_open")))});
            }
            html += table.html();
        }
        if (sideBySide) {
            html += QStringLiteral("</td></tr></table>");
        }
    }
    {
        const QJsonObject dispatch = figures.value(QLatin1String("time_to_dispatch")).toObject();
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(tr("Time from creation to first dispatch").toHtmlEscaped());
        Table table(
            {tr("Opened in the shift"), tr("Dispatched"), tr("Median"), tr("90th percentile")},
            {true, true, true, true});
        table.row({number(dispatch.value(QLatin1String("incidents"))),
                   number(dispatch.value(QLatin1String("dispatched"))),
                   durationOf(dispatch.value(QLatin1String("median_s"))).toHtmlEscaped(),
                   durationOf(dispatch.value(QLatin1String("p90_s"))).toHtmlEscaped()});
        html += table.html();
    }

    // Figures: liaison per direction.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Cross-border liaison").toHtmlEscaped());
    {
        Table table({tr("Direction"), tr("Sent"), tr("Answered"), tr("Open"), tr("Overdue"),
                     tr("Median response"), tr("Custody handovers")},
                    {false, true, true, true, true, true, true});
        for (const auto& item : figures.value(QLatin1String("liaison")).toArray()) {
            const QJsonObject row = item.toObject();
            const qint64 overdue = row.value(QLatin1String("overdue")).toInteger();
            table.row({QStringLiteral("<b>%1</b>").arg(esc(row.value(QLatin1String("direction")))),
                       number(row.value(QLatin1String("sent"))),
                       number(row.value(QLatin1String("answered"))),
                       number(row.value(QLatin1String("open"))),
                       overdue > 0
                           ? QStringLiteral("<span class=\"overdue\">%1</span>").arg(overdue)
                           : number(row.value(QLatin1String("overdue"))),
                       durationOf(row.value(QLatin1String("median_response_s"))).toHtmlEscaped(),
                       number(row.value(QLatin1String("custody_handovers")))});
        }
        html += table.html();
    }

    // Figures: assistance requests per direction and agency asked.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Assistance requests").toHtmlEscaped());
    {
        Table table({tr("Direction"), tr("Asked"), tr("Sent"), tr("Accepted"), tr("Declined"),
                     tr("Median time to acceptance")},
                    {false, false, true, true, true, true});
        for (const auto& item : figures.value(QLatin1String("assistance")).toArray()) {
            const QJsonObject row = item.toObject();
            table.row({QStringLiteral("<b>%1</b>").arg(esc(row.value(QLatin1String("direction")))),
                       esc(row.value(QLatin1String("to_agency"))),
                       number(row.value(QLatin1String("sent"))),
                       number(row.value(QLatin1String("accepted"))),
                       number(row.value(QLatin1String("declined"))),
                       durationOf(row.value(QLatin1String("median_accept_s"))).toHtmlEscaped()});
        }
        html += table.html();
    }

    // Open incidents.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Open incidents").toHtmlEscaped());
    {
        const QJsonArray open = lists.value(QLatin1String("open_incidents")).toArray();
        if (open.isEmpty()) {
            html += none();
        } else {
            Table table({tr("Pri."), tr("Reference"), tr("Type"), tr("Status"), tr("Location"),
                         tr("Units"), tr("Created"), tr("Latest entry")});
            for (const auto& item : open) {
                const QJsonObject row = item.toObject();
                const QJsonObject latest = row.value(QLatin1String("latest_entry")).toObject();
                const QString entry =
                    latest.isEmpty()
                        ? QStringLiteral("–")
                        : QStringLiteral("%1 %2").arg(shortAt(latest.value(QLatin1String("at"))),
                                                      esc(latest.value(QLatin1String("body"))));
                table.rawRow(
                    QStringLiteral(
                        "<tr>%1<td class=\"ref\"><b>%2</b></td><td>%3</td><td>%4</td><td>%5</td>"
                        "<td>%6</td><td>%7</td><td>%8</td></tr>")
                        .arg(priorityCell(row.value(QLatin1String("priority")).toInt()),
                             esc(row.value(QLatin1String("ref"))),
                             esc(row.value(QLatin1String("type_name"))),
                             DomainText::incidentStatus(
                                 row.value(QLatin1String("status")).toString())
                                 .toHtmlEscaped(),
                             esc(row.value(QLatin1String("location"))),
                             joinedUnits(row.value(QLatin1String("units"))),
                             shortAt(row.value(QLatin1String("created_at"))), entry));
            }
            html += table.html();
        }
    }

    // Priority 1 incidents of the shift.
    html +=
        QStringLiteral("<h2>%1</h2>").arg(tr("Priority 1 incidents of the shift").toHtmlEscaped());
    {
        const QJsonArray urgent = lists.value(QLatin1String("priority1_incidents")).toArray();
        if (urgent.isEmpty()) {
            html += none();
        } else {
            Table table({tr("Reference"), tr("Type"), tr("Status"), tr("Location"), tr("Units"),
                         tr("Created"), tr("Closed")});
            for (const auto& item : urgent) {
                const QJsonObject row = item.toObject();
                table.row({QStringLiteral(
                               "<span class=\"ref\"><b><font color=\"%1\">%2</font></b></span>")
                               .arg(DomainText::priorityAccent(1).name(),
                                    esc(row.value(QLatin1String("ref")))),
                           esc(row.value(QLatin1String("type_name"))),
                           DomainText::incidentStatus(row.value(QLatin1String("status")).toString())
                               .toHtmlEscaped(),
                           esc(row.value(QLatin1String("location"))),
                           joinedUnits(row.value(QLatin1String("units"))),
                           shortAt(row.value(QLatin1String("created_at"))),
                           row.value(QLatin1String("closed_at")).isNull()
                               ? QStringLiteral("–")
                               : shortAt(row.value(QLatin1String("closed_at")))});
            }
            html += table.html();
        }
    }

    // Units out of service.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Units out of service").toHtmlEscaped());
    {
        const QJsonArray units = lists.value(QLatin1String("units_out_of_service")).toArray();
        if (units.isEmpty()) {
            html += none();
        } else {
            Table table({tr("Call sign"), tr("Agency"), tr("Type"), tr("Reason"), tr("Since")});
            for (const auto& item : units) {
                const QJsonObject row = item.toObject();
                table.row(
                    {QStringLiteral("<b>%1</b>").arg(esc(row.value(QLatin1String("call_sign")))),
                     esc(row.value(QLatin1String("agency"))),
                     esc(row.value(QLatin1String("type_name"))),
                     row.value(QLatin1String("reason")).toString().isEmpty()
                         ? QStringLiteral("–")
                         : esc(row.value(QLatin1String("reason"))),
                     at(row.value(QLatin1String("since")))});
            }
            html += table.html();
        }
    }

    // Open and overdue liaison requests.
    html +=
        QStringLiteral("<h2>%1</h2>").arg(tr("Open and overdue liaison requests").toHtmlEscaped());
    {
        const QJsonArray requests = lists.value(QLatin1String("liaison_open")).toArray();
        if (requests.isEmpty()) {
            html += none();
        } else {
            Table table({tr("Direction"), tr("From → to"), tr("Kind"), tr("Subject"), tr("Pri."),
                         tr("Status"), tr("Sent"), tr("Due")});
            for (const auto& item : requests) {
                const QJsonObject row = item.toObject();
                const bool overdue = row.value(QLatin1String("overdue")).toBool();
                const QString due = shortAt(row.value(QLatin1String("due_at")));
                table.row(
                    {esc(row.value(QLatin1String("direction"))),
                     QStringLiteral("%1 → %2").arg(esc(row.value(QLatin1String("from_agency"))),
                                                   esc(row.value(QLatin1String("to_agency")))),
                     DomainText::liaisonKind(row.value(QLatin1String("kind")).toString())
                         .toHtmlEscaped(),
                     esc(row.value(QLatin1String("subject"))),
                     QStringLiteral("P%1").arg(row.value(QLatin1String("priority")).toInt()),
                     DomainText::liaisonStatus(row.value(QLatin1String("status")).toString())
                         .toHtmlEscaped(),
                     shortAt(row.value(QLatin1String("created_at"))),
                     overdue ? QStringLiteral("<span class=\"overdue\">%1 (%2)</span>")
                                   .arg(due, tr("overdue").toHtmlEscaped())
                             : due});
            }
            html += table.html();
        }
    }

    // Handover notes.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Handover notes").toHtmlEscaped());
    {
        const QJsonArray notes = lists.value(QLatin1String("notes")).toArray();
        if (notes.isEmpty()) {
            html += none();
        } else {
            Table table({tr("Time"), tr("Author"), tr("Note")});
            for (const auto& item : notes) {
                const QJsonObject row = item.toObject();
                const QString name = row.value(QLatin1String("author_name")).toString();
                table.row({shortAt(row.value(QLatin1String("at"))),
                           (name.isEmpty() ? row.value(QLatin1String("author")).toString() : name)
                               .toHtmlEscaped(),
                           esc(row.value(QLatin1String("text")))
                               .replace(QLatin1Char('\n'), QStringLiteral("<br/>"))});
            }
            html += table.html();
        }
    }

    // Supervisor remarks.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Supervisor remarks").toHtmlEscaped());
    {
        const QJsonObject remarks = report.value(QLatin1String("remarks")).toObject();
        const QString text = remarks.value(QLatin1String("text")).toString();
        if (text.trimmed().isEmpty()) {
            html += none();
        } else {
            html +=
                QStringLiteral("<p class=\"remarks\">%1</p>")
                    .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
            html += QStringLiteral("<p class=\"sub\">%1</p>")
                        .arg(tr("Written by %1 at %2")
                                 .arg(remarks.value(QLatin1String("by")).toString(),
                                      TimeText::dateTime(
                                          remarks.value(QLatin1String("at")).toString(), zone))
                                 .toHtmlEscaped());
        }
    }
    if (isSigned) {
        const QJsonObject signature = report.value(QLatin1String("signature")).toObject();
        const QString signer = signature.value(QLatin1String("signed_by_name")).toString();
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(tr("Signature").toHtmlEscaped(),
                         tr("Signed by %1 (%2) at %3")
                             .arg(signer.isEmpty()
                                      ? handover.value(QLatin1String("signed_by")).toString()
                                      : signer,
                                  handover.value(QLatin1String("signed_by")).toString(),
                                  TimeText::dateTime(
                                      handover.value(QLatin1String("signed_at")).toString(), zone))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace jcc::console::supervisor
