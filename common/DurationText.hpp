#pragma once
// Durations as people read them, the one formatter of the project: in sentences ("12 hours",
// "1 minute 30 seconds") and in tables, reports and countdowns ("45 s", "7 min 30 s",
// "3 h 40 min", "2 d 5 h"; the unit symbols are the same in Czech, Slovak and English).
#include <chrono>
#include <cstdint>
#include <string>

namespace jcc {

std::string describeDuration(std::chrono::seconds duration);

/// How fine shortDuration goes: to the second (report figures) or, past the first minute, to
/// the minute (ages and countdowns that tick).
enum class DurationPrecision { Seconds, Minutes };

/// The two largest units of `seconds`, the smaller left out when it is 0: "45 s", "7 min 30 s",
/// "17 min", "3 h 40 min", "2 d 5 h"; "–" for a negative duration (unknown).
std::string shortDuration(std::int64_t seconds,
                          DurationPrecision precision = DurationPrecision::Seconds);

} // namespace jcc
