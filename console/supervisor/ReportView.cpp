#include "console/supervisor/ReportView.hpp"

#include "console/supervisor/HandoverClient.hpp"
#include "console/supervisor/ReportDocument.hpp"
#include "console/supervisor/ReportHtml.hpp"
#include "console/supervisor/SignDialog.hpp"
#include "console/supervisor/TimeText.hpp"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jcc::console::supervisor {

namespace {

constexpr int kReloadDelayMs = 300;

const char* const kBadgeStyle = "QLabel#stateBadge { border-radius: 9px; padding: 3px 10px; "
                                "font-weight: bold; color: %1; background: %2; }";

} // namespace

ReportView::ReportView(HandoverClient& client, QWidget* parent)
    : QWidget(parent), m_client(client) {
    setObjectName(QStringLiteral("reportView"));
    createHeader();
    createReport();
    createRemarks();
    layOut();
    connectActions();
    retranslateUi();
}

void ReportView::createHeader() {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("shiftTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("stateBadge"));
    m_current = new QPushButton(this);
    m_current->setObjectName(QStringLiteral("currentShift"));
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("print"));
}

void ReportView::createReport() {
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("stateDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("reportBrowser"));
    m_browser->setOpenLinks(false);
    // Full-width tables come out a border wider than the page; the report wraps to the width.
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ReportView::createRemarks() {
    m_remarksBox = new QGroupBox(this);
    m_remarks = new QPlainTextEdit(m_remarksBox);
    m_remarks->setObjectName(QStringLiteral("remarksEdit"));
    m_remarks->setTabChangesFocus(true);
    m_saveRemarks = new QPushButton(m_remarksBox);
    m_saveRemarks->setObjectName(QStringLiteral("saveRemarks"));
    m_sign = new QPushButton(m_remarksBox);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_acknowledge = new QPushButton(m_remarksBox);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_saveRemarks);
    actions->addStretch();
    actions->addWidget(m_sign);
    actions->addWidget(m_acknowledge);
    auto* remarksLayout = new QVBoxLayout(m_remarksBox);
    remarksLayout->addWidget(m_remarks);
    remarksLayout->addLayout(actions);
}

void ReportView::layOut() {
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_badge);
    header->addStretch();
    header->addWidget(m_current);
    header->addWidget(m_refresh);
    header->addWidget(m_pdf);
    header->addWidget(m_print);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_browser);
    splitter->addWidget(m_remarksBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 150});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
}

void ReportView::connectActions() {
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(kReloadDelayMs);
    connect(&m_reloadSoon, &QTimer::timeout, this, &ReportView::reload);
    connect(&m_client, &HandoverClient::reportChanged, this, [this](const QString& shift) {
        if (shift == m_shift) {
            m_reloadSoon.start();
        }
    });
    connect(m_current, &QPushButton::clicked, this, [this] { showShift(QString()); });
    connect(m_refresh, &QPushButton::clicked, this, &ReportView::reload);
    // Shortcuts of their own: a button's text with & replaces the button's shortcut.
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &ReportView::reload);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, [this] {
        if (m_print->isEnabled()) {
            print();
        }
    });
    connect(m_pdf, &QPushButton::clicked, this, &ReportView::choosePdf);
    connect(m_print, &QPushButton::clicked, this, &ReportView::print);
    connect(m_saveRemarks, &QPushButton::clicked, this, &ReportView::saveRemarks);
    connect(m_sign, &QPushButton::clicked, this, &ReportView::sign);
    connect(m_acknowledge, &QPushButton::clicked, this, &ReportView::acknowledge);
    connect(m_remarks, &QPlainTextEdit::textChanged, this, &ReportView::updateControls);
}

void ReportView::showShift(const QString& shift) {
    m_requested = shift;
    if (shift != m_shift) {
        // Unsaved remarks belong to the shift they were written for.
        m_savedRemarks.clear();
        m_remarks->clear();
    }
    ReportLoader::load(m_client, shift, this,
                       [this](const LoadedReport& loaded) { apply(loaded); });
}

void ReportView::reload() {
    showShift(m_shift.isEmpty() ? m_requested : m_shift);
}

void ReportView::apply(const LoadedReport& loaded) {
    if (!loaded.ok) {
        showMessage(tr("The report could not be loaded: %1").arg(loaded.error.message), true);
        Q_EMIT this->loaded();
        return;
    }
    const QString shift = loaded.handover.value(QLatin1String("shift_id")).toString();
    const bool sameShift = shift == m_shift;
    const bool keepEdits = sameShift && remarksModified();
    m_shift = shift;
    m_report = loaded.report;
    m_handover = loaded.handover;
    m_digestVerified = loaded.digestVerified;
    m_savedRemarks = m_handover.value(QLatin1String("remarks")).toString();
    if (!keepEdits) {
        m_remarks->setPlainText(m_savedRemarks);
    }
    if (!sameShift) {
        m_message->hide();
    }
    render();
    Q_EMIT this->loaded();
}

