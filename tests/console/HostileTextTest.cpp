#include "tests/console/HostileTextTest.hpp"

#include "console/CertificatePins.hpp"
#include "console/ConsoleApp.hpp"
#include "console/MainWindow.hpp"
#include "console/ServerConnection.hpp"
#include "console/map/MapView.hpp"
#include "console/store/Store.hpp"
#include "console/store/StoreSync.hpp"
#include "console/supervisor/HandoverWindow.hpp"
#include "console/supervisor/ReportView.hpp"
#include "console/widgets/AlertBanner.hpp"
#include "console/widgets/IncidentDetailWidget.hpp"
#include "console/widgets/LiaisonPanel.hpp"
#include "console/widgets/MapPanel.hpp"
#include "console/widgets/NewIncidentDialog.hpp"
#include "console/widgets/UnitBoardWidget.hpp"
#include "server/store/AccountService.hpp"
#include "tests/console/ConsoleFixture.hpp"
#include "tests/console/TestRegistry.hpp"
#include "tests/support/ServerProcess.hpp"
#include "tests/support/TestDatabase.hpp"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSslCertificate>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QUuid>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <pqxx/pqxx>

namespace jcc::console::test {

namespace {

const QString kDispatcher = QStringLiteral("dispecer"); // PČR: the console under test
const QString kColleague = QStringLiteral("kolega");    // PZ SR: sends the hostile work
/// In every hostile text; a place that shows it is checked.
const QString kMark = QStringLiteral("HIJACK");
/// What a reader sees of hostile text shown as text; gone when its markup is rendered.
const QString kTag = QStringLiteral("<img src=");
/// A call sign has at most 32 characters (db/migrations/0002_dispatch.sql).
const QString kCallSign = QStringLiteral(R"(<b>HIJACK</b><img src="u">)");
constexpr double kUnitLat = 48.80;
constexpr double kUnitLon = 17.00;

/// Markup that would take over the screen if rendered; `what` tells the fields apart.
QString hostile(const char* what) {
    return QStringLiteral(R"(<b style="font-size:80px;color:red">HIJACK %1</b><img src="x">)")
        .arg(QLatin1String(what));
}

/// What a reader sees of `text` shown in `format`: rich text as its characters, markup gone.
QString visibleText(const QString& text, Qt::TextFormat format) {
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text))) {
        return text;
    }
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString nameOf(const QObject* object) {
    if (!object->objectName().isEmpty() || object->parent() == nullptr) {
        return object->objectName();
    }
    return QStringLiteral("%1 in %2")
        .arg(QString::fromLatin1(object->metaObject()->className()), nameOf(object->parent()));
}

/// The places that show hostile text, and those of them that render its markup.
struct Findings {
    QStringList shown;
    QStringList problems;

    void check(const QString& where, const QString& text, Qt::TextFormat format = Qt::AutoText) {
        if (!text.contains(kMark)) {
            return;
        }
        shown << where;
        if (!visibleText(text, format).contains(kTag)) {
            problems << QStringLiteral("%1 renders the markup of: %2").arg(where, text);
        }
    }
    bool showsIn(const QString& where) const {
        return std::any_of(shown.begin(), shown.end(),
                           [&where](const QString& place) { return place.startsWith(where); });
    }
};

/// Every label, widget tooltip and item-view tooltip under `root` (tooltips are Qt::AutoText).
void checkWidgets(const QWidget& root, Findings& findings) {
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        findings.check(nameOf(label), label->text(), label->textFormat());
    }
    for (const QWidget* widget : root.findChildren<QWidget*>()) {
        findings.check(nameOf(widget) + QStringLiteral(" tooltip"), widget->toolTip());
    }
    QSet<const QAbstractItemModel*> models; // a table and its header share one
    for (const QAbstractItemView* view : root.findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* model = view->model();
        if (model == nullptr || models.contains(model)) {
            continue;
        }
        models.insert(model);
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                findings.check(nameOf(view) + QStringLiteral(" tooltip"),
                               model->index(row, column).data(Qt::ToolTipRole).toString());
            }
        }
    }
}

