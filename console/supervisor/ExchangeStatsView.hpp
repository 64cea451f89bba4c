#pragma once
// Statistics of the cross-border exchange (stats.exchange) as charts over a chosen range of local
// dates, grouped by day, week or month: liaison requests sent per direction, their median
// response time per direction, and incidents by type.
#include <QJsonArray>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace jcc::console::supervisor {

class HandoverClient;

class ExchangeStatsView : public QWidget {
    Q_OBJECT
public:
    /// `client` must outlive the view.
    explicit ExchangeStatsView(HandoverClient& client, QWidget* parent = nullptr);

    /// Sets the range and grouping ("day", "week" or "month") in the fields.
    void setRange(const QDate& from, const QDate& to, const QString& groupBy);
    /// Fetches the statistics for the fields' range and redraws the charts.
    void refresh();

Q_SIGNALS:
    /// The charts show the latest reply (or the summary says why they could not).
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void draw();
    QString periodLabel(const QString& period) const;

    HandoverClient& m_client;
    QJsonArray m_periods;
    QString m_groupBy;

    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_groupLabel = nullptr;
    QComboBox* m_group = nullptr;
    QPushButton* m_show = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_liaison = nullptr;
    QChartView* m_response = nullptr;
    QChartView* m_incidents = nullptr;
};

} // namespace jcc::console::supervisor
