#include "console/models/IncidentModel.hpp"

#include "console/models/DomainText.hpp"

#include <QFont>
#include <QJsonArray>

namespace jcc::console {

namespace {

// Units on the incident now (assignments not cleared), by call sign.
QStringList activeCallSigns(const QJsonObject& incident) {
    QStringList signs;
    for (const QJsonValue& assignment : incident[QLatin1String("assignments")].toArray()) {
        if (assignment[QLatin1String("status")].toString() != QLatin1String("cleared")) {
            signs.append(assignment[QLatin1String("call_sign")].toString());
        }
    }
    return signs;
}

QString locationText(const QJsonObject& location) {
    const QString text = location[QLatin1String("text")].toString();
    const QString municipality = location[QLatin1String("municipality")].toString();
    if (municipality.isEmpty() || text.contains(municipality)) {
        return text;
    }
    return QStringLiteral("%1, %2").arg(text, municipality);
}

} // namespace

IncidentModel::IncidentModel(Store& store, QObject* parent)
    : StoreTableModel(store, Store::Table::Incidents, parent) {
    setTickingColumn(Age, 5'000);
}

int IncidentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const QJsonObject& incident = entity(index.row());
    const QJsonObject location = incident[QLatin1String("location")].toObject();
    const int priority = incident[QLatin1String("priority")].toInt();
    const QString status = incident[QLatin1String("status")].toString();
    switch (role) {
    case IdRole:
        return incident[QLatin1String("id")].toInteger();
    case EntityRole:
        return incident;
    case LatitudeRole:
        return location[QLatin1String("lat")].isDouble()
                   ? location[QLatin1String("lat")].toVariant()
                   : QVariant();
    case LongitudeRole:
        return location[QLatin1String("lon")].isDouble()
                   ? location[QLatin1String("lon")].toVariant()
                   : QVariant();
    case StatusCodeRole:
        return status;
    case PriorityRole:
        return priority;
    case TypeCodeRole:
        return incident[QLatin1String("type")].toString();
    case SideRole:
        return location[QLatin1String("country_side")].toString();
    case SearchTextRole:
        return QStringList{
            incident[QLatin1String("ref")].toString(),
            store().incidentTypeName(incident[QLatin1String("type")].toString(), language()),
            locationText(location), incident[QLatin1String("description")].toString(),
            activeCallSigns(incident).join(QLatin1Char(' '))}
            .join(QLatin1Char(' '));
    case Qt::BackgroundRole:
        return DomainText::priorityColour(priority);
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    case Qt::FontRole:
        if (priority == 1 && status == QLatin1String("new")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Description || index.column() == Location) {
            return data(index, Qt::DisplayRole);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Ref:
            return incident[QLatin1String("id")].toInteger();
        case Priority:
            return priority;
        case Status:
            return DomainText::incidentStatuses().indexOf(status);
        case Age:
            // Oldest first when ascending.
            return incident[QLatin1String("created_at")].toString();
        case Units:
            return activeCallSigns(incident).size();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Ref:
            return incident[QLatin1String("ref")].toString();
        case Priority:
            return DomainText::priority(priority);
        case Type:
            return store().incidentTypeName(incident[QLatin1String("type")].toString(), language());
        case Status:
            return DomainText::incidentStatus(status);
        case Location:
            return locationText(location);
        case Side:
            return location[QLatin1String("country_side")].toString();
        case Age: {
            const QDateTime created =
                DomainText::parseTime(incident[QLatin1String("created_at")].toString());
            return DomainText::duration(created.secsTo(QDateTime::currentDateTimeUtc()));
        }
        case Units:
            return activeCallSigns(incident).join(QStringLiteral(", "));
        case Description:
            return incident[QLatin1String("description")].toString().simplified();
        }
        return {};
    }
    return {};
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return StoreTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Ref:
        return tr("Reference");
    case Priority:
        return tr("Priority");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Location:
        return tr("Location");
    case Side:
        return tr("Side");
    case Age:
        return tr("Age");
    case Units:
        return tr("Units");
    case Description:
        return tr("Description");
    }
    return {};
}

} // namespace jcc::console
