#include "console/models/UnitModel.hpp"

#include "console/PlainText.hpp"
#include "console/models/DomainText.hpp"

#include <QJsonArray>

namespace jcc::console {

UnitModel::UnitModel(Store& store, QObject* parent)
    : StoreTableModel(store, Store::Table::Units, parent) {
    setTickingColumn(InStatus, 5'000);
}

void UnitModel::setUserAgency(const QString& agency) {
    beginResetModel();
    m_userAgency = agency;
    endResetModel();
}

int UnitModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const QJsonObject& unit = entity(index.row());
    const QString status = unit[QLatin1String("status")].toString();
    const QString agency = unit[QLatin1String("agency")].toString();
    const QString country = unit[QLatin1String("country")].toString();
    const QJsonObject position = unit[QLatin1String("position")].toObject();
    switch (role) {
    case IdRole:
        return unit[QLatin1String("id")].toInteger();
    case EntityRole:
        return unit;
    case LatitudeRole:
        return position.isEmpty() ? QVariant() : position[QLatin1String("lat")].toVariant();
    case LongitudeRole:
        return position.isEmpty() ? QVariant() : position[QLatin1String("lon")].toVariant();
    case StatusCodeRole:
        return status;
    case AgencyRole:
        return agency;
    case CountryRole:
        return country;
    case SearchTextRole:
        return QStringList{unit[QLatin1String("call_sign")].toString(),
                           store().agencyShortName(agency),
                           store().unitTypeName(unit[QLatin1String("type")].toString(), language()),
                           unit[QLatin1String("home_station")].toString()}
            .join(QLatin1Char(' '));
    case Qt::BackgroundRole:
        return DomainText::unitStatusColour(status);
    case Qt::ForegroundRole:
        // Another agency's unit: asked for, not tasked (grey).
        return m_userAgency.isEmpty() || store().mayTask(m_userAgency, agency)
                   ? QColor(Qt::black)
                   : QColor(0x75, 0x75, 0x75);
    case Qt::ToolTipRole:
        return plainAutoText(unit[QLatin1String("status_reason")].toString());
    case SortRole:
        switch (index.column()) {
        case Group:
            return QStringLiteral("%1 %2 %3")
                .arg(country, agency, unit[QLatin1String("call_sign")].toString());
        case Status:
            return DomainText::unitStatuses().indexOf(status);
        case InStatus:
            return unit[QLatin1String("status_since")].toString();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        return display(index);
    }
    return {};
}

QVariant UnitModel::display(const QModelIndex& index) const {
    const QJsonObject& unit = entity(index.row());
    const QString status = unit[QLatin1String("status")].toString();
    const QString agency = unit[QLatin1String("agency")].toString();
    const QString country = unit[QLatin1String("country")].toString();
    switch (index.column()) {
    case Group:
        return QStringLiteral("%1 · %2").arg(country, store().agencyShortName(agency));
    case CallSign:
        return unit[QLatin1String("call_sign")].toString();
    case Type:
        return store().unitTypeName(unit[QLatin1String("type")].toString(), language());
    case Status:
        return DomainText::unitStatus(status);
    case InStatus: {
        const QDateTime since =
            DomainText::parseTime(unit[QLatin1String("status_since")].toString());
        return DomainText::duration(since.secsTo(QDateTime::currentDateTimeUtc()));
    }
    case Incident: {
        const qint64 incidentId = unit[QLatin1String("incident_id")].toInteger();
        return incidentId == 0
                   ? QString()
                   : store().incidents().find(incidentId)[QLatin1String("ref")].toString();
    }
    case Station:
        return unit[QLatin1String("home_station")].toString();
    case Capabilities: {
        QStringList capabilities;
        for (const QJsonValue& capability : unit[QLatin1String("capabilities")].toArray()) {
            capabilities.append(capability.toString());
        }
        return capabilities.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant UnitModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return StoreTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Group:
        return tr("Agency");
    case CallSign:
        return tr("Call sign");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case InStatus:
        return tr("In status");
    case Incident:
        return tr("Incident");
    case Station:
        return tr("Home station");
    case Capabilities:
        return tr("Capabilities");
    }
    return {};
}

} // namespace jcc::console
