#pragma once
// The login window: username, password, server address and language. Logs in through
// ServerConnection, asks before trusting an unknown server certificate, and explains every
// failure specifically in the chosen language.
#include "console/CertificatePins.hpp"
#include "console/ServerConnection.hpp"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace jcc::console {

class Translations;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    /// Server address used when none is remembered.
    static constexpr const char* kDefaultServerUrl = "wss://127.0.0.1:8443/ws";

    /// Fills in the remembered server address and username (never a password).
    LoginDialog(ServerConnection& connection, CertificatePins& pins, Translations& translations,
                QWidget* parent = nullptr);

    /// Uses `url` instead of the remembered server address.
    void setServerUrl(const QString& url);
    /// Readies the dialog for a login: password cleared, focus in the username field, or in the
    /// password field when the username is known.
    void prepareForLogin();

protected:
    void changeEvent(QEvent* event) override;
    /// Escape or Cancel: abandons a login in progress; otherwise closes the dialog.
    void reject() override;

private:
    // The constructor's parts, in order.
    void createFields();
    void layOut();
    void connectSignals();
    void fillRemembered();
    enum class Severity { Info, Error };

    void retranslateUi();
    void logIn();
    void setBusy(bool busy);
    /// Shows a message; `text` is called again whenever the language changes.
    void showMessage(Severity severity, std::function<QString()> text);
    void updateMessage();
    void clearMessage();
    void askToTrust(const CertificatePins::Check& check);

    void onStateChanged(ServerConnection::State state);
    void onLoggedIn();
    void onLoginRefused(const ServerError& error);
    void onConnectionFailed(const QString& reason);
    void onCertificateRejected(const CertificatePins::Check& check);
    void onConnectionLost(int closeCode, const QString& reason);
    void onLoggedOut();

    ServerConnection& m_connection;
    CertificatePins& m_pins;
    Translations& m_translations;

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLineEdit* m_server = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_logInButton = nullptr;
    QPushButton* m_cancelButton = nullptr;

    bool m_busy = false;
    Severity m_severity = Severity::Info;
    std::function<QString()> m_messageText = [] { return QString(); };
    QString m_attemptUrl;      ///< the server of the login in progress or last tried
    QString m_attemptUsername; ///< the username of the login in progress or last tried
};

} // namespace jcc::console
