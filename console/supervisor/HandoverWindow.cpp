#include "console/supervisor/HandoverWindow.hpp"

#include "console/supervisor/ExchangeStatsView.hpp"
#include "console/supervisor/HandoverClient.hpp"
#include "console/supervisor/ReportHistory.hpp"
#include "console/supervisor/ReportView.hpp"
#include "console/supervisor/ResponsePlansView.hpp"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jcc::console::supervisor {

HandoverWindow::HandoverWindow(Commands& commands, Store& store, const UserInfo& user,
                               ResponsePlansView::Namer plansNamer, QWidget* parent)
    : QWidget(parent, Qt::Window), m_user(user) {
    setObjectName(QStringLiteral("handoverWindow"));
    m_client = new HandoverClient(commands, store, user, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("handoverTabs"));
    m_report = new ReportView(*m_client, m_tabs);
    m_history = new ReportHistory(*m_client, m_tabs);
    m_stats = new ExchangeStatsView(*m_client, m_tabs);
    m_plans = new ResponsePlansView(*m_client, std::move(plansNamer), m_tabs);
    m_tabs->addTab(m_report, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_stats, QString());
    m_tabs->addTab(m_plans, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);

    connect(m_history, &ReportHistory::openShift, this, [this](const QString& shift) {
        m_report->showShift(shift);
        m_tabs->setCurrentWidget(m_report);
    });
    // The history and the statistics load when first looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_history && !m_historyLoaded) {
            m_historyLoaded = true;
            m_history->search();
        } else if (m_tabs->widget(index) == m_stats && !m_statsLoaded) {
            m_statsLoaded = true;
            m_stats->refresh();
        } else if (m_tabs->widget(index) == m_plans && !m_plansLoaded) {
            m_plansLoaded = true;
            m_plans->refresh();
        }
    });

    resize(1100, 800);
    retranslateUi();
    m_report->showShift(QString());
}

void HandoverWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HandoverWindow::retranslateUi() {
    setWindowTitle(tr("Shift handover – %1").arg(m_user.fullName));
    m_tabs->setTabText(m_tabs->indexOf(m_report), tr("&Report"));
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("&Past reports"));
    m_tabs->setTabText(m_tabs->indexOf(m_stats), tr("S&tatistics"));
    m_tabs->setTabText(m_tabs->indexOf(m_plans), tr("Response p&lans"));
}

} // namespace jcc::console::supervisor
