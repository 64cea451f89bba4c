#pragma once
// Names of the domain's codes (statuses, priorities, liaison kinds) in the current language, their
// colours on screen, and times and durations as an operator reads them: Europe/Prague local time.
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace jcc::console {

class DomainText {
    Q_DECLARE_TR_FUNCTIONS(DomainText)
public:
    static QString incidentStatus(const QString& code);
    static QString unitStatus(const QString& code);
    static QString assignmentStatus(const QString& code);
    static QString liaisonStatus(const QString& code);
    static QString liaisonKind(const QString& code);
    /// "P1 urgent" … "P4 low".
    static QString priority(int priority);

    /// Background for a priority (1 red … 4 grey); invalid for an unknown one.
    static QColor priorityColour(int priority);
    /// A strong colour of the priority, for text on priorityColour() and for map markers.
    static QColor priorityAccent(int priority);
    static QColor unitStatusColour(const QString& status);

    /// The centre's time zone, Europe/Prague.
    static const QTimeZone& zone();
    /// A wire time (ISO 8601 UTC) as a QDateTime; invalid for null or bad input.
    static QDateTime parseTime(const QString& iso);
    /// "14:05:09" today in Prague, else "24.11. 14:05".
    static QString clock(const QDateTime& utc);
    /// clock() of the wire time `object[key]`; empty when it is missing or bad.
    static QString clockAt(const QJsonObject& object, const char* key);
    /// An elapsed time: "45 s", "12 min", "3 h 05 min", "2 d 04 h".
    static QString duration(qint64 seconds);
    /// The incident types' and unit statuses' codes, in life-cycle order.
    static const QStringList& incidentStatuses();
    static const QStringList& unitStatuses();
    static const QStringList& liaisonKinds();
};

} // namespace jcc::console
