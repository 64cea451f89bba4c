#include "common/Envelope.hpp"

#include <algorithm>
#include <functional>
#include <vector>

namespace jcc {

using nlohmann::json;

namespace {

/// Watches the parse: refuses nesting beyond kMaxJsonDepth and a key repeated within one object
/// as soon as the parser meets them, and notes the request's id on the way for the reply.
class ShapeGuard {
public:
    explicit ShapeGuard(json& id) : m_id(id) {}

    bool operator()(int depth, json::parse_event_t event, json& parsed) {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            if (depth >= kMaxJsonDepth) {
                throw ProtocolError(ErrorCode::BadRequest,
                                    "the request nests deeper than " +
                                        std::to_string(kMaxJsonDepth) + " levels" + where(),
                                    topField());
            }
            m_levels.push_back({event == json::parse_event_t::object_start, {}, {}});
            break;
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            m_levels.pop_back();
            break;
        case json::parse_event_t::key:
            addKey(parsed.get<std::string>());
            break;
        case json::parse_event_t::value:
            if (depth == 1 && topField() == "id" &&
                (parsed.is_number_integer() || parsed.is_string())) {
                m_id = parsed;
            }
            break;
        }
        return true;
    }

private:
    struct Level {
        bool isObject;
        std::vector<std::string> keys; ///< a request's objects are small: a scan is enough
        std::string lastKey;
    };

    void addKey(std::string key) {
        auto& level = m_levels.back();
        if (std::find(level.keys.begin(), level.keys.end(), key) != level.keys.end()) {
            level.lastKey = key;
            const auto field = path();
            throw ProtocolError(ErrorCode::BadRequest,
                                "'" + field + "' appears twice in one object; send each field once",
                                field);
        }
        level.lastKey = key;
        level.keys.push_back(std::move(key));
    }

    std::string topField() const { return m_levels.empty() ? "" : m_levels.front().lastKey; }

    /// The keys leading to the current value, e.g. "location.text".
    std::string path() const {
        std::string joined;
        for (const auto& level : m_levels) {
            if (level.isObject) {
                joined += (joined.empty() ? "" : ".") + level.lastKey;
            }
        }
        return joined;
    }

    std::string where() const { return topField().empty() ? "" : " (in '" + topField() + "')"; }

    json& m_id;
    std::vector<Level> m_levels;
};

json parseGuarded(std::string_view frame, json& badId) {
    ShapeGuard guard(badId);
    try {
        return json::parse(frame, std::ref(guard), /*allow_exceptions=*/false);
    } catch (const ProtocolError&) {
        if (!(badId.is_string() && badId.get_ref<const std::string&>().size() <= 64) &&
            !badId.is_number_integer()) {
            badId = nullptr;
        }
        throw;
    }
}

} // namespace

Request parseRequest(std::string_view frame, json& badId) {
    badId = nullptr;
    json parsed = parseGuarded(frame, badId);
    badId = nullptr;
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
