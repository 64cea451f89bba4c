#include "tests/console/ConsoleFixture.hpp"

#include "server/store/AccountService.hpp"
#include "tests/support/ServerProcess.hpp"
#include "tests/support/TestDatabase.hpp"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <memory>
#include <optional>
#include <stdexcept>

namespace jcc::console::test {

TestSession::TestSession(CertificatePins& pins)
    : connection(pins), sync(connection, store), commands(connection) {}

ConsoleFixture::ConsoleFixture(const std::vector<std::string>& serverArgs)
    : m_database(std::make_unique<jcc::test::TestDatabase>()),
      m_server(std::make_unique<jcc::test::ServerProcess>(m_database->url(), serverArgs)),
      m_db(store::openConnection(m_database->url())) {
    store::prepareStatements(*m_db);
}

ConsoleFixture::~ConsoleFixture() = default;

QString ConsoleFixture::serverUrl() const {
    return QStringLiteral("wss://127.0.0.1:%1/ws").arg(m_server->port());
}

QString ConsoleFixture::fingerprint() const {
    const auto path = m_server->dataDir() / "tls" / "cert.pem";
    const auto certificates = QSslCertificate::fromPath(QString::fromStdString(path.string()));
    if (certificates.size() != 1) {
        throw std::runtime_error("no single certificate in " + path.string());
    }
    return CertificatePins::fingerprint(certificates.front());
}

void ConsoleFixture::trustServer() const {
    qputenv(CertificatePins::kTrustEnvVar, fingerprint().toLatin1());
}

void ConsoleFixture::addUser(const QString& username, const QString& fullName, Role role,
                             const QString& agency, Country country, Language language,
                             const QString& password) const {
    store::AccountService(*m_db, store::AccountSettings{})
        .addUser({username.toStdString(), fullName.toStdString(), role, agency.toStdString(),
                  country, language},
                 password.toStdString(), kTestActor);
}

std::unique_ptr<TestSession> ConsoleFixture::logIn(const QString& username) {
    if (!m_pins) {
        m_pins = std::make_unique<CertificatePins>();
    }
    auto session = std::make_unique<TestSession>(*m_pins);
    QSignalSpy synced(&session->sync, &StoreSync::synced);
    session->connection.logIn(QUrl(serverUrl()), username, kPassword);
    if (!synced.wait(kTimeoutMs)) {
        qWarning("%s could not log in and subscribe", qPrintable(username));
        return nullptr;
    }
    return session;
}

QString resultCode(const Reply& reply) {
    return reply.ok ? QStringLiteral("ok") : reply.error.code;
}

Reply runCommand(Commands& commands, Op op, const QJsonObject& fields) {
    // Shared: a reply after the timeout still finds it.
    auto answer = std::make_shared<std::optional<Reply>>();
    commands.send(op, fields, [answer](const Reply& reply) { *answer = reply; });
    if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, kTimeoutMs)) {
        Reply timedOut;
        timedOut.op = wireName(op);
        timedOut.error.code = QStringLiteral("timeout");
        return timedOut;
    }
    return **answer;
}

QJsonObject createIncident(Commands& commands, const QString& place, const QString& type,
                           int priority) {
    const Reply reply =
        runCommand(commands, Op::IncidentCreate,
                   {{QStringLiteral("type"), type},
                    {QStringLiteral("priority"), priority},
                    {QStringLiteral("location"), QJsonObject{{QStringLiteral("text"), place}}}});
    if (!reply.ok) {
        qWarning("incident.create at %s refused: %s", qPrintable(place),
                 qPrintable(reply.error.message));
        return {};
    }
    return reply.result.value(QStringLiteral("incident")).toObject();
}

void screenshot(QWidget& widget, const QString& name) {
    const QString directory = qEnvironmentVariable("JCC_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        QTest::qWait(300); // layouts and charts settle on posted events
        QVERIFY(widget.grab().save(directory + QLatin1Char('/') + name));
    }
}

} // namespace jcc::console::test
