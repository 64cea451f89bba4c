#include "console/models/LiaisonModel.hpp"

#include "console/PlainText.hpp"
#include "console/models/DomainText.hpp"

#include <QFont>
#include <QJsonArray>

namespace jcc::console {

LiaisonModel::LiaisonModel(Store& store, QObject* parent)
    : StoreTableModel(store, Store::Table::Liaison, parent) {
    setTickingColumn(Due, 1'000);
}

void LiaisonModel::setUser(const QString& agency, const QString& country) {
    m_agency = agency;
    m_country = country;
    retranslate();
}

QString LiaisonModel::sideOf(const QJsonObject& request, const QString& agency,
                             const QString& country) {
    const QStringList countries =
        request[QLatin1String("direction")].toString().split(QChar(0x2192));
    if (countries.size() != 2) {
        return {};
    }
    if (countries.at(0) != countries.at(1)) {
        if (country == countries.at(1)) {
            return QStringLiteral("receiving");
        }
        return country == countries.at(0) ? QStringLiteral("requesting") : QString();
    }
    if (agency == request[QLatin1String("to_agency")].toString()) {
        return QStringLiteral("receiving");
    }
    return agency == request[QLatin1String("from_agency")].toString() ? QStringLiteral("requesting")
                                                                      : QString();
}

bool LiaisonModel::isOverdue(const QJsonObject& request) {
    const QString status = request[QLatin1String("status")].toString();
    if (status != QLatin1String("open") && status != QLatin1String("acknowledged")) {
        return false;
    }
    return request[QLatin1String("overdue")].toBool() ||
           DomainText::parseTime(request[QLatin1String("due_at")].toString()) <
               QDateTime::currentDateTimeUtc();
}

bool LiaisonModel::isActive(const QJsonObject& request) {
    const QString status = request[QLatin1String("status")].toString();
    return status == QLatin1String("open") || status == QLatin1String("acknowledged") ||
           status == QLatin1String("answered") || status == QLatin1String("accepted");
}

int LiaisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiaisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const QJsonObject& request = entity(index.row());
    const QString status = request[QLatin1String("status")].toString();
    const QString side = sideOf(request, m_agency, m_country);
    const bool overdue = isOverdue(request);
    switch (role) {
    case IdRole:
        return request[QLatin1String("id")].toInteger();
    case EntityRole:
        return request;
    case StatusCodeRole:
        return status;
    case SideRole:
        return side;
    case OverdueRole:
        return overdue;
    case Qt::BackgroundRole:
        if (overdue) {
            return QColor(0xef, 0x53, 0x50);
        }
        return isActive(request)
                   ? DomainText::priorityColour(request[QLatin1String("priority")].toInt())
                   : QColor(0xee, 0xee, 0xee);
    case Qt::ForegroundRole:
        return overdue ? QColor(Qt::white) : QColor(Qt::black);
    case Qt::FontRole:
        if (overdue || (side == QLatin1String("receiving") && status == QLatin1String("open"))) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return plainAutoText(request[QLatin1String("body")].toString());
    case SortRole:
        switch (index.column()) {
        case Number:
        case Priority:
            return request[index.column() == Number ? QLatin1String("id")
                                                    : QLatin1String("priority")]
                .toInteger();
        case Due:
            return request[QLatin1String("due_at")].toString();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        return display(index);
    }
    return {};
}

QVariant LiaisonModel::display(const QModelIndex& index) const {
    const QJsonObject& request = entity(index.row());
    const QString status = request[QLatin1String("status")].toString();
    const QString side = sideOf(request, m_agency, m_country);
    switch (index.column()) {
    case Number:
        return request[QLatin1String("id")].toInteger();
    case Direction:
        if (side == QLatin1String("receiving")) {
            return tr("incoming");
        }
        return side == QLatin1String("requesting") ? tr("outgoing") : tr("other");
    case Agencies:
        return QStringLiteral("%1 → %2").arg(
            store().agencyShortName(request[QLatin1String("from_agency")].toString()),
            store().agencyShortName(request[QLatin1String("to_agency")].toString()));
    case Kind:
        return DomainText::liaisonKind(request[QLatin1String("kind")].toString());
    case Subject:
        return request[QLatin1String("subject")].toString();
    case Priority:
        return DomainText::priority(request[QLatin1String("priority")].toInt());
    case Status:
        return DomainText::liaisonStatus(status);
    case Due: {
        if (status != QLatin1String("open") && status != QLatin1String("acknowledged")) {
            return DomainText::clock(
                DomainText::parseTime(request[QLatin1String("due_at")].toString()));
        }
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(
            DomainText::parseTime(request[QLatin1String("due_at")].toString()));
        return left >= 0 ? tr("in %1").arg(DomainText::duration(left))
                         : tr("overdue %1").arg(DomainText::duration(-left));
    }
    }
    return {};
}

QVariant LiaisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return StoreTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Number:
        return tr("No.");
    case Direction:
        return tr("Direction");
    case Agencies:
        return tr("From → to");
    case Kind:
        return tr("Kind");
    case Subject:
        return tr("Subject");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    case Due:
        return tr("Due");
    }
    return {};
}

} // namespace jcc::console
