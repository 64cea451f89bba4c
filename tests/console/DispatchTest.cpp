#include "tests/console/DispatchTest.hpp"

#include "console/CertificatePins.hpp"
#include "console/ConsoleApp.hpp"
#include "console/MainWindow.hpp"
#include "console/ServerConnection.hpp"
#include "console/models/IncidentModel.hpp"
#include "console/models/IncidentQueueFilter.hpp"
#include "console/models/UnitModel.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"
#include "console/store/StoreSync.hpp"
#include "console/widgets/AlertBanner.hpp"
#include "console/widgets/AssignDialog.hpp"
#include "console/widgets/IncidentDetailWidget.hpp"
#include "console/widgets/IncidentQueueWidget.hpp"
#include "console/widgets/LiaisonPanel.hpp"
#include "console/widgets/LiaisonRequestDialog.hpp"
#include "console/widgets/NewIncidentDialog.hpp"
#include "console/widgets/PlanNeedsView.hpp"
#include "console/widgets/ResponsibilityBar.hpp"
#include "console/widgets/UnitBoardWidget.hpp"
#include "console/widgets/UnitChoiceDialog.hpp"
#include "server/store/AccountService.hpp"
#include "tests/console/ConsoleFixture.hpp"
#include "tests/console/TestRegistry.hpp"
#include "tests/support/ServerProcess.hpp"
#include "tests/support/TestDatabase.hpp"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUuid>
#include <pqxx/pqxx>

namespace jcc::console::test {

namespace {

// Units at known places (the demo's Břeclav and Holíč units); PCR-BV-02 is the patrol car nearest
// to Břeclav, the one a traffic accident there calls for.
const char* const kUnits = R"SQL(
INSERT INTO units (call_sign, agency, unit_type, capabilities, home_station, lat, lon) VALUES
  ('PCR-BV-02',  'PCR',     'patrol_car',  '{traffic}',       'OOP Břeclav', 48.7590, 16.8790),
  ('HZS-BV-CAS', 'HZS-JMK', 'fire_engine', '{fire}',          'PS Břeclav',  48.7610, 16.8870),
  ('PCR-HO-01',  'PCR',     'patrol_car',  '{traffic}',       'OOP Hodonín', 48.8510, 17.1300),
  ('PZ-HL-01',   'PZSR',    'patrol_car',  '{traffic}',       'OO PZ Holíč', 48.8110, 17.1610),
  ('ZZS-SI-01',  'ZZS-SK',  'ambulance',   '{medical}',       'ZZS Skalica', 48.8440, 17.2300)
)SQL";

QJsonObject incidentWith(const QString& description) {
    return {{QStringLiteral("type"), QStringLiteral("theft")},
            {QStringLiteral("priority"), 3},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Hodonín, náměstí")},
                         {QStringLiteral("lat"), 48.8489},
                         {QStringLiteral("lon"), 17.1324}}},
            {QStringLiteral("description"), description}};
}

QJsonObject findIncident(const Store& store, const QString& key, const QString& value) {
    for (const QJsonObject& incident : store.incidents().rows()) {
        const QJsonValue field = key.startsWith(QLatin1String("location."))
                                     ? incident[QStringLiteral("location")][key.mid(9)]
                                     : incident[key];
        if (field.toString() == value) {
            return incident;
        }
    }
    return {};
}

QJsonObject findUnit(const Store& store, const QString& callSign) {
    for (const QJsonObject& unit : store.units().rows()) {
        if (unit[QStringLiteral("call_sign")].toString() == callSign) {
            return unit;
        }
    }
    return {};
}

} // namespace

DispatchTest::DispatchTest() = default;
DispatchTest::~DispatchTest() = default;

