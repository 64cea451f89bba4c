#include "tests/console/LoginTest.hpp"

#include "console/CertificatePins.hpp"
#include "console/ConsoleApp.hpp"
#include "console/LoginDialog.hpp"
#include "console/MainWindow.hpp"
#include "console/ServerConnection.hpp"
#include "console/SiteConfig.hpp"
#include "server/store/AccountService.hpp"
#include "server/store/Database.hpp"
#include "tests/console/ConsoleFixture.hpp"
#include "tests/console/TestRegistry.hpp"
#include "tests/support/ServerProcess.hpp"
#include "tests/support/TestDatabase.hpp"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>
#include <csignal>
#include <pqxx/pqxx>

namespace jcc::console::test {

namespace {

// A fingerprint that is not the test server's.
const QString kOtherFingerprint = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                                 "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");

QString pinKey(const QString& hostPort) {
    return QStringLiteral("certificatePins/") + hostPort;
}

} // namespace

LoginTest::LoginTest() = default;
LoginTest::~LoginTest() = default;

void LoginTest::initTestCase() {
    try {
        m_fixture = std::make_unique<ConsoleFixture>();
        m_fingerprint = m_fixture->fingerprint();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QVERIFY(!m_fingerprint.isEmpty());
}

void LoginTest::init() {
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    settings.setValue(QStringLiteral("login/serverUrl"), m_fixture->serverUrl());
    // Most tests are about other things than the certificate; the certificate tests unset this.
    qputenv(CertificatePins::kTrustEnvVar, m_fingerprint.toLatin1());
    // Never the machine's /etc/jcc/console.conf; the site tests write their own.
    qputenv(SiteConfig::kFileEnvVar, m_siteDir.filePath(QStringLiteral("absent.conf")).toUtf8());
}

QString LoginTest::writeSiteConfig(const QString& fingerprint) {
    const QString path = m_siteDir.filePath(QStringLiteral("console.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    // The layout of packaging/etc/console.conf, with this test's server.
    file.write(QStringLiteral("; written by LoginTest\n[servers]\nurls = %1, wss://127.0.0.1:9/ws\n"
                              "\n[trusted-certificates]\n127.0.0.1:%2 = %3\n")
                   .arg(m_fixture->serverUrl())
                   .arg(m_fixture->server().port())
                   .arg(fingerprint)
                   .toUtf8());
    file.close();
    qputenv(SiteConfig::kFileEnvVar, path.toUtf8());
    return path;
}

void LoginTest::cleanupTestCase() {
    m_fixture.reset();
}

void LoginTest::addUser(const QString& username, const QString& fullName, const QString& password) {
    m_fixture->addUser(username, fullName, Role::Operator, QStringLiteral("PCR"), Country::CZ,
                       Language::Cs, password);
}

void LoginTest::submitLogin(ConsoleApp& app, const QString& username, const QString& password) {
    auto* usernameField = app.loginDialog().findChild<QLineEdit*>(QStringLiteral("username"));
    auto* passwordField = app.loginDialog().findChild<QLineEdit*>(QStringLiteral("password"));
    QVERIFY(usernameField && passwordField);
    QTRY_VERIFY(passwordField->isEnabled());
    usernameField->clear();
    QTest::keyClicks(usernameField, username);
    passwordField->clear();
    QTest::keyClicks(passwordField, password);
    QTest::keyClick(passwordField, Qt::Key_Return);
}

QString LoginTest::message(ConsoleApp& app) {
    return app.loginDialog().findChild<QLabel*>(QStringLiteral("message"))->text();
}

void LoginTest::fingerprintMatchesServerLog() {
    // Operators compare the fingerprint the console shows with the one the server logs.
    QVERIFY2(QString::fromStdString(m_fixture->server().log()).contains(m_fingerprint),
             qPrintable(m_fingerprint));
}

void LoginTest::logsInAndOutWithKeyboard() {
    addUser(QStringLiteral("jnovakova"), QStringLiteral("Jana Nováková"), kPassword);
    ConsoleApp app;
    app.start();
    LoginDialog& dialog = app.loginDialog();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("username")));

    // Alt and a label's underlined letter jump to its field.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("server")));
    QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("username")));

    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("jnovakova"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("password")));
    QTest::keyClicks(QApplication::focusWidget(), kPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    MainWindow& window = app.mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window.isVisible(), kTimeoutMs);
    QVERIFY(!dialog.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QLabel*>(QStringLiteral("user"))->text(),
                              QStringLiteral("Logged in as Jana Nováková (operator, PČR)"),
                              kTimeoutMs);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("server"))
                ->text()
                .contains(m_fixture->serverUrl()));
    QVERIFY(
        window.findChild<QLabel*>(QStringLiteral("connectionIndicator"))
            ->text()
            .contains(QStringLiteral("Connected to 127.0.0.1:%1").arg(m_fixture->server().port())));

    // The server address and username are remembered, the password never.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("login/username")).toString(),
             QStringLiteral("jnovakova"));
    QCOMPARE(settings.value(QStringLiteral("login/serverUrl")).toString(), m_fixture->serverUrl());
    for (const QString& key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(kPassword), qPrintable(key));
    }

    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isVisible(), kTimeoutMs);
    QVERIFY(!window.isVisible());
    QCOMPARE(app.connection().state(), ServerConnection::State::Disconnected);
    QCOMPARE(message(app), QStringLiteral("You have logged out."));
    // The username is remembered, so the next login starts in the password field.
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("username"))->text(),
             QStringLiteral("jnovakova"));
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit*>(QStringLiteral("password")));
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
}

