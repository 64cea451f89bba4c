#include "console/LoginDialog.hpp"

#include "common/ErrorCode.hpp"
#include "console/PlainText.hpp"
#include "console/SiteConfig.hpp"
#include "console/Translations.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>
#include <QWebSocketProtocol>

namespace jcc::console {

namespace {

const QString kServerUrlKey = QStringLiteral("login/serverUrl");
const QString kUsernameKey = QStringLiteral("login/username");

// 32 hex pairs are too wide for one line of a dialog; two lines of 16 read well.
QString twoLineFingerprint(const QString& fingerprint) {
    const QStringList pairs = fingerprint.split(QLatin1Char(':'));
    if (pairs.size() <= 16) {
        return fingerprint;
    }
    return pairs.mid(0, 16).join(QLatin1Char(':')) + QLatin1String(":\n") +
           pairs.mid(16).join(QLatin1Char(':'));
}

} // namespace

LoginDialog::LoginDialog(ServerConnection& connection, CertificatePins& pins,
                         Translations& translations, QWidget* parent)
    : QDialog(parent), m_connection(connection), m_pins(pins), m_translations(translations) {
    setObjectName(QStringLiteral("loginDialog"));

    createFields();
    layOut();
    connectSignals();
    fillRemembered();
    retranslateUi();
    prepareForLogin();
}

void LoginDialog::createFields() {
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const auto& language : Translations::languages()) {
        m_language->addItem(language.nativeName, language.code);
    }

    m_usernameLabel = new QLabel(this);
    m_usernameLabel->setObjectName(QStringLiteral("usernameLabel"));
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void LoginDialog::layOut() {
    auto* buttons = new QDialogButtonBox(this);
    m_logInButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_logInButton->setObjectName(QStringLiteral("logIn"));
    m_logInButton->setDefault(true);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setAutoDefault(false);
    connect(m_logInButton, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(fontMetrics().lineSpacing());
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_server);
    setTabOrder(m_server, m_language);
    setTabOrder(m_language, m_logInButton);
    setTabOrder(m_logInButton, m_cancelButton);
}

void LoginDialog::connectSignals() {
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        // On failure (logged by Translations) the list goes back to the language in use.
        if (!m_translations.choose(m_language->itemData(index).toString())) {
            retranslateUi();
        }
    });
    connect(&m_connection, &ServerConnection::stateChanged, this, &LoginDialog::onStateChanged);
    connect(&m_connection, &ServerConnection::loggedIn, this, &LoginDialog::onLoggedIn);
    connect(&m_connection, &ServerConnection::loginRefused, this, &LoginDialog::onLoginRefused);
    connect(&m_connection, &ServerConnection::connectionFailed, this,
            &LoginDialog::onConnectionFailed);
    connect(&m_connection, &ServerConnection::certificateRejected, this,
            &LoginDialog::onCertificateRejected);
    connect(&m_connection, &ServerConnection::connectionLost, this, &LoginDialog::onConnectionLost);
    connect(&m_connection, &ServerConnection::loggedOut, this, &LoginDialog::onLoggedOut);
}

void LoginDialog::fillRemembered() {
    const QSettings settings;
    // The address this user last logged in to; else the centre's (console.conf); else the default.
    const QStringList siteUrls = SiteConfig().serverUrls();
    const QString defaultUrl = siteUrls.isEmpty() ? QString::fromLatin1(kDefaultServerUrl)
                                                  : siteUrls.join(QStringLiteral(", "));
    m_server->setText(settings.value(kServerUrlKey, defaultUrl).toString());
    m_username->setText(settings.value(kUsernameKey).toString());
}

void LoginDialog::setServerUrl(const QString& url) {
    m_server->setText(url);
}

void LoginDialog::prepareForLogin() {
    m_password->clear();
    if (m_username->text().isEmpty()) {
        m_username->setFocus();
    } else {
        m_password->setFocus();
    }
}

void LoginDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void LoginDialog::reject() {
    if (m_busy) {
        m_connection.cancelLogin();
        showMessage(Severity::Info, [] { return tr("Login cancelled."); });
        m_password->setFocus();
        return;
    }
    QDialog::reject();
}

void LoginDialog::retranslateUi() {
    setWindowTitle(tr("JCC Dispatch – Log in"));
    m_title->setText(tr("JCC Dispatch"));
    m_subtitle->setText(tr("Joint Czech–Slovak police contact centre"));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_serverLabel->setText(tr("&Server:"));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_server->setPlaceholderText(QString::fromLatin1(kDefaultServerUrl));
    m_logInButton->setText(tr("&Log in"));
    m_cancelButton->setText(m_busy ? tr("Cancel") : tr("&Quit"));
    const int current = m_language->findData(m_translations.current());
    if (current >= 0) {
        m_language->setCurrentIndex(current);
    }
    updateMessage();
}

