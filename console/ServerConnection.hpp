#pragma once
// The console's only link to jcc-server: a QWebSocket over TLS speaking the JSON protocol
// (hello, then login; requests with ids matched to their replies; pushes). A logged-in connection
// that breaks is re-established on its own: with growing pauses, trying the server addresses in
// order, resuming the session with its token. Widgets use its methods and signals and never see
// the socket.
#include "console/CertificatePins.hpp"
#include "console/Reply.hpp"
#include "console/SessionInfo.hpp"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

class QWebSocket;

namespace jcc::console {

class ServerConnection : public QObject {
    Q_OBJECT
public:
    enum class State {
        Disconnected,
        Connecting, ///< TCP, TLS and WebSocket handshakes, then hello
        LoggingIn,  ///< login sent
        LoggedIn,
        Reconnecting, ///< the logged-in connection broke: waiting, connecting, hello, resume
        LoggingOut,
    };
    Q_ENUM(State)

    using ReplyHandler = std::function<void(const Reply&)>;

    /// `pins` decides about certificates the system does not trust; it must outlive this object.
    explicit ServerConnection(CertificatePins& pins, QObject* parent = nullptr);
    ~ServerConnection() override;

    /// Connects to `url` (wss://host:port/ws) on a fresh socket, sends hello, then login.
    /// Ends in loggedIn(), or one of loginRefused(), connectionFailed(), certificateRejected().
    void logIn(const QUrl& url, const QString& username, const QString& password);
    /// logIn() with failover addresses: a server that cannot be reached is followed by the next,
    /// and reconnects after a broken connection try them in this order.
    void logIn(const QList<QUrl>& urls, const QString& username, const QString& password);
    /// While Reconnecting: how many connection attempts failed since the link broke.
    int reconnectAttempts() const { return m_attempt; }
    /// Abandons a login in progress; nothing is emitted but stateChanged(Disconnected).
    void cancelLogin();
    /// Sends logout and closes the connection; ends in loggedOut().
    void logOut();

    /// Sends `op` with `fields`; returns the request id (ids increase for the object's lifetime),
    /// or 0 when there is no open connection. `handler` is called exactly once: with the reply
    /// (then replyReceived() is emitted), or with Reply::notConnected() when the connection
    /// breaks or closes first, or at once when there is none.
    qint64 sendRequest(const QString& op, const QJsonObject& fields = {},
                       ReplyHandler handler = {});

    /// Where the connection is in its life; stateChanged() reports every change.
    State state() const { return m_state; }
    /// The URL of the current or last connection.
    const QUrl& url() const { return m_url; }
    /// Valid from loggedIn() on.
    const ServerInfo& serverInfo() const { return m_serverInfo; }
    /// Valid from loggedIn() on.
    const UserInfo& user() const { return m_user; }

Q_SIGNALS:
    void stateChanged(jcc::console::ServerConnection::State state);
    /// The server accepted the login; user() and serverInfo() describe the session.
    void loggedIn();
    /// The server answered hello or login with an error (auth_failed, account_locked, ...).
    void loginRefused(const jcc::console::ServerError& error);
    /// The login could not reach the server: `reason` is the socket's or TLS's error, a close
    /// reason, a timeout or an invalid URL.
    void connectionFailed(const QString& reason);
    /// The server's certificate is not trusted (Unknown: the user may confirm it; Changed: refuse).
    void certificateRejected(const jcc::console::CertificatePins::Check& check);
    /// The session ended without logOut() and will not come back by itself: `closeCode` is 1008
    /// when an administrator ended it or the server refused to resume it (`reason` says why).
    void connectionLost(int closeCode, const QString& reason);
    /// A logged-in connection broke (server shutdown 1001, network); reconnecting starts.
    void connectionInterrupted(int closeCode, const QString& reason);
    /// A reconnect resumed the session, on the node at url().
    void resumed();
    /// logOut() finished; the connection is closed.
    void loggedOut();
    /// Every reply, after its request's handler ran.
    void replyReceived(const jcc::console::Reply& reply);
    /// A pushed event {"event", "seq", "data"}.
    void pushReceived(const QString& event, qint64 seq, const QJsonObject& data);

private:
    struct Credentials {
        QString username;
        QString password;
    };
    struct PendingRequest {
        QString op;
        ReplyHandler handler;
    };

    void setState(State state);
    /// Opens a fresh socket to `url`, bounded by `timeoutMs`.
    void openSocket(const QUrl& url, int timeoutMs);
    /// The logged-in connection broke: start reconnecting.
    void interrupt(int closeCode, const QString& reason);
    /// A reconnect attempt failed: log why and schedule the next one.
    void failAttempt(const QString& reason);
    void scheduleReconnect();
    void reconnect();
    /// The session cannot continue: back to Disconnected with connectionLost().
    void endSession(int closeCode, const QString& reason);
    void onResumeReply(const Reply& reply);
    void checkHeartbeat();
    /// Detaches the socket; closes it politely when `graceful`, else aborts it.
    /// Ends the current socket: stops its timers, forgets the credentials and answers every
    /// request still waiting with Reply::notConnected().
    void retireSocket(bool graceful);
    void closeSocket(bool graceful);
    void failLogin(const QString& reason);
    void finishLogout();

    void onConnected();
    void onDisconnected();
    void onSocketError();
    void onSslErrors(const QList<QSslError>& errors);
    /// Ends the attempt on a certificate that is not trusted (asks the user when it is unknown).
    void rejectCertificate(const CertificatePins::Check& check);
    void onTextMessage(const QString& text);
    void onDeadline();
    void onHelloReply(const Reply& reply);
    void onLoginReply(const Reply& reply);

    CertificatePins& m_pins;
    QWebSocket* m_socket = nullptr;
    State m_state = State::Disconnected;
    QUrl m_url;
    QList<QUrl> m_urls;
    int m_loginUrlIndex = 0;                  ///< the address a login is trying
    int m_attempt = 0;                        ///< reconnect attempts since the link broke
    QString m_token;                          ///< the session token, for resume
    std::optional<Credentials> m_credentials; ///< only until login is sent
    ServerInfo m_serverInfo;
    UserInfo m_user;
    qint64 m_lastId = 0;
    QHash<qint64, PendingRequest> m_pending;
    QTimer m_deadline;  ///< bounds a login, logout or reconnect attempt
    QTimer m_retry;     ///< the pause before the next reconnect attempt
    QTimer m_heartbeat; ///< pings the server and notices a silent link
    qint64 m_lastHeardMs = 0;
};

} // namespace jcc::console