void LoginTest::wrongPasswordIsExplained() {
    addUser(QStringLiteral("pdvorak"), QStringLiteral("Petr Dvořák"), kPassword);
    ConsoleApp app;
    app.start();
    QSignalSpy refused(&app.connection(), &ServerConnection::loginRefused);
    submitLogin(app, QStringLiteral("pdvorak"), QStringLiteral("not-the-password"));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kTimeoutMs);
    QCOMPARE(message(app), QStringLiteral("Wrong username or password."));
    QVERIFY(!app.mainWindow().isVisible());
    QVERIFY(app.loginDialog().findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());

    // An unknown user gets the same message: the server does not tell which was wrong.
    submitLogin(app, QStringLiteral("nobody"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, kTimeoutMs);
    QCOMPARE(message(app), QStringLiteral("Wrong username or password."));
}

void LoginTest::lockedOutWorkstationLooksLikeWrongPassword() {
    addUser(QStringLiteral("mhorvath"), QStringLiteral("Marek Horváth"), kPassword);
    ConsoleApp app;
    app.start();
    QSignalSpy refused(&app.connection(), &ServerConnection::loginRefused);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        submitLogin(app, QStringLiteral("mhorvath"), QStringLiteral("wrong-%1").arg(attempt));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), attempt, kTimeoutMs);
    }
    // This workstation is locked out of the account for a while; the server says no more than
    // for a wrong password (the account stays open at every other workstation).
    submitLogin(app, QStringLiteral("mhorvath"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 6, kTimeoutMs);
    QCOMPARE(message(app), QStringLiteral("Wrong username or password."));
    QVERIFY(!app.mainWindow().isVisible());
}

