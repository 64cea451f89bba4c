#pragma once
// A coloured banner across the top of the main window for what needs attention now: a new
// priority-1 incident, an overdue liaison request. Each alert beeps once; the newest stays until
// it is dismissed (Esc or the button) or acted on.
#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;

namespace jcc::console {

class AlertBanner : public QFrame {
    Q_OBJECT
public:
    explicit AlertBanner(QWidget* parent = nullptr);

    /// Shows the text `text` makes (again after a language switch) and beeps; `incidentId` (or 0)
    /// is what the Show button offers.
    void raiseAlert(std::function<QString()> text, qint64 incidentId = 0);
    void dismiss();
    /// The alert shown, or an empty string.
    QString text() const;

Q_SIGNALS:
    /// The operator asked to see the incident of the alert.
    void showIncident(qint64 incidentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_text = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_dismiss = nullptr;
    std::function<QString()> m_textFn;
    qint64 m_incidentId = 0;
};

} // namespace jcc::console
