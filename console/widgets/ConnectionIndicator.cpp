#include "console/widgets/ConnectionIndicator.hpp"

#include "console/CertificatePins.hpp"
#include "console/PlainText.hpp"
#include "console/ServerConnection.hpp"
#include "console/models/DomainText.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"

#include <QEvent>

namespace jcc::console {

ConnectionIndicator::ConnectionIndicator(ServerConnection& connection, Store& store,
                                         Commands& commands, QWidget* parent)
    : QLabel(parent), m_connection(connection), m_store(store), m_commands(commands) {
    setObjectName(QStringLiteral("connectionIndicator"));
    setTextFormat(Qt::RichText);
    connect(&m_connection, &ServerConnection::stateChanged, this, &ConnectionIndicator::refresh);
    connect(&m_connection, &ServerConnection::resumed, this, &ConnectionIndicator::refresh);
    connect(&m_store, &Store::eventApplied, this, &ConnectionIndicator::refresh);
    connect(&m_store, &Store::resetDone, this, &ConnectionIndicator::refresh);
    connect(&m_commands, &Commands::queueChanged, this, &ConnectionIndicator::refresh);
    refresh();
}

void ConnectionIndicator::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QLabel::changeEvent(event);
}

void ConnectionIndicator::refresh() {
    QString colour;
    QString state;
    switch (m_connection.state()) {
    case ServerConnection::State::LoggedIn:
        colour = QStringLiteral("#2e7d32");
        state =
            tr("Connected to %1 (node %2)")
                .arg(CertificatePins::hostPort(m_connection.url()), m_connection.serverInfo().node);
        break;
    case ServerConnection::State::Reconnecting:
        colour = QStringLiteral("#b26a00");
        state = m_connection.reconnectAttempts() == 0
                    ? tr("Reconnecting…")
                    : tr("Reconnecting… (attempt %1)").arg(m_connection.reconnectAttempts());
        break;
    case ServerConnection::State::Connecting:
    case ServerConnection::State::LoggingIn:
        colour = QStringLiteral("#b26a00");
        state = tr("Connecting…");
        break;
    case ServerConnection::State::LoggingOut:
        colour = QStringLiteral("#b26a00");
        state = tr("Logging out…");
        break;
    case ServerConnection::State::Disconnected:
        colour = QStringLiteral("#c62828");
        state = tr("Offline");
        break;
    }
    QStringList parts{state};
    if (m_store.lastEventAt().isValid()) {
        parts.append(tr("last event %1").arg(DomainText::clock(m_store.lastEventAt())));
    }
    const int queued = m_commands.queuedCount();
    if (queued > 0) {
        parts.append(tr("%n command(s) pending", nullptr, queued));
    }
    const QString text = parts.join(QStringLiteral(" · "));
    setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                .arg(colour, text.toHtmlEscaped()));
    setToolTip(plainAutoText(text));
}

} // namespace jcc::console
