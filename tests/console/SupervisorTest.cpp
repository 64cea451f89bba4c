#include "tests/console/SupervisorTest.hpp"

#include "console/CertificatePins.hpp"
#include "console/ServerConnection.hpp"
#include "console/supervisor/ExchangeStatsView.hpp"
#include "console/supervisor/HandoverClient.hpp"
#include "console/supervisor/HandoverWindow.hpp"
#include "console/supervisor/ReportHistory.hpp"
#include "console/supervisor/ReportView.hpp"
#include "console/supervisor/ResponsePlansView.hpp"
#include "console/supervisor/SignDialog.hpp"
#include "server/store/AccountService.hpp"
#include "tests/console/ConsoleFixture.hpp"
#include "tests/console/TestRegistry.hpp"
#include "tests/support/ShiftActivity.hpp"
#include "tests/support/TestDatabase.hpp"

#include <QAbstractItemModel>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextTable>
#include <QTimer>
#include <QTranslator>
#include <QUuid>
#include <pqxx/pqxx>

namespace jcc::console::test {

using supervisor::ExchangeStatsView;
using supervisor::HandoverClient;
using supervisor::HandoverWindow;
using supervisor::ReportHistory;
using supervisor::ReportView;
using supervisor::ResponsePlansView;

namespace {

const QString kSupervisor = QStringLiteral("vedouci");   // PČR, signs
const QString kNextSupervisor = QStringLiteral("kovac"); // PZ SR, acknowledges
const QString kOperator = QStringLiteral("operator");    // PČR, reads
const QString kShift = QString::fromLatin1(jcc::test::kScriptedShift);

/// The cell texts of every table of `document`, in document order; a table is a list of rows.
QList<QList<QStringList>> tablesOf(const QTextDocument& document) {
    QList<QList<QStringList>> tables;
    QList<QTextTable*> seen;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextTable* table = QTextCursor(block).currentTable();
        if (table == nullptr || seen.contains(table)) {
            continue;
        }
        seen.append(table);
        QList<QStringList> rows;
        for (int row = 0; row < table->rows(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                cells << cursor.selectedText().trimmed();
            }
            rows << cells;
        }
        tables << rows;
    }
    return tables;
}

/// The table whose header row starts with `firstHeading`.
QList<QStringList> tableStartingWith(const QTextDocument& document, const QString& firstHeading) {
    for (const auto& table : tablesOf(document)) {
        if (!table.isEmpty() && table.front().value(0) == firstHeading) {
            return table;
        }
    }
    return {};
}

/// The row of `table` whose first cell is `first`.
QStringList rowOf(const QList<QStringList>& table, const QString& first) {
    for (const auto& row : table) {
        if (row.value(0) == first) {
            return row;
        }
    }
    return {};
}

template <typename T> T* child(const QObject& parent, const char* name) {
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (found == nullptr) {
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    }
    return found;
}

/// Waits for the report view's next load.
bool waitLoaded(QSignalSpy& spy) {
    return spy.wait(kTimeoutMs);
}

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(kTimeoutMs) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

SupervisorTest::SupervisorTest() = default;
SupervisorTest::~SupervisorTest() = default;

void SupervisorTest::initTestCase() {
    try {
        m_fixture = std::make_unique<ConsoleFixture>();
        m_fixture->addUser(kSupervisor, QStringLiteral("Jana Vedoucí"), Role::Supervisor,
                           QStringLiteral("PCR"), Country::CZ);
        m_fixture->addUser(kNextSupervisor, QStringLiteral("Marek Kováč"), Role::Supervisor,
                           QStringLiteral("PZSR"), Country::SK);
        m_fixture->addUser(kOperator, QStringLiteral("Petr Operátor"), Role::Operator,
                           QStringLiteral("PCR"), Country::CZ);
        m_fixture->trustServer();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

void SupervisorTest::cleanupTestCase() {
    m_fixture.reset();
}

std::unique_ptr<TestSession> SupervisorTest::logIn(const QString& username) {
    return m_fixture->logIn(username);
}

void SupervisorTest::currentShiftShowsItsActivity() {
    // The scripted shift's incidents take the first reference numbers of 2026 (they are inserted
    // without the counter), so the console's own incidents count on from 100.
    {
        pqxx::work txn(m_fixture->db());
        txn.exec0("INSERT INTO incident_ref_counters (year, last_number) "
                  "SELECT y, 100 FROM generate_series(2026, 2100) AS y");
        txn.commit();
    }
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    // Two incidents logged in the shift now running, one of them priority 1.
    for (int priority : {1, 3}) {
        QVERIFY(!createIncident(session->commands, QStringLiteral("Náměstí %1").arg(priority),
                                QStringLiteral("fire"), priority)
                     .isEmpty());
    }

    HandoverWindow window(session->commands, session->store, session->user());
    QSignalSpy loaded(&window.reportView(), &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    ReportView& view = window.reportView();
    QVERIFY2(!view.shift().isEmpty(), qPrintable(child<QLabel>(view, "message")->text()));
    QCOMPARE(view.handover().value(QStringLiteral("signed")).toBool(), false);
    QCOMPARE(child<QLabel>(view, "stateBadge")->text(), QStringLiteral("Draft"));
    QCOMPARE(child<QLabel>(view, "stateDetails")->text(), QStringLiteral("Draft – not signed"));

    const QTextDocument& document = *child<QTextBrowser>(view, "reportBrowser")->document();
    const auto byPriority = tableStartingWith(document, QStringLiteral("Priority"));
    QCOMPARE(rowOf(byPriority, QStringLiteral("P1")), (QStringList{"P1", "1", "0", "0", "1"}));
    QCOMPARE(rowOf(byPriority, QStringLiteral("P3")), (QStringList{"P3", "1", "0", "0", "1"}));
    QCOMPARE(rowOf(byPriority, QStringLiteral("Total")),
             (QStringList{"Total", "2", "0", "0", "2"}));
    // Both are open; the priority 1 one also is among the shift's priority 1 incidents.
    const auto open = tableStartingWith(document, QStringLiteral("Pri."));
    QCOMPARE(open.size(), 3);
    QCOMPARE(open.at(1).value(0), QStringLiteral("P1"));
    QVERIFY(open.at(1).value(4).startsWith(QStringLiteral("Náměstí 1")));
    QCOMPARE(tableStartingWith(document, QStringLiteral("Reference")).size(), 2);
    // Nothing else happened: no units out of service, no liaison requests.
    QVERIFY(document.toPlainText().contains(QStringLiteral("Units out of service\nNone")));

    // Signing a shift still running warns that later events miss the report; Cancel signs nothing.
    QString explanation;
    QTimer::singleShot(0, this, [&explanation] {
        auto* dialog = qobject_cast<supervisor::SignDialog*>(QApplication::activeModalWidget());
        if (dialog != nullptr) {
            explanation = child<QLabel>(*dialog, "signExplanation")->text();
            dialog->reject();
        }
    });
    QTest::mouseClick(child<QPushButton>(view, "signButton"), Qt::LeftButton);
    QVERIFY2(explanation.contains(QStringLiteral("The shift runs until ")),
             qPrintable(explanation));
    QVERIFY(!view.handover().value(QStringLiteral("signed")).toBool());

    // F5 builds the report again.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(waitLoaded(loaded));
}

void SupervisorTest::followsNotesOfOthers() {
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    ReportView& view = window.reportView();
    QSignalSpy loaded(&view, &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));

    // An operator writes a handover note; the supervisor's report shows it without a refresh.
    auto other = logIn(kOperator);
    QVERIFY(other);
    QCOMPARE(
        resultCode(runCommand(other->commands, Op::HandoverNote,
                              {{QStringLiteral("text"),
                                QStringLiteral("Most bridge at Lanžhot closed until Monday")}})),
        QStringLiteral("ok"));
    QVERIFY(waitLoaded(loaded));
    const auto notes = tableStartingWith(*child<QTextBrowser>(view, "reportBrowser")->document(),
                                         QStringLiteral("Time"));
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(1).value(1), QStringLiteral("Petr Operátor"));
    QCOMPARE(notes.at(1).value(2), QStringLiteral("Most bridge at Lanžhot closed until Monday"));
}

void SupervisorTest::longTextWithDiacriticsArrives() {
    // A reply longer than one WebSocket frame whose text is nearly all two-byte characters: with
    // either parity of what precedes it, some frame boundary would fall inside a character if the
    // server split messages into frames (Qt WebSockets checks the UTF-8 of each frame).
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    ReportView& view = window.reportView();
    QSignalSpy loaded(&view, &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    for (const QString& prefix : {QString(), QStringLiteral("a")}) {
        const QString text = prefix + QString(3900, QChar(0x17E)); // ž
        QString saved;
        window.client().setRemarks(view.shift(), text,
                                   view.handover().value(QStringLiteral("version")).toInt(),
                                   [&saved](const Reply& reply) {
                                       saved = reply.ok ? QStringLiteral("ok") : reply.error.code;
                                   });
        QTRY_COMPARE_WITH_TIMEOUT(saved, QStringLiteral("ok"), kTimeoutMs);
        view.reload();
        QVERIFY(waitLoaded(loaded));
        QCOMPARE(session->connection.state(), ServerConnection::State::LoggedIn);
        QCOMPARE(view.handover().value(QStringLiteral("remarks")).toString(), text);
    }
}

void SupervisorTest::scriptedShiftFiguresMatch() {
    jcc::test::insertShiftActivity(m_fixture->database().url(), kOperator.toStdString());
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    ReportView& view = window.reportView();
    QSignalSpy loaded(&view, &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    view.showShift(kShift);
    QVERIFY(waitLoaded(loaded));
    QCOMPARE(view.shift(), kShift);
    QCOMPARE(child<QLabel>(view, "shiftTitle")->text(), QStringLiteral("Shift 2026-03-10D"));

    const QTextDocument& document = *child<QTextBrowser>(view, "reportBrowser")->document();
    const QString text = document.toPlainText();
    // 05:00Z to 17:00Z is 06:00 to 18:00 in Prague.
    QVERIFY2(text.contains(QStringLiteral("10.03.2026 06:00 – 10.03.2026 18:00 (Europe/Prague, "
                                          "12 h)")),
             qPrintable(text.left(400)));
    // The figures tests/server/HandoverOpsTest.cpp computes by hand.
    const auto byPriority = tableStartingWith(document, QStringLiteral("Priority"));
    QCOMPARE(rowOf(byPriority, QStringLiteral("P1")), (QStringList{"P1", "2", "1", "1", "0"}));
    QCOMPARE(rowOf(byPriority, QStringLiteral("P2")), (QStringList{"P2", "2", "0", "0", "3"}));
    QCOMPARE(rowOf(byPriority, QStringLiteral("P4")), (QStringList{"P4", "0", "0", "0", "0"}));
    QCOMPARE(rowOf(byPriority, QStringLiteral("Total")),
             (QStringList{"Total", "5", "2", "1", "4"}));
    const auto byType = tableStartingWith(document, QStringLiteral("Type"));
    QCOMPARE(byType.size(), 5);
    QCOMPARE(rowOf(byType, QStringLiteral("Fire")), (QStringList{"Fire", "2", "1", "1", "0"}));
    QCOMPARE(tableStartingWith(document, QStringLiteral("Opened in the shift")).value(1),
             (QStringList{"5", "4", "7 min 30 s", "17 min"}));
    const auto liaison = tableStartingWith(document, QStringLiteral("Direction"));
    QCOMPARE(rowOf(liaison, QStringLiteral("CZ→SK")),
             (QStringList{"CZ→SK", "4", "2", "2", "1", "20 min", "1"}));
    QCOMPARE(rowOf(liaison, QStringLiteral("SK→CZ")),
             (QStringList{"SK→CZ", "2", "2", "1", "0", "3 h 40 min", "0"}));
    // Open incidents by priority, with their colours; the overdue request is marked.
    const auto open = tableStartingWith(document, QStringLiteral("Pri."));
    QCOMPARE(open.size(), 5);
    QCOMPARE(open.at(1).mid(0, 2), (QStringList{"P2", "JCC-2026-000006"}));
    QCOMPARE(open.at(4).mid(0, 2), (QStringList{"P3", "JCC-2026-000003"}));
    QVERIFY(view.html().contains(QStringLiteral("bgcolor=\"#ffe0b2\"")));
    const auto units = tableStartingWith(document, QStringLiteral("Call sign"));
    QCOMPARE(units.size(), 2);
    QCOMPARE(units.at(1).value(3), QStringLiteral("Engine failure"));
    QCOMPARE(units.at(1).value(4), QStringLiteral("10.03.2026 08:00"));
    QVERIFY(text.contains(QStringLiteral("16:00 (overdue)")));
    screenshot(window, QStringLiteral("supervisor-report.png"));
}

void SupervisorTest::remarksAreSavedAndConflictsShown() {
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    ReportView& view = window.reportView();
    QSignalSpy loaded(&view, &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    view.showShift(kShift);
    QVERIFY(waitLoaded(loaded));
    auto* remarks = child<QPlainTextEdit>(view, "remarksEdit");
    auto* save = child<QPushButton>(view, "saveRemarks");
    auto* sign = child<QPushButton>(view, "signButton");
    QVERIFY(!remarks->isReadOnly());
    QVERIFY(!save->isEnabled());
    QVERIFY(sign->isEnabled());

    remarks->setFocus();
    QTest::keyClicks(remarks, QStringLiteral("U5 waits for the tow truck."));
    QVERIFY(save->isEnabled());
    QVERIFY(!sign->isEnabled()); // unsaved remarks first
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.handover().value(QStringLiteral("version")).toInt(), 1,
                              kTimeoutMs);
    QTRY_VERIFY(child<QTextBrowser>(view, "reportBrowser")
                    ->toPlainText()
                    .contains(QStringLiteral("U5 waits for the tow truck.")));
    QVERIFY(!save->isEnabled());
    QVERIFY(sign->isEnabled());

    // Another supervisor changes the remarks meanwhile; this view does not know yet.
    auto other = logIn(kNextSupervisor);
    QVERIFY(other);
    HandoverClient otherClient(other->commands, other->store, other->user());
    QString otherResult;
    otherClient.setRemarks(kShift, QStringLiteral("Check the D2 closure."), 1,
                           [&otherResult](const Reply& reply) {
                               otherResult = reply.ok ? QStringLiteral("ok") : reply.error.code;
                           });
    QTRY_COMPARE_WITH_TIMEOUT(otherResult, QStringLiteral("ok"), kTimeoutMs);

    remarks->selectAll();
    QTest::keyClicks(remarks, QStringLiteral("U5 back in service at 14:00."));
    QTest::mouseClick(save, Qt::LeftButton);
    auto* message = child<QLabel>(view, "message");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() &&
                                 message->text().startsWith(QStringLiteral("Someone else changed")),
                             kTimeoutMs);
    // The user's text stays; the report shows the other supervisor's; saving again wins.
    QTRY_VERIFY_WITH_TIMEOUT(child<QTextBrowser>(view, "reportBrowser")
                                 ->toPlainText()
                                 .contains(QStringLiteral("Check the D2 closure.")),
                             kTimeoutMs);
    QCOMPARE(remarks->toPlainText(), QStringLiteral("U5 back in service at 14:00."));
    QCOMPARE(view.handover().value(QStringLiteral("version")).toInt(), 2);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.handover().value(QStringLiteral("remarks")).toString(),
                              QStringLiteral("U5 back in service at 14:00."), kTimeoutMs);
    QCOMPARE(message->text(), QStringLiteral("Remarks saved."));
}

void SupervisorTest::operatorSeesReportReadOnly() {
    auto session = logIn(kOperator);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    ReportView& view = window.reportView();
    QSignalSpy loaded(&view, &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    view.showShift(kShift);
    QVERIFY(waitLoaded(loaded));
    QVERIFY(child<QTextBrowser>(view, "reportBrowser")
                ->toPlainText()
                .contains(QStringLiteral("U5 back in service at 14:00.")));
    QVERIFY(child<QPlainTextEdit>(view, "remarksEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(view, "saveRemarks")->isEnabled());
    QVERIFY(!child<QPushButton>(view, "signButton")->isEnabled());
    QVERIFY(!child<QPushButton>(view, "acknowledgeButton")->isEnabled());
    QCOMPARE(child<QPushButton>(view, "signButton")->toolTip(),
             QStringLiteral("Only supervisors write remarks, sign and acknowledge handover "
                            "reports."));
    // Export stays open to everyone.
    QVERIFY(child<QPushButton>(view, "exportPdf")->isEnabled());
}

void SupervisorTest::signsAfterWrongPassword() {
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    ReportView& view = window.reportView();
    QSignalSpy loaded(&view, &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    view.showShift(kShift);
    QVERIFY(waitLoaded(loaded));

    QString wrongPasswordMessage;
    bool stayedOpen = false;
    bool endedShiftWarned = true;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<supervisor::SignDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        auto* password = child<QLineEdit>(*dialog, "signPassword");
        auto* confirm = child<QPushButton>(*dialog, "signConfirm");
        auto* message = child<QLabel>(*dialog, "signMessage");
        endedShiftWarned = child<QLabel>(*dialog, "signExplanation")
                               ->text()
                               .contains(QStringLiteral("runs until"));
        QTest::keyClicks(password, QStringLiteral("not-my-password"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return message->isVisible(); }, kTimeoutMs)) {
            return;
        }
        wrongPasswordMessage = message->text();
        stayedOpen = dialog->isVisible() && password->text().isEmpty();
        QTest::keyClicks(password, kPassword);
        QTest::keyClick(password, Qt::Key_Return);
        // Should the right password be refused too, say why and end the dialog's event loop.
        if (!QTest::qWaitFor([&] { return dialog->isHidden(); }, kTimeoutMs)) {
            qWarning("the sign dialog stayed open: %s", qPrintable(message->text()));
            dialog->reject();
        }
    });
    QTest::mouseClick(child<QPushButton>(view, "signButton"), Qt::LeftButton);
    QCOMPARE(wrongPasswordMessage,
             QStringLiteral("Wrong password. The report was not signed; enter your own login "
                            "password."));
    QVERIFY(stayedOpen);
    QVERIFY(!endedShiftWarned);
    QTRY_VERIFY2_WITH_TIMEOUT(view.handover().value(QStringLiteral("signed")).toBool(),
                              qPrintable(child<QLabel>(view, "message")->text()), kTimeoutMs);
    QCOMPARE(child<QLabel>(view, "stateBadge")->text(), QStringLiteral("Signed"));
    const QString digest = view.handover().value(QStringLiteral("digest")).toString();
    QCOMPARE(digest.size(), 64);
    const QString details = child<QLabel>(view, "stateDetails")->text();
    QVERIFY2(details.startsWith(QStringLiteral("Signed by vedouci at ")), qPrintable(details));
    QVERIFY(details.contains(digest));
    QVERIFY(details.contains(QStringLiteral("matches the signed snapshot")));
    // The wrong entry was audited as a failed signature.
    pqxx::work txn(m_fixture->db());
    QCOMPARE(
        txn.exec1("SELECT count(*) FROM audit WHERE action = 'handover.sign_failed'")[0].as<int>(),
        1);
}

void SupervisorTest::signedReportIsReadOnly() {
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    ReportView& view = window.reportView();
    QSignalSpy loaded(&view, &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    view.showShift(kShift);
    QVERIFY(waitLoaded(loaded));
    QVERIFY(child<QPlainTextEdit>(view, "remarksEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(view, "saveRemarks")->isEnabled());
    QVERIFY(!child<QPushButton>(view, "signButton")->isEnabled());
    // Its own signer does not acknowledge it.
    QVERIFY(!child<QPushButton>(view, "acknowledgeButton")->isEnabled());
    QCOMPARE(child<QPushButton>(view, "saveRemarks")->toolTip(),
             QStringLiteral("The report is signed and can no longer be changed."));

    // The server refuses a change all the same.
    QString code;
    window.client().setRemarks(
        kShift, QStringLiteral("Too late"),
        view.handover().value(QStringLiteral("version")).toInt(),
        [&code](const Reply& reply) { code = reply.ok ? QStringLiteral("ok") : reply.error.code; });
    QTRY_COMPARE_WITH_TIMEOUT(code, QStringLiteral("report_signed"), kTimeoutMs);
}

void SupervisorTest::nextSupervisorAcknowledges() {
    auto session = logIn(kNextSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    ReportView& view = window.reportView();
    QSignalSpy loaded(&view, &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    view.showShift(kShift);
    QVERIFY(waitLoaded(loaded));
    auto* acknowledge = child<QPushButton>(view, "acknowledgeButton");
    QVERIFY(acknowledge->isEnabled());
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !view.handover().value(QStringLiteral("acknowledged_by")).toString().isEmpty(), kTimeoutMs);
    QCOMPARE(view.handover().value(QStringLiteral("acknowledged_by")).toString(), kNextSupervisor);
    QCOMPARE(child<QLabel>(view, "stateBadge")->text(), QStringLiteral("Acknowledged"));
    QVERIFY(child<QLabel>(view, "stateDetails")
                ->text()
                .contains(QStringLiteral("; acknowledged by kovac at ")));
    QVERIFY(!acknowledge->isEnabled());
    QCOMPARE(acknowledge->toolTip(), QStringLiteral("The report has been acknowledged already."));
}

void SupervisorTest::exportsPdf() {
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    ReportView& view = window.reportView();
    QSignalSpy loaded(&view, &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    view.showShift(kShift);
    QVERIFY(waitLoaded(loaded));
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("handover.pdf"));
    QString error;
    QVERIFY2(view.exportPdf(path, &error), qPrintable(error));

    const QString pictures = qEnvironmentVariable("JCC_SCREENSHOT_DIR");
    if (!pictures.isEmpty()) {
        QFile::remove(pictures + QStringLiteral("/supervisor-pdf.pdf"));
        QVERIFY(QFile::copy(path, pictures + QStringLiteral("/supervisor-pdf.pdf")));
        screenshot(window, QStringLiteral("supervisor-signed.png"));
    }

    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QRegularExpression(
                 QStringLiteral("Page size: +59[45].* x 84[12].* pts \\(A4\\)"))),
             qPrintable(info));
    QVERIFY2(info.contains(
                 QRegularExpression(QStringLiteral("Title: +Shift handover report 2026-03-10D"))),
             qPrintable(info));
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("Shift 2026-03-10D")), qPrintable(text.left(600)));
    const QString digest = view.handover().value(QStringLiteral("digest")).toString();
    QVERIFY2(text.contains(QStringLiteral("SHA-256: ") + digest), qPrintable(text.left(600)));
    QVERIFY2(text.contains(QStringLiteral("3 h 40 min")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
    QVERIFY(text.contains(QStringLiteral("JCC-2026-000006")));
}

void SupervisorTest::searchesPastReports() {
    auto session = logIn(kNextSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    QSignalSpy loaded(&window.reportView(), &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    ReportHistory& history = window.history();
    QSignalSpy searched(&history, &ReportHistory::searched);
    child<QDateEdit>(history, "historyFrom")->setDate(QDate(2026, 3, 1));
    child<QDateEdit>(history, "historyTo")->setDate(QDate(2026, 3, 31));
    // Opening the tab runs the search.
    child<QTabWidget>(window, "handoverTabs")->setCurrentWidget(&history);
    QVERIFY(searched.wait(kTimeoutMs));
    auto* table = child<QTableView>(history, "historyTable");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), kShift);
    QVERIFY(table->model()->index(0, 3).data().toString().contains(
        QStringLiteral("acknowledged by kovac")));
    QCOMPARE(child<QLabel>(history, "historySummary")->text(),
             QStringLiteral("1 report(s) found."));

    // Selecting it previews the signed snapshot.
    QSignalSpy previewed(&history, &ReportHistory::previewed);
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(previewed.wait(kTimeoutMs));
    QCOMPARE(history.previewedShift(), kShift);
    const QString preview = child<QTextBrowser>(history, "historyPreview")->toPlainText();
    QVERIFY(preview.contains(QStringLiteral("Shift handover report 2026-03-10D")));
    QVERIFY(preview.contains(QStringLiteral("matches the signed snapshot")));
    screenshot(window, QStringLiteral("supervisor-history.png"));

    // Text search ignores diacritics; a word nobody wrote finds nothing.
    auto* query = child<QLineEdit>(history, "historyQuery");
    QTest::keyClicks(query, QStringLiteral("SERVICE"));
    QTest::keyClick(query, Qt::Key_Return);
    QVERIFY(searched.wait(kTimeoutMs));
    QCOMPARE(table->model()->rowCount(), 1);
    query->clear();
    QTest::keyClicks(query, QStringLiteral("avalanche"));
    QTest::keyClick(query, Qt::Key_Return);
    QVERIFY(searched.wait(kTimeoutMs));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(history, "historySummary")->text(),
             QStringLiteral("0 report(s) found."));

    // Open in the report tab.
    query->clear();
    QTest::keyClick(query, Qt::Key_Return);
    QVERIFY(searched.wait(kTimeoutMs));
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(previewed.wait(kTimeoutMs));
    QTest::mouseClick(child<QPushButton>(history, "historyOpen"), Qt::LeftButton);
    QVERIFY(waitLoaded(loaded));
    QCOMPARE(window.reportView().shift(), kShift);
    QCOMPARE(child<QTabWidget>(window, "handoverTabs")->currentWidget(), &window.reportView());
}

void SupervisorTest::responsePlansTabShowsEachPlan() {
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user(),
                          [](const QString&, const QString& code) {
                              return code == QLatin1String("fire_engine") ? QStringLiteral("CAS")
                                                                          : QString();
                          });
    window.show();
    ResponsePlansView& plans = window.plans();
    QSignalSpy refreshed(&plans, &ResponsePlansView::refreshed);
    child<QTabWidget>(window, "handoverTabs")->setCurrentWidget(&plans);
    QVERIFY(refreshed.wait(kTimeoutMs));
    // The default plans: a fire at priority 1 needs two engines, police, and an ambulance when
    // people are injured; a flood needs the generator only when the power is out.
    QTableWidget* table = plans.table();
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        rows << QStringLiteral("%1 %2: %3")
                    .arg(table->item(row, 0)->text(), table->item(row, 1)->text(),
                         table->item(row, 2)->text());
    }
    QVERIFY2(rows.contains(QStringLiteral(
                 "fire P1: 2 × CAS, 1 × patrol_car, 1 × ambulance if people are injured")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    bool floodWithGenerator = false;
    for (const QString& row : rows) {
        floodWithGenerator =
            floodWithGenerator ||
            (row.startsWith(QLatin1String("flood P1:")) &&
             row.contains(QLatin1String("mobile_power_generator if the power is out")));
    }
    QVERIFY2(floodWithGenerator, qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(!child<QLabel>(plans, "plansSummary")->text().isEmpty());
}

void SupervisorTest::statisticsShowSeries() {
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    window.show();
    ExchangeStatsView& stats = window.statistics();
    QSignalSpy refreshed(&stats, &ExchangeStatsView::refreshed);
    stats.setRange(QDate(2026, 3, 9), QDate(2026, 3, 11), QStringLiteral("day"));
    child<QTabWidget>(window, "handoverTabs")->setCurrentWidget(&stats);
    QVERIFY(refreshed.wait(kTimeoutMs));

    // Liaison requests per direction and local day: all seven on 10 March (L6, sent 23:00Z on
    // the 9th, is 00:00 on the 10th in Prague).
    QChart* liaison = child<QChartView>(stats, "liaisonChart")->chart();
    QCOMPARE(liaison->series().size(), 1);
    auto* bars = qobject_cast<QBarSeries*>(liaison->series().front());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("CZ→SK"));
    QCOMPARE(bars->barSets().at(0)->count(), 3);
    QCOMPARE(bars->barSets().at(0)->at(1), 4.0);
    QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("SK→CZ"));
    QCOMPARE(bars->barSets().at(1)->at(1), 3.0);
    QCOMPARE(bars->barSets().at(1)->at(0), 0.0);

    // Median response per direction: CZ→SK answered information requests in 30 and 40 min (L1,
    // L7; median 35) and a custody handover in 10 (L2). The server gives medians per kind, so the
    // chart takes the median of those weighted by their answers: 35.
    QChart* response = child<QChartView>(stats, "responseChart")->chart();
    QCOMPARE(response->series().size(), 2);
    auto* czsk = qobject_cast<QLineSeries*>(response->series().at(0));
    QVERIFY(czsk);
    QCOMPARE(czsk->name(), QStringLiteral("CZ→SK"));
    QCOMPARE(czsk->count(), 1);
    QCOMPARE(czsk->at(0).x(), 1.0);
    QCOMPARE(czsk->at(0).y(), 35.0);

    // Incidents by type: three on the 9th (local), six on the 10th.
    QChart* incidents = child<QChartView>(stats, "incidentsChart")->chart();
    auto* stacked = qobject_cast<QStackedBarSeries*>(incidents->series().front());
    QVERIFY(stacked);
    double ninth = 0;
    double tenth = 0;
    double eleventh = 0;
    for (QBarSet* set : stacked->barSets()) {
        ninth += set->at(0);
        tenth += set->at(1);
        eleventh += set->at(2);
    }
    QCOMPARE(ninth, 3.0);
    QCOMPARE(tenth, 6.0);
    QCOMPARE(eleventh, 0.0);
    QCOMPARE(child<QLabel>(stats, "statsSummary")->text(),
             QStringLiteral("09.03.2026 to 11.03.2026: 7 liaison requests sent, 5 answered; 9 "
                            "incidents."));
    screenshot(window, QStringLiteral("supervisor-stats.png"));

    // A range the server refuses is explained.
    stats.setRange(QDate(2024, 1, 1), QDate(2026, 3, 11), QStringLiteral("day"));
    QTest::mouseClick(child<QPushButton>(stats, "statsShow"), Qt::LeftButton);
    QVERIFY(refreshed.wait(kTimeoutMs));
    QVERIFY(child<QLabel>(stats, "statsSummary")
                ->text()
                .startsWith(QStringLiteral("The statistics could not be loaded: ")));
}

void SupervisorTest::switchesLanguage() {
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverWindow window(session->commands, session->store, session->user());
    QSignalSpy loaded(&window.reportView(), &ReportView::loaded);
    window.show();
    QVERIFY(waitLoaded(loaded));
    auto* tabs = child<QTabWidget>(window, "handoverTabs");
    QCOMPARE(tabs->tabText(0), QStringLiteral("&Report"));

    QTranslator czech;
    QVERIFY(czech.load(QStringLiteral(":/i18n/jcc_supervisor_cs.qm")));
    QCoreApplication::installTranslator(&czech);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("&Protokol"));
    QCOMPARE(child<QPushButton>(window.reportView(), "signButton")->text(),
             QStringLiteral("&Podepsat…"));
    QVERIFY(child<QTextBrowser>(window.reportView(), "reportBrowser")
                ->toPlainText()
                .contains(QStringLiteral("Předávací protokol směny")));
    QCoreApplication::removeTranslator(&czech);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("&Report"));
}

void SupervisorTest::signatureIsNeverWrittenToTheSettings() {
    // handover.sign goes through the outbox like every command, but its password stays in
    // memory: the outbox in the settings (console/store/Commands.hpp) never holds it, while a
    // note sent the same way is there until answered.
    auto session = logIn(kSupervisor);
    QVERIFY(session);
    HandoverClient client(session->commands, session->store, session->user());
    const QString outboxKey = QStringLiteral("outbox/") + kSupervisor;
    const QString note = QStringLiteral("Radar at Lanžhot checked");
    Reply noted;
    session->commands.send(Op::HandoverNote, {{QStringLiteral("text"), note}},
                           [&noted](const Reply& reply) { noted = reply; });
    QVERIFY(QSettings().value(outboxKey).toString().contains(note));
    QTRY_VERIFY_WITH_TIMEOUT(noted.ok, kTimeoutMs);

    Reply generated;
    client.generate(QString(), [&generated](const Reply& reply) { generated = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(generated.ok, kTimeoutMs);
    const QString shift = generated.result.value(QStringLiteral("handover"))
                              .toObject()
                              .value(QStringLiteral("shift_id"))
                              .toString();
    QVERIFY(!shift.isEmpty());
    Reply signedReply;
    client.sign(shift, kPassword, [&signedReply](const Reply& reply) { signedReply = reply; });
    QCOMPARE(session->commands.pending().size(), 1);
    QCOMPARE(session->commands.pending().front().op, QStringLiteral("handover.sign"));
    QVERIFY(!QSettings().value(outboxKey).toString().contains(kPassword));
    QTRY_VERIFY2_WITH_TIMEOUT(signedReply.ok, qPrintable(signedReply.error.message), kTimeoutMs);
    QVERIFY(signedReply.result.value(QStringLiteral("handover"))
                .toObject()
                .value(QStringLiteral("signed"))
                .toBool());
    QVERIFY(session->commands.pending().isEmpty());
}

JCC_CONSOLE_TEST(SupervisorTest);

} // namespace jcc::console::test
