#pragma once
// One incident in detail: its fields, editable (a stale version is shown as "changed by X —
// reload or re-apply"); its assignments with the time of each step; its timeline with notes;
// close, cancel, assign; and the caller's details, revealed only on request with a justification
// (incident.caller, which the server writes to the audit trail).
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace jcc::console {

class AssignDialog;
class AssignmentsModel;
class Commands;
class PlanNeedsView;
class ResponsibilityBar;
class Store;
class TimelineModel;

class IncidentDetailWidget : public QWidget {
    Q_OBJECT
public:
    IncidentDetailWidget(Store& store, Commands& commands, QWidget* parent = nullptr);

    /// Shows the incident (0: nothing) and loads its timeline.
    void showIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }
    /// The side of the logged-in user ("CZ" or "SK"), for the hand-over buttons.
    void setUserSide(const QString& side);
    /// Puts the keyboard in the note line, to add to the timeline.
    void focusNote();
    AssignDialog& assignDialog() { return *m_assignDialog; }
    ResponsibilityBar& responsibilityBar() { return *m_responsibility; }
    PlanNeedsView& planNeeds() { return *m_planNeeds; }

public Q_SLOTS:
    /// Opens the assign dialog for the incident shown.
    void assignUnits();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The constructor's parts, in order.
    void createHeader();
    void createConflictBanner();
    void createForm();
    void createLists();
    void layOut();
    void connectForm();
    void connectActions();
    void connectStore();
    void retranslateUi();
    /// Fills the form from `incident`; with `fields`, also the editable fields.
    void fillFrom(const QJsonObject& incident, bool fields);
    /// Fits the time and author columns and scrolls to the newest entry.
    void showLatestEntries();
    void loadTimeline();
    void save(qint64 version);
    QJsonObject changes() const;
    void showConflict(const QJsonObject& current);
    void addNote();
    void closeIncident();
    void cancelIncident();
    void revealCaller();
    void stepAssignment(const QString& status);
    void onStoreRow(int row);

    Store& m_store;
    Commands& m_commands;
    qint64 m_incidentId = 0;
    QJsonObject m_base; ///< the incident the form was filled from
    QJsonObject m_conflictCurrent;
    bool m_dirty = false;
    bool m_filling = false;

    QLabel* m_header = nullptr;
    ResponsibilityBar* m_responsibility = nullptr;
    PlanNeedsView* m_planNeeds = nullptr;
    QFrame* m_conflict = nullptr;
    QLabel* m_conflictText = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_reapply = nullptr;
    QLabel* m_typeLabel = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_priorityLabel = nullptr;
    QComboBox* m_priority = nullptr;
    QLabel* m_locationLabel = nullptr;
    QLineEdit* m_location = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_cancelIncident = nullptr;
    QPushButton* m_callerButton = nullptr;
    QLabel* m_caller = nullptr;
    QLabel* m_assignmentsLabel = nullptr;
    AssignmentsModel* m_assignmentsModel = nullptr;
    QTableView* m_assignments = nullptr;
    QPushButton* m_stepAck = nullptr;
    QPushButton* m_stepEnRoute = nullptr;
    QPushButton* m_stepOnScene = nullptr;
    QPushButton* m_stepCleared = nullptr;
    QLabel* m_timelineLabel = nullptr;
    TimelineModel* m_timelineModel = nullptr;
    QTableView* m_timelineTable = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_addNote = nullptr;
    QLabel* m_message = nullptr;
    AssignDialog* m_assignDialog = nullptr;
};

} // namespace jcc::console
