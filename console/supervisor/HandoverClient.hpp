#pragma once
// The supervisor view's link to the server: the handover.* and stats.exchange requests (commands
// get a fresh request_id) and the handover.* pushes, so the view's widgets never send requests
// themselves. Replies go to the handler given with each request; when the connection breaks
// first, the handler gets a "connection_lost" error instead.
#include "common/Catalogue.hpp"
#include "console/ServerConnection.hpp"

#include <QHash>
#include <QObject>

namespace jcc::console::supervisor {

class HandoverClient : public QObject {
    Q_OBJECT
public:
    using Handler = ServerConnection::ReplyHandler;

    /// `connection` must outlive the client.
    explicit HandoverClient(ServerConnection& connection, QObject* parent = nullptr);

    /// handover.generate: the report of `shift` (the current one when empty) and its state.
    void generate(const QString& shift, Handler handler);
    /// handover.get: a report's state and, once signed, the snapshot its digest covers.
    void get(const QString& shift, Handler handler);
    /// handover.list: reports whose shift starts on local dates `from`..`to` (either may be
    /// empty) and whose remarks or notes contain `query`.
    void list(const QString& from, const QString& to, const QString& query, Handler handler);
    /// handover.remarks against `version`; a stale version is refused with "conflict".
    void setRemarks(const QString& shift, const QString& text, int version, Handler handler);
    /// handover.sign with the signer's own login password.
    void sign(const QString& shift, const QString& password, Handler handler);
    /// handover.acknowledge by the next shift's supervisor.
    void acknowledge(const QString& shift, Handler handler);
    /// stats.exchange from `from` to `to` (local dates, inclusive) grouped by "day", "week" or
    /// "month".
    void exchangeStats(const QString& from, const QString& to, const QString& groupBy,
                       Handler handler);

    /// plan.list: every response plan, by incident type, priority and plan order.
    void plans(Handler handler);

    /// The logged-in user.
    const UserInfo& user() const { return m_connection.user(); }

Q_SIGNALS:
    /// A handover.* push changed the report of `shift` (noted, remarks, signed, acknowledged).
    void reportChanged(const QString& shift);

private:
    /// Sends `op`; a request that cannot be sent is answered at once with "not_connected".
    void send(Op op, const QJsonObject& fields, Handler handler);
    void command(Op op, QJsonObject fields, Handler handler);
    void onPush(const QString& event, const QJsonObject& data);
    /// Answers every request still waiting with "connection_lost".
    void failPending();

    ServerConnection& m_connection;
    QHash<qint64, Handler> m_pending; ///< request id → handler, until the reply comes
};

} // namespace jcc::console::supervisor