QString ReportView::html() const {
    return m_report.isEmpty() ? QString()
                              : ReportHtml::render(m_report, m_handover, m_digestVerified);
}

void ReportView::render() {
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html());
    m_browser->verticalScrollBar()->setValue(scroll);
    m_title->setText(m_shift.isEmpty() ? tr("Shift handover report") : tr("Shift %1").arg(m_shift));
    const bool signedReport = isSigned();
    const bool acknowledged =
        !m_handover.value(QLatin1String("acknowledged_by")).toString().isEmpty();
    m_badge->setStyleSheet(
        QString::fromLatin1(kBadgeStyle)
            .arg(signedReport ? QStringLiteral("#1b5e20") : QStringLiteral("#7a5d00"),
                 acknowledged   ? QStringLiteral("#c8e6c9")
                 : signedReport ? QStringLiteral("#dcedc8")
                                : QStringLiteral("#fff3c4")));
    m_badge->setText(acknowledged ? tr("Acknowledged") : signedReport ? tr("Signed") : tr("Draft"));
    QString details = ReportHtml::stateText(m_handover).toHtmlEscaped();
    if (signedReport) {
        details += QStringLiteral("<br/>%1 <span style=\"font-family: monospace\">%2</span> %3")
                       .arg(tr("SHA-256 digest:").toHtmlEscaped(),
                            m_handover.value(QLatin1String("digest")).toString().toHtmlEscaped(),
                            m_digestVerified
                                ? QStringLiteral("<span style=\"color: #2e7d32\">✔ %1</span>")
                                      .arg(tr("matches the signed snapshot").toHtmlEscaped())
                                : QStringLiteral("<span style=\"color: #b71c1c\">✘ %1</span>")
                                      .arg(tr("does not match the snapshot").toHtmlEscaped()));
    }
    m_details->setText(details);
    updateControls();
}

bool ReportView::isSupervisor() const {
    return m_client.user().role == QLatin1String("supervisor");
}

bool ReportView::isSigned() const {
    return m_handover.value(QLatin1String("signed")).toBool();
}

bool ReportView::remarksModified() const {
    return m_remarks->toPlainText() != m_savedRemarks;
}

void ReportView::updateControls() {
    const bool loadedReport = !m_shift.isEmpty();
    const bool supervisor = isSupervisor();
    const bool signedReport = isSigned();
    const bool acknowledged =
        !m_handover.value(QLatin1String("acknowledged_by")).toString().isEmpty();
    const bool signedByMe =
        m_handover.value(QLatin1String("signed_by")).toString() == m_client.user().username;
    const bool modified = remarksModified();

    m_pdf->setEnabled(loadedReport);
    m_print->setEnabled(loadedReport);
    m_remarks->setReadOnly(!loadedReport || !supervisor || signedReport);
    m_saveRemarks->setEnabled(loadedReport && supervisor && !signedReport && modified);
    m_sign->setEnabled(loadedReport && supervisor && !signedReport && !modified);
    m_acknowledge->setEnabled(loadedReport && supervisor && signedReport && !acknowledged &&
                              !signedByMe);

    QString why;
    if (!supervisor) {
        why = tr("Only supervisors write remarks, sign and acknowledge handover reports.");
    } else if (signedReport) {
        why = tr("The report is signed and can no longer be changed.");
    }
    m_remarks->setToolTip(why);
    m_saveRemarks->setToolTip(why);
    m_sign->setToolTip(!why.isEmpty() ? why
                       : modified     ? tr("Save or undo your changes to the remarks first.")
                                      : tr("Sign the report with your password; it becomes "
                                               "final."));
    m_acknowledge->setToolTip(!supervisor     ? why
                              : !signedReport ? tr("Only a signed report can be acknowledged.")
                              : acknowledged  ? tr("The report has been acknowledged already.")
                              : signedByMe    ? tr("The supervisor of the next shift "
                                                      "acknowledges the report you signed.")
                                              : tr("Confirm that you have taken over the "
                                                      "shift with this report."));
}

