#include "console/widgets/LiaisonRequestDialog.hpp"

#include "console/models/DomainText.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jcc::console {

LiaisonRequestDialog::LiaisonRequestDialog(Store& store, Commands& commands, QWidget* parent)
    : QDialog(parent), m_store(store), m_commands(commands) {
    setObjectName(QStringLiteral("liaisonRequestDialog"));
    m_toLabel = new QLabel(this);
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("liaisonTo"));
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("liaisonKind"));
    m_priorityLabel = new QLabel(this);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("liaisonPriority"));
    m_subjectLabel = new QLabel(this);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("liaisonSubject"));
    m_bodyLabel = new QLabel(this);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("liaisonBody"));
    m_body->setTabChangesFocus(true);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setWordWrap(true);
    for (auto [label, field] : {std::pair<QLabel*, QWidget*>{m_toLabel, m_to},
                                {m_kindLabel, m_kind},
                                {m_priorityLabel, m_priority},
                                {m_subjectLabel, m_subject},
                                {m_bodyLabel, m_body}}) {
        label->setBuddy(field);
    }
    auto* form = new QFormLayout;
    form->addRow(m_toLabel, m_to);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_priorityLabel, m_priority);
    form->addRow(m_subjectLabel, m_subject);
    form->addRow(m_bodyLabel, m_body);
    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_send->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_send, &QPushButton::clicked, this, &LiaisonRequestDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(560, 380);
    retranslateUi();
}

void LiaisonRequestDialog::start(const QString& ownAgency, qint64 incidentId) {
    m_ownAgency = ownAgency;
    m_incidentId = incidentId;
    m_subject->clear();
    m_body->clear();
    m_message->clear();
    retranslateUi();
    // Most requests go to the police across the border: that is the first choice.
    const QString ownCountry = m_store.agencyCountry(ownAgency);
    for (const QJsonValue& agency : m_store.agencies()) {
        if (agency[QLatin1String("country")].toString() != ownCountry &&
            agency[QLatin1String("kind")].toString() == QLatin1String("police")) {
            m_to->setCurrentIndex(
                std::max(0, m_to->findData(agency[QLatin1String("code")].toString())));
            break;
        }
    }
    show();
    raise();
    activateWindow();
    m_to->setFocus();
}

void LiaisonRequestDialog::send() {
    if (m_subject->text().trimmed().isEmpty() || m_body->toPlainText().trimmed().isEmpty()) {
        m_message->setText(tr("Enter a subject and the request."));
        return;
    }
    QJsonObject fields{{QLatin1String("to_agency"), m_to->currentData().toString()},
                       {QLatin1String("kind"), m_kind->currentData().toString()},
                       {QLatin1String("priority"), m_priority->currentData().toInt()},
                       {QLatin1String("subject"), m_subject->text().trimmed()},
                       {QLatin1String("body"), m_body->toPlainText().trimmed()}};
    if (m_incidentId != 0) {
        fields.insert(QLatin1String("incident_id"), m_incidentId);
    }
    m_commands.createLiaison(fields, [this](const Reply& reply) {
        if (!reply.ok && isVisible()) {
            m_message->setText(reply.error.message);
        }
    });
    accept();
}

void LiaisonRequestDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void LiaisonRequestDialog::retranslateUi() {
    setWindowTitle(tr("New liaison request"));
    m_toLabel->setText(tr("&To:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_priorityLabel->setText(tr("&Priority:"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_bodyLabel->setText(tr("&Request:"));
    m_send->setText(tr("&Send"));
    m_cancel->setText(tr("Cancel"));
    const QString to = m_to->currentData().toString();
    m_to->clear();
    for (const QJsonValue& agency : m_store.agencies()) {
        const QString code = agency[QLatin1String("code")].toString();
        if (code != m_ownAgency) {
            m_to->addItem(
                QStringLiteral("%1 (%2)").arg(agency[QLatin1String("name")].toString(),
                                              agency[QLatin1String("country")].toString()),
                code);
        }
    }
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
    const int kind = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    for (const QString& code : DomainText::liaisonKinds()) {
        m_kind->addItem(DomainText::liaisonKind(code), code);
    }
    m_kind->setCurrentIndex(kind);
    const int priority = m_priority->currentIndex() < 0 ? 1 : m_priority->currentIndex();
    m_priority->clear();
    for (int p = 1; p <= 4; ++p) {
        m_priority->addItem(DomainText::priority(p), p);
    }
    m_priority->setCurrentIndex(priority);
}

} // namespace jcc::console
