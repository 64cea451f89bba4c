#pragma once
// The supervisor view's requests and pushes: the handover.*, stats.exchange and plan.list reads,
// the handover.* commands (through the console's outbox, console/store/Commands.hpp) and the
// handover.* events the store passes on, so the view's widgets never send requests themselves.
// A read's handler is called once: with the reply, or with ErrorCode::NotConnected when it could
// not be sent or its connection broke first. A command's handler is called with the server's
// answer, which may come after a reconnect.
#include "common/Catalogue.hpp"
#include "console/Reply.hpp"
#include "console/SessionInfo.hpp"

#include <QObject>
#include <functional>

namespace jcc::console {
class Commands;
class Store;
} // namespace jcc::console

namespace jcc::console::supervisor {

class HandoverClient : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const Reply&)>;

    /// `commands` and `store` must outlive the client; `user` is the one logged in.
    HandoverClient(Commands& commands, Store& store, UserInfo user, QObject* parent = nullptr);

    /// handover.generate: the report of `shift` (the current one when empty) and its state.
    void generate(const QString& shift, Handler handler);
    /// handover.get: a report's state and, once signed, the snapshot its digest covers.
    void get(const QString& shift, Handler handler);
    /// handover.list: reports whose shift starts on local dates `from`..`to` (either may be
    /// empty) and whose remarks or notes contain `query`.
    void list(const QString& from, const QString& to, const QString& query, Handler handler);
    /// handover.remarks against `version`; a stale version is refused with "conflict".
    void setRemarks(const QString& shift, const QString& text, int version, Handler handler);
    /// handover.sign with the signer's own login password (kept in memory only while it waits).
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
    const UserInfo& user() const { return m_user; }
    /// Whether commands go to the server now; onlineChanged() reports every change.
    bool online() const;

Q_SIGNALS:
    /// A handover.* push changed the report of `shift` (noted, remarks, signed, acknowledged).
    void reportChanged(const QString& shift);
    /// The link came up (`online`) or went down.
    void onlineChanged(bool online);

private:
    void read(Op op, const QJsonObject& fields, Handler handler);
    void onEvent(Event event, const QJsonObject& data);

    Commands& m_commands;
    UserInfo m_user;
};

} // namespace jcc::console::supervisor
