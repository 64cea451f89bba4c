#include "common/ErrorCode.hpp"

#include <array>
#include <utility>

namespace jcc {
namespace {

constexpr std::array<std::pair<ErrorCode, std::string_view>, 20> kNames{{
    {ErrorCode::BadJson, "bad_json"},
    {ErrorCode::BadRequest, "bad_request"},
    {ErrorCode::UnknownOp, "unknown_op"},
    {ErrorCode::HelloRequired, "hello_required"},
    {ErrorCode::UnsupportedProtocol, "unsupported_protocol"},
    {ErrorCode::Unauthorized, "unauthorized"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::AuthFailed, "auth_failed"},
    {ErrorCode::AccountLocked, "account_locked"},
    {ErrorCode::AccountDisabled, "account_disabled"},
    {ErrorCode::SessionExpired, "session_expired"},
    {ErrorCode::RateLimited, "rate_limited"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::InvalidTransition, "invalid_transition"},
    {ErrorCode::ReportSigned, "report_signed"},
    {ErrorCode::Unavailable, "unavailable"},
    {ErrorCode::ShuttingDown, "shutting_down"},
    {ErrorCode::Internal, "internal"},
    {ErrorCode::NotConnected, "not_connected"},
}};

} // namespace

std::string_view toString(ErrorCode code) {
    for (const auto& [value, name] : kNames) {
        if (value == code) {
            return name;
        }
    }
    return "internal";
}

std::optional<ErrorCode> errorCodeFromString(std::string_view name) {
    for (const auto& [value, candidate] : kNames) {
        if (candidate == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace jcc
