#include "console/MainWindow.hpp"

#include "common/User.hpp"
#include "console/PlainText.hpp"
#include "console/Translations.hpp"
#include "console/models/DomainText.hpp"
#include "console/models/IncidentModel.hpp"
#include "console/models/LiaisonModel.hpp"
#include "console/models/UnitModel.hpp"
#include "console/store/Commands.hpp"
#include "console/store/LinkStatus.hpp"
#include "console/store/Store.hpp"
#include "console/supervisor/HandoverWindow.hpp"
#include "console/widgets/AlertBanner.hpp"
#include "console/widgets/AssignDialog.hpp"
#include "console/widgets/ConnectionIndicator.hpp"
#include "console/widgets/IncidentDetailWidget.hpp"
#include "console/widgets/IncidentQueueWidget.hpp"
#include "console/widgets/LiaisonPanel.hpp"
#include "console/widgets/MapPanel.hpp"
#include "console/widgets/NewIncidentDialog.hpp"
#include "console/widgets/UnitBoardWidget.hpp"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace jcc::console {

namespace {

constexpr int kStatusMessageMs = 10'000;

QDockWidget* makeDock(const QString& name, QWidget* content, QMainWindow* window) {
    auto* dock = new QDockWidget(window);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    return dock;
}

} // namespace

MainWindow::MainWindow(ServerConnection& connection, Store& store, Commands& commands,
                       Translations& translations, QWidget* parent)
    : QMainWindow(parent), m_connection(connection), m_store(store), m_commands(commands),
      m_translations(translations) {
    setObjectName(QStringLiteral("mainWindow"));
    m_incidentModel = new IncidentModel(m_store, this);
    m_unitModel = new UnitModel(m_store, this);
    m_liaisonModel = new LiaisonModel(m_store, this);

    createMenus();
    createLanguageMenu();
    createWorkArea();
    createDocks();
    createStatusBar();
    connectWindows();
    connectStore();
    resize(1560, 960);
    retranslateUi();
}

void MainWindow::createMenus() {
    // Menus and keyboard shortcuts.
    m_logOutAction = new QAction(this);
    m_logOutAction->setObjectName(QStringLiteral("logOut"));
    m_logOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_logOutAction, &QAction::triggered, this, [this] { m_connection.logOut(); });
    m_sessionMenu = menuBar()->addMenu(QString());
    m_sessionMenu->addAction(m_logOutAction);

    m_newIncidentAction = new QAction(this);
    m_newIncidentAction->setObjectName(QStringLiteral("newIncident"));
    m_newIncidentAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_mineAction = new QAction(this);
    m_mineAction->setObjectName(QStringLiteral("toggleMine"));
    m_mineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_assignAction = new QAction(this);
    m_assignAction->setObjectName(QStringLiteral("assignUnits"));
    m_assignAction->setShortcut(QKeySequence(Qt::Key_F4));
    m_incidentMenu = menuBar()->addMenu(QString());
    m_incidentMenu->addAction(m_newIncidentAction);
    m_incidentMenu->addAction(m_assignAction);
    m_incidentMenu->addAction(m_findAction);
    m_incidentMenu->addAction(m_mineAction);
    m_handoverAction = new QAction(this);
    m_handoverAction->setObjectName(QStringLiteral("shiftHandover"));
    m_handoverAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_handoverAction, &QAction::triggered, this, &MainWindow::openHandover);
    m_handoverNoteAction = new QAction(this);
    m_handoverNoteAction->setObjectName(QStringLiteral("handoverNote"));
    m_handoverNoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_handoverNoteAction, &QAction::triggered, this, &MainWindow::addHandoverNote);
    m_shiftMenu = menuBar()->addMenu(QString());
    m_shiftMenu->addAction(m_handoverNoteAction);
    m_shiftMenu->addAction(m_handoverAction);
    m_viewMenu = menuBar()->addMenu(QString());
}

void MainWindow::createLanguageMenu() {
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageActions = new QActionGroup(this);
    for (const auto& language : Translations::languages()) {
        QAction* action = m_languageMenu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        m_languageActions->addAction(action);
    }
    connect(m_languageActions, &QActionGroup::triggered, this, [this](QAction* action) {
        // On failure (logged by Translations) the check mark goes back to the language in use.
        if (!m_translations.choose(action->data().toString())) {
            retranslateUi();
        }
    });
}

