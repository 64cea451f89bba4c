#include "console/widgets/IncidentQueueWidget.hpp"

#include "console/Translations.hpp"
#include "console/models/DomainText.hpp"
#include "console/models/IncidentModel.hpp"
#include "console/models/IncidentQueueFilter.hpp"
#include "console/models/LiaisonModel.hpp"
#include "console/store/Store.hpp"
#include "console/widgets/DenseTable.hpp"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace jcc::console {

IncidentQueueWidget::IncidentQueueWidget(Store& store, IncidentModel& model, QWidget* parent)
    : QWidget(parent), m_store(store), m_model(model) {
    setObjectName(QStringLiteral("incidentQueue"));
    m_filter = new IncidentQueueFilter(this);
    m_filter->setSourceModel(&m_model);

    createFilters();
    createView();
    layOut();
    connectFilters();
    connectCounts();
    retranslateUi();
}

void IncidentQueueWidget::createFilters() {
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("queueCounts"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("queueFilterText"));
    m_text->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("queueFilterStatus"));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("queueFilterPriority"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("queueFilterType"));
    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("queueFilterSide"));
}

void IncidentQueueWidget::createView() {
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("incidentTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentModel::Priority, Qt::AscendingOrder);
    makeDenseTable(*m_view);
    m_view->setAlternatingRowColors(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(IncidentModel::Ref, 130);
    m_view->setColumnWidth(IncidentModel::Priority, 85);
    m_view->setColumnWidth(IncidentModel::Type, 150);
    m_view->setColumnWidth(IncidentModel::Status, 80);
    m_view->setColumnWidth(IncidentModel::Location, 210);
    m_view->setColumnWidth(IncidentModel::Side, 64);
    m_view->setColumnWidth(IncidentModel::Age, 80);
    m_view->setColumnWidth(IncidentModel::Units, 120);
}

void IncidentQueueWidget::layOut() {
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_counts, 1);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_priority);
    filters->addWidget(m_type);
    filters->addWidget(m_side);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_view);
}

void IncidentQueueWidget::connectFilters() {
    connect(m_text, &QLineEdit::textChanged, m_filter, &IncidentQueueFilter::setText);
    for (QComboBox* combo : {m_status, m_priority, m_type, m_side}) {
        // Item texts change with the language; the boxes follow their width.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, qOverload<int>(&QComboBox::activated), this,
                &IncidentQueueWidget::applyFilters);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentIncidentChanged(currentIncident()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT incidentActivated(index.data(StoreTableModel::IdRole).toLongLong());
    });
}

void IncidentQueueWidget::connectCounts() {
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(200);
    connect(&m_countTimer, &QTimer::timeout, this, &IncidentQueueWidget::updateCounts);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, &m_countTimer, qOverload<>(&QTimer::start));
    }
    connect(m_filter, &QAbstractItemModel::modelReset, &m_countTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::layoutChanged, &m_countTimer,
            qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::dataChanged, &m_countTimer, qOverload<>(&QTimer::start));
    connect(&m_store, &Store::resetDone, this, &IncidentQueueWidget::fillTypes);
    // "Mine" follows the requests for help as they come and go.
    connect(&m_store, &Store::resetDone, this, &IncidentQueueWidget::applySide);
    for (auto signal : {&Store::rowInserted, &Store::rowChanged}) {
        connect(&m_store, signal, this, [this](Store::Table table, int) {
            if (table == Store::Table::Liaison) {
                applySide();
            }
        });
    }
}

void IncidentQueueWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void IncidentQueueWidget::retranslateUi() {
    m_title->setText(tr("Incident queue"));
    m_text->setPlaceholderText(tr("Filter: reference, place, text, unit… (Ctrl+F)"));
    const int status = std::max(0, m_status->currentIndex());
    m_status->clear();
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& code : DomainText::incidentStatuses()) {
        m_status->addItem(DomainText::incidentStatus(code), code);
    }
    m_status->setCurrentIndex(status);
    const int priority = std::max(0, m_priority->currentIndex());
    m_priority->clear();
    m_priority->addItem(tr("All priorities"), 0);
    m_priority->addItem(tr("P1 only"), 1);
    m_priority->addItem(tr("P1–P2"), 2);
    m_priority->addItem(tr("P1–P3"), 3);
    m_priority->setCurrentIndex(priority);
    const int side = std::max(0, m_side->currentIndex());
    m_side->clear();
    m_side->addItem(tr("CZ + SK"), QString());
    m_side->addItem(tr("Mine"), QStringLiteral("mine"));
    m_side->setItemData(1,
                        tr("Incidents my side answers for, is offered or was asked to help with"),
                        Qt::ToolTipRole);
    m_side->addItem(tr("CZ side"), QStringLiteral("CZ"));
    m_side->addItem(tr("SK side"), QStringLiteral("SK"));
    m_side->setCurrentIndex(side);
    fillTypes();
    m_model.retranslate();
    updateCounts();
}