void LoginDialog::logIn() {
    if (m_busy) {
        return;
    }
    const QString username = m_username->text().trimmed().toLower();
    m_username->setText(username);
    const QString url = m_server->text().trimmed();
    if (username.isEmpty()) {
        showMessage(Severity::Error, [] { return tr("Enter your username."); });
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showMessage(Severity::Error, [] { return tr("Enter your password."); });
        m_password->setFocus();
        return;
    }
    if (url.isEmpty()) {
        showMessage(Severity::Error, [] {
            return tr("Enter the server address, for example %1.")
                .arg(QString::fromLatin1(kDefaultServerUrl));
        });
        m_server->setFocus();
        return;
    }
    m_attemptUrl = url;
    m_attemptUsername = username;
    // Several addresses, separated by spaces or commas, are the nodes to fail over to, in order.
    QList<QUrl> urls;
    for (const QString& part :
         url.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        urls.append(QUrl(part));
    }
    m_connection.logIn(urls, username, m_password->text());
}

void LoginDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QWidget* input : {static_cast<QWidget*>(m_username), static_cast<QWidget*>(m_password),
                           static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_language),
                           static_cast<QWidget*>(m_logInButton)}) {
        input->setEnabled(!busy);
    }
    m_cancelButton->setText(busy ? tr("Cancel") : tr("&Quit"));
    if (busy) {
        m_cancelButton->setFocus();
    }
}

void LoginDialog::showMessage(Severity severity, std::function<QString()> text) {
    m_severity = severity;
    m_messageText = std::move(text);
    updateMessage();
}

void LoginDialog::updateMessage() {
    m_message->setText(m_messageText());
    m_message->setAccessibleDescription(m_message->text());
    m_message->setStyleSheet(
        m_severity == Severity::Error
            ? QStringLiteral("QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid "
                             "#f1aeb5; border-radius: 4px; padding: 6px; }")
            : QStringLiteral("QLabel { padding: 7px; }"));
    // A top-level layout ignores a word-wrapped label's height for its width; without this a
    // long message squeezes the fields instead of growing the dialog.
    layout()->activate();
    adjustSize();
}

void LoginDialog::clearMessage() {
    showMessage(Severity::Info, [] { return QString(); });
}

