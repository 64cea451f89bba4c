// Fuzz target: a request frame as jcc-server reads it. jcc::parseRequest (common/Envelope.hpp)
// on the input; when it parses, the field readers of common/Fields.hpp on the body, with the
// protocol's field names and limits (docs/protocol.md); then the reply the server would send.
// A ProtocolError is the expected answer to a bad frame or field; anything else escaping is a
// crash.
#include "common/Envelope.hpp"
#include "common/Fields.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using nlohmann::json;

struct TextField {
    std::string_view name;
    jcc::Length length;
};

// The string fields of the protocol's requests with their limits (server/core/*Ops.cpp).
// Prose fields take tabs and line breaks (Lines::Many); the others are one line.
const TextField kTextFields[] = {
    {"username", {1, 64}},
    {"password", {1, 1024}},
    {"token", {1, 128}},
    {"request_id", {8, 64}},
    {"type", {1, 32}},
    {"description", {0, 4000, jcc::Lines::Many}},
    {"text", {1, 4000, jcc::Lines::Many}},
    {"body", {1, 8000, jcc::Lines::Many}},
    {"notes", {1, 1000, jcc::Lines::Many}},
    {"reason", {1, 500, jcc::Lines::Many}},
    {"justification", {10, 500, jcc::Lines::Many}},
    {"call_sign", {1, 32}},
    {"home_station", {1, 200}},
    {"agency", {1, 16}},
    {"to_agency", {1, 16}},
    {"subject", {1, 200}},
    {"q", {1, 100}},
    {"shift", {1, 32}},
    {"municipality", {1, 100}},
    {"name", {1, 200}},
    {"phone", {1, 40}},
    {"from", {1, 40}},
    {"to", {1, 40}},
    {"after", {1, 41}},
};

struct IntField {
    std::string_view name;
    std::int64_t min;
    std::int64_t max;
};

const IntField kIntFields[] = {
    {"protocol", 0, 1'000'000},      {"version", 1, INT32_MAX},   {"priority", 1, 4},
    {"incident_id", 1, INT64_MAX},   {"unit_id", 1, INT64_MAX},   {"liaison_id", 1, INT64_MAX},
    {"assignment_id", 1, INT64_MAX}, {"since_seq", 0, INT64_MAX}, {"limit", 1, 500},
    {"offset", 0, 1'000'000},
};

/// Runs one reader; a ProtocolError is its answer to a bad field, so the next reader runs too.
template <class Read> void attempt(Read read) {
    try {
        read();
    } catch (const jcc::ProtocolError&) {
    }
}

template <class Field, std::size_t N>
const Field* findField(const Field (&fields)[N], std::string_view name) {
    for (const auto& field : fields) {
        if (field.name == name) {
            return &field;
        }
    }
    return nullptr;
}

/// The fields of an object the protocol nests (a location or a position): coordinates and text.
void checkNested(const json& body, std::string_view field) {
    attempt([&] {
        const json& nested = jcc::requireObject(body, field);
        attempt([&] { jcc::requireNumber(nested, "lat", -90, 90); });
        attempt([&] { jcc::requireNumber(nested, "lon", -180, 180); });
        attempt([&] { jcc::requireString(nested, "text", {1, 300}); });
        attempt([&] { jcc::optionalString(nested, "municipality", {1, 100}); });
        attempt([&] { jcc::requireChoice(nested, "country_side", {"CZ", "SK"}); });
    });
}

/// Reads one field of the body with the reader its name calls for, if the protocol knows it.
void checkField(const json& body, const std::string& name) {
    if (const auto* text = findField(kTextFields, name)) {
        attempt([&] { jcc::requireString(body, text->name, text->length); });
    } else if (const auto* number = findField(kIntFields, name)) {
        attempt([&] { jcc::requireInt(body, number->name, number->min, number->max); });
    } else if (name == "status") {
        attempt([&] {
            jcc::requireChoice(body, name, {"acknowledged", "en_route", "on_scene", "cleared"});
        });
    } else if (name == "direction") {
        attempt([&] { jcc::requireChoice(body, name, {"incoming", "outgoing"}); });
    } else if (name == "country_side") {
        attempt([&] { jcc::requireChoice(body, name, {"CZ", "SK"}); });
    } else if (name == "lat" || name == "lon") {
        attempt([&] { jcc::requireNumber(body, name, -180, 180); });
    } else if (name == "location" || name == "position" || name == "caller") {
        checkNested(body, name);
    } else if (name == "changes") {
        attempt([&] {
            const json& changes = jcc::requireObject(body, name);
            for (const auto& [key, value] : changes.items()) {
                checkField(changes, key);
            }
        });
    }
}

/// Checks the body of a request that parsed, as the op handlers do. Per-op validation
/// (server/core/OpTable.cpp) belongs here, keyed on request.op.
void checkBody(const jcc::Request& request) {
    const json& body = request.body;
    attempt([&] {
        jcc::allowOnlyFields(body, {"username", "password", "protocol", "client", "token",
                                    "request_id", "version", "changes", "location", "caller"});
    });
    for (const auto& [key, value] : body.items()) {
        checkField(body, key);
    }
    // Absent optional fields read as nullopt; absent required ones are refused.
    attempt([&] { jcc::optionalString(body, "description", {0, 4000}); });
    attempt([&] { jcc::optionalInt(body, "limit", 1, 500); });
    attempt([&] { jcc::requireString(body, "request_id", {8, 64}); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view frame(reinterpret_cast<const char*>(data), size);
    json badId;
    try {
        const jcc::Request request = jcc::parseRequest(frame, badId);
        checkBody(request);
        volatile std::size_t replyLength = jcc::makeReply(request.id, request.op).size();
        (void)replyLength;
    } catch (const jcc::ProtocolError& error) {
        volatile std::size_t replyLength = jcc::makeErrorReply(badId, error).size();
        (void)replyLength;
    }
    return 0;
}
