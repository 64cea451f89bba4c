#include "console/widgets/PlanNeedsView.hpp"

#include "console/Translations.hpp"
#include "console/models/DomainText.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jcc::console {

namespace {

/// Green when filled, amber while requested, red while open, grey when it does not apply.
QString chipStyle(const QJsonObject& need) {
    const char* colour = !need[QLatin1String("applies")].toBool()       ? "#eeeeee"
                         : need[QLatin1String("open")].toInt() > 0      ? "#ffcdd2"
                         : need[QLatin1String("requested")].toInt() > 0 ? "#ffe082"
                                                                        : "#c8e6c9";
    return QStringLiteral("background: %1; padding: 1px 6px; border-radius: 3px;")
        .arg(QLatin1String(colour));
}

} // namespace

PlanNeedsView::PlanNeedsView(Store& store, Commands& commands, QWidget* parent)
    : QWidget(parent), m_store(store), m_commands(commands) {
    setObjectName(QStringLiteral("planNeeds"));
    m_title = new QLabel(this);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    m_requests = new QLabel(this);
    m_requests->setObjectName(QStringLiteral("waitingRequests"));
    m_requests->setTextFormat(Qt::PlainText);
    auto* plan = new QHBoxLayout;
    plan->addWidget(m_title);
    plan->addLayout(m_chips);
    plan->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(plan);
    layout->addWidget(m_requests);
    m_tick.setInterval(15'000);
    connect(&m_tick, &QTimer::timeout, this, &PlanNeedsView::fillRequests);
    m_tick.start();
    m_reload.setSingleShot(true);
    m_reload.setInterval(300);
    connect(&m_reload, &QTimer::timeout, this, &PlanNeedsView::reload);
    for (auto signal : {&Store::rowInserted, &Store::rowChanged}) {
        connect(&m_store, signal, this,
                [this](Store::Table table, int row) { onStoreRow(static_cast<int>(table), row); });
    }
    connect(&m_store, &Store::resetDone, &m_reload, qOverload<>(&QTimer::start));
    m_title->setText(tr("Plan:"));
}

void PlanNeedsView::showIncident(qint64 incidentId) {
    m_incidentId = incidentId;
    m_needs = {};
    fill();
    fillRequests();
    if (incidentId != 0) {
        reload();
    }
}

void PlanNeedsView::onStoreRow(int table, int row) {
    // Assignments live in the incident; requests for help name it.
    const auto which = static_cast<Store::Table>(table);
    const QJsonObject& entity = m_store.table(which).at(row);
    const bool mine = (which == Store::Table::Incidents &&
                       entity[QLatin1String("id")].toInteger() == m_incidentId) ||
                      (which == Store::Table::Liaison &&
                       entity[QLatin1String("incident_id")].toInteger() == m_incidentId);
    if (m_incidentId != 0 && mine) {
        m_reload.start();
        fillRequests();
    }
}

QList<PlanNeedsView::Waiting> PlanNeedsView::waiting() const {
    QList<Waiting> requests;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString language = Translations::active();
    for (const QJsonObject& request : m_store.liaisonRequests().rows()) {
        const QString status = request[QLatin1String("status")].toString();
        if (m_incidentId == 0 ||
            request[QLatin1String("incident_id")].toInteger() != m_incidentId ||
            request[QLatin1String("kind")].toString() != QLatin1String("assistance_request") ||
            (status != QLatin1String("open") && status != QLatin1String("acknowledged") &&
             status != QLatin1String("answered"))) {
            continue;
        }
        QStringList wanted;
        for (const QJsonValue& need : request[QLatin1String("needs")].toArray()) {
            wanted << QStringLiteral("%1 × %2")
                          .arg(need[QLatin1String("count")].toInt())
                          .arg(m_store.unitTypeName(need[QLatin1String("unit_type")].toString(),
                                                    language));
        }
        const qint64 waited =
            DomainText::parseTime(request[QLatin1String("created_at")].toString()).secsTo(now);
        const qint64 due =
            now.secsTo(DomainText::parseTime(request[QLatin1String("due_at")].toString()));
        const bool answered = status == QLatin1String("answered");
        const QString when = answered   ? tr("other units proposed")
                             : due >= 0 ? tr("due in %1").arg(DomainText::duration(due))
                                        : tr("OVERDUE by %1").arg(DomainText::duration(-due));
        requests.append(
            {tr("Requested from %1: %2, waiting %3, %4")
                 .arg(m_store.agencyShortName(request[QLatin1String("to_agency")].toString()),
                      wanted.join(QStringLiteral(", ")),
                      DomainText::duration(std::max<qint64>(0, waited)), when),
             !answered && due < 0});
    }
    return requests;
}

QStringList PlanNeedsView::waitingRequests() const {
    QStringList lines;
    for (const Waiting& request : waiting()) {
        lines << request.line;
    }
    return lines;
}

void PlanNeedsView::fillRequests() {
    const QList<Waiting> requests = waiting();
    QStringList lines;
    bool overdue = false;
    for (const Waiting& request : requests) {
        lines << request.line;
        overdue = overdue || request.overdue;
    }
    m_requests->setText(lines.join(QLatin1Char('\n')));
    m_requests->setVisible(!lines.isEmpty());
    m_requests->setStyleSheet(overdue ? QStringLiteral("color: #c62828; font-weight: bold;")
                                      : QStringLiteral("color: #8d6e00;"));
}

void PlanNeedsView::reload() {
    const qint64 incidentId = m_incidentId;
    if (incidentId == 0) {
        return;
    }
    m_commands.query(Op::IncidentNeeds, {{QLatin1String("incident_id"), incidentId}},
                     [this, incidentId](const Reply& reply) {
                         if (incidentId != m_incidentId || !reply.ok) {
                             return;
                         }
                         m_needs = reply.result[QLatin1String("needs")].toArray();
                         fill();
                     });
}

QString PlanNeedsView::describe(const QJsonObject& need) const {
    const QString name =
        m_store.unitTypeName(need[QLatin1String("unit_type")].toString(), Translations::active());
    const int count = need[QLatin1String("count")].toInt();
    if (!need[QLatin1String("applies")].toBool()) {
        const bool injuries =
            need[QLatin1String("condition")].toString() == QLatin1String("injuries");
        return injuries ? tr("%1 ×%2 if people are injured").arg(name).arg(count)
                        : tr("%1 ×%2 if the power is out").arg(name).arg(count);
    }
    QString text = tr("%1 %2/%3").arg(name).arg(need[QLatin1String("assigned")].toInt()).arg(count);
    if (const int requested = need[QLatin1String("requested")].toInt(); requested > 0) {
        text += QStringLiteral(" · ") + tr("%1 requested").arg(requested);
    }
    if (const int open = need[QLatin1String("open")].toInt(); open > 0) {
        text += QStringLiteral(" · ") + tr("%1 open").arg(open);
    }
    return text;
}

void PlanNeedsView::fill() {
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_title->setVisible(!m_needs.isEmpty());
    for (const QJsonValue& value : m_needs) {
        const QJsonObject need = value.toObject();
        auto* chip = new QLabel(describe(need), this);
        chip->setTextFormat(Qt::PlainText);
        chip->setStyleSheet(chipStyle(need));
        m_chips->addWidget(chip);
    }
}

void PlanNeedsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_title->setText(tr("Plan:"));
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace jcc::console