void LoginTest::disabledAccountIsExplained() {
    addUser(QStringLiteral("zkovac"), QStringLiteral("Zuzana Kováčová"), kPassword);
    store::AccountService(m_fixture->db(), store::AccountSettings{})
        .setDisabled("zkovac", true, kTestActor);
    ConsoleApp app;
    app.start();
    QSignalSpy refused(&app.connection(), &ServerConnection::loginRefused);
    submitLogin(app, QStringLiteral("zkovac"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kTimeoutMs);
    QCOMPARE(message(app), QStringLiteral("The account zkovac is disabled. Ask an administrator "
                                          "to enable it."));
}

void LoginTest::unreachableServerIsExplained() {
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("wss://127.0.0.1:%1/ws").arg(probe.serverPort());
    probe.close();

    ConsoleApp app;
    app.start(url);
    QSignalSpy failed(&app.connection(), &ServerConnection::connectionFailed);
    submitLogin(app, QStringLiteral("anyone"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    QCOMPARE(message(app),
             QStringLiteral("Cannot reach the server at %1: Connection refused.").arg(url));
    QCOMPARE(app.connection().state(), ServerConnection::State::Disconnected);
}

void LoginTest::unknownCertificateIsRefusedWithoutConfirmation() {
    qunsetenv(CertificatePins::kTrustEnvVar);
    addUser(QStringLiteral("ljurik"), QStringLiteral("Lukáš Jurík"), kPassword);
    ConsoleApp app;
    app.start();
    submitLogin(app, QStringLiteral("ljurik"), kPassword);

    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = app.loginDialog().findChild<QMessageBox*>(
                                  QStringLiteral("certificateConfirmation"))),
                             kTimeoutMs);
    QTRY_VERIFY(box->isVisible());
    // The fingerprint is shown in two lines of 16 bytes.
    QVERIFY2(box->informativeText().contains(m_fingerprint.left(16 * 3 - 1)),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(m_fingerprint.mid(16 * 3)));
    QCOMPARE(app.connection().state(), ServerConnection::State::Disconnected);

    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_COMPARE(message(app),
                 QStringLiteral("The certificate of 127.0.0.1:%1 was not confirmed, so the console "
                                "did not connect.")
                     .arg(m_fixture->server().port()));
    QVERIFY(!app.mainWindow().isVisible());
    QVERIFY(!QSettings().contains(
        pinKey(QStringLiteral("127.0.0.1:%1").arg(m_fixture->server().port()))));
}

void LoginTest::confirmedCertificateIsPinned() {
    qunsetenv(CertificatePins::kTrustEnvVar);
    addUser(QStringLiteral("eblahova"), QStringLiteral("Eva Bláhová"), kPassword);
    ConsoleApp app;
    app.start();
    submitLogin(app, QStringLiteral("eblahova"), kPassword);

    QPushButton* trust = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (trust = app.loginDialog().findChild<QPushButton*>(QStringLiteral("trustCertificate"))),
        kTimeoutMs);
    QTRY_VERIFY(trust->isVisible());
    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow().isVisible(), kTimeoutMs);
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_fixture->server().port());
    QCOMPARE(QSettings().value(pinKey(hostPort)).toString(), m_fingerprint);

    // Next time the pinned certificate is trusted without asking.
    QSignalSpy loggedOut(&app.connection(), &ServerConnection::loggedOut);
    app.connection().logOut();
    QVERIFY(loggedOut.wait(kTimeoutMs));
    QSignalSpy rejected(&app.connection(), &ServerConnection::certificateRejected);
    submitLogin(app, QStringLiteral("eblahova"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow().isVisible(), kTimeoutMs);
    QCOMPARE(rejected.count(), 0);
}

void LoginTest::changedCertificateIsRefused() {
    qunsetenv(CertificatePins::kTrustEnvVar);
    addUser(QStringLiteral("tvarga"), QStringLiteral("Tomáš Varga"), kPassword);
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_fixture->server().port());
    // The fingerprint of the certificate this server had when the user confirmed it.
    const QString earlier = kOtherFingerprint;
    QSettings().setValue(pinKey(hostPort), earlier);

    ConsoleApp app;
    app.start();
    QSignalSpy rejected(&app.connection(), &ServerConnection::certificateRejected);
    submitLogin(app, QStringLiteral("tvarga"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, kTimeoutMs);
    QVERIFY2(message(app).startsWith(
                 QStringLiteral("The certificate of %1 has changed since it was confirmed, so "
                                "the console refused to connect")
                     .arg(hostPort)),
             qPrintable(message(app)));
    QVERIFY(message(app).contains(m_fingerprint.left(16 * 3 - 1)));
    // Refused outright: no offer to trust the new certificate.
    QVERIFY(!app.loginDialog().findChild<QMessageBox*>(QStringLiteral("certificateConfirmation")));
    QCOMPARE(QSettings().value(pinKey(hostPort)).toString(), earlier);
    QVERIFY(!app.mainWindow().isVisible());
    QCOMPARE(app.connection().state(), ServerConnection::State::Disconnected);
}

