#pragma once
// Base of the table models over one Store table: one model row per store row, in store order.
// Follows the store's row signals precisely (an event inserts or changes one row; only a snapshot
// resets the model), so 20,000 incidents stay fast. Subclasses give the columns.
#include "console/store/Store.hpp"

#include <QAbstractTableModel>
#include <QTimer>

namespace jcc::console {

class StoreTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Roles every subclass answers.
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a raw value that sorts the column
        IdRole,                      ///< the entity's id (qint64)
        EntityRole,                  ///< the whole entity (QJsonObject)
        LatitudeRole,                ///< WGS84 degrees, or an invalid QVariant when unknown
        LongitudeRole,
        FirstCustomRole,
    };

    StoreTableModel(Store& store, Store::Table table, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    /// The entity on `row`.
    const QJsonObject& entity(int row) const;
    /// The row of the entity with `id`, or -1.
    int rowOf(qint64 id) const;
    const Store& store() const { return m_store; }

    /// Re-reads headers and texts after a language change.
    void retranslate();

protected:
    /// Columns whose text depends on the clock ("age", "time in status"): refreshed every
    /// `intervalMs` by one dataChanged over the column.
    void setTickingColumn(int column, int intervalMs);
    /// The language texts are shown in ("cs", "sk", "en").
    static QString language();
    /// Called before the model reports `row` as changed, so a subclass can drop what it derived
    /// from the row (rows are only appended or replaced; their indexes never move).
    virtual void forgetRow(int row) { Q_UNUSED(row); }
    /// Called before a reset or a language change: everything derived is stale.
    virtual void forgetAll() {}

private:
    Store& m_store;
    Store::Table m_table;
    int m_tickingColumn = -1;
    QTimer m_tick;
};

} // namespace jcc::console
