#pragma once
// The liaison requests of the Store as a table, seen from the logged-in user's side: incoming
// (the user's side answers) or outgoing (the user's side asked), with a due-time countdown and
// overdue requests highlighted.
#include "console/models/StoreTableModel.hpp"

namespace jcc::console {

class LiaisonModel : public StoreTableModel {
    Q_OBJECT
public:
    enum Column { Number, Direction, Agencies, Kind, Subject, Priority, Status, Due, ColumnCount };
    enum Role {
        StatusCodeRole = FirstCustomRole,
        SideRole,    ///< "receiving", "requesting" or "" (neither)
        OverdueRole, ///< bool: open or acknowledged and past due_at
    };

    explicit LiaisonModel(Store& store, QObject* parent = nullptr);

    /// Whose side the rows are seen from (the logged-in user).
    void setUser(const QString& agency, const QString& country);

    /// "receiving", "requesting" or "" for `request` and a user of `agency` in `country`
    /// (docs/protocol.md, "Who acts for which side").
    static QString sideOf(const QJsonObject& request, const QString& agency,
                          const QString& country);
    /// Open or acknowledged and past due_at (now, not only when the server said so).
    static bool isOverdue(const QJsonObject& request);
    /// Open, acknowledged, answered or accepted: not closed or rejected yet.
    static bool isActive(const QJsonObject& request);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// The Qt::DisplayRole text of `index`.
    QVariant display(const QModelIndex& index) const;
    QString m_agency;
    QString m_country;
};

} // namespace jcc::console
