#include "console/widgets/LiaisonPanel.hpp"

#include "console/Translations.hpp"
#include "console/models/DomainText.hpp"
#include "console/models/LiaisonModel.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"
#include "console/widgets/DenseTable.hpp"
#include "console/widgets/LiaisonRequestDialog.hpp"
#include "console/widgets/UnitChoiceDialog.hpp"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jcc::console {

namespace {

// Which requests the panel lists: "active" (open, acknowledged, answered or accepted: not yet
// closed), "incoming", "outgoing" (active ones of that side) or "" (all).
class LiaisonFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMode(const QString& mode) {
        m_mode = mode;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (m_mode.isEmpty()) {
            return true;
        }
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!LiaisonModel::isActive(index.data(StoreTableModel::EntityRole).toJsonObject())) {
            return false;
        }
        const QString side = index.data(LiaisonModel::SideRole).toString();
        if (m_mode == QLatin1String("incoming")) {
            return side == QLatin1String("receiving");
        }
        if (m_mode == QLatin1String("outgoing")) {
            return side == QLatin1String("requesting");
        }
        return true;
    }

private:
    QString m_mode = QStringLiteral("active");
};

} // namespace

LiaisonPanel::LiaisonPanel(Store& store, LiaisonModel& model, Commands& commands, QWidget* parent)
    : QWidget(parent), m_store(store), m_model(model), m_commands(commands) {
    setObjectName(QStringLiteral("liaisonPanel"));
    createList();
    createDetail();
    layOut();
    connectSignals();
    retranslateUi();
}

void LiaisonPanel::createList() {
    auto* filter = new LiaisonFilter(this);
    m_proxy = filter;
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(StoreTableModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("liaisonShow"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("liaisonCounts"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("liaisonNew"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("liaisonTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LiaisonModel::Due, Qt::AscendingOrder);
    makeDenseTable(*m_view);
    m_view->setColumnWidth(LiaisonModel::Number, 40);
    m_view->setColumnWidth(LiaisonModel::Direction, 70);
    m_view->setColumnWidth(LiaisonModel::Agencies, 110);
    m_view->setColumnWidth(LiaisonModel::Kind, 140);
    m_view->setColumnWidth(LiaisonModel::Subject, 220);
    m_view->setColumnWidth(LiaisonModel::Priority, 80);
    m_view->setColumnWidth(LiaisonModel::Status, 90);
}

void LiaisonPanel::createDetail() {
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("liaisonHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_thread = new QTextBrowser(this);
    m_thread->setObjectName(QStringLiteral("liaisonThread"));
    m_reply = new QLineEdit(this);
    m_reply->setObjectName(QStringLiteral("liaisonReply"));
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("liaisonSend"));
    m_ack = new QPushButton(this);
    m_ack->setObjectName(QStringLiteral("liaisonAck"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("liaisonClose"));
    m_reject = new QPushButton(this);
    m_reject->setObjectName(QStringLiteral("liaisonReject"));
    m_accept = new QPushButton(this);
    m_accept->setObjectName(QStringLiteral("liaisonAccept"));
    m_propose = new QPushButton(this);
    m_propose->setObjectName(QStringLiteral("liaisonPropose"));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
}

void LiaisonPanel::layOut() {
    auto* listSide = new QWidget(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_show);
    top->addWidget(m_counts, 1);
    top->addWidget(m_new);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_view, 1);
    auto* detailSide = new QWidget(this);
    auto* replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_send);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_accept);
    actions->addWidget(m_propose);
    actions->addWidget(m_ack);
    actions->addWidget(m_close);
    actions->addWidget(m_reject);
    actions->addWidget(m_message, 1);
    auto* detailLayout = new QVBoxLayout(detailSide);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_thread, 1);
    detailLayout->addLayout(replyRow);
    detailLayout->addLayout(actions);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(listSide);
    split->addWidget(detailSide);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split);

    m_requestDialog = new LiaisonRequestDialog(m_store, m_commands, this);
}

void LiaisonPanel::connectSignals() {
    connect(m_show, qOverload<int>(&QComboBox::activated), this, &LiaisonPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LiaisonPanel::showCurrent);
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                // The countdown ticks the Due column only; the detail follows real changes.
                if (first.column() != LiaisonModel::Due || last.column() != LiaisonModel::Due) {
                    showCurrent();
                }
            });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &LiaisonPanel::showCurrent);
    // New requests change the counts as much as changed ones.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &LiaisonPanel::showCurrent);
    connect(m_reply, &QLineEdit::returnPressed, this, &LiaisonPanel::reply);
    connect(m_send, &QPushButton::clicked, this, &LiaisonPanel::reply);
    connect(m_ack, &QPushButton::clicked, this, [this] { act(QStringLiteral("ack")); });
    connect(m_close, &QPushButton::clicked, this, [this] { act(QStringLiteral("close")); });
    connect(m_reject, &QPushButton::clicked, this, [this] { act(QStringLiteral("reject")); });
    connect(m_accept, &QPushButton::clicked, this, &LiaisonPanel::askAndAccept);
    connect(m_propose, &QPushButton::clicked, this, &LiaisonPanel::askAndPropose);
    connect(m_new, &QPushButton::clicked, this, [this] { m_requestDialog->start(m_agency); });
}