void DispatchTest::initTestCase() {
    try {
        m_fixture = std::make_unique<ConsoleFixture>();
        pqxx::work work(m_fixture->db());
        work.exec0(kUnits);
        work.commit();
        m_fixture->trustServer();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    addUser(QStringLiteral("cz_operator"), QStringLiteral("PCR"), Country::CZ);
    addUser(QStringLiteral("sk_operator"), QStringLiteral("PZSR"), Country::SK);
    addUser(QStringLiteral("observer"), QStringLiteral("ZZS-JMK"), Country::CZ);
    addUser(QStringLiteral("failover_op"), QStringLiteral("HZS-JMK"), Country::CZ);
}

void DispatchTest::init() {
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
}

void DispatchTest::cleanupTestCase() {
    m_czech.reset();
    m_slovak.reset();
    m_restarted.reset();
    m_fixture.reset();
}

void DispatchTest::addUser(const QString& username, const QString& agency, Country country) {
    m_fixture->addUser(username, QStringLiteral("Operator %1").arg(username), Role::Operator,
                       agency, country);
}

void DispatchTest::logIn(ConsoleApp& app, const QString& username, const QStringList& urls) {
    QList<QUrl> list;
    for (const QString& url : urls.isEmpty() ? QStringList{m_fixture->serverUrl()} : urls) {
        list.append(QUrl(url));
    }
    app.start();
    app.connection().logIn(list, username, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow().isVisible(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(app.sync().isSynced() && app.store().hasBaseline(), kTimeoutMs);
}

QJsonObject DispatchTest::openWork(const Store& store) {
    QJsonObject incidents;
    for (const QJsonObject& incident : store.incidents().rows()) {
        const QString status = incident[QStringLiteral("status")].toString();
        if (status != QLatin1String("closed") && status != QLatin1String("cancelled")) {
            incidents.insert(QString::number(entityId(incident)), incident);
        }
    }
    QJsonObject units;
    for (const QJsonObject& unit : store.units().rows()) {
        units.insert(QString::number(entityId(unit)), unit);
    }
    QJsonObject liaison;
    for (const QJsonObject& request : store.liaisonRequests().rows()) {
        const QString status = request[QStringLiteral("status")].toString();
        if (status != QLatin1String("closed") && status != QLatin1String("rejected")) {
            liaison.insert(QString::number(entityId(request)), request);
        }
    }
    return {{QStringLiteral("incidents"), incidents},
            {QStringLiteral("units"), units},
            {QStringLiteral("liaison_requests"), liaison}};
}

QJsonObject DispatchTest::freshSnapshot(const QString& username) {
    CertificatePins pins;
    ServerConnection connection(pins);
    Store store;
    StoreSync sync(connection, store);
    connection.logIn(QUrl(m_fixture->serverUrl()), username, kPassword);
    QElapsedTimer timer;
    timer.start();
    while (!store.hasBaseline() && timer.elapsed() < kTimeoutMs) {
        QTest::qWait(20);
    }
    if (!store.hasBaseline()) {
        qWarning("no snapshot for %s", qPrintable(username));
    }
    return openWork(store);
}

qint64 DispatchTest::countIncidents(const QString& description) {
    pqxx::work work(m_fixture->db());
    return work
        .exec_params1("SELECT count(*) FROM incidents WHERE description = $1",
                      description.toStdString())[0]
        .as<qint64>();
}

void DispatchTest::createsIncidentWithKeyboard() {
    m_slovak = std::make_unique<ConsoleApp>();
    logIn(*m_slovak, QStringLiteral("sk_operator"));
    m_czech = std::make_unique<ConsoleApp>();
    logIn(*m_czech, QStringLiteral("cz_operator"));
    if (QTest::currentTestFailed()) {
        return;
    }
    MainWindow& window = m_czech->mainWindow();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_F2);
    NewIncidentDialog& dialog = window.newIncidentDialog();
    QTRY_VERIFY(dialog.isVisible());
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* type = dialog.findChild<QLineEdit*>(QStringLiteral("incidentType"));
    auto* place = dialog.findChild<QLineEdit*>(QStringLiteral("placeSearch"));
    auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("incidentAddress"));
    QTRY_COMPARE(QApplication::focusWidget(), type);

    QTest::keyClicks(type, QStringLiteral("traffic"));
    QCOMPARE(dialog.resolvedType(), QStringLiteral("traffic_accident"));
    QTest::keyClick(type, Qt::Key_Tab); // to the priority (the type's default)
    QCOMPARE(type->text(), QStringLiteral("Traffic accident"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), place);
    QTest::keyClicks(place, QStringLiteral("Breclav"));
    QTest::keyClick(place, Qt::Key_Return); // picks the best match when the answer comes
    QTRY_COMPARE_WITH_TIMEOUT(address->text(), QStringLiteral("Břeclav"), kTimeoutMs);
    QCOMPARE(QApplication::focusWidget(), address);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("incidentPosition"))
                ->text()
                .contains(QStringLiteral("48.75897")));
    QTest::keyClick(address, Qt::Key_Return); // saves

    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kTimeoutMs);
    QJsonObject created;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(created = findIncident(m_czech->store(), QStringLiteral("location.municipality"),
                                 QStringLiteral("Břeclav")))
             .isEmpty(),
        kTimeoutMs);
    m_incidentId = entityId(created);
    QCOMPARE(created[QStringLiteral("type")].toString(), QStringLiteral("traffic_accident"));
    QCOMPARE(created[QStringLiteral("priority")].toInt(), 2);
    QCOMPARE(created[QStringLiteral("location")][QStringLiteral("country_side")].toString(),
             QStringLiteral("CZ"));
    // The new incident is selected in the queue and shown in the detail.
    QTRY_COMPARE(window.queue().currentIncident(), m_incidentId);
    QCOMPARE(window.detail().incidentId(), m_incidentId);
    // The second console sees it in its queue.
    QTRY_VERIFY_WITH_TIMEOUT(m_slovak->store().incidents().rowOf(m_incidentId) >= 0, kTimeoutMs);
    m_slovak->mainWindow().queue().selectIncident(m_incidentId);
    QCOMPARE(m_slovak->mainWindow().queue().currentIncident(), m_incidentId);
}

void DispatchTest::duplicateIsOfferedAndAttached() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    MainWindow& window = m_czech->mainWindow();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F2);
    NewIncidentDialog& dialog = window.newIncidentDialog();
    QTRY_VERIFY(dialog.isVisible());
    auto* type = dialog.findChild<QLineEdit*>(QStringLiteral("incidentType"));
    auto* place = dialog.findChild<QLineEdit*>(QStringLiteral("placeSearch"));
    auto* description = dialog.findChild<QPlainTextEdit*>(QStringLiteral("incidentDescription"));
    auto* duplicates = dialog.findChild<QListWidget*>(QStringLiteral("duplicates"));
    QTest::keyClicks(type, QStringLiteral("traffic"));
    QVERIFY(!duplicates->isVisible());
    QTest::keyClicks(place, QStringLiteral("Breclav"));
    QTest::keyClick(place, Qt::Key_Return);
    // Same type, a few metres away, minutes ago: the keyboard-made incident is offered.
    QTRY_VERIFY_WITH_TIMEOUT(duplicates->isVisible(), kTimeoutMs);
    QCOMPARE(duplicates->count(), 1);
    QVERIFY(duplicates->item(0)->text().startsWith(
        m_czech->store().incidents().find(m_incidentId)[QStringLiteral("ref")].toString()));
    description->setPlainText(QStringLiteral("Second caller, same crash"));

    QSignalSpy notes(&m_slovak->store(), &Store::noteAdded);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("attachToExisting")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!notes.isEmpty(), kTimeoutMs);
    QCOMPARE(notes.at(0).at(0).toLongLong(), m_incidentId);
    QVERIFY(notes.at(0).at(1).value<QJsonObject>()[QStringLiteral("body")].toString().contains(
        QStringLiteral("Second caller, same crash")));
    // No new incident was made.
    QCOMPARE(countIncidents(QStringLiteral("Second caller, same crash")), 0);
    QCOMPARE(window.detail().incidentId(), m_incidentId);
}

