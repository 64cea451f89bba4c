#pragma once
// The link to the server as the status bar tells it: its phase, the server and node, and the
// reconnect attempts, so that views never see the connection itself.
#include <QObject>
#include <QString>

namespace jcc::console {

class ServerConnection;

class LinkStatus : public QObject {
    Q_OBJECT
public:
    enum class Phase {
        Online,       ///< logged in
        Connecting,   ///< connecting or logging in
        Reconnecting, ///< the logged-in link broke and is being re-established
        LoggingOut,
        Offline,
    };

    /// `connection` must outlive this object.
    explicit LinkStatus(ServerConnection& connection, QObject* parent = nullptr);

    Phase phase() const;
    /// "host:port" of the current or last server.
    QString server() const;
    /// The node that answered hello (valid while Online).
    QString node() const;
    /// While Reconnecting: how many attempts failed since the link broke.
    int reconnectAttempts() const;

Q_SIGNALS:
    /// Anything above may have changed.
    void changed();

private:
    ServerConnection& m_connection;
};

} // namespace jcc::console
