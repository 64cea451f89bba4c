#pragma once
// The protocol envelope: parsing a request frame and serialising replies and pushes.
#include "common/ProtocolError.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace jcc {

inline constexpr int kProtocolVersion = 1;
/// Containers a request may nest, the request object itself being the first.
inline constexpr int kMaxJsonDepth = 32;

/// A parsed request: `id` is echoed in the reply, `op` selects the handler, `body` is the whole
/// object (fields sit beside `id` and `op`).
struct Request {
    nlohmann::json id;
    std::string op;
    nlohmann::json body;
};

/// Parses a text frame; throws ProtocolError (bad_json for invalid JSON, bad_request for a wrong
/// envelope, for nesting deeper than kMaxJsonDepth and for a key repeated in one object). The id
/// of a frame that was otherwise bad is kept in `badId` for the reply when it could be read.
Request parseRequest(std::string_view frame, nlohmann::json& badId);

std::string makeReply(const nlohmann::json& id, const nlohmann::json& result);
/// A reply whose result is already JSON text (spliced in, not parsed again).
std::string makeRawReply(const nlohmann::json& id, std::string_view resultJson);
/// An error reply whose error object holds code, message, field (when set) and the error's
/// details().
std::string makeErrorReply(const nlohmann::json& id, const ProtocolError& error);
std::string makeErrorReply(const nlohmann::json& id, ErrorCode code, const std::string& message,
                           const std::string& field = {});
std::string makePush(std::string_view event, std::int64_t seq, const nlohmann::json& data);

} // namespace jcc
