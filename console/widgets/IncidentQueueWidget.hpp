#pragma once
// The incident queue: a sortable table of incidents with filters for status, priority, type,
// country side and free text, coloured by priority, with counts in its header line.
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace jcc::console {

class IncidentModel;
class IncidentQueueFilter;
class Store;

class IncidentQueueWidget : public QWidget {
    Q_OBJECT
public:
    /// `model` reads `store`; both must outlive the widget.
    IncidentQueueWidget(Store& store, IncidentModel& model, QWidget* parent = nullptr);

    IncidentQueueFilter& filter() { return *m_filter; }
    QTableView* view() const { return m_view; }
    /// Selects the incident's row (clearing filters that hide it).
    void selectIncident(qint64 incidentId);
    /// The selected incident, or 0.
    qint64 currentIncident() const;
    void focusFilter();
    /// The logged-in user, for the "mine" filter.
    void setUser(const QString& agency, const QString& country);
    /// Switches between this user's side's incidents ("mine") and all.
    void toggleMine();

Q_SIGNALS:
    void currentIncidentChanged(qint64 incidentId);
    /// Enter or a double click on an incident (the main window then puts the keyboard in its
    /// note line).
    void incidentActivated(qint64 incidentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The constructor's parts, in order.
    void createFilters();
    void createView();
    void layOut();
    void connectFilters();
    void connectCounts();
    void retranslateUi();
    void fillTypes();
    void applyFilters();
    void updateCounts();
    /// The incidents where the user's side was asked for help, for the "mine" filter.
    QSet<qint64> helpAskedOfMe() const;
    void applySide();

    Store& m_store;
    IncidentModel& m_model;
    IncidentQueueFilter* m_filter = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_counts = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_side = nullptr;
    QTableView* m_view = nullptr;
    QTimer m_countTimer; ///< counts are recomputed at most every 200 ms
    QString m_userAgency;
    QString m_userSide;
};

} // namespace jcc::console
