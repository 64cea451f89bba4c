#pragma once
// Times and durations of the supervisor view as people read them: instants from the server (ISO
// 8601 UTC) in the shift schedule's zone (Europe/Prague unless the report names another), and
// second counts as "7 min 30 s" or "3 h 40 min".
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace jcc::console::supervisor {

class TimeText {
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    /// The zone of the default shift schedule.
    static QTimeZone defaultZone();
    /// `zoneName` (an IANA name) when the system knows it, else defaultZone().
    static QTimeZone zone(const QString& zoneName);
    /// "10.03.2026 06:00" for "2026-03-10T05:00:00.000Z" in Europe/Prague; "" for an empty or
    /// unreadable `iso`.
    static QString dateTime(const QString& iso, const QTimeZone& zone = defaultZone());
    /// "06:00" when `iso` falls on the local date `sameDayAs` names, else dateTime().
    static QString shortTime(const QString& iso, const QDate& sameDayAs,
                             const QTimeZone& zone = defaultZone());
    /// "45 s", "7 min 30 s", "3 h 40 min"; "–" for a negative count (nothing measured).
    static QString duration(qint64 seconds);
};

} // namespace jcc::console::supervisor
