#include "console/models/TimelineModel.hpp"

#include "console/PlainText.hpp"
#include "console/models/DomainText.hpp"
#include "console/models/TimelineText.hpp"

#include <QColor>
#include <QFont>

namespace jcc::console {

TimelineModel::TimelineModel(const Store& store, QObject* parent)
    : JsonRowsModel(ColumnCount, parent), m_store(store) {}

namespace {

bool hasEntry(const QJsonArray& entries, const QJsonValue& id) {
    for (const QJsonValue& known : entries) {
        if (known[QLatin1String("id")] == id) {
            return true;
        }
    }
    return false;
}

} // namespace

void TimelineModel::setEntries(const QJsonArray& entries) {
    QJsonArray merged = entries;
    for (const QJsonValue& entry : rows()) {
        if (!hasEntry(entries, entry[QLatin1String("id")])) {
            merged.append(entry);
        }
    }
    setRows(merged);
}

void TimelineModel::add(const QJsonObject& entry) {
    if (hasEntry(rows(), entry[QLatin1String("id")])) {
        return;
    }
    appendRow(entry);
}

QString TimelineModel::latestChangeAuthor() const {
    for (qsizetype i = rows().size() - 1; i >= 0; --i) {
        if (!TimelineText::isNote(rows().at(i).toObject())) {
            return rows().at(i)[QLatin1String("author")].toString();
        }
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const QJsonObject entry = row(index.row());
    const bool note = TimelineText::isNote(entry);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return DomainText::clockAt(entry, "at");
        case Author:
            return entry[QLatin1String("author")].toString();
        case Entry:
            return TimelineText::describe(entry, m_store);
        }
        return {};
    case Qt::ToolTipRole:
        return plainAutoText(TimelineText::describe(entry, m_store));
    case Qt::FontRole:
        if (note && index.column() == Entry) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return note ? QVariant() : QVariant(QColor(0x55, 0x55, 0x55));
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return JsonRowsModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Author:
        return tr("Author");
    case Entry:
        return tr("Entry");
    }
    return {};
}

} // namespace jcc::console