void LiaisonPanel::setUser(const QString& agency, const QString& country) {
    m_agency = agency;
    m_country = country;
    applyFilter();
}

void LiaisonPanel::applyFilter() {
    static_cast<LiaisonFilter*>(m_proxy)->setMode(m_show->currentData().toString());
    showCurrent();
}

void LiaisonPanel::selectRequest(qint64 liaisonId) {
    const int row = m_model.rowOf(liaisonId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model.index(row, 0)));
    }
}

QJsonObject LiaisonPanel::current() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(StoreTableModel::EntityRole).toJsonObject() : QJsonObject();
}

void LiaisonPanel::showCurrent() {
    int open = 0;
    int overdue = 0;
    for (const QJsonObject& request : m_store.liaisonRequests().rows()) {
        if (LiaisonModel::isActive(request) &&
            !LiaisonModel::sideOf(request, m_agency, m_country).isEmpty()) {
            ++open;
            overdue += LiaisonModel::isOverdue(request);
        }
    }
    m_counts->setText(tr("active: %1 · overdue: %2").arg(open).arg(overdue));
    m_counts->setStyleSheet(overdue > 0 ? QStringLiteral("color: #c62828; font-weight: bold;")
                                        : QString());

    const QJsonObject request = current();
    const QString side = LiaisonModel::sideOf(request, m_agency, m_country);
    const QString status = request[QLatin1String("status")].toString();
    const bool receiving = side == QLatin1String("receiving");
    const bool requesting = side == QLatin1String("requesting");
    // At a desk the requesting side answers for the agency it called.
    const bool answering = receiving || (requesting && request[QLatin1String("desk")].toBool());
    m_ack->setEnabled(answering && status == QLatin1String("open"));
    m_reject->setEnabled(
        answering && (status == QLatin1String("open") || status == QLatin1String("acknowledged")));
    m_accept->setVisible(request[QLatin1String("kind")].toString() ==
                         QLatin1String("assistance_request"));
    m_accept->setEnabled(canAccept());
    m_propose->setVisible(m_accept->isVisibleTo(this));
    m_propose->setEnabled(canPropose());
    m_close->setEnabled(requesting && LiaisonModel::isActive(request));
    m_send->setEnabled(!side.isEmpty() && LiaisonModel::isActive(request));
    m_reply->setEnabled(m_send->isEnabled());
    if (request.isEmpty()) {
        m_header->setText(tr("Select a request to read it and answer."));
        m_thread->clear();
        return;
    }
    m_header->setText(
        tr("%1 · %2 → %3 · %4 · %5 · due %6")
            .arg(request[QLatin1String("subject")].toString(),
                 m_store.agencyShortName(request[QLatin1String("from_agency")].toString()),
                 m_store.agencyShortName(request[QLatin1String("to_agency")].toString()),
                 DomainText::liaisonKind(request[QLatin1String("kind")].toString()),
                 DomainText::liaisonStatus(status),
                 DomainText::clock(
                     DomainText::parseTime(request[QLatin1String("due_at")].toString()))));
    QString html = QStringLiteral("<p><b>%1</b> %2<br>%3</p>")
                       .arg(request[QLatin1String("created_by")].toString().toHtmlEscaped(),
                            DomainText::clock(DomainText::parseTime(
                                request[QLatin1String("created_at")].toString())),
                            request[QLatin1String("body")].toString().toHtmlEscaped());
    for (const QJsonValue& entry : request[QLatin1String("replies")].toArray()) {
        html += QStringLiteral("<p><b>%1 (%2)</b> %3<br>%4</p>")
                    .arg(entry[QLatin1String("author")].toString().toHtmlEscaped(),
                         m_store.agencyShortName(entry[QLatin1String("agency")].toString())
                             .toHtmlEscaped(),
                         DomainText::clock(
                             DomainText::parseTime(entry[QLatin1String("at")].toString())),
                         entry[QLatin1String("body")].toString().toHtmlEscaped());
    }
    if (!request[QLatin1String("reject_reason")].toString().isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Rejected: %1")
                             .arg(request[QLatin1String("reject_reason")].toString())
                             .toHtmlEscaped());
    }
    m_thread->setHtml(html);
}

