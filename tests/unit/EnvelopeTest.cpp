#include "common/Envelope.hpp"

#include <catch2/catch.hpp>

using namespace jcc;
using nlohmann::json;

namespace {
ProtocolError parseError(std::string_view frame, json& id) {
    try {
        parseRequest(frame, id);
    } catch (const ProtocolError& e) {
        return e;
    }
    FAIL("no error for " << frame);
    throw std::logic_error("unreachable");
}
} // namespace

TEST_CASE("a request keeps id, op and fields") {
    json id;
    const auto request = parseRequest(R"({"id": 7, "op": "login", "username": "novak"})", id);
    CHECK(request.id == 7);
    CHECK(request.op == "login");
    CHECK(request.body["username"] == "novak");
}

TEST_CASE("malformed frames get specific errors") {
    json id;
    CHECK(parseError("{not json", id).code() == ErrorCode::BadJson);
    CHECK(id.is_null());
    CHECK(parseError("[1,2]", id).code() == ErrorCode::BadRequest);
    const auto noOp = parseError(R"({"id": 3})", id);
    CHECK(noOp.code() == ErrorCode::BadRequest);
    CHECK(noOp.field() == "op");
    CHECK(id == 3); // the reply can still name the request
    CHECK(parseError(R"({"id": 3, "op": 5})", id).field() == "op");
    CHECK(parseError(R"({"op": "ping"})", id).field() == "id");
    CHECK(parseError(R"({"id": 1.5, "op": "ping"})", id).field() == "id");
    CHECK(parseError(R"({"id": 1, "op": ""})", id).field() == "op");
    CHECK(parseError("\"\xff\xfe\"", id).code() == ErrorCode::BadJson);
}

TEST_CASE("replies and pushes have the documented shape") {
    CHECK(json::parse(makeReply(4, {{"a", 1}})) ==
          json{{"id", 4}, {"ok", true}, {"result", {{"a", 1}}}});
    const auto error =
        json::parse(makeErrorReply(nullptr, ErrorCode::BadJson, "frame is not valid JSON"));
    CHECK(error["id"].is_null());
    CHECK(error["ok"] == false);
    CHECK(error["error"]["code"] == "bad_json");
    CHECK_FALSE(error["error"].contains("field"));
    const auto withField = json::parse(
        makeErrorReply(1, ProtocolError(ErrorCode::BadRequest, "'x' is required", "x")));
    CHECK(withField["error"]["field"] == "x");
    CHECK(json::parse(makePush("incident.created", 12, {{"id", 1}})) ==
          json{{"event", "incident.created"}, {"seq", 12}, {"data", {{"id", 1}}}});
}

TEST_CASE("every error code has a wire name that maps back") {
    for (int i = 0; i <= static_cast<int>(ErrorCode::NotConnected); ++i) {
        const auto code = static_cast<ErrorCode>(i);
        CHECK(errorCodeFromString(toString(code)) == code);
    }
    CHECK_FALSE(errorCodeFromString("nonsense").has_value());
}

TEST_CASE("nesting deeper than 32 levels is refused, naming the depth and the field") {
    json id;
    auto frame = [](int arrays) {
        return R"({"id": 5, "op": "incident.list", "status": )" + std::string(arrays, '[') +
               std::string(arrays, ']') + "}";
    };
    // The request object is the first level, so 31 arrays inside it are the most allowed.
    CHECK(parseRequest(frame(31), id).body["status"].is_array());
    for (int arrays : {32, 400000}) {
        const auto error = parseError(frame(arrays), id);
        CHECK(error.code() == ErrorCode::BadRequest);
        CHECK(std::string(error.what()) == "the request nests deeper than 32 levels (in 'status')");
        CHECK(error.field() == "status");
        CHECK(id == 5);
    }
    std::string objects = R"({"id": "x", "op": "a", "o": )";
    for (int i = 0; i < 100000; ++i) {
        objects += R"({"a": )";
    }
    objects += "1" + std::string(100001, '}');
    CHECK(parseError(objects, id).field() == "o");
    CHECK(id == "x");
}

TEST_CASE("a key repeated in one object is refused, naming it") {
    json id;
    const auto top =
        parseError(R"({"id": 1, "op": "incident.create", "priority": 1, "priority": 4})", id);
    CHECK(top.code() == ErrorCode::BadRequest);
    CHECK(top.field() == "priority");
    CHECK(std::string(top.what()) ==
          "'priority' appears twice in one object; send each field once");
    CHECK(id == 1);
    const auto nested =
        parseError(R"({"id": 2, "op": "x", "location": {"text": "a", "lat": 1, "text": "b"}})", id);
    CHECK(nested.field() == "location.text");
    CHECK(parseError(R"({"id": 3, "op": "x", "id": 4})", id).field() == "id");
    // The same key in different objects is fine.
    CHECK(parseRequest(R"({"id": 1, "op": "x", "a": {"text": 1}, "b": {"text": 2}})", id).op ==
          "x");
}
