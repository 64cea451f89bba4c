#include "console/store/EntityTable.hpp"

namespace jcc::console {

qint64 entityId(const QJsonObject& entity) {
    return entity.value(QLatin1String("id")).toInteger();
}

QJsonObject EntityTable::find(qint64 id) const {
    const int row = rowOf(id);
    return row < 0 ? QJsonObject() : m_rows.at(row);
}

int EntityTable::upsert(const QJsonObject& entity) {
    const qint64 id = entityId(entity);
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row] = entity;
        return row;
    }
    m_rows.append(entity);
    m_rowById.insert(id, size() - 1);
    return size() - 1;
}

void EntityTable::clear() {
    m_rows.clear();
    m_rowById.clear();
}

} // namespace jcc::console
