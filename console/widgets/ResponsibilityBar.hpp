#pragma once
// Which side answers for the incident shown, and its hand-over to the other side: "Hand over to
// SK…" for the responsible side, "Take over" and "Decline…" for the side it is offered to,
// "Withdraw offer…" for the side that offered it (docs/decisions/0005-responsibility-for-an-
// incident.md).
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;

namespace jcc::console {

class Commands;

class ResponsibilityBar : public QWidget {
    Q_OBJECT
public:
    explicit ResponsibilityBar(Commands& commands, QWidget* parent = nullptr);

    /// The side of the logged-in user: "CZ" or "SK".
    void setUserSide(const QString& side);
    /// Shows `incident` (incident_json; empty: nothing).
    void showIncident(const QJsonObject& incident);

    /// Offers the incident to the other side, saying why.
    void offerWith(const QString& reason);
    /// Takes the incident offered to this side over.
    void take();
    /// Declines the offer made to this side, or withdraws this side's own, saying why.
    void declineWith(const QString& reason);

    /// The other side of the centre.
    static QString otherSide(const QString& side);

Q_SIGNALS:
    /// A step the server refused, as text for the user.
    void refused(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void offer();
    void decline();
    /// Asks for a reason; empty when the user gave none or cancelled.
    QString askReason(const QString& title, const QString& label);

    Commands& m_commands;
    QString m_side;
    QJsonObject m_incident;
    QLabel* m_text = nullptr;
    QPushButton* m_offer = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_decline = nullptr;
};

} // namespace jcc::console
