#include "common/ShiftSchedule.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <regex>

namespace jcc {

namespace {

std::vector<std::string> splitCommas(std::string_view text) {
    std::vector<std::string> parts;
    std::string part;
    for (const char c : text) {
        if (c == ',') {
            parts.push_back(part);
            part.clear();
        } else if (c != ' ') {
            part += c;
        }
    }
    parts.push_back(part);
    return parts;
}

} // namespace

std::vector<std::string> ShiftSchedule::parseStarts(std::string_view text) {
    static const std::regex time(R"(^([01][0-9]|2[0-3]):[0-5][0-9]$)");
    const auto starts = splitCommas(text);
    for (const auto& start : starts) {
        if (!std::regex_match(start, time)) {
            throw ShiftScheduleError("expected local start times HH:MM separated by commas, e.g. "
                                     "06:00,18:00; '" +
                                     start + "' is not a time of day");
        }
    }
    if (starts.size() > 24 || !std::is_sorted(starts.begin(), starts.end()) ||
        std::adjacent_find(starts.begin(), starts.end()) != starts.end()) {
        throw ShiftScheduleError("expected 1 to 24 distinct start times in ascending order, e.g. "
                                 "06:00,18:00; got '" +
                                 std::string(text) + "'");
    }
    return starts;
}

std::string ShiftSchedule::parseCodes(std::string_view text) {
    std::string codes;
    for (const auto& code : splitCommas(text)) {
        if (code.size() != 1 || code[0] < 'A' || code[0] > 'Z' ||
            codes.find(code[0]) != std::string::npos) {
            throw ShiftScheduleError("expected distinct capital letters separated by commas, "
                                     "e.g. D,N; '" +
                                     code + "' is not one");
        }
        codes += code;
    }
    return codes;
}

std::string ShiftSchedule::parseZone(std::string_view text) {
    static const std::regex name(R"(^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$)");
    const std::string zone(text);
    // The error_code overload: a name the file system refuses (ENAMETOOLONG) is not a zone
    // either, rather than an exception nobody expects (found by fuzz/, docs/reliability.md).
    std::error_code unreadable;
    if (!std::regex_match(zone, name) ||
        !std::filesystem::is_regular_file(std::filesystem::path("/usr/share/zoneinfo") / zone,
                                          unreadable)) {
        throw ShiftScheduleError("expected a time zone of the IANA database such as "
                                 "Europe/Prague or Europe/Bratislava; got '" +
                                 zone + "'");
    }
    return zone;
}

void ShiftSchedule::check() const {
    if (codes.size() != starts.size()) {
        throw ShiftScheduleError("the schedule has " + std::to_string(starts.size()) +
                                 " start times but " + std::to_string(codes.size()) +
                                 " codes; give one code letter per start (--shift-codes)");
    }
}

std::string ShiftSchedule::startsArray() const {
    std::string out = "{";
    for (const auto& start : starts) {
        out += (out.size() > 1 ? "," : "") + start;
    }
    return out + "}";
}

std::string ShiftSchedule::codesArray() const {
    std::string out = "{";
    for (const char code : codes) {
        out += (out.size() > 1 ? "," : "") + std::string(1, code);
    }
    return out + "}";
}

std::string ShiftSchedule::describe() const {
    std::string out;
    for (std::size_t i = 0; i < starts.size() && i < codes.size(); ++i) {
        out += (out.empty() ? "" : ", ") + starts[i] + " " + codes[i];
    }
    return out + " (" + zone + ")";
}

bool isCalendarDate(std::string_view text) {
    static const std::regex shape(R"(^(\d{4})-(\d{2})-(\d{2})$)");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_match(text.begin(), text.end(), match, shape)) {
        return false;
    }
    const std::chrono::year_month_day date{
        std::chrono::year{std::stoi(match[1].str())},
        std::chrono::month{static_cast<unsigned>(std::stoi(match[2].str()))},
        std::chrono::day{static_cast<unsigned>(std::stoi(match[3].str()))}};
    return std::stoi(match[1].str()) >= 1900 && date.ok();
}

std::optional<ShiftRef> parseShiftId(const ShiftSchedule& schedule, std::string_view id) {
    if (id.size() != 11 || !isCalendarDate(id.substr(0, 10))) {
        return std::nullopt;
    }
    const auto index = schedule.codes.find(id[10]);
    if (index == std::string::npos) {
        return std::nullopt;
    }
    return ShiftRef{std::string(id), std::string(id.substr(0, 10)), static_cast<int>(index) + 1};
}

} // namespace jcc
