#include "server/core/ShiftFields.hpp"

#include "common/Fields.hpp"
#include "common/ProtocolError.hpp"

namespace jcc::server {

std::optional<std::string> readShiftField(const nlohmann::json& body, bool required) {
    return required ? std::optional(requireString(body, "shift", {1, 32}))
                    : optionalString(body, "shift", {1, 32});
}

store::ShiftPeriod requireStartedShift(pqxx::transaction_base& txn, const ShiftSchedule& schedule,
                                       const nlohmann::json& body, bool required) {
    const auto id = readShiftField(body, required);
    if (!id) {
        const auto current = store::HandoverRepository::currentShiftId(txn, schedule);
        return store::HandoverRepository::period(txn, schedule, *parseShiftId(schedule, current));
    }
    const auto shift = parseShiftId(schedule, *id);
    if (!shift) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'shift' must name a shift as the local date it starts on and its "
                            "code, e.g. 2026-03-28" +
                                std::string(1, schedule.codes.back()) +
                                " (shifts: " + schedule.describe() + "); got '" + *id + "'",
                            "shift");
    }
    auto period = store::HandoverRepository::period(txn, schedule, *shift);
    if (!period.started) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "shift " + period.id + " has not started yet (it starts " +
                                period.localStart + ")",
                            "shift");
    }
    return period;
}

std::optional<std::string> optionalDate(const nlohmann::json& body, std::string_view field) {
    auto date = optionalString(body, field, {1, 32});
    if (date && !isCalendarDate(*date)) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'" + std::string(field) +
                                "' must be a local date YYYY-MM-DD that exists, e.g. 2026-03-28; "
                                "got '" +
                                *date + "'",
                            std::string(field));
    }
    return date;
}

std::string requireDate(const nlohmann::json& body, std::string_view field) {
    requireString(body, field, {1, 32});
    return *optionalDate(body, field);
}

void requireOrdered(const std::string& from, const std::string& to, std::string_view toField) {
    // ISO dates compare as text.
    if (to < from) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'" + std::string(toField) + "' (" + to +
                                ") must not be before 'from' (" + from + ")",
                            std::string(toField));
    }
}

} // namespace jcc::server
