#pragma once
// A new liaison request to another agency: kind, priority (sets the due time), subject, body and
// optionally the incident it is about.
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace jcc::console {

class Commands;
class Store;

class LiaisonRequestDialog : public QDialog {
    Q_OBJECT
public:
    LiaisonRequestDialog(Store& store, Commands& commands, QWidget* parent = nullptr);

    /// Clears the form and shows it; `incidentId` (or 0) is preselected.
    void start(const QString& ownAgency, qint64 incidentId = 0);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void send();

    Store& m_store;
    Commands& m_commands;
    QString m_ownAgency;
    qint64 m_incidentId = 0;
    QLabel* m_toLabel = nullptr;
    QComboBox* m_to = nullptr;
    QLabel* m_kindLabel = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_priorityLabel = nullptr;
    QComboBox* m_priority = nullptr;
    QLabel* m_subjectLabel = nullptr;
    QLineEdit* m_subject = nullptr;
    QLabel* m_bodyLabel = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace jcc::console