void LoginDialog::askToTrust(const CertificatePins::Check& check) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Confirm the server certificate"),
                                plainAutoText(tr("This computer does not know the certificate of "
                                                 "the server %1 yet.")
                                                  .arg(check.hostPort)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("certificateConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Rich text, so the fingerprint is in a fixed-width font and easy to compare.
    box->setInformativeText(
        QStringLiteral("<p>%1</p><p><tt>%2</tt></p><p>%3</p>")
            .arg(tr("Trust it only if its SHA-256 fingerprint is the one your administrator gave "
                    "you (jcc-server writes it to its log when it starts):")
                     .toHtmlEscaped(),
                 twoLineFingerprint(check.fingerprint)
                     .toHtmlEscaped()
                     .replace(QLatin1Char('\n'), QLatin1String("<br>")),
                 tr("The console remembers a trusted certificate for this server and refuses a "
                    "different one later.")
                     .toHtmlEscaped()));
    box->setDetailedText(tr("Why the system does not trust it:") + QLatin1Char('\n') +
                         check.tlsProblems.join(QLatin1Char('\n')));
    QPushButton* trust = box->addButton(tr("&Trust and connect"), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificate"));
    QPushButton* refuse = box->addButton(QMessageBox::Cancel);
    refuse->setObjectName(QStringLiteral("refuseCertificate"));
    box->setDefaultButton(refuse);
    box->setEscapeButton(refuse);
    connect(box, &QMessageBox::finished, this, [this, box, trust, check] {
        if (box->clickedButton() == trust) {
            m_pins.pin(check.hostPort, check.fingerprint);
            logIn();
            return;
        }
        showMessage(Severity::Error, [hostPort = check.hostPort] {
            return tr("The certificate of %1 was not confirmed, so the console did not connect.")
                .arg(hostPort);
        });
        m_server->setFocus();
    });
    box->open();
}

void LoginDialog::onStateChanged(ServerConnection::State state) {
    switch (state) {
    case ServerConnection::State::Connecting:
        setBusy(true);
        showMessage(Severity::Info,
                    [url = m_attemptUrl] { return tr("Connecting to %1…").arg(url); });
        break;
    case ServerConnection::State::LoggingIn:
        showMessage(Severity::Info, [username = m_attemptUsername] {
            return tr("Logging in as %1…").arg(username);
        });
        break;
    case ServerConnection::State::LoggedIn:
    case ServerConnection::State::Reconnecting:
    case ServerConnection::State::LoggingOut:
        break;
    case ServerConnection::State::Disconnected:
        if (m_busy) {
            setBusy(false);
        }
        break;
    }
}

void LoginDialog::onLoggedIn() {
    setBusy(false);
    clearMessage();
    m_password->clear();
    QSettings settings;
    // The centre's list (console.conf) is not remembered as the user's own, so that an
    // administrator's later change to it reaches this user too.
    if (m_attemptUrl == SiteConfig().serverUrls().join(QStringLiteral(", "))) {
        settings.remove(kServerUrlKey);
    } else {
        settings.setValue(kServerUrlKey, m_attemptUrl);
    }
    settings.setValue(kUsernameKey, m_attemptUsername);
}

void LoginDialog::onLoginRefused(const ServerError& error) {
    const QString username = m_attemptUsername;
    switch (jcc::errorCodeFromString(error.code.toStdString()).value_or(ErrorCode::Internal)) {
    case ErrorCode::AuthFailed:
        showMessage(Severity::Error, [] { return tr("Wrong username or password."); });
        m_password->clear();
        m_password->setFocus();
        return;
    case ErrorCode::Forbidden:
        showMessage(Severity::Error, [username] {
            return tr("The account %1 is an administrator account. Administrators work with "
                      "jcc-admin on the server; log in with an operator or supervisor account.")
                .arg(username);
        });
        m_password->clear();
        m_username->setFocus();
        return;
    case ErrorCode::AccountDisabled:
        showMessage(Severity::Error, [username] {
            return tr("The account %1 is disabled. Ask an administrator to enable it.")
                .arg(username);
        });
        m_password->clear();
        m_username->setFocus();
        return;
    case ErrorCode::UnsupportedProtocol:
        showMessage(Severity::Error, [message = error.message] {
            return tr("This console and the server speak different protocol versions (%1). "
                      "Install the console version that matches the server.")
                .arg(message);
        });
        return;
    default:
        showMessage(Severity::Error, [error] {
            return tr("The server refused the login: %1 (%2).").arg(error.message, error.code);
        });
        m_password->setFocus();
        return;
    }
}

void LoginDialog::onConnectionFailed(const QString& reason) {
    showMessage(Severity::Error, [url = m_attemptUrl, reason] {
        return tr("Cannot reach the server at %1: %2.").arg(url, reason);
    });
    m_server->setFocus();
}

void LoginDialog::onCertificateRejected(const CertificatePins::Check& check) {
    if (check.verdict == CertificatePins::Verdict::Unknown) {
        showMessage(Severity::Info, [hostPort = check.hostPort] {
            return tr("Waiting for you to confirm the certificate of %1…").arg(hostPort);
        });
        askToTrust(check);
        return;
    }
    if (!check.siteConfigFile.isEmpty()) {
        showMessage(Severity::Error, [check] {
            return tr("The certificate of %1 does not match the one your administrator set for it "
                      "in %3, so the console refused to connect: someone may be intercepting the "
                      "connection. Its fingerprint is now:\n%2\nTell your administrator; if they "
                      "replaced the certificate, they must also update %3.")
                .arg(check.hostPort, twoLineFingerprint(check.fingerprint), check.siteConfigFile);
        });
        m_server->setFocus();
        return;
    }
    showMessage(Severity::Error, [check] {
        return tr("The certificate of %1 has changed since it was confirmed, so the console "
                  "refused to connect: someone may be intercepting the connection. Its "
                  "fingerprint is now:\n%2\nIf your administrator replaced the certificate, "
                  "check this fingerprint with them; they can make the console forget the old "
                  "one with:\njcc-console --forget-certificate %1")
            .arg(check.hostPort, twoLineFingerprint(check.fingerprint));
    });
    m_server->setFocus();
}

void LoginDialog::onConnectionLost(int closeCode, const QString& reason) {
    const QString detail = reason.isEmpty() ? QString::number(closeCode) : reason;
    if (closeCode == QWebSocketProtocol::CloseCodePolicyViolated) {
        showMessage(Severity::Error, [detail] {
            return tr("The server ended your session: %1. Log in again, or ask an administrator "
                      "if you cannot.")
                .arg(detail);
        });
    } else if (closeCode == QWebSocketProtocol::CloseCodeGoingAway) {
        showMessage(Severity::Error, [] {
            return tr("The server is shutting down. Log in again when it is back.");
        });
    } else {
        showMessage(Severity::Error, [detail] {
            return tr("The connection to the server was lost (%1). Log in again.").arg(detail);
        });
    }
}

void LoginDialog::onLoggedOut() {
    showMessage(Severity::Info, [] { return tr("You have logged out."); });
}

} // namespace jcc::console
