#include "console/models/IncidentModel.hpp"

#include "console/PlainText.hpp"
#include "console/models/DomainText.hpp"
#include "console/models/TextFold.hpp"

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

void IncidentModel::forgetRow(int row) {
    if (row >= 0 && static_cast<std::size_t>(row) < m_views.size()) {
        m_views[row].reset();
    }
}

void IncidentModel::forgetAll() {
    m_views.clear();
}

const IncidentModel::RowView& IncidentModel::view(int row) const {
    if (static_cast<std::size_t>(row) >= m_views.size()) {
        m_views.resize(rowCount());
    }
    std::optional<RowView>& cached = m_views[row];
    if (cached) {
        return *cached;
    }
    const QJsonObject& incident = entity(row);
    const QJsonObject location = incident[QLatin1String("location")].toObject();
    RowView& v = cached.emplace();
    v.id = incident[QLatin1String("id")].toInteger();
    v.priority = incident[QLatin1String("priority")].toInt();
    v.status = incident[QLatin1String("status")].toString();
    v.type = incident[QLatin1String("type")].toString();
    v.typeName = store().incidentTypeName(v.type, language());
    v.side = incident[QLatin1String("responsible_side")].toString();
    v.transferTo = incident[QLatin1String("transfer")][QLatin1String("to")].toString();
    v.ref = incident[QLatin1String("ref")].toString();
    v.location = locationText(location);
    v.description = incident[QLatin1String("description")].toString().simplified();
    v.units = activeCallSigns(incident);
    v.createdAtIso = incident[QLatin1String("created_at")].toString();
    v.createdAt = DomainText::parseTime(v.createdAtIso);
    if (location[QLatin1String("lat")].isDouble() && location[QLatin1String("lon")].isDouble()) {
        v.lat = location[QLatin1String("lat")].toDouble();
        v.lon = location[QLatin1String("lon")].toDouble();
    }
    v.search = foldForSearch(
        QStringList{v.ref, v.typeName, v.location, v.description, v.units.join(QLatin1Char(' '))}
            .join(QLatin1Char(' ')));
    return v;
}

QVariant IncidentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const RowView& v = view(index.row());
    switch (role) {
    case IdRole:
        return v.id;
    case EntityRole:
        return entity(index.row());
    case LatitudeRole:
        return v.lat;
    case LongitudeRole:
        return v.lon;
    case StatusCodeRole:
        return v.status;
    case PriorityRole:
        return v.priority;
    case TypeCodeRole:
        return v.type;
    case SideRole:
        return v.side;
    case TransferToRole:
        return v.transferTo;
    case SearchTextRole:
        return v.search;
    case Qt::BackgroundRole:
        return DomainText::priorityColour(v.priority);
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    case Qt::FontRole:
        if (v.priority == 1 && v.status == QLatin1String("new")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Description || index.column() == Location) {
            return plainAutoText(data(index, Qt::DisplayRole).toString());
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Ref:
            return v.id;
        case Priority:
            return v.priority;
        case Status:
            return DomainText::incidentStatuses().indexOf(v.status);
        case Age:
            // Oldest first when ascending.
            return v.createdAtIso;
        case Units:
            return v.units.size();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        return display(index);
    }
    return {};
}

QVariant IncidentModel::display(const QModelIndex& index) const {
    const RowView& v = view(index.row());
    switch (index.column()) {
    case Ref:
        return v.ref;
    case Priority:
        return DomainText::priority(v.priority);
    case Type:
        return v.typeName;
    case Status:
        return DomainText::incidentStatus(v.status);
    case Location:
        return v.location;
    case Side:
        // "CZ → SK": offered to the other side, not yet taken over.
        return v.transferTo.isEmpty() ? v.side
                                      : QStringLiteral("%1 → %2").arg(v.side, v.transferTo);
    case Age:
        return DomainText::duration(v.createdAt.secsTo(QDateTime::currentDateTimeUtc()));
    case Units:
        return v.units.join(QStringLiteral(", "));
    case Description:
        return v.description;
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
