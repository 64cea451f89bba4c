#include "console/widgets/UnitBoardWidget.hpp"

#include "console/PlainText.hpp"
#include "console/models/DomainText.hpp"
#include "console/models/UnitModel.hpp"
#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"
#include "console/widgets/DenseTable.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace jcc::console {

UnitBoardWidget::UnitBoardWidget(Store& store, UnitModel& model, Commands& commands,
                                 QWidget* parent)
    : QWidget(parent), m_store(store), m_model(model), m_commands(commands) {
    setObjectName(QStringLiteral("unitBoard"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(StoreTableModel::SortRole);
    m_proxy->setFilterRole(UnitModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setDynamicSortFilter(true);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("unitCounts"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("unitFilter"));
    m_filter->setClearButtonEnabled(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("unitTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UnitModel::Group, Qt::AscendingOrder);
    makeDenseTable(*m_view);
    m_view->setColumnWidth(UnitModel::Group, 105);
    m_view->setColumnWidth(UnitModel::CallSign, 90);
    m_view->setColumnWidth(UnitModel::Type, 110);
    m_view->setColumnWidth(UnitModel::Status, 90);
    m_view->setColumnWidth(UnitModel::InStatus, 75);
    m_view->setColumnWidth(UnitModel::Incident, 120);
    m_view->setColumnWidth(UnitModel::Station, 150);
    m_view->installEventFilter(this);
    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("unitKeys"));
    m_keys->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unitMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_counts, 1);
    header->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_keys);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(&m_store, &Store::rowChanged, this, &UnitBoardWidget::updateCounts);
    connect(&m_store, &Store::rowInserted, this, &UnitBoardWidget::updateCounts);
    connect(&m_store, &Store::resetDone, this, &UnitBoardWidget::updateCounts);
    retranslateUi();
}

void UnitBoardWidget::selectUnit(qint64 unitId) {
    const int row = m_model.rowOf(unitId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model.index(row, 0)));
    }
}

bool UnitBoardWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && applyKey(key->key())) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool UnitBoardWidget::applyKey(int key) {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        return false;
    }
    const QJsonObject unit = index.data(StoreTableModel::EntityRole).toJsonObject();
    switch (key) {
    case Qt::Key_A:
        setStatus(unit, QStringLiteral("available"));
        return true;
    case Qt::Key_R:
        setStatus(unit, QStringLiteral("returning"));
        return true;
    case Qt::Key_O:
        setStatus(unit, QStringLiteral("out_of_service"));
        return true;
    case Qt::Key_K:
        stepAssignment(unit, QStringLiteral("acknowledged"));
        return true;
    case Qt::Key_E:
        stepAssignment(unit, QStringLiteral("en_route"));
        return true;
    case Qt::Key_S:
        stepAssignment(unit, QStringLiteral("on_scene"));
        return true;
    case Qt::Key_C:
        stepAssignment(unit, QStringLiteral("cleared"));
        return true;
    }
    return false;
}

void UnitBoardWidget::setStatus(const QJsonObject& unit, const QString& status) {
    QString reason;
    if (status == QLatin1String("out_of_service")) {
        bool ok = false;
        reason = QInputDialog::getText(
                     this, tr("Out of service"),
                     plainAutoText(tr("Why is %1 out of service?")
                                       .arg(unit[QLatin1String("call_sign")].toString())),
                     QLineEdit::Normal, QString(), &ok)
                     .trimmed();
        if (!ok || reason.isEmpty()) {
            return;
        }
    }
    m_message->clear();
    m_commands.setUnitStatus(unit[QLatin1String("id")].toInteger(),
                             unit[QLatin1String("version")].toInteger(), status, reason,
                             [this](const Reply& reply) {
                                 if (!reply.ok) {
                                     m_message->setText(reply.error.message);
                                 }
                             });
}

void UnitBoardWidget::stepAssignment(const QJsonObject& unit, const QString& status) {
    const qint64 unitId = unit[QLatin1String("id")].toInteger();
    const QJsonObject incident =
        m_store.incidents().find(unit[QLatin1String("incident_id")].toInteger());
    for (const QJsonValue& assignment : incident[QLatin1String("assignments")].toArray()) {
        if (assignment[QLatin1String("unit_id")].toInteger() == unitId &&
            assignment[QLatin1String("status")].toString() != QLatin1String("cleared")) {
            m_message->clear();
            m_commands.setAssignmentStatus(assignment[QLatin1String("id")].toInteger(), status,
                                           [this](const Reply& reply) {
                                               if (!reply.ok) {
                                                   m_message->setText(reply.error.message);
                                               }
                                           });
            return;
        }
    }
    m_message->setText(
        tr("%1 is not assigned to an incident.").arg(unit[QLatin1String("call_sign")].toString()));
}

void UnitBoardWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void UnitBoardWidget::retranslateUi() {
    m_title->setText(tr("Units"));
    m_filter->setPlaceholderText(tr("Filter units"));
    m_keys->setText(tr("Keys: A available · R returning · O out of service · K acknowledged · "
                       "E en route · S on scene · C cleared"));
    m_model.retranslate();
    updateCounts();
}

void UnitBoardWidget::updateCounts() {
    int available = 0;
    for (const QJsonObject& unit : m_store.units().rows()) {
        available += unit[QLatin1String("status")].toString() == QLatin1String("available");
    }
    m_counts->setText(tr("%1 available of %2").arg(available).arg(m_store.units().size()));
}

} // namespace jcc::console
