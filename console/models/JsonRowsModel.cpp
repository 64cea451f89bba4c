#include "console/models/JsonRowsModel.hpp"

namespace jcc::console {

JsonRowsModel::JsonRowsModel(int columns, QObject* parent)
    : QAbstractTableModel(parent), m_columns(columns) {}

void JsonRowsModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
    }
}

int JsonRowsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JsonRowsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

QJsonObject JsonRowsModel::row(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).toObject() : QJsonObject();
}

void JsonRowsModel::setRows(const QJsonArray& rows) {
    const auto before = m_rows.size();
    const auto after = rows.size();
    if (after < before) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (after > before) {
        beginInsertRows({}, static_cast<int>(before), static_cast<int>(after - 1));
        m_rows = rows;
        endInsertRows();
    } else {
        m_rows = rows;
    }
    if (before > 0) {
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(before - 1), m_columns - 1));
    }
}

void JsonRowsModel::appendRow(const QJsonObject& row) {
    const int at = rowCount();
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
}

} // namespace jcc::console