void ReportView::saveRemarks() {
    const QString text = m_remarks->toPlainText();
    const int version = m_handover.value(QLatin1String("version")).toInt();
    m_saveRemarks->setEnabled(false);
    QPointer<ReportView> self(this);
    m_client.setRemarks(m_shift, text, version, [self, text](const Reply& reply) {
        if (self.isNull()) {
            return;
        }
        if (reply.ok) {
            self->m_savedRemarks = text;
            self->showMessage(tr("Remarks saved."), false);
            self->reload();
            return;
        }
        if (reply.error.is(ErrorCode::Conflict)) {
            self->showMessage(tr("Someone else changed the remarks while you were editing. Your "
                                 "text is still in the editor and the report above now shows "
                                 "theirs; compare them and save again to replace it."),
                              true);
        } else {
            self->showMessage(tr("The remarks were not saved: %1").arg(reply.error.message), true);
        }
        self->reload();
    });
}

void ReportView::sign() {
    // ISO 8601 UTC times of one format compare as text.
    const QString asOf = m_report.value(QLatin1String("as_of")).toString();
    const QString endsAt = m_report.value(QLatin1String("shift"))
                               .toObject()
                               .value(QLatin1String("ends_at"))
                               .toString();
    SignDialog dialog(m_client, m_shift, asOf < endsAt ? TimeText::dateTime(endsAt) : QString(),
                      this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    showMessage(tr("The report of shift %1 is signed.").arg(m_shift), false);
    reload();
}

void ReportView::acknowledge() {
    m_acknowledge->setEnabled(false);
    QPointer<ReportView> self(this);
    m_client.acknowledge(m_shift, [self](const Reply& reply) {
        if (self.isNull()) {
            return;
        }
        if (reply.ok) {
            self->showMessage(tr("You acknowledged the report of shift %1.").arg(self->m_shift),
                              false);
        } else {
            self->showMessage(tr("The report was not acknowledged: %1").arg(reply.error.message),
                              true);
        }
        self->reload();
    });
}

bool ReportView::exportPdf(const QString& path, QString* error) const {
    if (m_report.isEmpty()) {
        if (error != nullptr) {
            *error = tr("no report is shown");
        }
        return false;
    }
    const QString digest =
        isSigned() ? m_handover.value(QLatin1String("digest")).toString() : QString();
    return ReportDocument(ReportHtml::render(m_report, m_handover, m_digestVerified,
                                             ReportHtml::Medium::Paper),
                          m_shift, digest)
        .writePdf(path, error);
}

void ReportView::choosePdf() {
    const QString suggested = QDir::home().filePath(QStringLiteral("handover-%1.pdf").arg(m_shift));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report to PDF"),
                                                      suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (exportPdf(path, &error)) {
        showMessage(tr("The report was exported to %1.").arg(QDir::toNativeSeparators(path)),
                    false);
    } else {
        showMessage(tr("The report was not exported: %1").arg(error), true);
    }
}

void ReportView::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Shift handover report %1").arg(m_shift));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the handover report"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString digest =
        isSigned() ? m_handover.value(QLatin1String("digest")).toString() : QString();
    if (ReportDocument(
            ReportHtml::render(m_report, m_handover, m_digestVerified, ReportHtml::Medium::Paper),
            m_shift, digest)
            .paint(printer) == 0) {
        showMessage(tr("The report could not be printed on %1.").arg(printer.printerName()), true);
    }
}

void ReportView::showMessage(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(
        problem ? QStringLiteral("QLabel { color: #8a1c1c; background: #fdecea; border: 1px "
                                 "solid #f1aeb5; border-radius: 4px; padding: 6px; }")
                : QStringLiteral("QLabel { color: #1b5e20; background: #e8f5e9; border: 1px "
                                 "solid #a5d6a7; border-radius: 4px; padding: 6px; }"));
    m_message->setProperty("problem", problem);
    m_message->show();
}

void ReportView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ReportView::retranslateUi() {
    m_current->setText(tr("&Current shift"));
    m_refresh->setText(tr("Re&fresh"));
    m_pdf->setText(tr("E&xport PDF…"));
    m_print->setText(tr("Pr&int…"));
    m_remarksBox->setTitle(tr("Supervisor remarks"));
    m_remarks->setPlaceholderText(
        tr("Remarks for the next shift: what to watch, what is pending, what happened."));
    m_saveRemarks->setText(tr("Sa&ve remarks"));
    m_sign->setText(tr("&Sign…"));
    m_acknowledge->setText(tr("&Acknowledge"));
    if (m_shift.isEmpty()) {
        m_title->setText(tr("Shift handover report"));
        m_badge->setText(QString());
        m_details->clear();
    } else {
        render();
    }
}

} // namespace jcc::console::supervisor
