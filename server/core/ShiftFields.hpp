#pragma once
// Request fields that name shifts and local dates, for the handover and statistics ops.
#include "common/ShiftSchedule.hpp"
#include "server/store/HandoverRepository.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace pqxx {
class transaction_base;
}

namespace jcc::server {

/// The "shift" field as sent (1 to 32 characters), nullopt when absent and not `required`;
/// requireStartedShift checks what it names.
std::optional<std::string> readShiftField(const nlohmann::json& body, bool required);

/// The shift named by the "shift" field, or the current one when the field is absent and not
/// `required`; bad_request naming "shift" for a malformed id or a shift that has not started.
store::ShiftPeriod requireStartedShift(pqxx::transaction_base& txn, const ShiftSchedule& schedule,
                                       const nlohmann::json& body, bool required);

/// An optional local date "YYYY-MM-DD"; bad_request naming `field` for anything else.
std::optional<std::string> optionalDate(const nlohmann::json& body, std::string_view field);
/// The same, required.
std::string requireDate(const nlohmann::json& body, std::string_view field);
/// bad_request naming `toField` when `to` is before `from` (both "YYYY-MM-DD").
void requireOrdered(const std::string& from, const std::string& to, std::string_view toField);

} // namespace jcc::server
