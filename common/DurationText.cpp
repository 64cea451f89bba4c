#include "common/DurationText.hpp"

namespace jcc {

namespace {
std::string part(long long count, const char* unit) {
    return std::to_string(count) + " " + unit + (count == 1 ? "" : "s");
}
} // namespace

std::string describeDuration(std::chrono::seconds duration) {
    const long long total = duration.count();
    const long long hours = total / 3600;
    const long long minutes = total % 3600 / 60;
    const long long seconds = total % 60;
    std::string text;
    auto append = [&text](long long count, const char* unit) {
        if (count > 0) {
            text += (text.empty() ? "" : " ") + part(count, unit);
        }
    };
    append(hours, "hour");
    append(minutes, "minute");
    append(seconds, "second");
    return text.empty() ? "0 seconds" : text;
}

std::string shortDuration(std::int64_t seconds, DurationPrecision precision) {
    if (seconds < 0) {
        return "–";
    }
    struct Unit {
        std::int64_t seconds;
        const char* symbol;
    };
    static constexpr Unit kUnits[] = {{86'400, "d"}, {3'600, "h"}, {60, "min"}, {1, "s"}};
    if (seconds >= 60 && precision == DurationPrecision::Minutes) {
        seconds -= seconds % 60;
    }
    for (std::size_t i = 0; i + 1 < std::size(kUnits); ++i) {
        const auto& unit = kUnits[i];
        if (seconds < unit.seconds) {
            continue;
        }
        const auto& next = kUnits[i + 1];
        const std::int64_t rest = seconds % unit.seconds / next.seconds;
        std::string text = std::to_string(seconds / unit.seconds) + " " + unit.symbol;
        if (rest > 0) {
            text += " " + std::to_string(rest) + " " + next.symbol;
        }
        return text;
    }
    return std::to_string(seconds) + " s";
}

} // namespace jcc
