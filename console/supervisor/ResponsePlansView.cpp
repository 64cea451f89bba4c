#include "console/supervisor/ResponsePlansView.hpp"

#include "console/supervisor/HandoverClient.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jcc::console::supervisor {

ResponsePlansView::ResponsePlansView(HandoverClient& client, Namer namer, QWidget* parent)
    : QWidget(parent), m_client(client), m_namer(std::move(namer)) {
    setObjectName(QStringLiteral("responsePlans"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("plansSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_refresh = new QPushButton(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("plansTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_refresh, &QPushButton::clicked, this, &ResponsePlansView::refresh);
    retranslateUi();
}

void ResponsePlansView::refresh() {
    m_client.plans([this](const Reply& reply) {
        if (!reply.ok) {
            m_summary->setText(tr("The plans could not be loaded: %1").arg(reply.error.message));
        } else {
            m_plans = reply.result[QLatin1String("plans")].toArray();
            fill();
        }
        Q_EMIT refreshed();
    });
}

QString ResponsePlansView::nameOf(const QString& kind, const QString& code) const {
    const QString name = m_namer ? m_namer(kind, code) : QString();
    return name.isEmpty() ? code : name;
}

void ResponsePlansView::fill() {
    // One row per incident type and priority; the needs in plan order.
    struct Row {
        QString type;
        int priority;
        QStringList needs;
    };
    QList<Row> rows;
    for (const QJsonValue& value : m_plans) {
        const QString type = value[QLatin1String("incident_type")].toString();
        const int priority = value[QLatin1String("priority")].toInt();
        if (rows.isEmpty() || rows.last().type != type || rows.last().priority != priority) {
            rows.append({type, priority, {}});
        }
        const QString unit =
            nameOf(QStringLiteral("unit_type"), value[QLatin1String("unit_type")].toString());
        const QString condition = value[QLatin1String("condition")].toString();
        QString need = tr("%1 × %2").arg(value[QLatin1String("count")].toInt()).arg(unit);
        if (condition == QLatin1String("injuries")) {
            need = tr("%1 if people are injured").arg(need);
        } else if (condition == QLatin1String("power_out")) {
            need = tr("%1 if the power is out").arg(need);
        }
        rows.last().needs.append(need);
    }
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList texts{nameOf(QStringLiteral("incident_type"), rows.at(row).type),
                                QStringLiteral("P%1").arg(rows.at(row).priority),
                                rows.at(row).needs.join(QStringLiteral(", "))};
        for (int column = 0; column < texts.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_summary->setText(tr("%n plan line(s). Administrators change them with jcc-admin plan set "
                          "and plan reset; recommendations use them at once.",
                          nullptr, static_cast<int>(m_plans.size())));
}

void ResponsePlansView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ResponsePlansView::retranslateUi() {
    m_refresh->setText(tr("Refresh"));
    m_table->setHorizontalHeaderLabels({tr("Incident type"), tr("Priority"), tr("Needs")});
    if (m_plans.isEmpty()) {
        m_summary->setText(tr("What each kind of incident needs, by priority."));
    } else {
        fill();
    }
}

} // namespace jcc::console::supervisor
