#pragma once
// The handover reports a handover.list search found, one row each (newest shift first, as the
// server sends them): shift, local start and end, state, remarks, notes.
#include <QAbstractTableModel>
#include <QJsonArray>

namespace jcc::console::supervisor {

class HandoverListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Shift, Starts, Ends, State, Remarks, Notes, Count };
    /// The raw value behind a cell (ISO time, counts), for sorting.
    static constexpr int kRawRole = Qt::UserRole + 1;
    /// The shift id of a row, e.g. "2026-03-10D".
    static constexpr int kShiftRole = Qt::UserRole + 2;

    explicit HandoverListModel(QObject* parent = nullptr);

    /// Replaces the rows with `reports` (handover_json objects).
    void setReports(const QJsonArray& reports);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QJsonArray m_reports;
};

} // namespace jcc::console::supervisor
