#pragma once
// The console's parts and windows: the connection, the store kept in step with the server, the
// command outbox; the login dialog until a login succeeds, then the main window until the user
// logs out or the server ends the session (a broken link only reconnects), then the login dialog.
#include "console/CertificatePins.hpp"
#include "console/ServerConnection.hpp"
#include "console/Translations.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"
#include "console/store/StoreSync.hpp"

#include <QObject>
#include <memory>

namespace jcc::console {

class LoginDialog;
class MainWindow;

class ConsoleApp : public QObject {
    Q_OBJECT
public:
    /// Installs the preferred language and builds the windows (needs a QApplication).
    explicit ConsoleApp(QObject* parent = nullptr);
    ~ConsoleApp() override;

    /// Shows the login dialog; a non-empty `serverUrl` replaces the remembered server address.
    void start(const QString& serverUrl = {});

    /// The parts, for tests that drive the windows.
    ServerConnection& connection() { return m_connection; }
    Store& store() { return m_store; }
    StoreSync& sync() { return m_sync; }
    Commands& commands() { return m_commands; }
    LoginDialog& loginDialog() { return *m_loginDialog; }
    MainWindow& mainWindow() { return *m_mainWindow; }

private:
    void onLoggedIn();
    void backToLogin();

    Translations m_translations;
    CertificatePins m_pins;
    ServerConnection m_connection;
    Store m_store;
    StoreSync m_sync;
    Commands m_commands;
    // The windows use the connection, so they are destroyed first.
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<LoginDialog> m_loginDialog;
};

} // namespace jcc::console
