#include "console/ServerConnection.hpp"

#include "common/Envelope.hpp"

#include <QJsonDocument>
#include <QPointer>
#include <QWebSocket>

namespace jcc::console {

namespace {

constexpr int kLoginTimeoutMs = 20'000;
constexpr int kLogoutTimeoutMs = 5'000;
// A retired socket gets this long to finish its closing handshake.
constexpr int kCloseGraceMs = 2'000;

ServerError errorFromJson(const QJsonObject& error) {
    return {error.value(QLatin1String("code")).toString(),
            error.value(QLatin1String("message")).toString(),
            error.value(QLatin1String("field")).toString()};
}

} // namespace

ServerConnection::ServerConnection(CertificatePins& pins, QObject* parent)
    : QObject(parent), m_pins(pins) {
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ServerConnection::onDeadline);
}

ServerConnection::~ServerConnection() {
    retireSocket(false);
}

void ServerConnection::logIn(const QUrl& url, const QString& username, const QString& password) {
    retireSocket(false);
    m_url = url;
    m_serverInfo = {};
    m_user = {};
    if (!url.isValid() || url.scheme() != QLatin1String("wss") || url.host().isEmpty()) {
        setState(State::Disconnected);
        Q_EMIT connectionFailed(tr("the address must have the form wss://host:port/ws"));
        return;
    }
    m_credentials = Credentials{username, password};
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &ServerConnection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &ServerConnection::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &ServerConnection::onSocketError);
    connect(m_socket, &QWebSocket::sslErrors, this, &ServerConnection::onSslErrors);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ServerConnection::onTextMessage);
    setState(State::Connecting);
    m_deadline.start(kLoginTimeoutMs);
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
    if (m_state != State::LoggedIn) {
        return;
    }
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
    m_pending.clear();
    m_credentials.reset();
    if (m_socket == nullptr) {
        return;
    }
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
    sendRequest(QStringLiteral("hello"), {{QLatin1String("protocol"), jcc::kProtocolVersion}},
                [this](const Reply& reply) { onHelloReply(reply); });
}

void ServerConnection::onHelloReply(const Reply& reply) {
    if (!reply.ok) {
        retireSocket(true);
        setState(State::Disconnected);
        Q_EMIT loginRefused(reply.error);
        return;
    }
    m_serverInfo = {reply.result.value(QLatin1String("server")).toString(),
                    reply.result.value(QLatin1String("version")).toString(),
                    reply.result.value(QLatin1String("node")).toString()};
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
    m_deadline.stop();
    setState(State::LoggedIn);
    Q_EMIT loggedIn();
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
            failLogin(
                reason.isEmpty()
                    ? tr("the server closed the connection before the login finished")
                    : tr("the server closed the connection: %1 (code %2)").arg(reason).arg(code));
        });
        break;
    case State::LoggedIn:
        retireSocket(false);
        setState(State::Disconnected);
        Q_EMIT connectionLost(code, reason);
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
    if (m_state == State::Connecting || m_state == State::LoggingIn) {
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
    case State::LoggedIn:
    case State::Disconnected:
        break;
    }
}

} // namespace jcc::console
