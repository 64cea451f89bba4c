#include "console/store/LinkStatus.hpp"

#include "console/CertificatePins.hpp"
#include "console/ServerConnection.hpp"

namespace jcc::console {

LinkStatus::LinkStatus(ServerConnection& connection, QObject* parent)
    : QObject(parent), m_connection(connection) {
    connect(&m_connection, &ServerConnection::stateChanged, this, &LinkStatus::changed);
    connect(&m_connection, &ServerConnection::resumed, this, &LinkStatus::changed);
}

LinkStatus::Phase LinkStatus::phase() const {
    switch (m_connection.state()) {
    case ServerConnection::State::LoggedIn:
        return Phase::Online;
    case ServerConnection::State::Connecting:
    case ServerConnection::State::LoggingIn:
        return Phase::Connecting;
    case ServerConnection::State::Reconnecting:
        return Phase::Reconnecting;
    case ServerConnection::State::LoggingOut:
        return Phase::LoggingOut;
    case ServerConnection::State::Disconnected:
        break;
    }
    return Phase::Offline;
}

QString LinkStatus::server() const {
    return CertificatePins::hostPort(m_connection.url());
}

QString LinkStatus::node() const {
    return m_connection.serverInfo().node;
}

int LinkStatus::reconnectAttempts() const {
    return m_connection.reconnectAttempts();
}

} // namespace jcc::console
