#pragma once
// The incidents of the Store as a table: one row per incident, coloured by priority, with an age
// that ticks. LatitudeRole/LongitudeRole give the position for the map.
#include "console/models/StoreTableModel.hpp"

#include <QDateTime>
#include <optional>
#include <vector>

namespace jcc::console {

class IncidentModel : public StoreTableModel {
    Q_OBJECT
public:
    enum Column {
        Ref,
        Priority,
        Type,
        Status,
        Location,
        Side,
        Age,
        Units,
        Description,
        ColumnCount
    };
    enum Role {
        StatusCodeRole = FirstCustomRole, ///< "new", "dispatched", …
        PriorityRole,                     ///< 1 to 4
        TypeCodeRole,
        SideRole,       ///< the responsible side: "CZ" or "SK"
        TransferToRole, ///< the side a hand-over is offered to, or empty
        /// ref, type, location, description and units, lower-case without diacritics
        /// (foldForSearch): for the free-text filter
        SearchTextRole,
    };

    explicit IncidentModel(Store& store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void forgetRow(int row) override;
    void forgetAll() override;

private:
    /// The Qt::DisplayRole text of `index`.
    QVariant display(const QModelIndex& index) const;
    /// What the views, the filter and the sort ask of a row, read out of its JSON once (sorting
    /// 20,000 rows asks a few hundred thousand times).
    struct RowView {
        qint64 id = 0;
        int priority = 0;
        QString status;
        QString type;
        QString typeName;
        QString side;
        QString transferTo;
        QString ref;
        QString location;
        QString description;
        QStringList units;
        QString createdAtIso;
        QDateTime createdAt;
        QVariant lat;
        QVariant lon;
        QString search;
    };
    const RowView& view(int row) const;

    mutable std::vector<std::optional<RowView>> m_views; ///< by row; filled on first use
};

} // namespace jcc::console
