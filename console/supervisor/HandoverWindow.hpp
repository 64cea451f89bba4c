#pragma once
// The supervisor view: a window with the shift handover report (review, remarks, sign-off,
// acknowledgement, PDF and print), the search of past reports and the statistics of the
// cross-border exchange. Operators see it too, read-only. Opened from the main window.
#include "console/SessionInfo.hpp"
#include "console/supervisor/ResponsePlansView.hpp"

#include <QWidget>

class QTabWidget;

namespace jcc::console {
class Commands;
class Store;
} // namespace jcc::console

namespace jcc::console::supervisor {

class ExchangeStatsView;
class HandoverClient;
class ReportHistory;
class ReportView;

class HandoverWindow : public QWidget {
    Q_OBJECT
public:
    /// Shows the current shift's report for `user`, who is logged in; `commands` and `store`
    /// must outlive the window. `plansNamer` names incident and unit types in the plans tab
    /// (codes without it).
    HandoverWindow(Commands& commands, Store& store, const UserInfo& user,
                   ResponsePlansView::Namer plansNamer = {}, QWidget* parent = nullptr);

    ReportView& reportView() const { return *m_report; }
    ReportHistory& history() const { return *m_history; }
    ExchangeStatsView& statistics() const { return *m_stats; }
    ResponsePlansView& plans() const { return *m_plans; }
    HandoverClient& client() const { return *m_client; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    UserInfo m_user;
    HandoverClient* m_client = nullptr;
    QTabWidget* m_tabs = nullptr;
    ReportView* m_report = nullptr;
    ReportHistory* m_history = nullptr;
    ExchangeStatsView* m_stats = nullptr;
    ResponsePlansView* m_plans = nullptr;
    bool m_historyLoaded = false;
    bool m_statsLoaded = false;
    bool m_plansLoaded = false;
};

} // namespace jcc::console::supervisor
