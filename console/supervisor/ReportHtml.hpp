#pragma once
// Writes a shift handover report (the "report" of handover.generate, or a signed snapshot) and
// its state (handover_json) as HTML for QTextDocument: the screen view, the PDF and the printout
// all come from this one text. The document is common/ReportModel.hpp's, the one jcc-admin
// writes too, in the language of the console's catalogue; times in the schedule's zone.
#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace jcc::console::supervisor {

class ReportHtml {
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    /// Where the HTML is shown: on screen tables of figures may stand side by side, an A4 page
    /// is too narrow for that.
    enum class Medium { Screen, Paper };

    /// The whole report. `digestVerified`: the digest was recomputed from the signed snapshot
    /// and matched (shown next to the digest of a signed report).
    static QString render(const QJsonObject& report, const QJsonObject& handover,
                          bool digestVerified, Medium medium = Medium::Screen);

    /// "Draft", "Signed by X at T" or "Acknowledged by Y at T" (after the signature).
    static QString stateText(const QJsonObject& handover);
};

} // namespace jcc::console::supervisor