void DispatchTest::assignsRecommendedUnit() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    QVERIFY(m_incidentId != 0);
    MainWindow& window = m_czech->mainWindow();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // After saving, the keyboard is back in the queue, on the new incident.
    QTRY_COMPARE(QApplication::focusWidget(), window.queue().view());
    QTest::keyClick(&window, Qt::Key_F4);
    AssignDialog& assign = window.detail().assignDialog();
    QTRY_VERIFY(assign.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!assign.callSigns().isEmpty(), kTimeoutMs);
    // The server's recommendation comes first: the nearest available unit.
    QCOMPARE(assign.callSigns().first(), QStringLiteral("PCR-BV-02"));
    QCOMPARE(assign.callSigns().at(1), QStringLiteral("HZS-BV-CAS"));
    QVERIFY(assign.table()->item(0, 3)->text().contains(QStringLiteral("km")));
    // The patrol car fills the traffic accident's plan and is the operator's own: assigned. The
    // fire engine fills no need (no injuries were stated) and belongs to the fire service:
    // requested from it, not recommended.
    QCOMPARE(assign.table()->item(0, 6)->text(), QStringLiteral("Patrol car"));
    QCOMPARE(assign.table()->item(0, 7)->text(), QStringLiteral("assign"));
    QCOMPARE(assign.table()->item(1, 6)->text(), QString());
    QCOMPARE(assign.table()->item(1, 7)->text(), QStringLiteral("request from HZS JMK"));
    QVERIFY(assign.table()->item(0, 0)->background() != assign.table()->item(1, 0)->background());
    // The plan fill is selected: here the one patrol car.
    QCOMPARE(assign.table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(assign.table()->selectionModel()->selectedRows().at(0).row(), 0);
    QVERIFY(QTest::qWaitForWindowActive(&assign));
    QTest::keyClick(assign.table(), Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(
        findUnit(m_czech->store(), QStringLiteral("PCR-BV-02"))[QStringLiteral("status")]
            .toString(),
        QStringLiteral("dispatched"), kTimeoutMs);
    QCOMPARE(m_czech->store().incidents().find(m_incidentId)[QStringLiteral("status")].toString(),
             QStringLiteral("dispatched"));
    // Both consoles see the assignment, the unit and the incident.
    QTRY_COMPARE_WITH_TIMEOUT(
        findUnit(m_slovak->store(), QStringLiteral("PCR-BV-02"))[QStringLiteral("incident_id")]
            .toInteger(),
        m_incidentId, kTimeoutMs);
    QTRY_COMPARE(m_slovak->store()
                     .incidents()
                     .find(m_incidentId)[QStringLiteral("assignments")]
                     .toArray()
                     .size(),
                 1);
    // The detail lists the assignment with its time.
    auto* assignments = window.detail().findChild<QTableView*>(QStringLiteral("assignments"));
    QVERIFY(assignments);
    QTRY_COMPARE(assignments->model()->rowCount(), 1);
    QCOMPARE(assignments->model()->index(0, 0).data().toString(), QStringLiteral("PCR-BV-02"));
    QVERIFY(!assignments->model()->index(0, 2).data().toString().isEmpty());
}

void DispatchTest::unitBoardKeysStepTheUnit() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    MainWindow& window = m_czech->mainWindow();
    UnitBoardWidget& board = window.unitBoard();
    const qint64 unitId = entityId(findUnit(m_czech->store(), QStringLiteral("PCR-BV-02")));
    board.selectUnit(unitId);
    const auto status = [this] {
        return findUnit(m_slovak->store(), QStringLiteral("PCR-BV-02"))[QStringLiteral("status")]
            .toString();
    };
    QTest::keyClick(board.view(), Qt::Key_E);
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("en_route"), kTimeoutMs);
    QTest::keyClick(board.view(), Qt::Key_S);
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("on_scene"), kTimeoutMs);
    QCOMPARE(m_slovak->store().incidents().find(m_incidentId)[QStringLiteral("status")].toString(),
             QStringLiteral("on_scene"));
    // A move the life cycle refuses is explained under the board.
    QTRY_COMPARE(findUnit(m_czech->store(), QStringLiteral("PCR-BV-02"))[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("on_scene"));
    QTest::keyClick(board.view(), Qt::Key_A);
    auto* message = board.findChild<QLabel*>(QStringLiteral("unitMessage"));
    QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains(QStringLiteral("clear the assignment")),
                              qPrintable(message->text()), kTimeoutMs);
    QTest::keyClick(board.view(), Qt::Key_C);
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("available"), kTimeoutMs);
    // The detail shows every step's time.
    auto* assignments = window.detail().findChild<QTableView*>(QStringLiteral("assignments"));
    QVERIFY(assignments);
    QTRY_VERIFY(!assignments->model()->index(0, 6).data().toString().isEmpty());
    QVERIFY(!assignments->model()->index(0, 4).data().toString().isEmpty());
    QVERIFY(!assignments->model()->index(0, 5).data().toString().isEmpty());
}

void DispatchTest::priorityOneAlertsOtherConsole() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    QJsonObject fields = incidentWith(QStringLiteral("Požiar skladu"));
    fields[QStringLiteral("type")] = QStringLiteral("fire");
    fields[QStringLiteral("priority")] = 1;
    m_slovak->commands().createIncident(fields);
    AlertBanner& banner = m_czech->mainWindow().alertBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner.isVisible(), kTimeoutMs);
    QVERIFY2(banner.text().startsWith(QStringLiteral("New priority 1 incident JCC-")),
             qPrintable(banner.text()));
    // The console that made it is not alarmed by its own incident.
    QVERIFY(!m_slovak->mainWindow().alertBanner().isVisible());
    QTest::mouseClick(banner.findChild<QPushButton*>(QStringLiteral("alertShow")), Qt::LeftButton);
    QVERIFY(!banner.isVisible());
    const QJsonObject fire = findIncident(m_czech->store(), QStringLiteral("description"),
                                          QStringLiteral("Požiar skladu"));
    QCOMPARE(m_czech->mainWindow().detail().incidentId(), entityId(fire));
}

