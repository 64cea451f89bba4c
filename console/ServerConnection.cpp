#include "console/ServerConnection.hpp"

#include "common/Catalogue.hpp"
#include "common/Envelope.hpp"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QWebSocket>

namespace jcc::console {

namespace {

constexpr int kLoginTimeoutMs = 20'000;
constexpr int kLogoutTimeoutMs = 5'000;
// A retired socket gets this long to finish its closing handshake.
constexpr int kCloseGraceMs = 2'000;
// One reconnect attempt (TCP, TLS, WebSocket, hello, resume) gets this long.
constexpr int kReconnectTimeoutMs = 10'000;
// Pauses between reconnect rounds double from the first to the last; the next address of a round
// is tried after kNextAddressMs.
constexpr int kFirstBackoffMs = 500;
constexpr int kMaxBackoffMs = 8'000;
constexpr int kNextAddressMs = 200;
// The console pings every kHeartbeatMs; a link silent for kSilenceMs is taken as broken.
constexpr int kHeartbeatMs = 10'000;
constexpr qint64 kSilenceMs = 30'000;

ServerError errorFromJson(const QJsonObject& error) {
    return {error.value(QLatin1String("code")).toString(),
            error.value(QLatin1String("message")).toString(),
            error.value(QLatin1String("field")).toString(), error};
}

bool isUsableUrl(const QUrl& url) {
    return url.isValid() && url.scheme() == QLatin1String("wss") && !url.host().isEmpty();
}

} // namespace

ServerConnection::ServerConnection(CertificatePins& pins, QObject* parent)
    : QObject(parent), m_pins(pins) {
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ServerConnection::onDeadline);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServerConnection::reconnect);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ServerConnection::checkHeartbeat);
}

ServerConnection::~ServerConnection() {
    retireSocket(false);
}

void ServerConnection::logIn(const QUrl& url, const QString& username, const QString& password) {
    logIn(QList<QUrl>{url}, username, password);
}

void ServerConnection::logIn(const QList<QUrl>& urls, const QString& username,
                             const QString& password) {
    retireSocket(false);
    m_retry.stop();
    m_urls = urls;
    m_url = urls.value(0);
    m_loginUrlIndex = 0;
    m_token.clear();
    m_serverInfo = {};
    m_user = {};
    if (urls.isEmpty() || !std::all_of(urls.begin(), urls.end(), isUsableUrl)) {
        setState(State::Disconnected);
        Q_EMIT connectionFailed(tr("the address must have the form wss://host:port/ws"));
        return;
    }
    m_credentials = Credentials{username, password};
    setState(State::Connecting);
    openSocket(m_url, kLoginTimeoutMs);
}

void ServerConnection::openSocket(const QUrl& url, int timeoutMs) {
    m_url = url;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &ServerConnection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &ServerConnection::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &ServerConnection::onSocketError);
    connect(m_socket, &QWebSocket::sslErrors, this, &ServerConnection::onSslErrors);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ServerConnection::onTextMessage);
    connect(m_socket, &QWebSocket::pong, this,
            [this] { m_lastHeardMs = QDateTime::currentMSecsSinceEpoch(); });
    m_deadline.start(timeoutMs);
    m_socket->open(url);
}

void ServerConnection::cancelLogin() {
    if (m_state != State::Connecting && m_state != State::LoggingIn) {
        return;
    }
    retireSocket(m_state == State::LoggingIn);
    setState(State::Disconnected);
}

void ServerConnection::logOut() {
    if (m_state == State::Reconnecting) {
        // No server to tell; the session expires there on its own.
        m_retry.stop();
        m_token.clear();
        finishLogout();
        return;
    }
    if (m_state != State::LoggedIn) {
        return;
    }
    m_token.clear();
    setState(State::LoggingOut);
    m_deadline.start(kLogoutTimeoutMs);
    sendRequest(QStringLiteral("logout"), {}, [this](const Reply& reply) {
        if (!reply.ok) {
            // The session ends locally either way; the server expires it on its own.
            qWarning("logout refused by %s: %s (%s)", qPrintable(m_url.toString()),
                     qPrintable(reply.error.message), qPrintable(reply.error.code));
        }
        finishLogout();
    });
}