void IncidentQueueWidget::fillTypes() {
    const QString current = m_type->currentData().toString();
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (const QJsonValue& type : m_store.incidentTypes()) {
        m_type->addItem(localizedName(type.toObject(), Translations::active()),
                        type[QLatin1String("code")].toString());
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
}

void IncidentQueueWidget::applyFilters() {
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("open")) {
        m_filter->setStatuses(IncidentQueueFilter::openStatuses());
    } else if (status.isEmpty()) {
        m_filter->setStatuses({});
    } else {
        m_filter->setStatuses({status});
    }
    QSet<int> priorities;
    for (int p = 1; p <= m_priority->currentData().toInt(); ++p) {
        priorities.insert(p);
    }
    m_filter->setPriorities(priorities);
    m_filter->setTypeCode(m_type->currentData().toString());
    applySide();
}

void IncidentQueueWidget::applySide() {
    const QString side = m_side->currentData().toString();
    const bool mine = side == QLatin1String("mine");
    m_filter->setSide(mine ? QString() : side);
    m_filter->setMine(mine ? m_userSide : QString(), mine ? helpAskedOfMe() : QSet<qint64>());
}

QSet<qint64> IncidentQueueWidget::helpAskedOfMe() const {
    QSet<qint64> incidents;
    for (const QJsonObject& request : m_store.liaisonRequests().rows()) {
        const QString status = request[QLatin1String("status")].toString();
        const QJsonValue incident = request[QLatin1String("incident_id")];
        if (!incident.isDouble() || status == QLatin1String("closed") ||
            status == QLatin1String("rejected") ||
            LiaisonModel::sideOf(request, m_userAgency, m_userSide) != QLatin1String("receiving")) {
            continue;
        }
        incidents.insert(incident.toInteger());
    }
    return incidents;
}

void IncidentQueueWidget::setUser(const QString& agency, const QString& country) {
    m_userAgency = agency;
    m_userSide = country;
    applySide();
}

void IncidentQueueWidget::toggleMine() {
    const bool mine = m_side->currentData().toString() == QLatin1String("mine");
    m_side->setCurrentIndex(
        std::max(0, m_side->findData(mine ? QString() : QStringLiteral("mine"))));
    applySide();
}

void IncidentQueueWidget::updateCounts() {
    int byPriority[5] = {};
    int fresh = 0;
    const int rows = m_filter->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        byPriority[std::clamp(index.data(IncidentModel::PriorityRole).toInt(), 0, 4)]++;
        if (index.data(IncidentModel::StatusCodeRole).toString() == QLatin1String("new")) {
            ++fresh;
        }
    }
    m_counts->setText(tr("%1 shown · P1 %2 · P2 %3 · unassigned %4")
                          .arg(rows)
                          .arg(byPriority[1])
                          .arg(byPriority[2])
                          .arg(fresh));
}

void IncidentQueueWidget::selectIncident(qint64 incidentId) {
    const int sourceRow = m_model.rowOf(incidentId);
    if (sourceRow < 0) {
        return;
    }
    QModelIndex index = m_filter->mapFromSource(m_model.index(sourceRow, 0));
    if (!index.isValid()) {
        m_text->clear();
        m_status->setCurrentIndex(1);
        m_priority->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_side->setCurrentIndex(0);
        applyFilters();
        index = m_filter->mapFromSource(m_model.index(sourceRow, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

qint64 IncidentQueueWidget::currentIncident() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(StoreTableModel::IdRole).toLongLong() : 0;
}

void IncidentQueueWidget::focusFilter() {
    m_text->setFocus();
    m_text->selectAll();
}

} // namespace jcc::console
