#pragma once
// The units assigned to the incident shown in the detail: call sign, status and the time of each
// step. Rows are kept when the incident changes and its units stay, so the selection does too.
#include "console/models/JsonRowsModel.hpp"

namespace jcc::console {

class AssignmentsModel : public JsonRowsModel {
    Q_OBJECT
public:
    enum Column {
        CallSign,
        Status,
        Assigned,
        Acknowledged,
        EnRoute,
        OnScene,
        Cleared,
        ColumnCount
    };
    /// The assignment's id, on every cell.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit AssignmentsModel(QObject* parent = nullptr) : JsonRowsModel(ColumnCount, parent) {}

    /// The incident's "assignments" array.
    void setAssignments(const QJsonArray& assignments) { setRows(assignments); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace jcc::console
