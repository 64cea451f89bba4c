#include "console/widgets/ResponsibilityBar.hpp"

#include "console/models/DomainText.hpp"
#include "console/store/Commands.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>

namespace jcc::console {

namespace {

QString field(const QJsonObject& object, const char* key) {
    return object[QLatin1String(key)].toString();
}

} // namespace

ResponsibilityBar::ResponsibilityBar(Commands& commands, QWidget* parent)
    : QWidget(parent), m_commands(commands) {
    setObjectName(QStringLiteral("responsibilityBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("responsibilityText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_offer = new QPushButton(this);
    m_offer->setObjectName(QStringLiteral("transferOffer"));
    m_take = new QPushButton(this);
    m_take->setObjectName(QStringLiteral("transferAccept"));
    m_decline = new QPushButton(this);
    m_decline->setObjectName(QStringLiteral("transferDecline"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_offer);
    layout->addWidget(m_take);
    layout->addWidget(m_decline);
    connect(m_offer, &QPushButton::clicked, this, &ResponsibilityBar::offer);
    connect(m_take, &QPushButton::clicked, this, &ResponsibilityBar::take);
    connect(m_decline, &QPushButton::clicked, this, &ResponsibilityBar::decline);
    retranslateUi();
}

QString ResponsibilityBar::otherSide(const QString& side) {
    return side == QLatin1String("CZ") ? QStringLiteral("SK") : QStringLiteral("CZ");
}

void ResponsibilityBar::setUserSide(const QString& side) {
    m_side = side;
    refresh();
}

void ResponsibilityBar::showIncident(const QJsonObject& incident) {
    m_incident = incident;
    refresh();
}

void ResponsibilityBar::refresh() {
    const QString status = field(m_incident, "status");
    const bool open = !m_incident.isEmpty() && status != QLatin1String("closed") &&
                      status != QLatin1String("cancelled");
    const QString responsible = field(m_incident, "responsible_side");
    const QJsonObject transfer = m_incident[QLatin1String("transfer")].toObject();
    const QString to = field(transfer, "to");
    const bool offeredToMe = !to.isEmpty() && to == m_side;
    QString text = m_incident.isEmpty() ? QString() : tr("Responsible: %1").arg(responsible);
    if (!to.isEmpty()) {
        text += QStringLiteral(" · ") +
                tr("offered to %1 by %2 at %3: %4")
                    .arg(to, field(transfer, "offered_by"),
                         DomainText::clock(DomainText::parseTime(field(transfer, "offered_at"))),
                         field(transfer, "reason"));
    }
    m_text->setText(text);
    setStyleSheet(offeredToMe ? QStringLiteral("#responsibilityBar { background: #ffe082; }")
                              : QString());
    m_offer->setText(tr("Hand over to %1…").arg(otherSide(m_side)));
    m_offer->setVisible(open && to.isEmpty() && responsible == m_side);
    m_take->setVisible(open && offeredToMe);
    m_decline->setText(offeredToMe ? tr("Decline…") : tr("Withdraw offer…"));
    m_decline->setVisible(open && !to.isEmpty() && (offeredToMe || responsible == m_side));
}

QString ResponsibilityBar::askReason(const QString& title, const QString& label) {
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, title, label, QLineEdit::Normal, QString(), &ok).trimmed();
    return ok ? reason : QString();
}

void ResponsibilityBar::offer() {
    const QString to = otherSide(m_side);
    const QString reason = askReason(tr("Hand over to %1").arg(to),
                                     tr("Why %1 should take over (they see this):").arg(to));
    if (!reason.isEmpty()) {
        offerWith(reason);
    }
}

void ResponsibilityBar::offerWith(const QString& reason) {
    m_commands.transferIncident(
        Commands::Transfer::Offer, m_incident[QLatin1String("id")].toInteger(),
        m_incident[QLatin1String("version")].toInteger(), reason, [this](const Reply& reply) {
            if (!reply.ok) {
                Q_EMIT refused(tr("Not offered: %1").arg(reply.error.message));
            }
        });
}

void ResponsibilityBar::take() {
    m_commands.transferIncident(
        Commands::Transfer::Accept, m_incident[QLatin1String("id")].toInteger(),
        m_incident[QLatin1String("version")].toInteger(), {}, [this](const Reply& reply) {
            if (!reply.ok) {
                Q_EMIT refused(tr("Not taken over: %1").arg(reply.error.message));
            }
        });
}

void ResponsibilityBar::decline() {
    const bool offeredToMe =
        m_incident[QLatin1String("transfer")][QLatin1String("to")].toString() == m_side;
    const QString reason = offeredToMe
                               ? askReason(tr("Decline the hand-over"),
                                           tr("Why you do not take it over (they see this):"))
                               : askReason(tr("Withdraw the offer"), tr("Why:"));
    if (!reason.isEmpty()) {
        declineWith(reason);
    }
}

void ResponsibilityBar::declineWith(const QString& reason) {
    m_commands.transferIncident(
        Commands::Transfer::Decline, m_incident[QLatin1String("id")].toInteger(),
        m_incident[QLatin1String("version")].toInteger(), reason, [this](const Reply& reply) {
            if (!reply.ok) {
                Q_EMIT refused(tr("Not declined: %1").arg(reply.error.message));
            }
        });
}

void ResponsibilityBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ResponsibilityBar::retranslateUi() {
    m_take->setText(tr("Take over"));
    m_offer->setToolTip(tr("Offer the responsibility for this incident to the other side"));
    refresh();
}

} // namespace jcc::console
