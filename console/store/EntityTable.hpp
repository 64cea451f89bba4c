#pragma once
// The rows of one kind of entity (incidents, units or liaison requests) as the server sent them:
// JSON objects in arrival order, found by id in constant time. Rows are only appended or replaced,
// so a row number stays valid for the table's lifetime (until clear()).
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace jcc::console {

class EntityTable {
public:
    int size() const { return static_cast<int>(m_rows.size()); }
    const QJsonObject& at(int row) const { return m_rows.at(row); }
    /// The row of the entity with `id`, or -1.
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    /// The entity with `id`, or an empty object.
    QJsonObject find(qint64 id) const;
    const QList<QJsonObject>& rows() const { return m_rows; }

    /// Replaces the row with the same "id" or appends one; returns the row.
    int upsert(const QJsonObject& entity);
    void clear();

private:
    QList<QJsonObject> m_rows;
    QHash<qint64, int> m_rowById;
};

/// The "id" member of a wire entity.
qint64 entityId(const QJsonObject& entity);

} // namespace jcc::console