void LiaisonPanel::reply() {
    const QJsonObject request = current();
    const QString body = m_reply->text().trimmed();
    if (request.isEmpty() || body.isEmpty()) {
        return;
    }
    m_message->clear();
    m_commands.replyLiaison(request[QLatin1String("id")].toInteger(), body, showRefusal());
    m_reply->clear();
}

void LiaisonPanel::act(const QString& action) {
    const QJsonObject request = current();
    if (request.isEmpty()) {
        return;
    }
    const qint64 id = request[QLatin1String("id")].toInteger();
    const qint64 version = request[QLatin1String("version")].toInteger();
    const auto report = showRefusal();
    m_message->clear();
    if (action == QLatin1String("ack")) {
        m_commands.acknowledgeLiaison(id, version, report);
    } else if (action == QLatin1String("close")) {
        m_commands.closeLiaison(id, version, report);
    } else {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reject request"), tr("Reason:"),
                                                     QLineEdit::Normal, QString(), &ok)
                                   .trimmed();
        if (ok && !reason.isEmpty()) {
            m_commands.rejectLiaison(id, version, reason, report);
        }
    }
}

namespace {

QList<qint64> unitIdsOf(const QJsonValue& units) {
    QList<qint64> ids;
    for (const QJsonValue& unit : units.toArray()) {
        ids.append(unit[QLatin1String("id")].toInteger());
    }
    return ids;
}

bool isOpenAssistance(const QJsonObject& request) {
    const QString status = request[QLatin1String("status")].toString();
    return request[QLatin1String("kind")].toString() == QLatin1String("assistance_request") &&
           !request[QLatin1String("incident_id")].isNull() &&
           (status == QLatin1String("open") || status == QLatin1String("acknowledged") ||
            status == QLatin1String("answered"));
}

} // namespace

bool LiaisonPanel::canAccept() const {
    const QJsonObject request = current();
    const QString side = LiaisonModel::sideOf(request, m_agency, m_country);
    const bool requesting = side == QLatin1String("requesting");
    // The requesting side accepts at a desk, or takes up units the other side proposed.
    const bool takesProposal =
        requesting && !request[QLatin1String("proposed_units")].toArray().isEmpty();
    return isOpenAssistance(request) &&
           (side == QLatin1String("receiving") ||
            (requesting && request[QLatin1String("desk")].toBool()) || takesProposal);
}

bool LiaisonPanel::canPropose() const {
    const QJsonObject request = current();
    return isOpenAssistance(request) &&
           LiaisonModel::sideOf(request, m_agency, m_country) == QLatin1String("receiving");
}

