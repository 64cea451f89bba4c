#pragma once
// The timeline of the incident shown in the detail: time, author and the entry in the user's
// language (TimelineText). Operators' notes are bold, the server's entries grey. Entries are
// only added, so pushed entries are single row inserts.
#include "console/models/JsonRowsModel.hpp"

namespace jcc::console {

class Store;

class TimelineModel : public JsonRowsModel {
    Q_OBJECT
public:
    enum Column { Time, Author, Entry, ColumnCount };

    /// `store` names agencies and types in the entries; it must outlive the model.
    explicit TimelineModel(const Store& store, QObject* parent = nullptr);

    /// Shows `entries` (incident.get's timeline) plus those already here that it lacks, which
    /// were pushed while the request was on its way.
    void setEntries(const QJsonArray& entries);
    /// Appends a pushed entry unless it is here already.
    void add(const QJsonObject& entry);
    void clear() { setRows({}); }

    /// The author of the newest entry the server wrote; empty when there is none.
    QString latestChangeAuthor() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Store& m_store;
};

} // namespace jcc::console
