#include "server/core/OpSupport.hpp"

#include "server/core/Command.hpp"
#include "server/store/IncidentRepository.hpp"
#include "server/store/UnitRepository.hpp"

#include <algorithm>
#include <cstdio>
#include <regex>

namespace jcc::server {

using nlohmann::json;

void allowOnlyMembers(const json& object, std::initializer_list<std::string_view> allowed) {
    for (const auto& [key, value] : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            std::string list;
            for (const auto& name : allowed) {
                list += (list.empty() ? "" : ", ") + std::string(name);
            }
            throw ProtocolError(ErrorCode::BadRequest,
                                "'" + key + "' is not a known field (allowed: " + list + ")", key);
        }
    }
}

std::optional<std::vector<std::string>> optionalStringList(const json& body, std::string_view field,
                                                           std::size_t maxItems,
                                                           Length itemLength) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) {
        return std::nullopt;
    }
    const std::string name(field);
    if (!it->is_array()) {
        throw ProtocolError(ErrorCode::BadRequest, "'" + name + "' must be an array of strings",
                            name);
    }
    if (it->size() > maxItems) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'" + name + "' must have at most " + std::to_string(maxItems) +
                                " items (got " + std::to_string(it->size()) + ")",
                            name);
    }
    std::vector<std::string> items;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const std::string item = name + "[" + std::to_string(i) + "]";
        auto value = requireStringValue((*it)[i], item, itemLength);
        if (std::find(items.begin(), items.end(), value) != items.end()) {
            throw ProtocolError(ErrorCode::BadRequest,
                                "'" + item + "' repeats '" + value + "'; list each value once",
                                item);
        }
        items.push_back(std::move(value));
    }
    return items;
}

std::string requireText(const json& body, std::string_view field, Length length) {
    auto text = requireString(body, field, length);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw ProtocolError(ErrorCode::BadRequest, "'" + std::string(field) + "' must not be blank",
                            std::string(field));
    }
    return text;
}

std::int64_t requireId(const json& body, std::string_view field) {
    return requireInt(body, field, 1, INT64_MAX);
}

std::int64_t requireVersion(const json& body) {
    return requireInt(body, "version", 1, INT32_MAX);
}

void checkVersion(const json& current, std::int64_t sent, const std::string& what) {
    const auto version = current.at("version").get<std::int64_t>();
    if (version != sent) {
        throw ProtocolError(ErrorCode::Conflict,
                            what + " was changed meanwhile: it is at version " +
                                std::to_string(version) + ", the request was made against " +
                                std::to_string(sent) + "; see 'current' and retry",
                            "version", {{"current", current}});
    }
}

void refuseMove(const std::string& message, const std::string& field,
                const std::vector<std::string>& allowed) {
    throw ProtocolError(ErrorCode::InvalidTransition, message, field, {{"allowed", allowed}});
}

std::optional<IsoTime> parseIsoTime(std::string_view text) {
    using namespace std::chrono;
    static const std::regex pattern(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)"
        R"((Z|([+-])(\d{2}):(\d{2}))$)");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_match(text.begin(), text.end(), match, pattern)) {
        return std::nullopt;
    }
    auto number = [&](int group) {
        return match[group].matched ? std::stoi(match[group].str()) : 0;
    };
    const year_month_day date{year(number(1)), month(static_cast<unsigned>(number(2))),
                              day(static_cast<unsigned>(number(3)))};
    const int hour = number(4), minute = number(5), second = number(6);
    const int offsetHours = number(10), offsetMinutes = number(11);
    if (number(1) < 1 || !date.ok() || hour > 23 || minute > 59 || second > 59 ||
        offsetHours > 23 || offsetMinutes > 59) {
        return std::nullopt;
    }
    std::string fraction = match[7].matched ? match[7].str() : "";
    fraction.resize(6, '0');
    const int sign = match[9].matched && match[9].str() == "-" ? -1 : 1;
    const auto offset = sign * (hours(offsetHours) + minutes(offsetMinutes));
    IsoTime time;
    time.at = sys_days(date) + hours(hour) + minutes(minute) + seconds(second) +
              microseconds(std::stoi(fraction)) - offset;
    char normalised[128];
    std::snprintf(normalised, sizeof normalised, "%04d-%02d-%02d %02d:%02d:%02d.%s%c%02d:%02d",
                  number(1), number(2), number(3), hour, minute, second, fraction.c_str(),
                  sign < 0 ? '-' : '+', offsetHours, offsetMinutes);
    time.text = normalised;
    return time;
}

std::optional<IsoTime> optionalIsoTime(const json& body, std::string_view field) {
    const auto text = optionalString(body, field, {1, 40});
    if (!text) {
        return std::nullopt;
    }
    auto time = parseIsoTime(*text);
    if (!time) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'" + std::string(field) +
                                "' must be an ISO 8601 time with a UTC offset, e.g. "
                                "2026-03-29T01:30:00Z or 2026-03-29T03:30:00+02:00 (got '" +
                                *text + "')",
                            std::string(field));
    }
    return time;
}

json lockIncident(pqxx::transaction_base& txn, std::int64_t id, const std::string& field) {
    if (!store::IncidentRepository::lock(txn, id)) {
        throw ProtocolError(ErrorCode::NotFound, "no incident with id " + std::to_string(id),
                            field);
    }
    return store::IncidentRepository::json(txn, id);
}

json lockUnit(pqxx::transaction_base& txn, std::int64_t id, const std::string& field) {
    if (!store::UnitRepository::lock(txn, id)) {
        throw ProtocolError(ErrorCode::NotFound, "no unit with id " + std::to_string(id), field);
    }
    return store::UnitRepository::json(txn, id);
}

std::string nameOf(const json& entity) {
    return entity.contains("ref") ? "incident " + entity["ref"].get<std::string>()
                                  : "unit " + entity.at("call_sign").get<std::string>();
}

namespace {

json appendEntry(Command& command, std::int64_t incidentId, const std::string& kind,
                 const json& data, const std::string& body) {
    auto entry = store::IncidentRepository::appendTimeline(
        command.txn(), incidentId, command.principal().user.id, kind, data, body);
    command.emit(Event::IncidentNoteAdded, "timeline_entry", entry["id"].get<std::int64_t>(),
                 entry);
    return entry;
}

} // namespace

json addTimelineEntry(Command& command, std::int64_t incidentId, const TimelineEntry& entry) {
    return appendEntry(command, incidentId, entry.kind, entry.data, entry.english);
}

json addIncidentNote(Command& command, std::int64_t incidentId, const std::string& text) {
    return appendEntry(command, incidentId, "note", json::object(), text);
}

void recordChange(Command& command, Event event, const std::string& entity, std::int64_t id,
                  const json& before, const json& after) {
    command.audit(command.input().request.op, entity, id, before, after);
    command.emit(event, entity, id, after);
}

void requireIncidentType(pqxx::transaction_base& txn, const std::string& type,
                         const std::string& field) {
    if (!store::IncidentRepository::typeExists(txn, type)) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'" + field + "' '" + type +
                                "' is not an incident type (see incident_types in the snapshot)",
                            field);
    }
}

} // namespace jcc::server
