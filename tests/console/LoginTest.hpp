#pragma once
// The login dialog and main window against a real jcc-server on a fresh database: keyboard login,
// every failure message, certificate pinning, language switching, and the server ending a session.
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace jcc::console {
class ConsoleApp;
}

namespace jcc::console::test {

class ConsoleFixture;

class LoginTest : public QObject {
    Q_OBJECT
public:
    LoginTest();
    ~LoginTest() override;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void fingerprintMatchesServerLog();
    void logsInAndOutWithKeyboard();
    void wrongPasswordIsExplained();
    void lockedOutWorkstationLooksLikeWrongPassword();
    void disabledAccountIsExplained();
    void unreachableServerIsExplained();
    void unknownCertificateIsRefusedWithoutConfirmation();
    void confirmedCertificateIsPinned();
    void changedCertificateIsRefused();
    void siteConfigTrustsServerWithoutAsking();
    void siteConfigRefusesOtherCertificate();
    void siteConfigBindsSystemTrustedCertificate();
    void languageSwitchRetranslates();
    void revokedSessionReturnsToLogin();
    void serverShutdownKeepsWindowAndReconnects();
    void resumeKeepsTheRotatedToken();
    void repliesMatchRequestIds();
    void everyRequestIsAnsweredOnceWhenTheLinkDrops();

private:
    /// Creates an operator of PČR.
    void addUser(const QString& username, const QString& fullName, const QString& password);
    /// Types `username` and `password` into the login dialog and presses Enter.
    void submitLogin(ConsoleApp& app, const QString& username, const QString& password);
    /// Writes a console.conf naming this test's server with `fingerprint` and points
    /// $JCC_CONSOLE_CONF at it; returns its path.
    QString writeSiteConfig(const QString& fingerprint);
    /// The text of the login dialog's message line.
    static QString message(ConsoleApp& app);

    std::unique_ptr<ConsoleFixture> m_fixture;
    QString m_fingerprint;
    QTemporaryDir m_siteDir;
};

} // namespace jcc::console::test