qint64 ServerConnection::sendRequest(const QString& op, const QJsonObject& fields,
                                     ReplyHandler handler) {
    if (m_socket == nullptr || m_socket->state() != QAbstractSocket::ConnectedState) {
        qWarning("not sending %s: no open connection to the server", qPrintable(op));
        if (handler) {
            handler(Reply::notConnected(op));
        }
        return 0;
    }
    const qint64 id = ++m_lastId;
    QJsonObject request = fields;
    request.insert(QLatin1String("id"), id);
    request.insert(QLatin1String("op"), op);
    m_pending.insert(id, PendingRequest{op, std::move(handler)});
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    return id;
}

void ServerConnection::setState(State state) {
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ServerConnection::retireSocket(bool graceful) {
    m_deadline.stop();
    m_heartbeat.stop();
    // Their replies will never come: each handler hears so once, after the map is empty (a
    // handler may send again, on the next connection). The session's own requests (hello, login,
    // resume, logout, ping) are followed by the connection's state instead.
    const auto pending = std::exchange(m_pending, {});
    m_credentials.reset();
    if (m_socket != nullptr) {
        closeSocket(graceful);
    }
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        const auto op = opFromString(it->op.toStdString());
        if (it->handler && (!op || kindOf(*op) != OpKind::Session)) {
            Reply reply = Reply::notConnected(it->op);
            reply.id = it.key();
            it->handler(reply);
        }
    }
}

void ServerConnection::closeSocket(bool graceful) {
    QWebSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kCloseGraceMs, socket, &QObject::deleteLater);
        socket->close();
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void ServerConnection::failLogin(const QString& reason) {
    if (m_state == State::Reconnecting) {
        return failAttempt(reason);
    }
    // A server that cannot be reached is followed by the next address, if there is one.
    if (m_credentials && m_loginUrlIndex + 1 < m_urls.size()) {
        qWarning("cannot log in at %s (%s); trying %s", qPrintable(m_url.toString()),
                 qPrintable(reason), qPrintable(m_urls.at(m_loginUrlIndex + 1).toString()));
        const Credentials credentials = *m_credentials;
        retireSocket(false);
        m_credentials = credentials;
        ++m_loginUrlIndex;
        openSocket(m_urls.at(m_loginUrlIndex), kLoginTimeoutMs);
        return;
    }
    retireSocket(false);
    setState(State::Disconnected);
    Q_EMIT connectionFailed(reason);
}

void ServerConnection::finishLogout() {
    retireSocket(true);
    setState(State::Disconnected);
    Q_EMIT loggedOut();
}

void ServerConnection::onConnected() {
    // A certificate the system trusts (a CA's) never reaches onSslErrors; one that the
    // administrator named in console.conf must still be that one.
    const CertificatePins::Check check =
        m_pins.check(m_url, m_socket->sslConfiguration().peerCertificate(), {});
    if (check.verdict == CertificatePins::Verdict::Changed && !check.siteConfigFile.isEmpty()) {
        return rejectCertificate(check);
    }
    sendRequest(QStringLiteral("hello"), {{QLatin1String("protocol"), jcc::kProtocolVersion}},
                [this](const Reply& reply) { onHelloReply(reply); });
}

void ServerConnection::onHelloReply(const Reply& reply) {
    if (!reply.ok && m_state == State::Reconnecting) {
        return failAttempt(tr("hello refused: %1").arg(reply.error.message));
    }
    if (!reply.ok) {
        retireSocket(true);
        setState(State::Disconnected);
        Q_EMIT loginRefused(reply.error);
        return;
    }
    m_serverInfo = {reply.result.value(QLatin1String("server")).toString(),
                    reply.result.value(QLatin1String("version")).toString(),
                    reply.result.value(QLatin1String("node")).toString()};
    if (m_state == State::Reconnecting) {
        sendRequest(QStringLiteral("resume"), {{QLatin1String("token"), m_token}},
                    [this](const Reply& resumeReply) { onResumeReply(resumeReply); });
        return;
    }
    const Credentials credentials = *m_credentials;
    m_credentials.reset();
    setState(State::LoggingIn);
    sendRequest(QStringLiteral("login"),
                {{QLatin1String("username"), credentials.username},
                 {QLatin1String("password"), credentials.password}},
                [this](const Reply& loginReply) { onLoginReply(loginReply); });
}

