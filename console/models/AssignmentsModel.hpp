#pragma once
// The units assigned to the incident shown in the detail: call sign, status and the time of each
// step. Rows are kept when the incident changes and its units stay, so the selection does too.
#include <QAbstractTableModel>
#include <QJsonArray>

namespace jcc::console {

class AssignmentsModel : public QAbstractTableModel {
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

    using QAbstractTableModel::QAbstractTableModel;

    /// The incident's "assignments" array.
    void setAssignments(const QJsonArray& assignments);
    /// Column titles and status names follow a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_assignments;
};

} // namespace jcc::console
