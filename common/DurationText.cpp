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

} // namespace jcc
