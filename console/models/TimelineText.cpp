#include "console/models/TimelineText.hpp"

#include "console/Translations.hpp"
#include "console/models/DomainText.hpp"
#include "console/store/Store.hpp"

#include <QJsonArray>
#include <QStringList>

namespace jcc::console {

namespace {

QString text(const QJsonObject& entry, const char* key) {
    return entry.value(QLatin1String(key)).toString();
}

QString joined(const QJsonValue& list) {
    QStringList items;
    for (const QJsonValue& item : list.toArray()) {
        items << item.toString();
    }
    return items.join(QStringLiteral(", "));
}

} // namespace

bool TimelineText::isNote(const QJsonObject& entry) {
    return text(entry, "kind") == QLatin1String("note");
}

QString TimelineText::describe(const QJsonObject& entry, const Store& store) {
    const QString kind = text(entry, "kind");
    const QString unit = text(entry, "unit");
    if (kind == QLatin1String("created")) {
        return tr("Incident created");
    }
    if (kind == QLatin1String("changed")) {
        return changes(entry, store);
    }
    if (kind == QLatin1String("assigned")) {
        return tr("%1 assigned").arg(unit);
    }
    if (kind == QLatin1String("assignment_step")) {
        return tr("%1: %2").arg(unit, DomainText::assignmentStatus(text(entry, "step")));
    }
    if (kind == QLatin1String("unit_status")) {
        const QString status = DomainText::unitStatus(text(entry, "status"));
        return entry.contains(QLatin1String("reason"))
                   ? tr("%1: %2 (%3)").arg(unit, status, text(entry, "reason"))
                   : tr("%1: %2").arg(unit, status);
    }
    if (kind == QLatin1String("closed")) {
        return entry.value(QLatin1String("also_resolved")).toBool()
                   ? tr("Incident resolved and closed")
                   : tr("Incident closed");
    }
    if (kind == QLatin1String("cancelled")) {
        const QString cleared = joined(entry.value(QLatin1String("cleared")));
        return cleared.isEmpty()
                   ? tr("Incident cancelled: %1").arg(text(entry, "reason"))
                   : tr("Incident cancelled: %1; cleared %2").arg(text(entry, "reason"), cleared);
    }
    if (kind.startsWith(QLatin1String("assistance_"))) {
        return assistance(kind, entry, store);
    }
    if (kind.startsWith(QLatin1String("transfer_"))) {
        return transfer(kind, entry);
    }
    // A note, a system entry from before entries were data, or a kind from a newer server.
    return text(entry, "body");
}

QString TimelineText::changes(const QJsonObject& entry, const Store& store) {
    const QString language = Translations::active();
    QStringList parts;
    for (const QJsonValue& value : entry.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        const QString field = text(change, "field");
        if (field == QLatin1String("priority")) {
            parts << tr("priority %1 → %2")
                         .arg(change.value(QLatin1String("from")).toInt())
                         .arg(change.value(QLatin1String("to")).toInt());
        } else if (field == QLatin1String("type")) {
            parts << tr("type %1 → %2")
                         .arg(store.incidentTypeName(text(change, "from"), language),
                              store.incidentTypeName(text(change, "to"), language));
        } else if (field == QLatin1String("location")) {
            parts << tr("place %1").arg(text(change, "to"));
        } else if (field == QLatin1String("description")) {
            parts << tr("description");
        } else {
            parts << field;
        }
    }
    return tr("Changed: %1").arg(parts.join(QStringLiteral("; ")));
}

QString TimelineText::assistance(const QString& kind, const QJsonObject& entry,
                                 const Store& store) {
    const QString agency = store.agencyShortName(text(entry, "agency"));
    const QString request = QString::number(entry.value(QLatin1String("liaison_id")).toInteger());
    if (kind == QLatin1String("assistance_requested")) {
        return tr("Requested from %1: %2 × %3 (%4 suggested)")
            .arg(agency)
            .arg(entry.value(QLatin1String("count")).toInt(1))
            .arg(store.unitTypeName(text(entry, "unit_type"), Translations::active()),
                 text(entry, "unit"));
    }
    if (kind == QLatin1String("assistance_accepted")) {
        return entry.contains(QLatin1String("desk_contact"))
                   ? tr("%1 accepted request %2 (by telephone: %3)")
                         .arg(agency, request, text(entry, "desk_contact"))
                   : tr("%1 accepted request %2").arg(agency, request);
    }
    if (kind == QLatin1String("assistance_proposed")) {
        return tr("%1 proposes %2 instead (request %3)")
            .arg(agency, joined(entry.value(QLatin1String("units"))), request);
    }
    return text(entry, "body");
}

QString TimelineText::transfer(const QString& kind, const QJsonObject& entry) {
    const QString reason = text(entry, "reason");
    if (kind == QLatin1String("transfer_offered")) {
        return tr("Offered to %1: %2").arg(text(entry, "to"), reason);
    }
    if (kind == QLatin1String("transfer_accepted")) {
        return tr("Taken over by %1 (responsible until now: %2)")
            .arg(text(entry, "by"), text(entry, "from"));
    }
    if (kind == QLatin1String("transfer_declined")) {
        return tr("Declined by %1: %2").arg(text(entry, "by"), reason);
    }
    if (kind == QLatin1String("transfer_withdrawn")) {
        return tr("Offer to %1 withdrawn: %2").arg(text(entry, "to"), reason);
    }
    return text(entry, "body");
}

} // namespace jcc::console