void DispatchTest::conflictOffersReloadOrReapply() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    MainWindow& window = m_czech->mainWindow();
    window.showIncident(m_incidentId);
    IncidentDetailWidget& detail = window.detail();
    auto* description = detail.findChild<QPlainTextEdit*>(QStringLiteral("detailDescription"));
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Two cars"));

    // Meanwhile the other console raises the priority.
    const QJsonObject before = m_slovak->store().incidents().find(m_incidentId);
    bool updated = false;
    m_slovak->commands().updateIncident(m_incidentId, before[QStringLiteral("version")].toInteger(),
                                        {{QStringLiteral("priority"), 1}},
                                        [&updated](const Reply& reply) { updated = reply.ok; });
    QTRY_VERIFY_WITH_TIMEOUT(updated, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_czech->store().incidents().find(m_incidentId)[QStringLiteral("priority")].toInt(), 1,
        kTimeoutMs);

    QTest::mouseClick(detail.findChild<QPushButton*>(QStringLiteral("detailSave")), Qt::LeftButton);
    auto* banner = detail.findChild<QWidget*>(QStringLiteral("conflictBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kTimeoutMs);
    const QString text = detail.findChild<QLabel*>(QStringLiteral("conflictText"))->text();
    QVERIFY2(text.startsWith(QStringLiteral("Changed by sk_operator at ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("reload or re-apply")), qPrintable(text));

    QTest::mouseClick(detail.findChild<QPushButton*>(QStringLiteral("conflictReapply")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_slovak->store().incidents().find(m_incidentId)[QStringLiteral("description")].toString(),
        QStringLiteral("Two cars"), kTimeoutMs);
    // Re-applied on top of the other change, which stays.
    QCOMPARE(m_slovak->store().incidents().find(m_incidentId)[QStringLiteral("priority")].toInt(),
             1);
    QVERIFY(!banner->isVisible());
}

void DispatchTest::liaisonRequestAcrossTheBorder() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    LiaisonPanel& czechPanel = m_czech->mainWindow().liaisonPanel();
    LiaisonPanel& slovakPanel = m_slovak->mainWindow().liaisonPanel();
    LiaisonRequestDialog& dialog = czechPanel.requestDialog();
    dialog.start(QStringLiteral("PCR"));
    QTRY_VERIFY(dialog.isVisible());
    auto* to = dialog.findChild<QComboBox*>(QStringLiteral("liaisonTo"));
    to->setCurrentIndex(to->findData(QStringLiteral("PZSR")));
    dialog.findChild<QLineEdit*>(QStringLiteral("liaisonSubject"))
        ->setText(QStringLiteral("Lustrace vozidla BA-123XY"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("liaisonBody"))
        ->setPlainText(QStringLiteral("Prosíme o lustraci vozidla."));
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("liaisonSubject")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_slovak->store().liaisonRequests().size(), 1, kTimeoutMs);
    const qint64 id = entityId(m_slovak->store().liaisonRequests().at(0));

    // The Slovak side receives it: incoming, and may acknowledge and answer.
    slovakPanel.selectRequest(id);
    QCOMPARE(slovakPanel.current()[QStringLiteral("to_agency")].toString(), QStringLiteral("PZSR"));
    auto* ack = slovakPanel.findChild<QPushButton*>(QStringLiteral("liaisonAck"));
    QVERIFY(ack->isEnabled());
    QVERIFY(!slovakPanel.findChild<QPushButton*>(QStringLiteral("liaisonClose"))->isEnabled());
    QTest::mouseClick(ack, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_czech->store().liaisonRequests().find(id)[QStringLiteral("status")].toString(),
        QStringLiteral("acknowledged"), kTimeoutMs);
    auto* reply = slovakPanel.findChild<QLineEdit*>(QStringLiteral("liaisonReply"));
    QTest::keyClicks(reply, QStringLiteral("Vozidlo je v patrani."));
    QTest::keyClick(reply, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_czech->store().liaisonRequests().find(id)[QStringLiteral("status")].toString(),
        QStringLiteral("answered"), kTimeoutMs);
    czechPanel.selectRequest(id);
    QVERIFY(czechPanel.findChild<QTextBrowser*>(QStringLiteral("liaisonThread"))
                ->toPlainText()
                .contains(QStringLiteral("Vozidlo je v patrani.")));
    // Only the requesting side closes it.
    auto* close = czechPanel.findChild<QPushButton*>(QStringLiteral("liaisonClose"));
    QVERIFY(close->isEnabled());
    QVERIFY(!czechPanel.findChild<QPushButton*>(QStringLiteral("liaisonAck"))->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_slovak->store().liaisonRequests().find(id)[QStringLiteral("status")].toString(),
        QStringLiteral("closed"), kTimeoutMs);

    // A request past its due time is raised by the server and alerts both sides.
    bool sent = false;
    m_czech->commands().createLiaison(
        {{QStringLiteral("to_agency"), QStringLiteral("PZSR")},
         {QStringLiteral("kind"), QStringLiteral("assistance_request")},
         {QStringLiteral("priority"), 1},
         {QStringLiteral("subject"), QStringLiteral("Pátrání u Sekulí")},
         {QStringLiteral("body"), QStringLiteral("Součinnost.")}},
        [&sent](const Reply& r) { sent = r.ok; });
    QTRY_VERIFY_WITH_TIMEOUT(sent, kTimeoutMs);
    {
        pqxx::work work(m_fixture->db());
        work.exec0("UPDATE liaison_requests SET due_at = now() - interval '1 minute' "
                   "WHERE subject = 'Pátrání u Sekulí'");
        work.commit();
    }
    AlertBanner& banner = m_slovak->mainWindow().alertBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner.text().contains(QStringLiteral("is overdue")), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_czech->mainWindow().alertBanner().text().contains(QStringLiteral("Pátrání u Sekulí")),
        kTimeoutMs);
    banner.dismiss();
    m_czech->mainWindow().alertBanner().dismiss();
}

void DispatchTest::assistanceRequestAcceptedAcrossTheBorder() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    // A Czech operator assigns the Slovak patrol car: it becomes a request to the Slovak police.
    QJsonObject fire = incidentWith(QStringLiteral("Hoří stodola u Holíče"));
    fire[QStringLiteral("type")] = QStringLiteral("fire");
    fire[QStringLiteral("location")] =
        QJsonObject{{QStringLiteral("text"), QStringLiteral("Holíč")},
                    {QStringLiteral("lat"), 48.8110},
                    {QStringLiteral("lon"), 17.1620}};
    qint64 incidentId = 0;
    m_czech->commands().createIncident(fire, [&incidentId](const Reply& r) {
        incidentId = r.result[QStringLiteral("incident")][QStringLiteral("id")].toInteger();
    });
    QTRY_VERIFY_WITH_TIMEOUT(incidentId != 0, kTimeoutMs);
    // The detail shows the fire's plan: a fire engine and a patrol car, both open.
    IncidentDetailWidget& detail = m_czech->mainWindow().detail();
    const qint64 czechShown = detail.incidentId();
    detail.showIncident(incidentId);
    const auto needText = [&detail](const QString& type) {
        for (const QJsonValue& need : detail.planNeeds().needs()) {
            if (need[QStringLiteral("unit_type")].toString() == type) {
                return detail.planNeeds().describe(need.toObject());
            }
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(needText(QStringLiteral("fire_engine")),
                              QStringLiteral("Fire engine 0/1 · 1 open"), kTimeoutMs);
    QCOMPARE(needText(QStringLiteral("patrol_car")), QStringLiteral("Patrol car 0/1 · 1 open"));
    QCOMPARE(needText(QStringLiteral("ambulance")),
             QStringLiteral("Ambulance ×1 if people are injured"));
    // F4's dialog selects the whole plan fill: a fire engine (to request from the fire
    // service) and a patrol car.
    AssignDialog& dialog = m_czech->mainWindow().detail().assignDialog();
    dialog.start(incidentId);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.callSigns().isEmpty(), kTimeoutMs);
    int needed = 0;
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        needed += !dialog.table()->item(row, 6)->text().isEmpty();
    }
    QVERIFY(needed >= 2);
    QCOMPARE(dialog.table()->selectionModel()->selectedRows().size(), needed);
    bool engineRequested = false;
    for (const QModelIndex& index : dialog.table()->selectionModel()->selectedRows()) {
        engineRequested = engineRequested ||
                          (dialog.table()->item(index.row(), 6)->text() == "Fire engine" &&
                           dialog.table()->item(index.row(), 7)->text() == "request from HZS JMK");
    }
    QVERIFY(engineRequested);
    // Every unit the Czech police may not task is to be requested, recommended by the server or
    // not (the dialog lists the store's other available units after the server's ten).
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        const QString callSign = dialog.table()->item(row, 0)->text();
        const bool own = findUnit(m_czech->store(), callSign)[QStringLiteral("agency")] ==
                         QJsonValue(QStringLiteral("PCR"));
        QVERIFY2((dialog.table()->item(row, 7)->text() == QLatin1String("assign")) == own,
                 qPrintable(callSign));
    }
    dialog.reject();

    const qint64 patrol = entityId(findUnit(m_czech->store(), QStringLiteral("PZ-HL-01")));
    QJsonObject asked;
    m_czech->commands().assign(incidentId, patrol, [&asked](const Reply& r) {
        asked = r.result[QStringLiteral("assistance_request")].toObject();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), kTimeoutMs);
    const qint64 id = entityId(asked);
    QTRY_COMPARE_WITH_TIMEOUT(needText(QStringLiteral("patrol_car")),
                              QStringLiteral("Patrol car 0/1 · 1 requested"), kTimeoutMs);
    // …and says whom it asked, how long it has waited and when the answer is due.
    QTRY_COMPARE_WITH_TIMEOUT(detail.planNeeds().waitingRequests().size(), 1, kTimeoutMs);
    const QString waiting = detail.planNeeds().waitingRequests().constFirst();
    QVERIFY2(waiting.startsWith(QStringLiteral("Requested from PZ SR: 1 × Patrol car, waiting ")),
             qPrintable(waiting));
    QVERIFY2(waiting.contains(QStringLiteral(", due in ")), qPrintable(waiting));
    QTRY_VERIFY_WITH_TIMEOUT(!m_slovak->store().liaisonRequests().find(id).isEmpty(), kTimeoutMs);
    // The Slovak side is alerted as for a priority 1 incident, with the request selected.
    AlertBanner& banner = m_slovak->mainWindow().alertBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner.text().contains(QStringLiteral("asks for help")), kTimeoutMs);
    QCOMPARE(m_slovak->mainWindow().liaisonPanel().current()[QStringLiteral("id")].toInteger(), id);
    QVERIFY(!m_czech->mainWindow().alertBanner().text().contains(QStringLiteral("asks for help")));
    banner.dismiss();
    QCOMPARE(
        findUnit(m_czech->store(), QStringLiteral("PZ-HL-01"))[QStringLiteral("status")].toString(),
        QStringLiteral("available"));

    // The unit board shows the Slovak unit greyed for the Czech operator, not for the Slovak one.
    const auto foreground = [](ConsoleApp& app, const QString& callSign) {
        UnitModel& model = app.mainWindow().unitModel();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, UnitModel::CallSign);
            if (index.data().toString() == callSign) {
                return index.data(Qt::ForegroundRole).value<QColor>();
            }
        }
        return QColor();
    };
    QCOMPARE(foreground(*m_czech, QStringLiteral("PZ-HL-01")), QColor(0x75, 0x75, 0x75));
    QCOMPARE(foreground(*m_slovak, QStringLiteral("PZ-HL-01")), QColor(Qt::black));
    QCOMPARE(foreground(*m_czech, QStringLiteral("PCR-HO-01")), QColor(Qt::black));

    // The Czech side cannot accept its own request; the Slovak side can.
    LiaisonPanel& czechPanel = m_czech->mainWindow().liaisonPanel();
    LiaisonPanel& slovakPanel = m_slovak->mainWindow().liaisonPanel();
    czechPanel.selectRequest(id);
    QVERIFY(!czechPanel.canAccept());
    slovakPanel.selectRequest(id);
    auto* accept = slovakPanel.findChild<QPushButton*>(QStringLiteral("liaisonAccept"));
    QVERIFY(accept->isVisibleTo(&slovakPanel));
    QVERIFY(accept->isEnabled());
    // Accept… offers the agency's available units, the suggested one first and selected.
    QList<qint64> offered;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &slovakPanel, [&] {
        auto* choice = slovakPanel.findChild<UnitChoiceDialog*>();
        if (choice && choice->isVisible()) {
            answer.stop();
            offered = choice->chosen();
            choice->accept();
        }
    });
    answer.start();
    accept->click();
    QCOMPARE(offered, QList<qint64>{patrol});

    // Both consoles show the unit on the incident and the request accepted.
    for (ConsoleApp* app : {m_czech.get(), m_slovak.get()}) {
        QTRY_COMPARE_WITH_TIMEOUT(
            app->store().liaisonRequests().find(id)[QStringLiteral("status")].toString(),
            QStringLiteral("accepted"), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            findUnit(app->store(), QStringLiteral("PZ-HL-01"))[QStringLiteral("status")].toString(),
            QStringLiteral("dispatched"), kTimeoutMs);
        const QJsonArray assignments =
            app->store().incidents().find(incidentId)[QStringLiteral("assignments")].toArray();
        QCOMPARE(assignments.size(), 1);
        QCOMPARE(assignments.at(0)[QStringLiteral("unit_id")].toInteger(), patrol);
    }
    QVERIFY(!accept->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(needText(QStringLiteral("patrol_car")),
                              QStringLiteral("Patrol car 1/1"), kTimeoutMs);
    QVERIFY(detail.planNeeds().waitingRequests().isEmpty());

    // The Slovak side proposes the ambulance it can send; the Czech side takes it up.
    const qint64 ambulance = entityId(findUnit(m_czech->store(), QStringLiteral("ZZS-SI-01")));
    QJsonObject second;
    m_czech->commands().assign(incidentId, ambulance, [&second](const Reply& r) {
        second = r.result[QStringLiteral("assistance_request")].toObject();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!second.isEmpty(), kTimeoutMs);
    const qint64 secondId = entityId(second);
    QTRY_VERIFY_WITH_TIMEOUT(!m_slovak->store().liaisonRequests().find(secondId).isEmpty(),
                             kTimeoutMs);
    slovakPanel.selectRequest(secondId);
    QVERIFY(slovakPanel.canPropose());
    czechPanel.selectRequest(secondId);
    QVERIFY(!czechPanel.canPropose());
    QVERIFY(!czechPanel.canAccept());
    slovakPanel.proposeWith({ambulance});
    QTRY_COMPARE_WITH_TIMEOUT(
        m_czech->store().liaisonRequests().find(secondId)[QStringLiteral("status")].toString(),
        QStringLiteral("answered"), kTimeoutMs);
    czechPanel.selectRequest(secondId);
    QVERIFY(czechPanel.canAccept());
    czechPanel.acceptWith({ambulance}, QString());
    QTRY_COMPARE_WITH_TIMEOUT(
        findUnit(m_slovak->store(), QStringLiteral("ZZS-SI-01"))[QStringLiteral("status")]
            .toString(),
        QStringLiteral("dispatched"), kTimeoutMs);
    detail.showIncident(czechShown);
}

void DispatchTest::incidentHandedOverAcrossTheBorder() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    // A theft in Hodonín is the Czech side's; the thief has crossed to Slovakia.
    qint64 incidentId = 0;
    m_czech->commands().createIncident(
        incidentWith(QStringLiteral("Krádež auta, ujel na SK")), [&incidentId](const Reply& r) {
            incidentId = entityId(r.result[QStringLiteral("incident")].toObject());
        });
    QTRY_VERIFY_WITH_TIMEOUT(incidentId != 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_slovak->store().incidents().find(incidentId).isEmpty(), kTimeoutMs);
    QCOMPARE(m_czech->store().incidents().find(incidentId)[QStringLiteral("responsible_side")],
             QJsonValue(QStringLiteral("CZ")));
    const auto button = [](ConsoleApp& app, const char* name) {
        ResponsibilityBar& bar = app.mainWindow().detail().responsibilityBar();
        return bar.findChild<QPushButton*>(QLatin1String(name))->isVisibleTo(&bar);
    };
    const auto inMine = [incidentId](ConsoleApp& app) {
        const QSortFilterProxyModel& shown = app.mainWindow().queue().filter();
        for (int row = 0; row < shown.rowCount(); ++row) {
            if (shown.index(row, 0).data(StoreTableModel::IdRole).toLongLong() == incidentId) {
                return true;
            }
        }
        return false;
    };
    // The later tests expect the incidents shown now.
    const qint64 czechShown = m_czech->mainWindow().detail().incidentId();
    const qint64 slovakShown = m_slovak->mainWindow().detail().incidentId();
    for (ConsoleApp* app : {m_czech.get(), m_slovak.get()}) {
        app->mainWindow().queue().toggleMine();
        app->mainWindow().detail().showIncident(incidentId);
    }
    QVERIFY(button(*m_czech, "transferOffer"));
    QVERIFY(!button(*m_slovak, "transferOffer"));
    QVERIFY(!button(*m_slovak, "transferAccept"));
    QVERIFY(inMine(*m_czech));
    QVERIFY(!inMine(*m_slovak));

    // Offered: the Slovak side is alerted, finds it under "mine" and takes it over.
    m_czech->mainWindow().detail().responsibilityBar().offerWith(
        QStringLiteral("Pachatel ujel přes Holíč"));
    AlertBanner& banner = m_slovak->mainWindow().alertBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner.text().contains(QStringLiteral("CZ offers you")), kTimeoutMs);
    QVERIFY(!m_czech->mainWindow().alertBanner().text().contains(QStringLiteral("offers you")));
    banner.dismiss();
    QTRY_VERIFY_WITH_TIMEOUT(button(*m_slovak, "transferAccept"), kTimeoutMs);
    QVERIFY(button(*m_slovak, "transferDecline"));
    QTRY_VERIFY_WITH_TIMEOUT(button(*m_czech, "transferDecline"), kTimeoutMs); // to withdraw
    QVERIFY(!button(*m_czech, "transferAccept"));
    QVERIFY(inMine(*m_slovak));
    m_slovak->mainWindow().detail().responsibilityBar().take();

    for (ConsoleApp* app : {m_czech.get(), m_slovak.get()}) {
        QTRY_COMPARE_WITH_TIMEOUT(
            app->store().incidents().find(incidentId)[QStringLiteral("responsible_side")],
            QJsonValue(QStringLiteral("SK")), kTimeoutMs);
        QVERIFY(app->store().incidents().find(incidentId)[QStringLiteral("transfer")].isNull());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!inMine(*m_czech), kTimeoutMs);
    QVERIFY(inMine(*m_slovak));
    QTRY_VERIFY_WITH_TIMEOUT(button(*m_slovak, "transferOffer"), kTimeoutMs);
    QVERIFY(!button(*m_czech, "transferOffer"));
    for (ConsoleApp* app : {m_czech.get(), m_slovak.get()}) {
        app->mainWindow().queue().toggleMine();
    }
    m_czech->mainWindow().queue().selectIncident(czechShown);
    m_czech->mainWindow().detail().showIncident(czechShown);
    m_slovak->mainWindow().queue().selectIncident(slovakShown);
    m_slovak->mainWindow().detail().showIncident(slovakShown);
}