void LoginTest::siteConfigTrustsServerWithoutAsking() {
    // A console installed from its package: the administrator's console.conf names the servers
    // and their fingerprints; the operator neither types an address nor confirms a certificate.
    qunsetenv(CertificatePins::kTrustEnvVar);
    QSettings().remove(QStringLiteral("login/serverUrl"));
    writeSiteConfig(m_fingerprint.toLower());
    addUser(QStringLiteral("mkralova"), QStringLiteral("Marie Králová"), kPassword);
    ConsoleApp app;
    app.start();
    auto* server = app.loginDialog().findChild<QLineEdit*>(QStringLiteral("server"));
    QVERIFY(server);
    QCOMPARE(server->text(), m_fixture->serverUrl() + QStringLiteral(", wss://127.0.0.1:9/ws"));
    QSignalSpy rejected(&app.connection(), &ServerConnection::certificateRejected);
    submitLogin(app, QStringLiteral("mkralova"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow().isVisible(), kTimeoutMs);
    QCOMPARE(rejected.count(), 0);
    QVERIFY(!app.loginDialog().findChild<QMessageBox*>(QStringLiteral("certificateConfirmation")));
    // Nothing was pinned for the user: the trust comes from the machine's file. Nor is the
    // centre's list remembered as the user's own: a later change to console.conf reaches them.
    QVERIFY(!QSettings().contains(
        pinKey(QStringLiteral("127.0.0.1:%1").arg(m_fixture->server().port()))));
    QVERIFY(!QSettings().contains(QStringLiteral("login/serverUrl")));
}

void LoginTest::siteConfigRefusesOtherCertificate() {
    qunsetenv(CertificatePins::kTrustEnvVar);
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_fixture->server().port());
    // The user once confirmed this certificate, but the administrator names another one.
    QSettings().setValue(pinKey(hostPort), m_fingerprint);
    writeSiteConfig(kOtherFingerprint);
    addUser(QStringLiteral("pbenes"), QStringLiteral("Petr Beneš"), kPassword);
    ConsoleApp app;
    app.start();
    QSignalSpy rejected(&app.connection(), &ServerConnection::certificateRejected);
    submitLogin(app, QStringLiteral("pbenes"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, kTimeoutMs);
    QVERIFY(!app.loginDialog().findChild<QMessageBox*>(QStringLiteral("certificateConfirmation")));
    QVERIFY(!app.mainWindow().isVisible());
    QCOMPARE(app.connection().state(), ServerConnection::State::Disconnected);
    // Forgetting the user's pin would not help: the message sends the operator to the
    // administrator and names the file.
    QVERIFY2(
        message(app).startsWith(QStringLiteral("The certificate of %1 does not match the one "
                                               "your administrator set for it in %2")
                                    .arg(hostPort, qEnvironmentVariable(SiteConfig::kFileEnvVar))),
        qPrintable(message(app)));
    QVERIFY(!message(app).contains(QStringLiteral("--forget-certificate")));
}

void LoginTest::siteConfigBindsSystemTrustedCertificate() {
    // A certificate the system trusts (here the server's own, added to the trusted CAs) passes
    // TLS without a question; console.conf naming another one must still refuse it.
    qunsetenv(CertificatePins::kTrustEnvVar);
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificates(QSslCertificate::fromPath(
        QString::fromStdString((m_fixture->server().dataDir() / "tls" / "cert.pem").string())));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
    writeSiteConfig(kOtherFingerprint);
    addUser(QStringLiteral("jsykora"), QStringLiteral("Jakub Sýkora"), kPassword);
    {
        ConsoleApp app;
        app.start();
        QSignalSpy rejected(&app.connection(), &ServerConnection::certificateRejected);
        submitLogin(app, QStringLiteral("jsykora"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, kTimeoutMs);
        QVERIFY(!app.mainWindow().isVisible());
        QVERIFY2(message(app).contains(QStringLiteral("your administrator set")),
                 qPrintable(message(app)));
    }
    // With the right fingerprint the same trusted certificate logs in.
    writeSiteConfig(m_fingerprint);
    ConsoleApp app;
    app.start();
    submitLogin(app, QStringLiteral("jsykora"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow().isVisible(), kTimeoutMs);
}

void LoginTest::languageSwitchRetranslates() {
    ConsoleApp app;
    app.start();
    LoginDialog& dialog = app.loginDialog();
    auto* usernameLabel = dialog.findChild<QLabel*>(QStringLiteral("usernameLabel"));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    QCOMPARE(usernameLabel->text(), QStringLiteral("&Username:"));
    QCOMPARE(language->currentText(), QStringLiteral("English"));

    // A message on screen is retranslated too.
    QSignalSpy refused(&app.connection(), &ServerConnection::loginRefused);
    submitLogin(app, QStringLiteral("nobody"), QStringLiteral("whatever-password"));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kTimeoutMs);
    QCOMPARE(message(app), QStringLiteral("Wrong username or password."));

    // Qt posts QEvent::LanguageChange, so the texts change a moment later.
    QTest::keyClick(language, Qt::Key_Home);
    QCOMPARE(language->currentText(), QStringLiteral("Čeština"));
    QTRY_COMPARE(usernameLabel->text(), QStringLiteral("&Uživatelské jméno:"));
    QCOMPARE(message(app), QStringLiteral("Nesprávné uživatelské jméno nebo heslo."));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("JCC Dispatch – přihlášení"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("cs"));

    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(language->currentText(), QStringLiteral("Slovenčina"));
    QTRY_COMPARE(usernameLabel->text(), QStringLiteral("&Používateľské meno:"));
    QCOMPARE(message(app), QStringLiteral("Nesprávne používateľské meno alebo heslo."));

    QTest::keyClick(language, Qt::Key_End);
    QTRY_COMPARE(usernameLabel->text(), QStringLiteral("&Username:"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

void LoginTest::revokedSessionReturnsToLogin() {
    addUser(QStringLiteral("rsedlak"), QStringLiteral("Radek Sedlák"), kPassword);
    ConsoleApp app;
    app.start();
    submitLogin(app, QStringLiteral("rsedlak"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow().isVisible(), kTimeoutMs);

    QCOMPARE(store::AccountService(m_fixture->db(), store::AccountSettings{})
                 .revokeSessions("rsedlak", kTestActor),
             1);
    QTRY_VERIFY_WITH_TIMEOUT(app.loginDialog().isVisible(), kTimeoutMs);
    QVERIFY(!app.mainWindow().isVisible());
    QCOMPARE(message(app), QStringLiteral("The server ended your session: sessions revoked. Log "
                                          "in again, or ask an administrator if you cannot."));
}

void LoginTest::serverShutdownKeepsWindowAndReconnects() {
    addUser(QStringLiteral("kmalik"), QStringLiteral("Katarína Malíková"), kPassword);
    // A second node on the same database, so the shared one keeps running.
    std::unique_ptr<jcc::test::ServerProcess> node;
    try {
        node = std::make_unique<jcc::test::ServerProcess>(m_fixture->database().url());
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    const auto certificates = QSslCertificate::fromPath(
        QString::fromStdString((node->dataDir() / "tls" / "cert.pem").string()));
    QCOMPARE(certificates.size(), 1);
    qputenv(CertificatePins::kTrustEnvVar,
            CertificatePins::fingerprint(certificates.front()).toLatin1());

    ConsoleApp app;
    app.start(QStringLiteral("wss://127.0.0.1:%1/ws").arg(node->port()));
    submitLogin(app, QStringLiteral("kmalik"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow().isVisible(), kTimeoutMs);

    // SIGTERM without waiting: the console must keep running to answer the server's close.
    node->process().signal(SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(app.connection().state(), ServerConnection::State::Reconnecting,
                              kTimeoutMs);
    // A node going away is not the end of the session: the window stays and reconnects.
    QVERIFY(app.mainWindow().isVisible());
    QVERIFY(!app.loginDialog().isVisible());
    QTRY_VERIFY(app.mainWindow()
                    .findChild<QLabel*>(QStringLiteral("connectionIndicator"))
                    ->text()
                    .contains(QStringLiteral("Reconnecting")));
    QCOMPARE(node->stop(), 0);
}

void LoginTest::resumeKeepsTheRotatedToken() {
    addUser(QStringLiteral("jhruby"), QStringLiteral("Jozef Hrubý"), kPassword);
    // The first node owns the data directory (and its certificate); the restarts reuse it.
    std::unique_ptr<jcc::test::ServerProcess> first;
    try {
        first = std::make_unique<jcc::test::ServerProcess>(m_fixture->database().url());
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    const auto certificates = QSslCertificate::fromPath(
        QString::fromStdString((first->dataDir() / "tls" / "cert.pem").string()));
    QCOMPARE(certificates.size(), 1);
    qputenv(CertificatePins::kTrustEnvVar,
            CertificatePins::fingerprint(certificates.front()).toLatin1());
    const std::vector<std::string> samePort{"--listen",
                                            "127.0.0.1:" + std::to_string(first->port())};
    CertificatePins pins;
    ServerConnection connection(pins);
    QSignalSpy loggedIn(&connection, &ServerConnection::loggedIn);
    QSignalSpy resumed(&connection, &ServerConnection::resumed);
    QSignalSpy lost(&connection, &ServerConnection::connectionLost);
    connection.logIn(QUrl(QStringLiteral("wss://127.0.0.1:%1/ws").arg(first->port())),
                     QStringLiteral("jhruby"), kPassword);
    QVERIFY(loggedIn.wait(kTimeoutMs));

    // Two restarts of the node. After each resume the token it replaced is made too old to
    // resume with, so the next resume works only with the token the last one returned.
    jcc::test::ServerProcess* current = first.get();
    std::unique_ptr<jcc::test::ServerProcess> restarted;
    for (int restart = 1; restart <= 2; ++restart) {
        QCOMPARE(current->stop(), 0);
        try {
            restarted = std::make_unique<jcc::test::ServerProcess>(m_fixture->database().url(),
                                                                   samePort, first->dataDir());
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        current = restarted.get();
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), restart, kTimeoutMs);
        pqxx::work txn(m_fixture->db());
        txn.exec("UPDATE sessions SET rotated_at = now() - interval '2 minutes'");
        txn.commit();
    }
    QCOMPARE(lost.size(), 0);
    QCOMPARE(connection.state(), ServerConnection::State::LoggedIn);
    QCOMPARE(current->stop(), 0);
}

void LoginTest::repliesMatchRequestIds() {
    const QString password = QStringLiteral("Žluťoučký-kůň-úpěl-42");
    addUser(QStringLiteral("okral"), QStringLiteral("Ondřej Král"), password);
    CertificatePins pins;
    ServerConnection connection(pins);
    QSignalSpy loggedIn(&connection, &ServerConnection::loggedIn);
    connection.logIn(QUrl(m_fixture->serverUrl()), QStringLiteral("okral"), password);
    QVERIFY(loggedIn.wait(kTimeoutMs));
    QCOMPARE(connection.user().fullName, QStringLiteral("Ondřej Král"));
    QCOMPARE(connection.user().agency, QStringLiteral("PCR"));
    QVERIFY(!connection.serverInfo().version.isEmpty());

    QList<Reply> replies;
    connect(&connection, &ServerConnection::replyReceived, this,
            [&replies](const Reply& reply) { replies.append(reply); });
    QList<Reply> handled;
    const qint64 ping = connection.sendRequest(QStringLiteral("ping"), {},
                                               [&handled](const Reply& r) { handled.append(r); });
    const qint64 unknown = connection.sendRequest(QStringLiteral("no.such.op"));
    QVERIFY(ping > 0);
    QCOMPARE(unknown, ping + 1);
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 2, kTimeoutMs);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.front().id, ping);
    QVERIFY(handled.front().ok);
    QVERIFY(handled.front().result.value(QStringLiteral("pong")).toBool());
    QCOMPARE(replies.at(1).id, unknown);
    QCOMPARE(replies.at(1).op, QStringLiteral("no.such.op"));
    QVERIFY(!replies.at(1).ok);
    QCOMPARE(replies.at(1).error.code, QStringLiteral("unknown_op"));
}

void LoginTest::everyRequestIsAnsweredOnceWhenTheLinkDrops() {
    const QString password = QStringLiteral("Žluťoučký-kůň-úpěl-43");
    addUser(QStringLiteral("lvesela"), QStringLiteral("Lucie Veselá"), password);
    CertificatePins pins;
    ServerConnection connection(pins);
    QSignalSpy loggedIn(&connection, &ServerConnection::loggedIn);
    connection.logIn(QUrl(m_fixture->serverUrl()), QStringLiteral("lvesela"), password);
    QVERIFY(loggedIn.wait(kTimeoutMs));

    // The server stops answering (SIGSTOP): two reads wait for replies that will not come.
    const pid_t server = m_fixture->server().process().pid();
    QCOMPARE(::kill(server, SIGSTOP), 0);
    QList<Reply> answers;
    const auto record = [&answers](const Reply& reply) { answers.append(reply); };
    const qint64 first = connection.sendRequest(QStringLiteral("incident.list"), {}, record);
    const qint64 second = connection.sendRequest(
        QStringLiteral("place.search"), {{QStringLiteral("q"), QStringLiteral("holic")}}, record);
    QVERIFY(first > 0 && second > 0);
    // Logging out closes the link after its own timeout; both handlers hear not_connected.
    connection.logOut();
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 3 * kTimeoutMs);
    QCOMPARE(::kill(server, SIGCONT), 0);
    for (const Reply& answer : answers) {
        QVERIFY(!answer.ok);
        QVERIFY(answer.error.is(ErrorCode::NotConnected));
        QVERIFY(answer.id == first || answer.id == second);
    }
    QCOMPARE(connection.state(), ServerConnection::State::Disconnected);
    // Once each, and a request without a connection is answered at once.
    QTest::qWait(300);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(connection.sendRequest(QStringLiteral("incident.list"), {}, record), qint64(0));
    QCOMPARE(answers.size(), 3);
    QVERIFY(answers.last().error.is(ErrorCode::NotConnected));
}

JCC_CONSOLE_TEST(LoginTest);

} // namespace jcc::console::test
