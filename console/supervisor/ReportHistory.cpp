#include "console/supervisor/ReportHistory.hpp"

#include "console/supervisor/HandoverClient.hpp"
#include "console/supervisor/HandoverListModel.hpp"
#include "console/supervisor/ReportHtml.hpp"
#include "console/supervisor/ReportLoader.hpp"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jcc::console::supervisor {

namespace {

constexpr int kDefaultDays = 31;

} // namespace

ReportHistory::ReportHistory(HandoverClient& client, QWidget* parent)
    : QWidget(parent), m_client(client) {
    setObjectName(QStringLiteral("reportHistory"));
    createFilters();
    createTable();
    createPreview();
    layOut();
    connectActions();
    retranslateUi();
}

void ReportHistory::createFilters() {
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-kDefaultDays), this);
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("historyQuery"));
    m_query->setClearButtonEnabled(true);
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    m_queryLabel = new QLabel(this);
    m_queryLabel->setBuddy(m_query);
    m_search = new QPushButton(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setDefault(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setTextFormat(Qt::PlainText);
}

void ReportHistory::createTable() {
    m_model = new HandoverListModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(HandoverListModel::kRawRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        static_cast<int>(HandoverListModel::Column::Remarks), QHeaderView::Stretch);
}

void ReportHistory::createPreview() {
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("historyPreview"));
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_open->setEnabled(false);
}

void ReportHistory::layOut() {
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_queryLabel);
    filters->addWidget(m_query, 1);
    filters->addWidget(m_search);

    auto* previewPane = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_preview, 1);
    auto* openRow = new QHBoxLayout;
    openRow->addStretch();
    openRow->addWidget(m_open);
    previewLayout->addLayout(openRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void ReportHistory::connectActions() {
    connect(m_search, &QPushButton::clicked, this, &ReportHistory::search);
    connect(m_query, &QLineEdit::returnPressed, this, &ReportHistory::search);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { preview(selectedShift()); });
    connect(m_table, &QTableView::activated, this, [this] {
        if (!selectedShift().isEmpty()) {
            Q_EMIT openShift(selectedShift());
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_previewed.isEmpty()) {
            Q_EMIT openShift(m_previewed);
        }
    });
}

void ReportHistory::search() {
    if (m_to->date() < m_from->date()) {
        m_summary->setText(tr("The end date must not be before the start date."));
        Q_EMIT searched();
        return;
    }
    m_search->setEnabled(false);
    QPointer<ReportHistory> self(this);
    m_client.list(
        m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate), m_query->text(),
        [self](const Reply& reply) {
            if (self.isNull()) {
                return;
            }
            self->m_search->setEnabled(true);
            if (!reply.ok) {
                self->m_total = -1;
                self->m_model->setReports({});
                self->m_summary->setText(tr("The search failed: %1").arg(reply.error.message));
            } else {
                self->m_total = reply.result.value(QLatin1String("total")).toInteger();
                self->m_model->setReports(reply.result.value(QLatin1String("reports")).toArray());
                self->m_table->resizeColumnsToContents();
                self->m_table->horizontalHeader()->setSectionResizeMode(
                    static_cast<int>(HandoverListModel::Column::Remarks), QHeaderView::Stretch);
                self->retranslateUi();
            }
            self->m_preview->clear();
            self->m_previewed.clear();
            self->m_open->setEnabled(false);
            Q_EMIT self->searched();
        });
}

QString ReportHistory::selectedShift() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(HandoverListModel::kShiftRole).toString() : QString();
}

void ReportHistory::preview(const QString& shift) {
    if (shift.isEmpty()) {
        return;
    }
    ReportLoader::load(m_client, shift, this, [this, shift](const LoadedReport& loaded) {
        if (shift != selectedShift()) {
            return; // the selection moved on while this one loaded
        }
        if (!loaded.ok) {
            m_preview->setPlainText(
                tr("The report could not be loaded: %1").arg(loaded.error.message));
            m_previewed.clear();
            m_open->setEnabled(false);
        } else {
            m_preview->setHtml(
                ReportHtml::render(loaded.report, loaded.handover, loaded.digestVerified));
            m_previewed = shift;
            m_open->setEnabled(true);
        }
        Q_EMIT previewed();
    });
}

void ReportHistory::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    }
    QWidget::changeEvent(event);
}

void ReportHistory::retranslateUi() {
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_queryLabel->setText(tr("Te&xt:"));
    m_query->setPlaceholderText(tr("Words in remarks or notes (diacritics optional)"));
    m_search->setText(tr("&Search"));
    m_open->setText(tr("&Open in the report tab"));
    if (m_total < 0) {
        m_summary->setText(tr("Search the reports of shifts that started between the two dates."));
    } else if (m_total == m_model->rowCount()) {
        m_summary->setText(tr("%n report(s) found.", nullptr, static_cast<int>(m_total)));
    } else {
        m_summary->setText(tr("%1 reports found; the newest %2 are listed.")
                               .arg(m_total)
                               .arg(m_model->rowCount()));
    }
}

} // namespace jcc::console::supervisor