QList<qint64> LiaisonPanel::chooseUnits(const QString& title, const QString& prompt) {
    const QJsonObject request = current();
    const QString agency = request[QLatin1String("to_agency")].toString();
    const QList<qint64> suggested = unitIdsOf(request[QLatin1String("suggested_units")]);
    // Taking up a proposal: only the proposed units.
    const bool proposal =
        LiaisonModel::sideOf(request, m_agency, m_country) == QLatin1String("requesting") &&
        !request[QLatin1String("desk")].toBool();
    const QList<qint64> proposed = unitIdsOf(request[QLatin1String("proposed_units")]);
    QStringList labels;
    QList<qint64> ids;
    const QString language = Translations::active();
    for (const QJsonObject& unit : m_store.units().rows()) {
        const qint64 id = unit[QLatin1String("id")].toInteger();
        if (unit[QLatin1String("agency")].toString() != agency ||
            unit[QLatin1String("status")].toString() != QLatin1String("available") ||
            (proposal && !proposed.contains(id))) {
            continue;
        }
        const QString label = QStringLiteral("%1 — %2").arg(
            unit[QLatin1String("call_sign")].toString(),
            m_store.unitTypeName(unit[QLatin1String("type")].toString(), language));
        // Suggested units first.
        const bool first = suggested.contains(id);
        labels.insert(first ? 0 : labels.size(), label);
        ids.insert(first ? 0 : ids.size(), id);
    }
    if (ids.isEmpty()) {
        m_message->setText(tr("%1 has no available unit; decline or propose later.")
                               .arg(m_store.agencyShortName(agency)));
        return {};
    }
    int wanted = 0;
    for (const QJsonValue& need : request[QLatin1String("needs")].toArray()) {
        wanted += need[QLatin1String("count")].toInt();
    }
    UnitChoiceDialog dialog(this);
    dialog.setUnits(title, prompt, labels, ids, proposal ? int(proposed.size()) : wanted);
    return dialog.exec() == QDialog::Accepted ? dialog.chosen() : QList<qint64>();
}

void LiaisonPanel::askAndAccept() {
    const auto units = chooseUnits(tr("Accept request"), tr("Units to send:"));
    if (units.isEmpty()) {
        return;
    }
    QString contact;
    if (current()[QLatin1String("desk")].toBool()) {
        bool ok = false;
        contact = QInputDialog::getText(this, tr("Accept request"),
                                        tr("Accepted on the telephone by (e.g. KOPIS JMK):"),
                                        QLineEdit::Normal, QString(), &ok)
                      .trimmed();
        if (!ok || contact.isEmpty()) {
            return;
        }
    }
    acceptWith(units, contact);
}

void LiaisonPanel::askAndPropose() {
    if (const auto units = chooseUnits(tr("Propose other units"), tr("Units to offer:"));
        !units.isEmpty()) {
        proposeWith(units);
    }
}

void LiaisonPanel::proposeWith(const QList<qint64>& unitIds) {
    const QJsonObject request = current();
    if (request.isEmpty()) {
        return;
    }
    m_message->clear();
    m_commands.proposeLiaison(request[QLatin1String("id")].toInteger(),
                              request[QLatin1String("version")].toInteger(), unitIds,
                              showRefusal());
}

void LiaisonPanel::acceptWith(const QList<qint64>& unitIds, const QString& deskContact) {
    const QJsonObject request = current();
    if (request.isEmpty()) {
        return;
    }
    m_message->clear();
    m_commands.acceptLiaison(request[QLatin1String("id")].toInteger(),
                             request[QLatin1String("version")].toInteger(), unitIds, deskContact,
                             showRefusal());
}

Commands::Handler LiaisonPanel::showRefusal() {
    return [this](const Reply& reply) {
        if (!reply.ok) {
            m_message->setText(reply.error.message);
        }
    };
}

void LiaisonPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LiaisonPanel::retranslateUi() {
    const int show = std::max(0, m_show->currentIndex());
    m_show->clear();
    m_show->addItem(tr("Active"), QStringLiteral("active"));
    m_show->addItem(tr("Incoming"), QStringLiteral("incoming"));
    m_show->addItem(tr("Outgoing"), QStringLiteral("outgoing"));
    m_show->addItem(tr("All"), QString());
    m_show->setCurrentIndex(show);
    m_new->setText(tr("New request…"));
    m_reply->setPlaceholderText(tr("Reply and press Enter"));
    m_send->setText(tr("Reply"));
    m_ack->setText(tr("Acknowledge"));
    m_close->setText(tr("Close"));
    m_reject->setText(tr("Reject…"));
    m_accept->setText(tr("Accept…"));
    m_propose->setText(tr("Propose…"));
    m_model.retranslate();
    showCurrent();
}

} // namespace jcc::console
