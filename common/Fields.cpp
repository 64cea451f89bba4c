#include "common/Fields.hpp"

#include "common/ProtocolError.hpp"

#include <cstdio>

namespace jcc {

using nlohmann::json;

namespace {

const json* find(const json& body, std::string_view field) {
    auto it = body.find(field);
    if (it == body.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

[[noreturn]] void fail(std::string_view field, const std::string& what) {
    throw ProtocolError(ErrorCode::BadRequest, "'" + std::string(field) + "' " + what,
                        std::string(field));
}

bool isBidiControl(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isForbidden(char32_t c, Lines lines) {
    if (c == '\t' || c == '\n') {
        return lines == Lines::One;
    }
    return c < 0x20 || c == 0x7F || isBidiControl(c);
}

} // namespace

std::optional<ForbiddenCharacter> findForbiddenCharacter(std::string_view text, Lines lines) {
    std::size_t position = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t size = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t c = size == 1 ? lead : lead & (0x7F >> size);
        for (std::size_t k = 1; k < size && i + k < text.size(); ++k) {
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        ++position;
        if (isForbidden(c, lines)) {
            return ForbiddenCharacter{c, position};
        }
        i += size;
    }
    return std::nullopt;
}

std::string describe(const ForbiddenCharacter& character) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(character.codePoint));
    return std::string(code) +
           (isBidiControl(character.codePoint) ? " (a bidirectional control)"
                                               : " (a control character)") +
           " at character " + std::to_string(character.position);
}

std::string requireStringValue(const json& value, std::string_view field, Length length) {
    if (!value.is_string()) {
        fail(field, "must be a string");
    }
    const auto& text = value.get_ref<const std::string&>();
    const std::size_t count = utf8Length(text);
    if (count < length.min || count > length.max) {
        fail(field, "must be " + std::to_string(length.min) + " to " + std::to_string(length.max) +
                        " characters long (got " + std::to_string(count) + ")");
    }
    if (const auto bad = findForbiddenCharacter(text, length.lines)) {
        fail(field,
             "must not contain " + describe(*bad) +
                 (bad->codePoint == '\t' || bad->codePoint == '\n' ? "; it is one line of text"
                                                                   : ""));
    }
    return text;
}

std::int64_t requireIntValue(const json& value, std::string_view field, std::int64_t min,
                             std::int64_t max) {
    if (!value.is_number_integer()) {
        fail(field, "must be an integer");
    }
    const auto number = value.get<std::int64_t>();
    if (number < min || number > max) {
        fail(field, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    }
    return number;
}

void allowOnlyFields(const json& body, std::initializer_list<std::string_view> allowed) {
    for (const auto& [key, value] : body.items()) {
        if (key == "id" || key == "op") {
            continue;
        }
        bool known = false;
        for (const auto& name : allowed) {
            known = known || name == key;
        }
        if (!known) {
            std::string list;
            for (const auto& name : allowed) {
                list += (list.empty() ? "" : ", ") + std::string(name);
            }
            throw ProtocolError(ErrorCode::BadRequest,
                                "'" + key + "' is not a known field (" +
                                    (list.empty() ? "this op takes none" : "allowed: " + list) +
                                    ")",
                                key);
        }
    }
}

std::string requireChoice(const json& body, std::string_view field,
                          std::initializer_list<std::string_view> choices) {
    const json* value = find(body, field);
    if (value == nullptr) {
        fail(field, "is required");
    }
    std::string list;
    for (const auto& choice : choices) {
        if (value->is_string() && value->get_ref<const std::string&>() == choice) {
            return std::string(choice);
        }
        list += (list.empty() ? "" : ", ") + std::string(choice);
    }
    fail(field, "must be one of: " + list);
}

double requireNumber(const json& body, std::string_view field, double min, double max) {
    const json* value = find(body, field);
    if (value == nullptr) {
        fail(field, "is required");
    }
    if (!value->is_number()) {
        fail(field, "must be a number");
    }
    const double number = value->get<double>();
    if (!(number >= min && number <= max)) {
        fail(field, "must be between " + json(min).dump() + " and " + json(max).dump());
    }
    return number;
}

const json& requireObject(const json& body, std::string_view field) {
    const json* value = find(body, field);
    if (value == nullptr) {
        fail(field, "is required");
    }
    if (!value->is_object()) {
        fail(field, "must be an object");
    }
    return *value;
}

std::size_t utf8Length(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text) {
        if ((c & 0xC0) != 0x80) {
            ++count;
        }
    }
    return count;
}

std::string requireString(const json& body, std::string_view field, Length length) {
    const json* value = find(body, field);
    if (value == nullptr) {
        fail(field, "is required");
    }
    return requireStringValue(*value, field, length);
}

std::optional<std::string> optionalString(const json& body, std::string_view field, Length length) {
    const json* value = find(body, field);
    if (value == nullptr) {
        return std::nullopt;
    }
    return requireStringValue(*value, field, length);
}

std::int64_t requireInt(const json& body, std::string_view field, std::int64_t min,
                        std::int64_t max) {
    const json* value = find(body, field);
    if (value == nullptr) {
        fail(field, "is required");
    }
    return requireIntValue(*value, field, min, max);
}

std::optional<std::int64_t> optionalInt(const json& body, std::string_view field, std::int64_t min,
                                        std::int64_t max) {
    const json* value = find(body, field);
    if (value == nullptr) {
        return std::nullopt;
    }
    return requireIntValue(*value, field, min, max);
}

} // namespace jcc
