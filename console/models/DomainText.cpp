#include "console/models/DomainText.hpp"

#include "common/DurationText.hpp"

#include <QTimeZone>

namespace jcc::console {

QString DomainText::incidentStatus(const QString& code) {
    if (code == QLatin1String("new"))
        return tr("new", "incident status");
    if (code == QLatin1String("dispatched"))
        return tr("dispatched", "incident status");
    if (code == QLatin1String("on_scene"))
        return tr("on scene", "incident status");
    if (code == QLatin1String("resolved"))
        return tr("resolved", "incident status");
    if (code == QLatin1String("closed"))
        return tr("closed", "incident status");
    if (code == QLatin1String("cancelled"))
        return tr("cancelled", "incident status");
    return code;
}

QString DomainText::unitStatus(const QString& code) {
    if (code == QLatin1String("available"))
        return tr("available", "unit status");
    if (code == QLatin1String("dispatched"))
        return tr("dispatched", "unit status");
    if (code == QLatin1String("en_route"))
        return tr("en route", "unit status");
    if (code == QLatin1String("on_scene"))
        return tr("on scene", "unit status");
    if (code == QLatin1String("returning"))
        return tr("returning", "unit status");
    if (code == QLatin1String("out_of_service"))
        return tr("out of service", "unit status");
    return code;
}

QString DomainText::assignmentStatus(const QString& code) {
    if (code == QLatin1String("assigned"))
        return tr("assigned", "assignment status");
    if (code == QLatin1String("acknowledged"))
        return tr("acknowledged", "assignment status");
    if (code == QLatin1String("cleared"))
        return tr("cleared", "assignment status");
    return unitStatus(code);
}

QString DomainText::liaisonStatus(const QString& code) {
    if (code == QLatin1String("open"))
        return tr("open", "liaison request status");
    if (code == QLatin1String("acknowledged"))
        return tr("acknowledged", "liaison request status");
    if (code == QLatin1String("answered"))
        return tr("answered", "liaison request status");
    if (code == QLatin1String("accepted"))
        return tr("accepted", "liaison request status");
    if (code == QLatin1String("closed"))
        return tr("closed", "liaison request status");
    if (code == QLatin1String("rejected"))
        return tr("rejected", "liaison request status");
    return code;
}

QString DomainText::liaisonKind(const QString& code) {
    if (code == QLatin1String("information_request"))
        return tr("information request", "liaison request kind");
    if (code == QLatin1String("assistance_request"))
        return tr("assistance request", "liaison request kind");
    if (code == QLatin1String("hot_pursuit_notice"))
        return tr("hot pursuit notice", "liaison request kind");
    if (code == QLatin1String("person_vehicle_check"))
        return tr("person/vehicle check", "liaison request kind");
    if (code == QLatin1String("equipment_loan"))
        return tr("equipment loan", "liaison request kind");
    if (code == QLatin1String("custody_handover"))
        return tr("custody handover", "liaison request kind");
    return code;
}

QString DomainText::priority(int priority) {
    switch (priority) {
    case 1:
        return tr("P1 urgent");
    case 2:
        return tr("P2 high");
    case 3:
        return tr("P3 normal");
    case 4:
        return tr("P4 low");
    }
    return QString::number(priority);
}

QColor DomainText::priorityColour(int priority) {
    switch (priority) {
    case 1:
        return QColor(0xff, 0xcd, 0xd2);
    case 2:
        return QColor(0xff, 0xe0, 0xb2);
    case 3:
        return QColor(0xff, 0xf9, 0xc4);
    case 4:
        return QColor(0xec, 0xef, 0xf1);
    }
    return {};
}

QColor DomainText::priorityAccent(int priority) {
    switch (priority) {
    case 1:
        return QColor(0xb7, 0x1c, 0x1c);
    case 2:
        return QColor(0xbf, 0x36, 0x0c);
    case 3:
        return QColor(0x7a, 0x5d, 0x00);
    case 4:
        return QColor(0x45, 0x5a, 0x64);
    }
    return {};
}

QColor DomainText::unitStatusColour(const QString& status) {
    if (status == QLatin1String("available"))
        return QColor(0xc8, 0xe6, 0xc9);
    if (status == QLatin1String("dispatched"))
        return QColor(0xff, 0xe0, 0xb2);
    if (status == QLatin1String("en_route"))
        return QColor(0xff, 0xcc, 0x80);
    if (status == QLatin1String("on_scene"))
        return QColor(0xef, 0x9a, 0x9a);
    if (status == QLatin1String("returning"))
        return QColor(0xbb, 0xde, 0xfb);
    if (status == QLatin1String("out_of_service"))
        return QColor(0xcf, 0xd8, 0xdc);
    return {};
}

const QTimeZone& DomainText::zone() {
    static const QTimeZone prague("Europe/Prague");
    return prague;
}

QDateTime DomainText::parseTime(const QString& iso) {
    if (iso.isEmpty()) {
        return {};
    }
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

QString DomainText::clockAt(const QJsonObject& object, const char* key) {
    return clock(parseTime(object[QLatin1String(key)].toString()));
}

QString DomainText::clock(const QDateTime& utc) {
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime local = utc.toTimeZone(zone());
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(zone());
    if (local.date() == now.date()) {
        return local.toString(QStringLiteral("HH:mm:ss"));
    }
    return local.toString(QStringLiteral("d.M. HH:mm"));
}

QString DomainText::duration(qint64 seconds) {
    return QString::fromStdString(
        shortDuration(std::max<qint64>(0, seconds), DurationPrecision::Minutes));
}

const QStringList& DomainText::incidentStatuses() {
    static const QStringList codes{QStringLiteral("new"),      QStringLiteral("dispatched"),
                                   QStringLiteral("on_scene"), QStringLiteral("resolved"),
                                   QStringLiteral("closed"),   QStringLiteral("cancelled")};
    return codes;
}

const QStringList& DomainText::unitStatuses() {
    static const QStringList codes{QStringLiteral("available"), QStringLiteral("dispatched"),
                                   QStringLiteral("en_route"),  QStringLiteral("on_scene"),
                                   QStringLiteral("returning"), QStringLiteral("out_of_service")};
    return codes;
}

const QStringList& DomainText::liaisonKinds() {
    static const QStringList codes{
        QStringLiteral("information_request"), QStringLiteral("assistance_request"),
        QStringLiteral("hot_pursuit_notice"),  QStringLiteral("person_vehicle_check"),
        QStringLiteral("equipment_loan"),      QStringLiteral("custody_handover")};
    return codes;
}

} // namespace jcc::console
