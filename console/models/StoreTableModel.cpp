#include "console/models/StoreTableModel.hpp"

#include "console/Translations.hpp"

namespace jcc::console {

StoreTableModel::StoreTableModel(Store& store, Store::Table table, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_table(table) {
    connect(&m_store, &Store::aboutToReset, this, [this] {
        beginResetModel();
        forgetAll();
    });
    connect(&m_store, &Store::resetDone, this, [this] {
        forgetAll();
        endResetModel();
    });
    connect(&m_store, &Store::rowAboutToBeInserted, this, [this](Store::Table table, int row) {
        if (table == m_table) {
            beginInsertRows({}, row, row);
        }
    });
    connect(&m_store, &Store::rowInserted, this, [this](Store::Table table, int) {
        if (table == m_table) {
            endInsertRows();
        }
    });
    connect(&m_store, &Store::rowChanged, this, [this](Store::Table table, int row) {
        if (table == m_table) {
            forgetRow(row);
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    });
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, m_tickingColumn), index(rowCount() - 1, m_tickingColumn),
                               {Qt::DisplayRole});
        }
    });
}

int StoreTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_store.table(m_table).size();
}

const QJsonObject& StoreTableModel::entity(int row) const {
    return m_store.table(m_table).at(row);
}

int StoreTableModel::rowOf(qint64 id) const {
    return m_store.table(m_table).rowOf(id);
}

void StoreTableModel::retranslate() {
    forgetAll();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

void StoreTableModel::setTickingColumn(int column, int intervalMs) {
    m_tickingColumn = column;
    m_tick.start(intervalMs);
}

QString StoreTableModel::language() {
    return Translations::active();
}

} // namespace jcc::console
