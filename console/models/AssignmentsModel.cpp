#include "console/models/AssignmentsModel.hpp"

#include "console/models/DomainText.hpp"

#include <QJsonObject>

namespace jcc::console {

QVariant AssignmentsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const QJsonObject assignment = row(index.row());
    if (role == IdRole) {
        return assignment[QLatin1String("id")].toInteger();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case CallSign:
        return assignment[QLatin1String("call_sign")].toString();
    case Status:
        return DomainText::assignmentStatus(assignment[QLatin1String("status")].toString());
    case Assigned:
        return DomainText::clockAt(assignment, "assigned_at");
    case Acknowledged:
        return DomainText::clockAt(assignment, "acknowledged_at");
    case EnRoute:
        return DomainText::clockAt(assignment, "en_route_at");
    case OnScene:
        return DomainText::clockAt(assignment, "on_scene_at");
    case Cleared:
        return DomainText::clockAt(assignment, "cleared_at");
    }
    return {};
}

QVariant AssignmentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return JsonRowsModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CallSign:
        return tr("Unit");
    case Status:
        return tr("Status");
    case Assigned:
        return tr("Assigned");
    case Acknowledged:
        return tr("Acknowledged");
    case EnRoute:
        return tr("En route");
    case OnScene:
        return tr("On scene");
    case Cleared:
        return tr("Cleared");
    }
    return {};
}

} // namespace jcc::console