void DispatchTest::unitChoiceSelectsAsManyAsAsked() {
    // A request for two fire engines: the two suggested ones (listed first) are selected; the
    // operator may add a third with Ctrl+click, or take fewer.
    UnitChoiceDialog dialog;
    dialog.setUnits(
        QStringLiteral("Accept request"), QStringLiteral("Units to send:"),
        {QStringLiteral("HAZZ-SI-01"), QStringLiteral("HAZZ-SI-02"), QStringLiteral("HAZZ-TT-07")},
        {11, 12, 17}, 2);
    QCOMPARE(dialog.chosen(), (QList<qint64>{11, 12}));
    dialog.list()->item(2)->setSelected(true);
    QCOMPARE(dialog.chosen(), (QList<qint64>{11, 12, 17}));
    dialog.list()->clearSelection();
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    // Without a count (a proposal of one unit) the first is selected.
    dialog.setUnits(QStringLiteral("Propose"), QStringLiteral("Units to offer:"),
                    {QStringLiteral("HAZZ-SI-01")}, {11}, 0);
    QCOMPARE(dialog.chosen(), QList<qint64>{11});
    QVERIFY(ok->isEnabled());
}

void DispatchTest::serverRestartResumesAndAppliesQueuedCommandOnce() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    ConsoleApp& czech = *m_czech;
    auto* indicator = czech.mainWindow().findChild<QLabel*>(QStringLiteral("connectionIndicator"));
    QVERIFY(indicator->text().contains(QStringLiteral("Connected to")));
    QVERIFY(indicator->text().contains(QStringLiteral("last event")));
    const unsigned short port = m_fixture->server().port();
    QCOMPARE(m_fixture->server().stop(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(czech.connection().state(), ServerConnection::State::Reconnecting,
                              kTimeoutMs);
    QTRY_VERIFY(indicator->text().contains(QStringLiteral("Reconnecting")));
    // The window stays: a broken link is not a logout.
    QVERIFY(czech.mainWindow().isVisible());

    const QString description =
        QStringLiteral("Queued while offline %1").arg(QUuid::createUuid().toString());
    const QString requestId = czech.commands().createIncident(incidentWith(description));
    QCOMPARE(czech.commands().queuedCount(), 1);
    QTRY_VERIFY(indicator->text().contains(QStringLiteral("1 command pending")));
    // Kept in the settings too, so closing the console does not lose it.
    QVERIFY(QSettings().value(QStringLiteral("outbox/cz_operator")).toString().contains(requestId));

    try {
        m_restarted = std::make_unique<jcc::test::ServerProcess>(
            m_fixture->database().url(),
            std::vector<std::string>{"--listen", "127.0.0.1:" + std::to_string(port)},
            m_fixture->server().dataDir());
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QTRY_COMPARE_WITH_TIMEOUT(czech.connection().state(), ServerConnection::State::LoggedIn,
                              30'000);
    QTRY_COMPARE_WITH_TIMEOUT(czech.commands().pending().size(), 0, kTimeoutMs);
    QTRY_VERIFY(!indicator->text().contains(QStringLiteral("pending")));
    QVERIFY(!QSettings().contains(QStringLiteral("outbox/cz_operator")));
    QTRY_VERIFY_WITH_TIMEOUT(
        !findIncident(m_slovak->store(), QStringLiteral("description"), description).isEmpty(),
        30'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !findIncident(czech.store(), QStringLiteral("description"), description).isEmpty(),
        kTimeoutMs);
    // Resumed from the last applied seq, not a new snapshot.
    QCOMPARE(czech.sync().lastMode(), QStringLiteral("events"));
    QCOMPARE(countIncidents(description), 1);

    // The same request id again (as after a reply lost with the connection) changes nothing.
    QJsonObject fields = incidentWith(description);
    fields[QStringLiteral("request_id")] = requestId;
    Reply again;
    czech.connection().sendRequest(wireName(Op::IncidentCreate), fields,
                                   [&again](const Reply& reply) { again = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(again.ok, kTimeoutMs);
    QCOMPARE(again.result[QStringLiteral("incident")][QStringLiteral("id")].toInteger(),
             entityId(findIncident(czech.store(), QStringLiteral("description"), description)));
    QCOMPARE(countIncidents(description), 1);

    // Both stores equal a fresh snapshot.
    const QJsonObject fresh = freshSnapshot(QStringLiteral("observer"));
    QVERIFY(!fresh[QStringLiteral("units")].toObject().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(openWork(czech.store()), fresh, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(openWork(m_slovak->store()), fresh, kTimeoutMs);
}

void DispatchTest::gapResubscribesFromLastSeq() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    Store& store = m_czech->store();
    const qint64 last = store.lastSeq();
    // An event after a missing seq is not applied: the console subscribes again from its last
    // seq and the server replays what it missed.
    QCOMPARE(store.applyEvent(QStringLiteral("incident.created"), last + 2,
                              {{QStringLiteral("id"), 999999}}),
             Store::EventResult::Gap);
    QCOMPARE(store.incidents().rowOf(999999), -1);
    QTRY_VERIFY_WITH_TIMEOUT(m_czech->sync().isSynced(), kTimeoutMs);
    QCOMPARE(m_czech->sync().lastMode(), QStringLiteral("events"));
    const QString description =
        QStringLiteral("After the gap %1").arg(QUuid::createUuid().toString());
    m_slovak->commands().createIncident(incidentWith(description));
    QTRY_VERIFY_WITH_TIMEOUT(
        !findIncident(store, QStringLiteral("description"), description).isEmpty(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(openWork(store), freshSnapshot(QStringLiteral("observer")),
                              kTimeoutMs);
}

void DispatchTest::failsOverToSecondNode() {
    QVERIFY2(m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    const std::string tls = (m_fixture->server().dataDir() / "tls").string();
    std::unique_ptr<jcc::test::ServerProcess> first;
    try {
        // The same certificate, as the nodes of one installation have.
        first = std::make_unique<jcc::test::ServerProcess>(
            m_fixture->database().url(), std::vector<std::string>{"--tls-cert", tls + "/cert.pem",
                                                                  "--tls-key", tls + "/key.pem"});
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    ConsoleApp app;
    const QString firstUrl = QStringLiteral("wss://127.0.0.1:%1/ws").arg(first->port());
    logIn(app, QStringLiteral("failover_op"), {firstUrl, m_fixture->serverUrl()});
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(app.connection().url().port(), first->port());

    QCOMPARE(first->stop(), 0);
    // Changes made while the console moves to the other node reach it exactly once.
    const QString description =
        QStringLiteral("During failover %1").arg(QUuid::createUuid().toString());
    m_slovak->commands().createIncident(incidentWith(description));
    QTRY_COMPARE_WITH_TIMEOUT(app.connection().url().port(), int(m_fixture->server().port()),
                              30'000);
    QTRY_COMPARE_WITH_TIMEOUT(app.connection().state(), ServerConnection::State::LoggedIn,
                              kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        !findIncident(app.store(), QStringLiteral("description"), description).isEmpty(),
        kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(openWork(app.store()), freshSnapshot(QStringLiteral("observer")),
                              kTimeoutMs);
}

void DispatchTest::handoverNoteFromKeyboard() {
    QVERIFY2(m_czech, "the console of createsIncidentWithKeyboard is needed");
    MainWindow& window = m_czech->mainWindow();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QInputDialog*>(QStringLiteral("handoverNoteDialog"))) &&
                dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto* text = dialog->findChild<QPlainTextEdit*>();
    QTRY_COMPARE(QApplication::focusWidget(), text);
    QTest::keyClicks(text, QStringLiteral("D2 bridge at Lanzhot closed until Monday"));
    // Tab leaves the text for the OK button instead of typing a tab; Enter there sends the note.
    QTest::keyClick(text, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != text);
    QCOMPARE(text->toPlainText(), QStringLiteral("D2 bridge at Lanzhot closed until Monday"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                              QStringLiteral("Handover note saved."), kTimeoutMs);
}

void DispatchTest::languageSwitchRetranslatesWindow() {
    QVERIFY2(m_czech && m_slovak, "the consoles of createsIncidentWithKeyboard are needed");
    MainWindow& window = m_czech->mainWindow();
    QAction* czech = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->data().toString() == QLatin1String("cs")) {
            czech = action;
        }
    }
    QVERIFY(czech);
    czech->trigger();
    auto* unitDock = window.findChild<QDockWidget*>(QStringLiteral("unitDock"));
    QTRY_COMPARE(unitDock->windowTitle(), QStringLiteral("Jednotky"));
    QCOMPARE(window.incidentModel().headerData(IncidentModel::Priority, Qt::Horizontal).toString(),
             QStringLiteral("Priorita"));
    QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("detailSave"))->text(),
             QStringLiteral("Uložit změny"));
    QVERIFY2(window.findChild<QLabel*>(QStringLiteral("connectionIndicator"))
                 ->text()
                 .contains(QStringLiteral("Připojeno k")),
             qPrintable(window.findChild<QLabel*>(QStringLiteral("connectionIndicator"))->text()));
    // Data texts follow: the incident type's Czech name from the snapshot, the status.
    const int row = window.incidentModel().rowOf(m_incidentId);
    QCOMPARE(window.incidentModel().index(row, IncidentModel::Type).data().toString(),
             QStringLiteral("Dopravní nehoda"));
    QCOMPARE(window.incidentModel().index(row, IncidentModel::Status).data().toString(),
             QStringLiteral("na místě"));
    QVERIFY(window.detail()
                .findChild<QLabel*>(QStringLiteral("detailHeader"))
                ->text()
                .contains(QStringLiteral("Dopravní nehoda")));
    // The map panel and the Shift menu are translated; numbers use the Czech decimal comma.
    QCOMPARE(window.findChild<QToolButton*>(QStringLiteral("pickPoint"))->text(),
             QStringLiteral("Vybrat bod"));
    QStringList menus;
    for (const QAction* menu : window.menuBar()->actions()) {
        menus.append(menu->text());
    }
    QVERIFY2(menus.contains(QStringLiteral("&Směna")), qPrintable(menus.join(QLatin1Char(' '))));
    QCOMPARE(QLocale().toString(0.2, 'f', 1), QStringLiteral("0,2"));

    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->data().toString() == QLatin1String("sk")) {
            action->trigger();
        }
    }
    QTRY_COMPARE(unitDock->windowTitle(), QStringLiteral("Jednotky"));
    QTRY_COMPARE(window.findChild<QPushButton*>(QStringLiteral("detailSave"))->text(),
                 QStringLiteral("Uložiť zmeny"));
    // The server writes the timeline as data; the console shows it in Slovak.
    window.detail().showIncident(m_incidentId);
    auto* timeline = window.detail().findChild<QTableView*>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    QStringList entries;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            entries.clear();
            for (int row = 0; row < timeline->model()->rowCount(); ++row) {
                entries << timeline->model()->index(row, 2).data().toString();
            }
            return entries.size() > 1;
        }(),
        qPrintable(QStringLiteral("incident %1: %2")
                       .arg(window.detail().incidentId())
                       .arg(entries.join(QLatin1Char('|')))),
        kTimeoutMs);
    QCOMPARE(entries.front(), QStringLiteral("Udalosť založená"));
    QVERIFY2(entries.join(QLatin1Char('\n')).contains(QStringLiteral(" pridelená")),
             qPrintable(entries.join(QLatin1Char('\n'))));
    screenshot(window, QStringLiteral("console-timeline-sk.png"));
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->data().toString() == QLatin1String("en")) {
            action->trigger();
        }
    }
    QTRY_COMPARE(unitDock->windowTitle(), QStringLiteral("Units"));
    QCOMPARE(QLocale().toString(0.2, 'f', 1), QStringLiteral("0.2"));
}

JCC_CONSOLE_TEST(DispatchTest);

} // namespace jcc::console::test
