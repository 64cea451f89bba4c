#pragma once
// Signing a handover report: the supervisor re-enters their own login password, the dialog sends
// handover.sign and stays open with the reason when the server refuses (wrong password, locked
// account, already signed); it closes with accept() once the report is signed.
#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace jcc::console::supervisor {

class HandoverClient;

class SignDialog : public QDialog {
    Q_OBJECT
public:
    /// `client` must outlive the dialog. `runningUntil`: the local end of a shift still running
    /// (the dialog warns that later events miss the report), empty for a shift that has ended.
    SignDialog(HandoverClient& client, const QString& shift, const QString& runningUntil,
               QWidget* parent = nullptr);

    /// The report's state after a successful signature (the reply's "handover").
    const QJsonObject& signedHandover() const { return m_signed; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void submit();
    void showError(const QString& text);

    HandoverClient& m_client;
    QString m_shift;
    QString m_runningUntil;
    QJsonObject m_signed;
    QLabel* m_explanation = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_signButton = nullptr;
};

} // namespace jcc::console::supervisor
