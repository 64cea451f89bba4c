#pragma once
// The supervisor view's link to the server: the handover.* and stats.exchange requests (commands
// get a fresh request_id) and the handover.* pushes, so the view's widgets never send requests
// themselves. Each handler is called once: with the reply, or with ErrorCode::NotConnected when
// the request could not be sent or its connection broke first.
#include "common/Catalogue.hpp"
#include "console/ServerConnection.hpp"

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
    void send(Op op, const QJsonObject& fields, Handler handler);
    void command(Op op, QJsonObject fields, Handler handler);
    void onPush(const QString& event, const QJsonObject& data);

    ServerConnection& m_connection;
};

} // namespace jcc::console::supervisor
