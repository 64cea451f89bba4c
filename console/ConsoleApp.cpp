#include "console/ConsoleApp.hpp"

#include "console/LoginDialog.hpp"
#include "console/MainWindow.hpp"

#include <QCoreApplication>
#include <QStatusBar>

namespace jcc::console {

ConsoleApp::ConsoleApp(QObject* parent)
    : QObject(parent), m_connection(m_pins), m_sync(m_connection, m_store),
      m_commands(m_connection) {
    m_translations.apply(Translations::preferredLanguage());
    m_mainWindow = std::make_unique<MainWindow>(m_connection, m_store, m_commands, m_translations);
    m_loginDialog = std::make_unique<LoginDialog>(m_connection, m_pins, m_translations);

    connect(&m_connection, &ServerConnection::loggedIn, this, &ConsoleApp::onLoggedIn);
    connect(&m_connection, &ServerConnection::loggedOut, this, &ConsoleApp::backToLogin);
    connect(&m_connection, &ServerConnection::connectionLost, this, &ConsoleApp::backToLogin);
    // Closing the login dialog without logging in ends the program.
    connect(m_loginDialog.get(), &LoginDialog::rejected, qApp, &QCoreApplication::quit);
    connect(&m_sync, &StoreSync::subscribeFailed, this, [this](const ServerError& error) {
        m_mainWindow->statusBar()->showMessage(
            tr("The server sends no updates to this console: %1").arg(error.message));
    });
}

ConsoleApp::~ConsoleApp() = default;

void ConsoleApp::start(const QString& serverUrl) {
    if (!serverUrl.isEmpty()) {
        m_loginDialog->setServerUrl(serverUrl);
    }
    m_loginDialog->show();
}

void ConsoleApp::onLoggedIn() {
    // Show the main window before the dialog closes, so there is always a window.
    m_mainWindow->show();
    m_mainWindow->activateWindow();
    m_loginDialog->hide();
}

void ConsoleApp::backToLogin() {
    m_loginDialog->prepareForLogin();
    m_loginDialog->show();
    m_loginDialog->activateWindow();
    m_mainWindow->hide();
}

} // namespace jcc::console