void ServerConnection::onLoginReply(const Reply& reply) {
    if (!reply.ok) {
        retireSocket(true);
        setState(State::Disconnected);
        Q_EMIT loginRefused(reply.error);
        return;
    }
    const QJsonObject user = reply.result.value(QLatin1String("user")).toObject();
    m_user = {user.value(QLatin1String("id")).toInteger(),
              user.value(QLatin1String("username")).toString(),
              user.value(QLatin1String("full_name")).toString(),
              user.value(QLatin1String("role")).toString(),
              user.value(QLatin1String("agency")).toString(),
              user.value(QLatin1String("country")).toString(),
              user.value(QLatin1String("language")).toString()};
    if (m_user.id == 0 || m_user.username.isEmpty()) {
        return failLogin(tr("the server's login reply does not describe the user"));
    }
    m_token = reply.result.value(QLatin1String("token")).toString();
    m_deadline.stop();
    m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
    m_heartbeat.start();
    setState(State::LoggedIn);
    Q_EMIT loggedIn();
}

void ServerConnection::onResumeReply(const Reply& reply) {
    if (!reply.ok) {
        const auto& error = reply.error;
        if (error.is(ErrorCode::Unauthorized) || error.is(ErrorCode::SessionExpired) ||
            error.is(ErrorCode::AccountDisabled)) {
            return endSession(QWebSocketProtocol::CloseCodePolicyViolated, reply.error.message);
        }
        return failAttempt(tr("resume refused: %1").arg(reply.error.message));
    }
    const QJsonObject user = reply.result.value(QLatin1String("user")).toObject();
    m_user.fullName = user.value(QLatin1String("full_name")).toString();
    m_user.role = user.value(QLatin1String("role")).toString();
    m_user.agency = user.value(QLatin1String("agency")).toString();
    m_user.country = user.value(QLatin1String("country")).toString();
    // The server gives a new token on every resume; the old one soon stops working.
    if (const QString token = reply.result.value(QLatin1String("token")).toString();
        !token.isEmpty()) {
        m_token = token;
    }
    m_deadline.stop();
    m_attempt = 0;
    m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
    m_heartbeat.start();
    qInfo("resumed the session at %s (node %s)", qPrintable(m_url.toString()),
          qPrintable(m_serverInfo.node));
    setState(State::LoggedIn);
    Q_EMIT resumed();
}

void ServerConnection::interrupt(int closeCode, const QString& reason) {
    qWarning("connection to %s broke (%d %s); reconnecting", qPrintable(m_url.toString()),
             closeCode, qPrintable(reason));
    retireSocket(false);
    m_attempt = 0;
    setState(State::Reconnecting);
    Q_EMIT connectionInterrupted(closeCode, reason);
    scheduleReconnect();
}

void ServerConnection::failAttempt(const QString& reason) {
    qWarning("reconnect attempt %d to %s failed: %s", m_attempt, qPrintable(m_url.toString()),
             qPrintable(reason));
    retireSocket(false);
    scheduleReconnect();
}

void ServerConnection::scheduleReconnect() {
    const int addresses = static_cast<int>(std::max<qsizetype>(1, m_urls.size()));
    int delay = kNextAddressMs;
    if (m_attempt % addresses == 0) {
        const int round = std::min(m_attempt / addresses, 4);
        delay = std::min(kMaxBackoffMs, kFirstBackoffMs << round);
        // Up to a fifth more, so that consoles cut off together do not all return at once.
        delay += QRandomGenerator::global()->bounded(delay / 5 + 1);
    }
    m_retry.start(delay);
}

void ServerConnection::reconnect() {
    if (m_state != State::Reconnecting || m_urls.isEmpty()) {
        return;
    }
    const QUrl url = m_urls.at(m_attempt % m_urls.size());
    ++m_attempt;
    openSocket(url, kReconnectTimeoutMs);
}

void ServerConnection::endSession(int closeCode, const QString& reason) {
    retireSocket(false);
    m_retry.stop();
    m_token.clear();
    setState(State::Disconnected);
    Q_EMIT connectionLost(closeCode, reason);
}

void ServerConnection::checkHeartbeat() {
    if (m_socket == nullptr) {
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() - m_lastHeardMs > kSilenceMs) {
        qWarning("%s has been silent for %lld seconds; taking the link as broken",
                 qPrintable(m_url.toString()), kSilenceMs / 1000);
        interrupt(QWebSocketProtocol::CloseCodeAbnormalDisconnection, tr("the server went silent"));
        return;
    }
    m_socket->ping();
}

