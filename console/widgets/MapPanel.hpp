#pragma once
// The map dock: the offline border map with the open incidents (priority colours) and the units
// (status colours) as markers, kept in step with their models, plus a toolbar to pick a point for a
// new incident and to fit the region. Clicks are passed on as signals; it never changes anything.
#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QToolButton;

namespace jcc::console {

class IncidentModel;
class MapView;
class UnitModel;

class MapPanel : public QWidget {
    Q_OBJECT
public:
    MapPanel(IncidentModel& incidents, UnitModel& units, QWidget* parent = nullptr);

    MapView& view() { return *m_view; }

public Q_SLOTS:
    /// Rings the incident's marker (0: no selection) and brings it into view.
    void selectIncident(qint64 incidentId);

Q_SIGNALS:
    void incidentClicked(qint64 incidentId);
    void unitClicked(qint64 unitId);
    /// A point picked with "Pick a point": the new incident's position.
    void pointPicked(double lat, double lon);

protected:
    void changeEvent(QEvent* event) override;

private:
    void watch(QAbstractItemModel& model);
    /// Rebuilds every marker from the models (coalesced: models change one row per event).
    void rebuildMarkers();
    void retranslateUi();

    IncidentModel& m_incidents;
    UnitModel& m_units;
    MapView* m_view = nullptr;
    QToolButton* m_pick = nullptr;
    QToolButton* m_fit = nullptr;
    QTimer m_rebuild;
    qint64 m_selectedIncident = 0;
};

} // namespace jcc::console
