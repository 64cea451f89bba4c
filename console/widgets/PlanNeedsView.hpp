#pragma once
// The response plan beside the incident shown: each need of its plan (incident.needs) as filled,
// requested (an assistance request is pending) or open, kept current as assignments and requests
// change; and each request for help still waiting, whom it asks, for what, for how long and
// until when ("Requested from HaZZ TT: 1 × Fire engine, waiting 2 min, due in 8 min").
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
    /// The lines of the requests for help still waiting for an answer, oldest first.
    QStringList waitingRequests() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void fill();
    void onStoreRow(int table, int row);
    /// A request for help still waiting: its line, and whether its due time has passed.
    struct Waiting {
        QString line;
        bool overdue = false;
    };
    QList<Waiting> waiting() const;
    void fillRequests();

    Store& m_store;
    Commands& m_commands;
    qint64 m_incidentId = 0;
    QJsonArray m_needs;
    QTimer m_reload; ///< at most one incident.needs per 300 ms however fast changes come
    QTimer m_tick;   ///< the waiting times and due times count on
    QLabel* m_title = nullptr;
    QHBoxLayout* m_chips = nullptr;
    QLabel* m_requests = nullptr;
};

} // namespace jcc::console
