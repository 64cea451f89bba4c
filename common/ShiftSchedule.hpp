#pragma once
// The shift schedule: local start times in one time zone, each with a code letter, and the
// identifiers of shifts ("2026-03-28N": the local date the shift starts plus its code). The time
// arithmetic itself is PostgreSQL's (shift_id_at, shift_bounds in db/migrations/0004), which is
// correct across daylight-saving changes.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace jcc {

/// A schedule part that cannot be used; the message says what is wrong and what is allowed.
class ShiftScheduleError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

struct ShiftSchedule {
    std::string zone = "Europe/Prague";                ///< IANA time zone name
    std::vector<std::string> starts{"06:00", "18:00"}; ///< "HH:MM", ascending
    std::string codes = "DN";                          ///< one capital letter per start

    /// "06:00,18:00" → starts; throws ShiftScheduleError (1 to 24 distinct times, ascending).
    static std::vector<std::string> parseStarts(std::string_view text);
    /// "D,N" → "DN"; throws ShiftScheduleError (distinct capital letters).
    static std::string parseCodes(std::string_view text);
    /// An IANA zone known to the system time zone database (/usr/share/zoneinfo), e.g.
    /// "Europe/Prague"; throws ShiftScheduleError.
    static std::string parseZone(std::string_view text);
    /// Throws ShiftScheduleError when the number of codes differs from the number of starts.
    void check() const;

    /// PostgreSQL array literals for the SQL functions: "{06:00,18:00}" and "{D,N}".
    std::string startsArray() const;
    std::string codesArray() const;
    /// "06:00 D, 18:00 N", for messages.
    std::string describe() const;
};

/// A shift named by its identifier: the local start date and the 1-based index of its start.
struct ShiftRef {
    std::string id;   ///< "2026-03-28N"
    std::string date; ///< "2026-03-28"
    int index = 1;
};

/// Parses "YYYY-MM-DD" + code for `schedule`; nullopt when malformed, the date does not exist or
/// the code is not one of the schedule's.
std::optional<ShiftRef> parseShiftId(const ShiftSchedule& schedule, std::string_view id);

/// A calendar date "YYYY-MM-DD" that exists.
bool isCalendarDate(std::string_view text);

} // namespace jcc
