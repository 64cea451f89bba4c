#pragma once
// What every console test class runs against: a fresh database, a real jcc-server on it, a direct
// database connection for setup and checks, and accounts made straight in the database. A
// TestSession is what a console window is given: a logged-in connection, the store kept in step
// with the server and the command outbox.
#include "common/User.hpp"
#include "console/CertificatePins.hpp"
#include "console/ServerConnection.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"
#include "console/store/StoreSync.hpp"
#include "server/store/AuditLog.hpp"
#include "server/store/Database.hpp"

#include <QJsonObject>
#include <QString>
#include <QWidget>
#include <memory>
#include <string>
#include <vector>

namespace jcc::test {
class ServerProcess;
class TestDatabase;
} // namespace jcc::test

namespace jcc::console::test {

// ASCII: QTest::keyClicks types nothing else (LoginTest sends diacritics another way).
inline const QString kPassword = QStringLiteral("Brown-Fox-Jumps-42");
inline constexpr int kTimeoutMs = 20'000;
inline const store::Actor kTestActor{std::nullopt, "test", "test", {}};

/// A logged-in console without windows.
struct TestSession {
    explicit TestSession(CertificatePins& pins);
    const UserInfo& user() const { return connection.user(); }

    ServerConnection connection;
    Store store;
    StoreSync sync;
    Commands commands;
};

class ConsoleFixture {
public:
    /// Starts the database and the server (with `serverArgs`); throws with the server's log
    /// when it does not come up.
    explicit ConsoleFixture(const std::vector<std::string>& serverArgs = {});
    ~ConsoleFixture();

    jcc::test::TestDatabase& database() const { return *m_database; }
    jcc::test::ServerProcess& server() const { return *m_server; }
    /// The direct connection, with the store's statements prepared.
    pqxx::connection& db() const { return *m_db; }
    /// wss://127.0.0.1:<port>/ws of the server.
    QString serverUrl() const;
    /// The SHA-256 fingerprint of the server's certificate.
    QString fingerprint() const;
    /// Trusts the server's certificate through CertificatePins::kTrustEnvVar, as a site would.
    void trustServer() const;

    /// Adds an account.
    void addUser(const QString& username, const QString& fullName, Role role, const QString& agency,
                 Country country, Language language = Language::En,
                 const QString& password = kPassword) const;
    /// A session logged in as `username` (kPassword) and subscribed; nullptr (with a warning)
    /// when the login or the subscribe fails within kTimeoutMs. Needs trustServer().
    std::unique_ptr<TestSession> logIn(const QString& username);

private:
    std::unique_ptr<jcc::test::TestDatabase> m_database;
    std::unique_ptr<jcc::test::ServerProcess> m_server;
    std::unique_ptr<pqxx::connection> m_db;
    std::unique_ptr<CertificatePins> m_pins;
};

/// "ok", or the error code of `reply`.
QString resultCode(const Reply& reply);

/// Runs `op` with `fields` through `commands` and waits for the answer (kTimeoutMs; a reply
/// with code "timeout" when none comes).
Reply runCommand(Commands& commands, Op op, const QJsonObject& fields);

/// incident.create of `type` and `priority` at `place` (a location text, no position);
/// returns the incident, or an empty object (with a warning) when refused.
QJsonObject createIncident(Commands& commands, const QString& place,
                           const QString& type = QStringLiteral("traffic_accident"),
                           int priority = 2);

/// Saves a picture of `widget` for the documentation when JCC_SCREENSHOT_DIR names a directory.
void screenshot(QWidget& widget, const QString& name);

} // namespace jcc::console::test
