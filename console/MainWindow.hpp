#pragma once
// The console's main window after login: the alert banner, the incident queue above the incident
// detail, the unit board and the map (docks on the right), liaison requests (dock below), and the
// status bar with the user and the connection indicator. It only composes the widgets; they read
// the models and act through Commands.
#include "console/ServerConnection.hpp"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;

namespace jcc::console {

class AlertBanner;
class Commands;
class ConnectionIndicator;
class IncidentDetailWidget;
class IncidentModel;
class IncidentQueueWidget;
class LiaisonModel;
class LiaisonPanel;
class MapPanel;
class NewIncidentDialog;
class Store;
class Translations;
class UnitBoardWidget;
class UnitModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Shows what `connection` and `store` report and acts through `commands`; all must outlive
    /// the window.
    MainWindow(ServerConnection& connection, Store& store, Commands& commands,
               Translations& translations, QWidget* parent = nullptr);
    ~MainWindow() override;

    IncidentModel& incidentModel() { return *m_incidentModel; }
    UnitModel& unitModel() { return *m_unitModel; }
    QDockWidget* mapDock() const { return m_mapDock; }
    MapPanel& map() { return *m_map; }

    IncidentQueueWidget& queue() { return *m_queue; }
    IncidentDetailWidget& detail() { return *m_detail; }
    UnitBoardWidget& unitBoard() { return *m_unitBoard; }
    LiaisonPanel& liaisonPanel() { return *m_liaisonPanel; }
    NewIncidentDialog& newIncidentDialog() { return *m_newIncident; }
    AlertBanner& alertBanner() { return *m_alert; }

public Q_SLOTS:
    /// Selects the incident in the queue and shows it in the detail (e.g. clicked on the map).
    void showIncident(qint64 incidentId);
    /// A point picked on the map: opens the new-incident form if needed and sets its position.
    void setPickedPoint(double lat, double lon);
    /// Opens (or raises) the shift handover window.
    void openHandover();
    /// Asks for a handover note and sends it (queued while offline).
    void addHandoverNote();

Q_SIGNALS:
    /// The incident shown in the detail changed (0: none); the map can follow it.
    void currentIncidentChanged(qint64 incidentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The constructor's parts, in order.
    void createMenus();
    void createLanguageMenu();
    void createWorkArea();
    void createDocks();
    void createStatusBar();
    void connectWindows();
    void connectStore();
    void retranslateUi();
    /// A role's name in the current language.
    QString roleName(const QString& role) const;
    void updateSession();
    /// The status bar's "Logged in as …", with the agency's short name once a snapshot has it.
    void showUser();
    /// Raises an alert when `incident` is newly offered to this user's side.
    void alertTransferOffer(const QJsonObject& incident);
    void onEvent(jcc::Event event, qint64 seq, const QJsonObject& data);

    ServerConnection& m_connection;
    Store& m_store;
    Commands& m_commands;
    Translations& m_translations;

    IncidentModel* m_incidentModel = nullptr;
    UnitModel* m_unitModel = nullptr;
    LiaisonModel* m_liaisonModel = nullptr;

    AlertBanner* m_alert = nullptr;
    IncidentQueueWidget* m_queue = nullptr;
    IncidentDetailWidget* m_detail = nullptr;
    UnitBoardWidget* m_unitBoard = nullptr;
    LiaisonPanel* m_liaisonPanel = nullptr;
    NewIncidentDialog* m_newIncident = nullptr;
    QDockWidget* m_unitDock = nullptr;
    QDockWidget* m_mapDock = nullptr;
    QDockWidget* m_liaisonDock = nullptr;
    MapPanel* m_map = nullptr;
    qint64 m_pendingSelection = 0; ///< shown before its event arrived; selected when it does

    QMenu* m_sessionMenu = nullptr;
    QAction* m_logOutAction = nullptr;
    QMenu* m_incidentMenu = nullptr;
    QAction* m_newIncidentAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_mineAction = nullptr;
    /// Hand-overs offered to this side already alerted: incident id → offered_at.
    QHash<qint64, QString> m_offersAlerted;
    QAction* m_assignAction = nullptr;
    QMenu* m_shiftMenu = nullptr;
    QAction* m_handoverAction = nullptr;
    QAction* m_handoverNoteAction = nullptr;
    QPointer<QWidget> m_handover; ///< the shift handover window, while open
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QActionGroup* m_languageActions = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_serverLabel = nullptr;
    ConnectionIndicator* m_connectionIndicator = nullptr;
};

} // namespace jcc::console
