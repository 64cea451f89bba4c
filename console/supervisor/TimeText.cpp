#include "console/supervisor/TimeText.hpp"

#include "common/DurationText.hpp"
#include "console/models/DomainText.hpp"

#include <QDateTime>

namespace jcc::console::supervisor {

namespace {

QDateTime parse(const QString& iso, const QTimeZone& zone) {
    const QDateTime at = DomainText::parseTime(iso);
    return at.isValid() ? at.toTimeZone(zone) : QDateTime();
}

} // namespace

QTimeZone TimeText::defaultZone() {
    return DomainText::zone();
}

QTimeZone TimeText::zone(const QString& zoneName) {
    const QTimeZone named(zoneName.toUtf8());
    return named.isValid() ? named : defaultZone();
}

QString TimeText::dateTime(const QString& iso, const QTimeZone& zone) {
    const QDateTime at = parse(iso, zone);
    return at.isValid() ? at.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

QString TimeText::shortTime(const QString& iso, const QDate& sameDayAs, const QTimeZone& zone) {
    const QDateTime at = parse(iso, zone);
    if (!at.isValid()) {
        return QString();
    }
    return at.date() == sameDayAs ? at.toString(QStringLiteral("HH:mm"))
                                  : at.toString(QStringLiteral("dd.MM. HH:mm"));
}

QString TimeText::duration(qint64 seconds) {
    return QString::fromStdString(shortDuration(seconds));
}

} // namespace jcc::console::supervisor
