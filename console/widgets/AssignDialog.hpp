#pragma once
// Assigning units to an incident: the server's recommendation (unit.recommend: the units that
// fill the incident's response plan, soonest by road first, then the other available units with
// distance and ETA), then the other available units of the store. Offline, or for an incident
// without a position, the list is computed from the units' positions in the store. Each row says
// whether the unit is assigned directly or asked for from its agency (decision 0004); Enter
// assigns the selected units, and the server turns those of other agencies into requests.
#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTableWidget;

namespace jcc::console {

class Commands;
class Store;

class AssignDialog : public QDialog {
    Q_OBJECT
public:
    AssignDialog(Store& store, Commands& commands, QWidget* parent = nullptr);

    /// Shows the candidates for `incidentId`, asking the server for its recommendation.
    void start(qint64 incidentId);
    /// Call signs in list order, for tests.
    QStringList callSigns() const;
    QTableWidget* table() const { return m_table; }

    /// The agency of the logged-in user, whose tasking rights decide "assign" or "request from".
    void setUserAgency(const QString& agency) { m_userAgency = agency; }

Q_SIGNALS:
    void assigned(qint64 incidentId, const QList<qint64>& unitIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Candidate {
        QJsonObject unit;
        double distanceM = -1; ///< -1 when unknown
        int etaMin = -1;
        bool recommended = false;
        QString need{};      ///< the plan need's unit type it fills; empty for none
        QString requestTo{}; ///< the agency to ask; empty when the user assigns it
    };

    void retranslateUi();
    /// The server's candidates first, then the other available units of the store (straight-line
    /// distances; "request from" their agency when the user may not task them).
    void fill(const QList<Candidate>& recommended);
    /// Selects every unit that fills a need (the plan fill), or the first unit when none does.
    void selectPlanFill();
    void assignSelected();

    Store& m_store;
    Commands& m_commands;
    qint64 m_incidentId = 0;
    QString m_userAgency;
    QList<Candidate> m_candidates;
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace jcc::console
