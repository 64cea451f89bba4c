#pragma once
// The units of the Store as a table: status colours, time in status that ticks, the incident a
// unit works on. Sorting by the group column keeps a country's agencies together.
#include "console/models/StoreTableModel.hpp"

namespace jcc::console {

class UnitModel : public StoreTableModel {
    Q_OBJECT
public:
    enum Column {
        Group,
        CallSign,
        Type,
        Status,
        InStatus,
        Incident,
        Station,
        Capabilities,
        ColumnCount
    };
    enum Role {
        StatusCodeRole = FirstCustomRole,
        AgencyRole,  ///< agency code
        CountryRole, ///< "CZ" or "SK"
        SearchTextRole,
    };

    explicit UnitModel(Store& store, QObject* parent = nullptr);

    /// The user's agency: units it may not task are shown greyed (they are asked for).
    void setUserAgency(const QString& agency);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// The Qt::DisplayRole text of `index`.
    QVariant display(const QModelIndex& index) const;
    QString m_userAgency;
};

} // namespace jcc::console
