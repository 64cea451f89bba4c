#pragma once
// The incidents of the Store as a table: one row per incident, coloured by priority, with an age
// that ticks. LatitudeRole/LongitudeRole give the position for the map.
#include "console/models/StoreTableModel.hpp"

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
        SideRole,       ///< "CZ", "SK" or empty
        SearchTextRole, ///< ref, type, location, description: for the free-text filter
    };

    explicit IncidentModel(Store& store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace jcc::console
