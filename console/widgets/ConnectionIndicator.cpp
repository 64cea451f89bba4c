#include "console/widgets/ConnectionIndicator.hpp"

#include "console/PlainText.hpp"
#include "console/models/DomainText.hpp"
#include "console/store/Commands.hpp"
#include "console/store/LinkStatus.hpp"
#include "console/store/Store.hpp"

#include <QEvent>

namespace jcc::console {

ConnectionIndicator::ConnectionIndicator(LinkStatus& link, Store& store, Commands& commands,
                                         QWidget* parent)
    : QLabel(parent), m_link(link), m_store(store), m_commands(commands) {
    setObjectName(QStringLiteral("connectionIndicator"));
    setTextFormat(Qt::RichText);
    connect(&m_link, &LinkStatus::changed, this, &ConnectionIndicator::refresh);
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
    switch (m_link.phase()) {
    case LinkStatus::Phase::Online:
        colour = QStringLiteral("#2e7d32");
        state = tr("Connected to %1 (node %2)").arg(m_link.server(), m_link.node());
        break;
    case LinkStatus::Phase::Reconnecting:
        colour = QStringLiteral("#b26a00");
        state = m_link.reconnectAttempts() == 0
                    ? tr("Reconnecting…")
                    : tr("Reconnecting… (attempt %1)").arg(m_link.reconnectAttempts());
        break;
    case LinkStatus::Phase::Connecting:
        colour = QStringLiteral("#b26a00");
        state = tr("Connecting…");
        break;
    case LinkStatus::Phase::LoggingOut:
        colour = QStringLiteral("#b26a00");
        state = tr("Logging out…");
        break;
    case LinkStatus::Phase::Offline:
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