void MainWindow::createWorkArea() {
    // The work area: alert banner, queue above detail.
    auto* central = new QWidget(this);
    m_alert = new AlertBanner(central);
    m_queue = new IncidentQueueWidget(m_store, *m_incidentModel, central);
    m_detail = new IncidentDetailWidget(m_store, m_commands, central);
    auto* split = new QSplitter(Qt::Vertical, central);
    split->addWidget(m_queue);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_alert);
    layout->addWidget(split, 1);
    setCentralWidget(central);
}

void MainWindow::createDocks() {
    m_unitBoard = new UnitBoardWidget(m_store, *m_unitModel, m_commands, this);
    m_unitDock = makeDock(QStringLiteral("unitDock"), m_unitBoard, this);
    addDockWidget(Qt::RightDockWidgetArea, m_unitDock);
    m_map = new MapPanel(*m_incidentModel, *m_unitModel, this);
    m_mapDock = makeDock(QStringLiteral("mapDock"), m_map, this);
    addDockWidget(Qt::RightDockWidgetArea, m_mapDock);
    tabifyDockWidget(m_unitDock, m_mapDock);
    m_unitDock->raise();
    m_liaisonPanel = new LiaisonPanel(m_store, *m_liaisonModel, m_commands, this);
    m_liaisonDock = makeDock(QStringLiteral("liaisonDock"), m_liaisonPanel, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_liaisonDock);
    for (QDockWidget* dock : {m_unitDock, m_mapDock, m_liaisonDock}) {
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    resizeDocks({m_unitDock}, {560}, Qt::Horizontal);
    resizeDocks({m_liaisonDock}, {220}, Qt::Vertical);

    m_newIncident = new NewIncidentDialog(m_store, m_commands, this);
}

void MainWindow::createStatusBar() {
    // Status bar: who, where, and the connection.
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("user"));
    m_userLabel->setTextFormat(Qt::PlainText);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("server"));
    m_serverLabel->setTextFormat(Qt::PlainText);
    m_connectionIndicator =
        new ConnectionIndicator(*new LinkStatus(m_connection, this), m_store, m_commands, this);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_connectionIndicator);
    m_serverLabel->hide(); // shown as a tooltip of the user; kept for the address it holds
}

void MainWindow::connectWindows() {
    connect(m_newIncidentAction, &QAction::triggered, m_newIncident, &NewIncidentDialog::start);
    connect(m_findAction, &QAction::triggered, m_queue, &IncidentQueueWidget::focusFilter);
    connect(m_mineAction, &QAction::triggered, m_queue, &IncidentQueueWidget::toggleMine);
    connect(m_assignAction, &QAction::triggered, m_detail, &IncidentDetailWidget::assignUnits);
    connect(m_newIncident, &NewIncidentDialog::created, this, [this](qint64 incidentId) {
        if (incidentId == 0) {
            statusBar()->showMessage(
                tr("Offline: the incident is queued and will be sent on reconnect."),
                kStatusMessageMs);
            return;
        }
        showIncident(incidentId);
        activateWindow();
        m_queue->view()->setFocus();
    });
    connect(m_newIncident, &NewIncidentDialog::attached, this, [this](qint64 incidentId) {
        showIncident(incidentId);
        activateWindow();
        m_queue->view()->setFocus();
    });
    connect(m_queue, &IncidentQueueWidget::currentIncidentChanged, m_detail,
            &IncidentDetailWidget::showIncident);
    connect(m_queue, &IncidentQueueWidget::currentIncidentChanged, this,
            &MainWindow::currentIncidentChanged);
    connect(m_queue, &IncidentQueueWidget::incidentActivated, this, [this](qint64 incidentId) {
        showIncident(incidentId);
        m_detail->focusNote();
    });
    connect(m_alert, &AlertBanner::showIncident, this, &MainWindow::showIncident);
    connect(this, &MainWindow::currentIncidentChanged, m_map, &MapPanel::selectIncident);
    connect(m_map, &MapPanel::incidentClicked, this, &MainWindow::showIncident);
    connect(m_map, &MapPanel::unitClicked, m_unitBoard, &UnitBoardWidget::selectUnit);
    connect(m_map, &MapPanel::pointPicked, this, &MainWindow::setPickedPoint);
}

