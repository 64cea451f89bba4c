#pragma once
// Keeps the Store in step with the server: subscribes after every login and resume (from the
// store's last seq once it has a baseline, else for a snapshot), feeds pushes to the store, and
// re-subscribes from the last applied seq when the store reports a gap (docs/design.md, decision
// 4).
#include "console/ServerConnection.hpp"

#include <QObject>

namespace jcc::console {

class Store;

class StoreSync : public QObject {
    Q_OBJECT
public:
    /// Both must outlive this object.
    StoreSync(ServerConnection& connection, Store& store, QObject* parent = nullptr);

    /// Whether the last subscribe was answered on the current connection.
    bool isSynced() const { return m_synced; }
    /// How the last subscribe was answered: "snapshot" or "events".
    const QString& lastMode() const { return m_lastMode; }

Q_SIGNALS:
    /// A subscribe was answered and applied; events follow live.
    void synced();
    /// The server refused the subscribe (e.g. forbidden for admins).
    void subscribeFailed(const jcc::console::ServerError& error);

private:
    void subscribe();
    void onSubscribeReply(const Reply& reply);
    void onPush(const QString& event, qint64 seq, const QJsonObject& data);

    ServerConnection& m_connection;
    Store& m_store;
    bool m_subscribing = false;
    bool m_synced = false;
    QString m_lastMode;
};

} // namespace jcc::console