/// Whether there are no problems; each one is logged, as Qt Test cuts a long message short.
bool noProblems(QStringList problems) {
    problems.removeDuplicates(); // a row's tooltip is the same in each column
    for (const QString& problem : problems) {
        qWarning("%s", qPrintable(problem));
    }
    return problems.isEmpty();
}

/// Calls `answer` with the modal dialog of type Dialog once it is open (QInputDialog::getText
/// blocks the caller); gives up after `attempts` looks, 10 ms apart.
template <typename Dialog>
void whenOpen(QObject* context, std::function<void(Dialog&)> answer, int attempts = 2'000) {
    QTimer::singleShot(10, context, [context, answer, attempts] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            answer(*dialog);
        } else if (attempts > 1) {
            whenOpen<Dialog>(context, answer, attempts - 1);
        }
    });
}

} // namespace

HostileTextTest::HostileTextTest() = default;
HostileTextTest::~HostileTextTest() = default;

void HostileTextTest::initTestCase() {
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    try {
        m_fixture = std::make_unique<ConsoleFixture>();
        m_fixture->addUser(kDispatcher, hostile("dispatcher"), Role::Operator,
                           QStringLiteral("PCR"), Country::CZ);
        m_fixture->addUser(kColleague, hostile("colleague"), Role::Operator, QStringLiteral("PZSR"),
                           Country::SK);
        pqxx::work work(m_fixture->db());
        m_unitId =
            work.exec_params1("INSERT INTO units (call_sign, agency, unit_type, home_station,"
                              " lat, lon) VALUES ($1, 'PZSR', 'patrol_car', 'OO PZ Holíč',"
                              " $2, $3) RETURNING id",
                              kCallSign.toStdString(), kUnitLat, kUnitLon)[0]
                .as<qint64>();
        work.exec_params0("INSERT INTO units (call_sign, agency, unit_type, home_station, status,"
                          " status_reason) VALUES ('PCR-HO-09', 'PCR', 'patrol_car', 'OOP Hodonín',"
                          " 'out_of_service', $1)",
                          hostile("reason").toStdString());
        work.commit();
        m_fixture->trustServer();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

void HostileTextTest::cleanupTestCase() {
    m_app.reset();
    m_colleague.reset();
    m_fixture.reset();
}

void HostileTextTest::logInAndReceiveHostileWork() {
    m_app = std::make_unique<ConsoleApp>();
    m_app->start();
    m_app->connection().logIn(QUrl(m_fixture->serverUrl()), kDispatcher, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->sync().isSynced() && m_app->store().hasBaseline(), kTimeoutMs);
    m_colleague = m_fixture->logIn(kColleague);
    QVERIFY(m_colleague);

    const Reply created = runCommand(
        m_colleague->commands, Op::IncidentCreate,
        {{QStringLiteral("type"), QStringLiteral("theft")},
         {QStringLiteral("priority"), 1},
         {QStringLiteral("location"), QJsonObject{{QStringLiteral("text"), hostile("place")}}},
         {QStringLiteral("description"), hostile("description")},
         {QStringLiteral("caller"),
          QJsonObject{{QStringLiteral("name"), hostile("caller")},
                      {QStringLiteral("phone"), QStringLiteral("+421")}}}});
    QVERIFY2(created.ok, qPrintable(created.error.message));
    m_incidentId = created.result[QStringLiteral("incident")][QStringLiteral("id")].toInteger();
    QVERIFY(runCommand(m_colleague->commands, Op::IncidentNote,
                       {{QStringLiteral("incident_id"), m_incidentId},
                        {QStringLiteral("text"), hostile("note")}})
                .ok);
    // The colleague's own unit: a unit of another agency would be asked for instead.
    QVERIFY(runCommand(m_colleague->commands, Op::AssignmentCreate,
                       {{QStringLiteral("incident_id"), m_incidentId},
                        {QStringLiteral("unit_id"), m_unitId}})
                .ok);
    QVERIFY(runCommand(m_colleague->commands, Op::LiaisonCreate,
                       {{QStringLiteral("to_agency"), QStringLiteral("PCR")},
                        {QStringLiteral("kind"), QStringLiteral("information_request")},
                        {QStringLiteral("priority"), 2},
                        {QStringLiteral("subject"), hostile("subject")},
                        {QStringLiteral("body"), hostile("body")}})
                .ok);
    QVERIFY(runCommand(m_colleague->commands, Op::HandoverNote,
                       {{QStringLiteral("text"), hostile("handover")}})
                .ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->store().liaisonRequests().size(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_app->store().units().find(m_unitId)[QStringLiteral("status")].toString(),
        QStringLiteral("dispatched"), kTimeoutMs);
}

void HostileTextTest::revealCaller() {
    IncidentDetailWidget& detail = m_app->mainWindow().detail();
    auto* button = detail.findChild<QPushButton*>(QStringLiteral("revealCaller"));
    QTRY_VERIFY(button->isEnabled());
    whenOpen<QInputDialog>(this, [](QInputDialog& dialog) {
        dialog.setTextValue(QStringLiteral("Checking how the console shows markup"));
        dialog.accept();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        detail.findChild<QLabel*>(QStringLiteral("callerDetails"))->text().contains(kMark),
        kTimeoutMs);
}

QStringList HostileTextTest::outOfServiceDialogProblems() {
    UnitBoardWidget& board = m_app->mainWindow().unitBoard();
    board.selectUnit(m_unitId);
    auto findings = std::make_shared<Findings>();
    whenOpen<QInputDialog>(this, [findings](QInputDialog& dialog) {
        checkWidgets(dialog, *findings);
        dialog.reject();
    });
    QTest::keyClick(board.view(), Qt::Key_O);
    if (findings->shown.isEmpty()) {
        return {QStringLiteral("the out-of-service question does not name the unit")};
    }
    return findings->problems;
}

QStringList HostileTextTest::mapTooltipProblems() {
    MainWindow& window = m_app->mainWindow();
    window.mapDock()->raise();
    MapView& view = window.map().view();
    QString tip;
    const bool hovered = QTest::qWaitFor(
        [&] {
            const QPoint at = view.toScreen(kUnitLat, kUnitLon).toPoint();
            QHelpEvent help(QEvent::ToolTip, at, view.mapToGlobal(at));
            QApplication::sendEvent(&view, &help);
            tip = QToolTip::text();
            return view.isVisible() && tip.contains(kMark);
        },
        kTimeoutMs);
    if (!hovered) {
        return {QStringLiteral("no tooltip over the unit on the map")};
    }
    Findings findings;
    findings.check(QStringLiteral("map tooltip"), tip);
    return findings.problems;
}

void HostileTextTest::mainWindowShowsMarkupAsText() {
    logInAndReceiveHostileWork();
    if (QTest::currentTestFailed()) {
        return;
    }
    MainWindow& window = m_app->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window.alertBanner().isVisible(), kTimeoutMs);
    window.showIncident(m_incidentId);
    revealCaller();
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* timeline = window.detail().findChild<QTableView*>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    QTRY_VERIFY_WITH_TIMEOUT(
        !timeline->model()
             ->match(timeline->model()->index(0, 2), Qt::DisplayRole, kMark, -1, Qt::MatchContains)
             .isEmpty(),
        kTimeoutMs);
    LiaisonPanel& liaison = window.liaisonPanel();
    liaison.selectRequest(entityId(m_app->store().liaisonRequests().at(0)));
    // The server's refusal names the unit.
    UnitBoardWidget& board = window.unitBoard();
    board.selectUnit(m_unitId);
    QTest::keyClick(board.view(), Qt::Key_A);
    QTRY_VERIFY_WITH_TIMEOUT(
        !board.findChild<QLabel*>(QStringLiteral("unitMessage"))->text().isEmpty(), kTimeoutMs);

    Findings findings;
    checkWidgets(window, findings);
    for (const char* place :
         {"user", "alertText", "callerDetails", "liaisonHeader", "incidentTable tooltip",
          "unitTable tooltip", "liaisonTable tooltip", "timeline tooltip"}) {
        QVERIFY2(findings.showsIn(QString::fromLatin1(place)), place);
    }
    QStringList problems = findings.problems + outOfServiceDialogProblems() + mapTooltipProblems();
    // The thread is HTML built around the request's text: escaped, it shows as the text it is.
    auto* thread = liaison.findChild<QTextBrowser*>(QStringLiteral("liaisonThread"));
    if (!thread->toPlainText().contains(hostile("body")) ||
        !thread->toHtml().contains(hostile("body").toHtmlEscaped())) {
        problems << QStringLiteral("liaisonThread renders the markup of the request's body");
    }
    QVERIFY2(noProblems(problems), "markup rendered: see the warnings above");
}

void HostileTextTest::percentSignsStayAsTyped() {
    if (!m_app) {
        logInAndReceiveHostileWork();
    }
    // "%1" in a place name must not take the place of a number QString::arg fills in later.
    const QString place = QStringLiteral("Za mostem %1 %2 %5");
    const Reply created =
        runCommand(m_colleague->commands, Op::IncidentCreate,
                   {{QStringLiteral("type"), QStringLiteral("flood")},
                    {QStringLiteral("priority"), 2},
                    {QStringLiteral("location"), QJsonObject{{QStringLiteral("text"), place},
                                                             {QStringLiteral("lat"), 48.8100},
                                                             {QStringLiteral("lon"), 17.0100}}}});
    QVERIFY2(created.ok, qPrintable(created.error.message));
    const qint64 id = created.result[QStringLiteral("incident")][QStringLiteral("id")].toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->store().incidents().rowOf(id) >= 0, kTimeoutMs);

    NewIncidentDialog& dialog = m_app->mainWindow().newIncidentDialog();
    dialog.start();
    dialog.findChild<QLineEdit*>(QStringLiteral("incidentType"))->setText(QStringLiteral("flood"));
    dialog.setPickedPoint(48.8101, 17.0101);
    auto* duplicates = dialog.findChild<QListWidget*>(QStringLiteral("duplicates"));
    QTRY_COMPARE(duplicates->count(), 1);
    const QString shown = duplicates->item(0)->text();
    QVERIFY2(shown.contains(place), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral(" m · ")), qPrintable(shown));
    dialog.hide();
}

void HostileTextTest::handoverReportShowsMarkupAsText() {
    QVERIFY2(m_app, "the console of mainWindowShowsMarkupAsText is needed");
    m_app->mainWindow().openHandover();
    supervisor::HandoverWindow* window = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* handover = qobject_cast<supervisor::HandoverWindow*>(widget)) {
            window = handover;
        }
    }
    QVERIFY(window);
    auto* report = window->reportView().findChild<QTextBrowser*>(QStringLiteral("reportBrowser"));
    QTRY_VERIFY_WITH_TIMEOUT(report->toPlainText().contains(kMark), kTimeoutMs);
    const QString text = report->toPlainText();
    const QString html = report->toHtml();
    for (const QString& shown : {hostile("handover"), hostile("colleague"), hostile("place"),
                                 hostile("subject"), hostile("reason"), kCallSign}) {
        QVERIFY2(text.contains(shown) && html.contains(shown.toHtmlEscaped()), qPrintable(shown));
    }
    Findings findings;
    checkWidgets(*window, findings);
    QVERIFY2(noProblems(findings.problems), "markup rendered: see the warnings above");
    window->close();
}

JCC_CONSOLE_TEST(HostileTextTest);

} // namespace jcc::console::test