void MainWindow::connectStore() {
    connect(&m_store, &Store::eventApplied, this, &MainWindow::onEvent);
    connect(&m_store, &Store::rowInserted, this, [this](Store::Table table, int row) {
        if (table == Store::Table::Incidents && m_pendingSelection != 0 &&
            entityId(m_store.incidents().at(row)) == m_pendingSelection) {
            m_pendingSelection = 0;
            m_queue->selectIncident(entityId(m_store.incidents().at(row)));
        }
    });
    connect(&m_commands, &Commands::failed, this,
            [this](const PendingCommand& command, const ServerError& error) {
                statusBar()->showMessage(
                    tr("The server refused %1: %2").arg(command.op, error.message),
                    kStatusMessageMs);
            });
    connect(&m_connection, &ServerConnection::loggedIn, this, &MainWindow::updateSession);
    connect(&m_connection, &ServerConnection::resumed, this, &MainWindow::updateSession);
    // The snapshot brings the agencies' short names for the status bar.
    connect(&m_store, &Store::resetDone, this, &MainWindow::showUser);
}

void MainWindow::openHandover() {
    if (m_handover.isNull()) {
        m_handover = new supervisor::HandoverWindow(
            m_commands, m_store, m_connection.user(),
            [this](const QString& kind, const QString& code) {
                return kind == QLatin1String("unit_type")
                           ? m_store.unitTypeName(code, Translations::active())
                           : m_store.incidentTypeName(code, Translations::active());
            });
        m_handover->setAttribute(Qt::WA_DeleteOnClose);
        // A new login or the end of the session leaves it with nobody to act for.
        connect(&m_connection, &ServerConnection::loggedOut, m_handover.data(), &QWidget::close);
        connect(&m_connection, &ServerConnection::connectionLost, m_handover.data(),
                &QWidget::close);
    }
    m_handover->show();
    m_handover->raise();
    m_handover->activateWindow();
}

void MainWindow::addHandoverNote() {
    // Keyboard-only: Tab leaves the text for OK (it would otherwise insert a tab), Enter there
    // saves; Enter in the text starts a new line.
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("handoverNoteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setWindowTitle(tr("Handover note"));
    dialog->setLabelText(tr("A note for the next shift (it goes into this shift's "
                            "handover report):"));
    dialog->findChild<QPlainTextEdit*>()->setTabChangesFocus(true);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& value) {
        const QString text = value.trimmed();
        if (text.isEmpty()) {
            return;
        }
        m_commands.send(
            Op::HandoverNote, {{QStringLiteral("text"), text}}, [this](const Reply& reply) {
                if (reply.ok) {
                    statusBar()->showMessage(tr("Handover note saved."), kStatusMessageMs);
                }
            });
    });
    dialog->open();
}

MainWindow::~MainWindow() {
    delete m_handover.data(); // a top-level window of its own, not a child
}

void MainWindow::showIncident(qint64 incidentId) {
    // The reply to a command usually arrives before its event: select the row when it comes.
    m_pendingSelection = m_store.incidents().rowOf(incidentId) < 0 ? incidentId : 0;
    m_queue->selectIncident(incidentId);
    m_detail->showIncident(incidentId);
}

