#include "console/supervisor/HandoverListModel.hpp"

#include "console/PlainText.hpp"
#include "console/supervisor/ReportHtml.hpp"
#include "console/supervisor/TimeText.hpp"

#include <QColor>
#include <QJsonObject>

namespace jcc::console::supervisor {

namespace {

constexpr int kRemarksExcerpt = 80;

} // namespace

HandoverListModel::HandoverListModel(QObject* parent) : QAbstractTableModel(parent) {}

void HandoverListModel::setReports(const QJsonArray& reports) {
    beginResetModel();
    m_reports = reports;
    endResetModel();
}

int HandoverListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

int HandoverListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant HandoverListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_reports.size()) {
        return {};
    }
    const QJsonObject report = m_reports.at(index.row()).toObject();
    if (role == kShiftRole) {
        return report.value(QLatin1String("shift_id")).toString();
    }
    const bool signedReport = report.value(QLatin1String("signed")).toBool();
    const bool acknowledged = !report.value(QLatin1String("acknowledged_by")).toString().isEmpty();
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Shift:
            return report.value(QLatin1String("shift_id")).toString();
        case Column::Starts:
            return TimeText::dateTime(report.value(QLatin1String("starts_at")).toString());
        case Column::Ends:
            return TimeText::dateTime(report.value(QLatin1String("ends_at")).toString());
        case Column::State:
            return ReportHtml::stateText(report);
        case Column::Remarks: {
            const QString remarks = report.value(QLatin1String("remarks")).toString().simplified();
            return remarks.size() > kRemarksExcerpt ? remarks.left(kRemarksExcerpt) + QChar(0x2026)
                                                    : remarks;
        }
        case Column::Notes:
            return report.value(QLatin1String("notes")).toInteger();
        case Column::Count:
            break;
        }
        break;
    case kRawRole:
        switch (column) {
        case Column::Starts:
            return report.value(QLatin1String("starts_at")).toString();
        case Column::Ends:
            return report.value(QLatin1String("ends_at")).toString();
        case Column::State:
            return acknowledged ? 2 : signedReport ? 1 : 0;
        case Column::Notes:
            return report.value(QLatin1String("notes")).toInteger();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == Column::Remarks) {
            return plainAutoText(report.value(QLatin1String("remarks")).toString());
        }
        if (column == Column::State && signedReport) {
            return plainAutoText(
                tr("SHA-256 digest: %1").arg(report.value(QLatin1String("digest")).toString()));
        }
        break;
    case Qt::ForegroundRole:
        if (column == Column::State) {
            return signedReport ? QColor(0x1b, 0x5e, 0x20) : QColor(0x7a, 0x5d, 0x00);
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Notes) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant HandoverListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Shift:
        return tr("Shift");
    case Column::Starts:
        return tr("Starts");
    case Column::Ends:
        return tr("Ends");
    case Column::State:
        return tr("State");
    case Column::Remarks:
        return tr("Remarks");
    case Column::Notes:
        return tr("Notes");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace jcc::console::supervisor
