#pragma once
// The error codes a reply can carry; their wire names are part of the protocol.
#include <optional>
#include <string_view>

namespace jcc {

enum class ErrorCode {
    BadJson,
    BadRequest,
    UnknownOp,
    HelloRequired,
    UnsupportedProtocol,
    Unauthorized,
    Forbidden,
    AuthFailed,
    AccountLocked,
    AccountDisabled,
    SessionExpired,
    RateLimited,
    NotFound,
    Conflict,
    InvalidTransition,
    ReportSigned,
    Unavailable,
    ShuttingDown,
    Internal,
    /// Never sent by the server: a client's answer to a request that could not be sent, or whose
    /// connection broke before the reply came.
    NotConnected,
};

/// The wire name, e.g. "bad_request".
std::string_view toString(ErrorCode code);
/// Inverse of toString; nullopt for an unknown name.
std::optional<ErrorCode> errorCodeFromString(std::string_view name);

} // namespace jcc
