#include "console/supervisor/SignDialog.hpp"

#include "console/supervisor/HandoverClient.hpp"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace jcc::console::supervisor {

SignDialog::SignDialog(HandoverClient& client, const QString& shift, const QString& runningUntil,
                       QWidget* parent)
    : QDialog(parent), m_client(client), m_shift(shift), m_runningUntil(runningUntil) {
    setObjectName(QStringLiteral("signDialog"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("signExplanation"));
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signButton->setObjectName(QStringLiteral("signConfirm"));
    m_signButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    retranslateUi();
}

void SignDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void SignDialog::retranslateUi() {
    setWindowTitle(tr("Sign the handover report"));
    QString explanation =
        tr("Signing the report of shift %1 makes it final: the figures, lists and remarks are "
           "frozen and protected by a SHA-256 digest, and nobody can change them afterwards. "
           "Enter your login password to sign.")
            .arg(m_shift);
    if (!m_runningUntil.isEmpty()) {
        explanation += QStringLiteral("\n\n") +
                       tr("The shift runs until %1: whatever happens after you sign is not in "
                          "the report.")
                           .arg(m_runningUntil);
    }
    m_explanation->setText(explanation);
    m_passwordLabel->setText(tr("&Password:"));
    m_signButton->setText(tr("&Sign"));
}

void SignDialog::submit() {
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    if (!m_client.online()) {
        // A signature is not started offline. One cut off in flight goes again, with its
        // request_id, after the reconnect (console/store/Commands.hpp), and this dialog waits.
        showError(tr("Not connected to the server. The report was not signed; sign again once "
                     "the connection is back."));
        return;
    }
    m_signButton->setEnabled(false);
    m_password->setEnabled(false);
    QPointer<SignDialog> self(this);
    m_client.sign(m_shift, m_password->text(), [self](const Reply& reply) {
        if (self.isNull()) {
            return;
        }
        self->m_signButton->setEnabled(true);
        self->m_password->setEnabled(true);
        if (reply.ok) {
            self->m_signed = reply.result.value(QLatin1String("handover")).toObject();
            self->accept();
            return;
        }
        self->m_password->clear();
        self->m_password->setFocus();
        if (reply.error.is(ErrorCode::AuthFailed)) {
            self->showError(tr("Wrong password. The report was not signed; enter your own login "
                               "password."));
        } else if (reply.error.is(ErrorCode::AccountLocked)) {
            self->showError(tr("Your account is locked after too many wrong passwords, so the "
                               "report was not signed. Ask an administrator to unlock it. (%1)")
                                .arg(reply.error.message));
        } else {
            self->showError(tr("The report was not signed: %1").arg(reply.error.message));
        }
    });
}

void SignDialog::showError(const QString& text) {
    m_message->setText(text);
    m_message->show();
}

} // namespace jcc::console::supervisor
