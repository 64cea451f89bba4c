#pragma once
// Cross-border liaison requests: incoming and outgoing, due-time countdown, overdue ones in red;
// the selected request's text and reply thread; acknowledge, reply, close and reject as the
// user's side allows; a new request.
#include "console/store/Commands.hpp"

#include <QJsonObject>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace jcc::console {

class LiaisonModel;
class LiaisonRequestDialog;
class Store;

class LiaisonPanel : public QWidget {
    Q_OBJECT
public:
    LiaisonPanel(Store& store, LiaisonModel& model, Commands& commands, QWidget* parent = nullptr);

    /// Whose side the panel acts for.
    void setUser(const QString& agency, const QString& country);
    QTableView* view() const { return m_view; }
    /// Selects the request's row.
    void selectRequest(qint64 liaisonId);
    /// The selected request, or an empty object.
    QJsonObject current() const;
    LiaisonRequestDialog& requestDialog() { return *m_requestDialog; }
    /// Whether the user may accept the selected request now: an assistance request still open,
    /// and the user on its receiving side (or on the requesting side at a desk).
    bool canAccept() const;
    /// Accepts the selected request with `unitIds`; `deskContact` for a request at a desk. The
    /// Accept button asks for both, then calls this.
    void acceptWith(const QList<qint64>& unitIds, const QString& deskContact);
    /// Whether the user may offer other units for the selected request (receiving side).
    bool canPropose() const;
    /// Offers `unitIds` instead for the selected request; the Propose button asks, then calls it.
    void proposeWith(const QList<qint64>& unitIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The constructor's parts, in order.
    void createList();
    void createDetail();
    void layOut();
    void connectSignals();
    void retranslateUi();
    void applyFilter();
    void showCurrent();
    void reply();
    void act(const QString& action);
    /// Asks which units go (the agency's available units, suggested ones first) and, at a desk,
    /// who accepted on the telephone; then acceptWith.
    void askAndAccept();
    void askAndPropose();
    /// A command handler that shows a refusal's message under the thread.
    Commands::Handler showRefusal();
    /// Asks which of the request agency's available units (suggested first, as many selected as
    /// the request asks for; taking up a proposal, only the proposed ones); empty when cancelled
    /// or there is none.
    QList<qint64> chooseUnits(const QString& title, const QString& prompt);

    Store& m_store;
    LiaisonModel& m_model;
    Commands& m_commands;
    QString m_agency;
    QString m_country;
    QSortFilterProxyModel* m_proxy = nullptr;
    QComboBox* m_show = nullptr;
    QLabel* m_counts = nullptr;
    QPushButton* m_new = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_header = nullptr;
    QTextBrowser* m_thread = nullptr;
    QLineEdit* m_reply = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_ack = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_propose = nullptr;
    QLabel* m_message = nullptr;
    LiaisonRequestDialog* m_requestDialog = nullptr;
};

} // namespace jcc::console