void MainWindow::setPickedPoint(double lat, double lon) {
    if (!m_newIncident->isVisible()) {
        m_newIncident->start();
    }
    m_newIncident->setPickedPoint(lat, lon);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    m_sessionMenu->setTitle(tr("&Session"));
    m_logOutAction->setText(tr("&Log out"));
    m_incidentMenu->setTitle(tr("&Incident"));
    m_newIncidentAction->setText(tr("&New incident…"));
    m_findAction->setText(tr("&Find in queue"));
    m_mineAction->setText(tr("&Mine / all incidents"));
    m_assignAction->setText(tr("&Assign units…"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("L&anguage"));
    for (QAction* action : m_languageActions->actions()) {
        action->setChecked(action->data().toString() == m_translations.current());
    }
    m_shiftMenu->setTitle(tr("&Shift"));
    m_handoverAction->setText(tr("Shift &handover report…"));
    m_handoverNoteAction->setText(tr("Add handover &note…"));
    m_unitDock->setWindowTitle(tr("Units"));
    m_mapDock->setWindowTitle(tr("Map"));
    m_liaisonDock->setWindowTitle(tr("Liaison requests"));
    // The models are retranslated by the widgets that show them.
    updateSession();
}

QString MainWindow::roleName(const QString& role) const {
    const auto known = jcc::roleFromString(role.toStdString());
    if (!known) {
        return role;
    }
    switch (*known) {
    case Role::Operator:
        return tr("operator");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Admin:
        return tr("administrator");
    }
    return role;
}

void MainWindow::showUser() {
    const UserInfo& user = m_connection.user();
    m_userLabel->setText(
        tr("Logged in as %1 (%2, %3)")
            .arg(user.fullName, roleName(user.role), m_store.agencyShortName(user.agency)));
}

void MainWindow::updateSession() {
    const UserInfo& user = m_connection.user();
    const ServerInfo& server = m_connection.serverInfo();
    setWindowTitle(user.fullName.isEmpty() ? tr("JCC Dispatch")
                                           : tr("JCC Dispatch – %1").arg(user.fullName));
    showUser();
    m_serverLabel->setText(
        tr("Server: %1 — node %2, %3 %4")
            .arg(m_connection.url().toString(), server.node, server.server, server.version));
    m_userLabel->setToolTip(plainAutoText(m_serverLabel->text()));
    m_liaisonModel->setUser(user.agency, user.country);
    m_unitModel->setUserAgency(user.agency);
    m_liaisonPanel->setUser(user.agency, user.country);
    m_queue->setUser(user.agency, user.country);
    m_detail->assignDialog().setUserAgency(user.agency);
    m_detail->setUserSide(user.country);
    m_connectionIndicator->refresh();
}

void MainWindow::alertTransferOffer(const QJsonObject& incident) {
    const qint64 id = incident[QLatin1String("id")].toInteger();
    const QJsonObject transfer = incident[QLatin1String("transfer")].toObject();
    if (transfer[QLatin1String("to")].toString() != m_connection.user().country) {
        m_offersAlerted.remove(id);
        return;
    }
    const QString offeredAt = transfer[QLatin1String("offered_at")].toString();
    if (m_offersAlerted.value(id) == offeredAt) {
        return;
    }
    m_offersAlerted.insert(id, offeredAt);
    // The other side asks this one to take an incident over: as urgent as a request for help.
    const QString ref = incident[QLatin1String("ref")].toString();
    const QString from = incident[QLatin1String("responsible_side")].toString();
    const QString reason = transfer[QLatin1String("reason")].toString();
    m_alert->raiseAlert(
        [ref, from, reason] { return tr("%1 offers you %2: %3").arg(from, ref, reason); }, id);
}

void MainWindow::onEvent(Event event, qint64, const QJsonObject& data) {
    const QString me = m_connection.user().username;
    if (event == Event::IncidentCreated && data[QLatin1String("priority")].toInt() == 1 &&
        data[QLatin1String("created_by")].toString() != me) {
        const QString ref = data[QLatin1String("ref")].toString();
        const QString type = data[QLatin1String("type")].toString();
        const QString place =
            data[QLatin1String("location")][QLatin1String("municipality")].toString().isEmpty()
                ? data[QLatin1String("location")][QLatin1String("text")].toString()
                : data[QLatin1String("location")][QLatin1String("municipality")].toString();
        m_alert->raiseAlert(
            [this, ref, type, place] {
                return tr("New priority 1 incident %1: %2, %3")
                    .arg(ref, m_store.incidentTypeName(type, Translations::active()), place);
            },
            data[QLatin1String("id")].toInteger());
    } else if (event == Event::LiaisonCreated &&
               data[QLatin1String("kind")].toString() == QLatin1String("assistance_request") &&
               LiaisonModel::sideOf(data, m_connection.user().agency,
                                    m_connection.user().country) == QLatin1String("receiving")) {
        // Help asked of this side: as urgent as a priority 1 incident.
        const qint64 id = data[QLatin1String("id")].toInteger();
        const QString from = data[QLatin1String("from_agency")].toString();
        const QString subject = data[QLatin1String("subject")].toString();
        m_alert->raiseAlert([this, from, subject] {
            return tr("%1 asks for help: %2").arg(m_store.agencyShortName(from), subject);
        });
        m_liaisonPanel->selectRequest(id);
        m_liaisonDock->raise();
    } else if (event == Event::IncidentUpdated) {
        alertTransferOffer(data);
    } else if (event == Event::LiaisonOverdue &&
               !LiaisonModel::sideOf(data, m_connection.user().agency, m_connection.user().country)
                    .isEmpty()) {
        const qint64 id = data[QLatin1String("id")].toInteger();
        const QString subject = data[QLatin1String("subject")].toString();
        m_alert->raiseAlert(
            [id, subject] { return tr("Liaison request %1 is overdue: %2").arg(id).arg(subject); });
        m_liaisonDock->raise();
    }
}

} // namespace jcc::console
