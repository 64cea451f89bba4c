#include "console/models/IncidentQueueFilter.hpp"

#include "console/models/IncidentModel.hpp"
#include "console/models/TextFold.hpp"

namespace jcc::console {

IncidentQueueFilter::IncidentQueueFilter(QObject* parent)
    : QSortFilterProxyModel(parent), m_statuses(openStatuses()) {
    setSortRole(StoreTableModel::SortRole);
    setDynamicSortFilter(true);
}

QSet<QString> IncidentQueueFilter::openStatuses() {
    return {QStringLiteral("new"), QStringLiteral("dispatched"), QStringLiteral("on_scene"),
            QStringLiteral("resolved")};
}

void IncidentQueueFilter::setStatuses(const QSet<QString>& statuses) {
    m_statuses = statuses;
    invalidateFilter();
}

void IncidentQueueFilter::setPriorities(const QSet<int>& priorities) {
    m_priorities = priorities;
    invalidateFilter();
}

void IncidentQueueFilter::setTypeCode(const QString& type) {
    m_type = type;
    invalidateFilter();
}

void IncidentQueueFilter::setSide(const QString& side) {
    m_side = side;
    invalidateFilter();
}

void IncidentQueueFilter::setMine(const QString& side, const QSet<qint64>& helpAsked) {
    m_mine = side;
    m_helpAsked = helpAsked;
    invalidateFilter();
}

void IncidentQueueFilter::setText(const QString& text) {
    m_words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool IncidentQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statuses.isEmpty() &&
        !m_statuses.contains(index.data(IncidentModel::StatusCodeRole).toString())) {
        return false;
    }
    if (!m_priorities.isEmpty() &&
        !m_priorities.contains(index.data(IncidentModel::PriorityRole).toInt())) {
        return false;
    }
    if (!m_type.isEmpty() && index.data(IncidentModel::TypeCodeRole).toString() != m_type) {
        return false;
    }
    if (!m_side.isEmpty() && index.data(IncidentModel::SideRole).toString() != m_side) {
        return false;
    }
    if (!m_mine.isEmpty() && index.data(IncidentModel::SideRole).toString() != m_mine &&
        index.data(IncidentModel::TransferToRole).toString() != m_mine &&
        !m_helpAsked.contains(index.data(StoreTableModel::IdRole).toLongLong())) {
        return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = index.data(IncidentModel::SearchTextRole).toString();
        for (const QString& word : m_words) {
            if (!text.contains(word)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace jcc::console
