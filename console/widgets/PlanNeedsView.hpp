#pragma once
// The response plan beside the incident shown: each need of its plan (incident.needs) as filled,
// requested (an assistance request is pending) or open, kept current as assignments and requests
// change.
#include <QJsonArray>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace jcc::console {

class Commands;
class Store;

class PlanNeedsView : public QWidget {
    Q_OBJECT
public:
    PlanNeedsView(Store& store, Commands& commands, QWidget* parent = nullptr);

    /// Shows the plan of incident `incidentId` (0: nothing).
    void showIncident(qint64 incidentId);
    /// The needs shown, as incident.needs answered.
    const QJsonArray& needs() const { return m_needs; }
    /// One need as the user reads it: "Fire engine 1/2 · 1 requested".
    QString describe(const QJsonObject& need) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void fill();
    void onStoreRow(int table, int row);

    Store& m_store;
    Commands& m_commands;
    qint64 m_incidentId = 0;
    QJsonArray m_needs;
    QTimer m_reload; ///< at most one incident.needs per 300 ms however fast changes come
    QLabel* m_title = nullptr;
    QHBoxLayout* m_chips = nullptr;
};

} // namespace jcc::console