void ServerConnection::onDisconnected() {
    const int code = m_socket->closeCode();
    const QString reason = m_socket->closeReason();
    switch (m_state) {
    case State::Connecting:
    case State::LoggingIn:
        // A refused connection reports disconnected() before error(); the error says more, so
        // this only speaks when no error() followed.
        QTimer::singleShot(0, this, [this, socket = QPointer<QWebSocket>(m_socket), code, reason] {
            if (socket.isNull() || socket != m_socket) {
                return;
            }
            failLogin(reason.isEmpty()
                          ? tr("the server closed the connection before the login finished")
                          : tr("the server closed the connection: %1 (code %2)")
                                .arg(reason, QString::number(code)));
        });
        break;
    case State::LoggedIn:
        if (code == QWebSocketProtocol::CloseCodePolicyViolated) {
            endSession(code, reason);
        } else {
            interrupt(code, reason);
        }
        break;
    case State::Reconnecting:
        failAttempt(reason.isEmpty() ? tr("connection closed (code %1)").arg(code) : reason);
        break;
    case State::LoggingOut:
        finishLogout();
        break;
    case State::Disconnected:
        break;
    }
}

void ServerConnection::onSocketError() {
    // Once logged in, the disconnected() that follows reports the end of the connection.
    if (m_state == State::Connecting || m_state == State::LoggingIn ||
        m_state == State::Reconnecting) {
        failLogin(m_socket->errorString());
    }
}

void ServerConnection::onSslErrors(const QList<QSslError>& errors) {
    const QSslCertificate certificate = m_socket->sslConfiguration().peerCertificate();
    if (certificate.isNull()) {
        return failLogin(tr("the server presented no TLS certificate"));
    }
    const CertificatePins::Check check = m_pins.check(m_url, certificate, errors);
    if (check.verdict == CertificatePins::Verdict::Trusted) {
        m_socket->ignoreSslErrors();
        return;
    }
    rejectCertificate(check);
}

void ServerConnection::rejectCertificate(const CertificatePins::Check& check) {
    if (m_state == State::Reconnecting) {
        // Nobody to ask while reconnecting: a node with an unconfirmed certificate is skipped.
        return failAttempt(
            tr("the certificate of %1 is not confirmed").arg(CertificatePins::hostPort(m_url)));
    }
    retireSocket(false);
    setState(State::Disconnected);
    Q_EMIT certificateRejected(check);
}

void ServerConnection::onTextMessage(const QString& text) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject()) {
        qWarning("ignoring a frame from %s that is not a JSON object (%s): %s",
                 qPrintable(m_url.toString()), qPrintable(parseError.errorString()),
                 qPrintable(text.left(200)));
        return;
    }
    m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject frame = document.object();
    if (frame.contains(QLatin1String("event"))) {
        Q_EMIT pushReceived(frame.value(QLatin1String("event")).toString(),
                            frame.value(QLatin1String("seq")).toInteger(),
                            frame.value(QLatin1String("data")).toObject());
        return;
    }
    const qint64 id = frame.value(QLatin1String("id")).toInteger();
    const auto pending = m_pending.find(id);
    if (pending == m_pending.end()) {
        qWarning("ignoring a reply from %s to no request of ours: %s", qPrintable(m_url.toString()),
                 qPrintable(text.left(200)));
        return;
    }
    Reply reply;
    reply.id = id;
    reply.op = pending->op;
    reply.ok = frame.value(QLatin1String("ok")).toBool();
    reply.result = frame.value(QLatin1String("result")).toObject();
    reply.error = errorFromJson(frame.value(QLatin1String("error")).toObject());
    const ReplyHandler handler = std::move(pending->handler);
    m_pending.erase(pending);
    if (handler) {
        handler(reply);
    }
    Q_EMIT replyReceived(reply);
}

void ServerConnection::onDeadline() {
    switch (m_state) {
    case State::Connecting:
    case State::LoggingIn:
        failLogin(tr("the server did not answer within %1 seconds").arg(kLoginTimeoutMs / 1000));
        break;
    case State::LoggingOut:
        qWarning("%s did not confirm the logout within %d seconds; closing anyway",
                 qPrintable(m_url.toString()), kLogoutTimeoutMs / 1000);
        finishLogout();
        break;
    case State::Reconnecting:
        failAttempt(tr("no answer within %1 seconds").arg(kReconnectTimeoutMs / 1000));
        break;
    case State::LoggedIn:
    case State::Disconnected:
        break;
    }
}

} // namespace jcc::console
