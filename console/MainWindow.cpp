#include "console/MainWindow.hpp"

#include "common/User.hpp"
#include "console/Translations.hpp"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace jcc::console {

MainWindow::MainWindow(ServerConnection& connection, Translations& translations, QWidget* parent)
    : QMainWindow(parent), m_connection(connection), m_translations(translations) {
    setObjectName(QStringLiteral("mainWindow"));

    m_logOutAction = new QAction(this);
    m_logOutAction->setObjectName(QStringLiteral("logOut"));
    m_logOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_logOutAction, &QAction::triggered, this, [this] { m_connection.logOut(); });
    m_sessionMenu = menuBar()->addMenu(QString());
    m_sessionMenu->addAction(m_logOutAction);

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

    auto* central = new QWidget(this);
    m_userLabel = new QLabel(central);
    m_userLabel->setObjectName(QStringLiteral("user"));
    QFont userFont = m_userLabel->font();
    userFont.setPointSizeF(userFont.pointSizeF() * 1.3);
    userFont.setBold(true);
    m_userLabel->setFont(userFont);
    m_userLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverLabel = new QLabel(central);
    m_serverLabel->setObjectName(QStringLiteral("server"));
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_userLabel);
    layout->addWidget(m_serverLabel);
    layout->addStretch();
    setCentralWidget(central);

    m_connectionIndicator = new QLabel(this);
    m_connectionIndicator->setObjectName(QStringLiteral("connectionIndicator"));
    statusBar()->addWidget(m_connectionIndicator);

    connect(&m_connection, &ServerConnection::loggedIn, this, &MainWindow::updateSession);
    connect(&m_connection, &ServerConnection::stateChanged, this,
            &MainWindow::updateConnectionIndicator);

    resize(960, 640);
    retranslateUi();
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
    m_languageMenu->setTitle(tr("L&anguage"));
    for (QAction* action : m_languageActions->actions()) {
        action->setChecked(action->data().toString() == m_translations.current());
    }
    updateSession();
    updateConnectionIndicator();
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

void MainWindow::updateSession() {
    const UserInfo& user = m_connection.user();
    const ServerInfo& server = m_connection.serverInfo();
    setWindowTitle(user.fullName.isEmpty() ? tr("JCC Dispatch")
                                           : tr("JCC Dispatch – %1").arg(user.fullName));
    m_userLabel->setText(
        tr("Logged in as %1 (%2, %3)").arg(user.fullName, roleName(user.role), user.agency));
    m_serverLabel->setText(
        tr("Server: %1 — node %2, %3 %4")
            .arg(m_connection.url().toString(), server.node, server.server, server.version));
}

void MainWindow::updateConnectionIndicator() {
    QString colour;
    QString text;
    switch (m_connection.state()) {
    case ServerConnection::State::LoggedIn:
        colour = QStringLiteral("#2e7d32");
        text = tr("Connected to %1").arg(CertificatePins::hostPort(m_connection.url()));
        break;
    case ServerConnection::State::Connecting:
    case ServerConnection::State::LoggingIn:
        colour = QStringLiteral("#b26a00");
        text = tr("Connecting…");
        break;
    case ServerConnection::State::LoggingOut:
        colour = QStringLiteral("#b26a00");
        text = tr("Logging out…");
        break;
    case ServerConnection::State::Disconnected:
        colour = QStringLiteral("#c62828");
        text = tr("Disconnected");
        break;
    }
    m_connectionIndicator->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                                       .arg(colour, text.toHtmlEscaped()));
    m_connectionIndicator->setToolTip(text);
}

} // namespace jcc::console
