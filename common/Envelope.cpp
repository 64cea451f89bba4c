#include "common/Envelope.hpp"

namespace jcc {

using nlohmann::json;

Request parseRequest(std::string_view frame, json& badId) {
    badId = nullptr;
    json parsed = json::parse(frame, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) {
        throw ProtocolError(ErrorCode::BadJson, "frame is not valid JSON");
    }
    if (!parsed.is_object()) {
        throw ProtocolError(ErrorCode::BadRequest, "request must be a JSON object");
    }
    auto idIt = parsed.find("id");
    if (idIt != parsed.end() && (idIt->is_number_integer() || idIt->is_string())) {
        badId = *idIt;
    }
    if (idIt == parsed.end() || !(idIt->is_number_integer() || idIt->is_string())) {
        throw ProtocolError(ErrorCode::BadRequest, "'id' must be an integer or a string", "id");
    }
    if (idIt->is_string() && idIt->get_ref<const std::string&>().size() > 64) {
        badId = nullptr;
        throw ProtocolError(ErrorCode::BadRequest, "'id' must be at most 64 bytes", "id");
    }
    auto opIt = parsed.find("op");
    if (opIt == parsed.end() || !opIt->is_string()) {
        throw ProtocolError(ErrorCode::BadRequest, "'op' must be a string", "op");
    }
    Request request;
    request.id = *idIt;
    request.op = opIt->get<std::string>();
    if (request.op.empty() || request.op.size() > 64) {
        throw ProtocolError(ErrorCode::BadRequest, "'op' must be 1 to 64 bytes", "op");
    }
    request.body = std::move(parsed);
    return request;
}

std::string makeReply(const json& id, const json& result) {
    return json{{"id", id}, {"ok", true}, {"result", result}}.dump();
}

std::string makeRawReply(const json& id, std::string_view resultJson) {
    std::string text = R"({"id":)" + id.dump() + R"(,"ok":true,"result":)";
    text += resultJson;
    text += '}';
    return text;
}

std::string makeErrorReply(const json& id, ErrorCode code, const std::string& message,
                           const std::string& field) {
    json error{{"code", toString(code)}, {"message", message}};
    if (!field.empty()) {
        error["field"] = field;
    }
    return json{{"id", id}, {"ok", false}, {"error", std::move(error)}}.dump(
        -1, ' ', false, json::error_handler_t::replace);
}

std::string makeErrorReply(const json& id, const ProtocolError& error) {
    if (error.details().empty()) {
        return makeErrorReply(id, error.code(), error.what(), error.field());
    }
    json body = error.details();
    body["code"] = toString(error.code());
    body["message"] = error.what();
    if (!error.field().empty()) {
        body["field"] = error.field();
    }
    return json{{"id", id}, {"ok", false}, {"error", std::move(body)}}.dump(
        -1, ' ', false, json::error_handler_t::replace);
}

std::string makePush(std::string_view event, std::int64_t seq, const json& data) {
    return json{{"event", event}, {"seq", seq}, {"data", data}}.dump();
}

} // namespace jcc
