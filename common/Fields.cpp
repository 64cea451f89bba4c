#include "common/Fields.hpp"

#include "common/ProtocolError.hpp"

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

std::string checkedString(const json& value, std::string_view field, Length length) {
    if (!value.is_string()) {
        fail(field, "must be a string");
    }
    const auto& text = value.get_ref<const std::string&>();
    const std::size_t count = utf8Length(text);
    if (count < length.min || count > length.max) {
        fail(field, "must be " + std::to_string(length.min) + " to " + std::to_string(length.max) +
                        " characters long (got " + std::to_string(count) + ")");
    }
    return text;
}

std::int64_t checkedInt(const json& value, std::string_view field, std::int64_t min,
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

} // namespace

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
                                "'" + key + "' is not a known field (allowed: " + list + ")", key);
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
    return checkedString(*value, field, length);
}

std::optional<std::string> optionalString(const json& body, std::string_view field, Length length) {
    const json* value = find(body, field);
    if (value == nullptr) {
        return std::nullopt;
    }
    return checkedString(*value, field, length);
}

std::int64_t requireInt(const json& body, std::string_view field, std::int64_t min,
                        std::int64_t max) {
    const json* value = find(body, field);
    if (value == nullptr) {
        fail(field, "is required");
    }
    return checkedInt(*value, field, min, max);
}

std::optional<std::int64_t> optionalInt(const json& body, std::string_view field, std::int64_t min,
                                        std::int64_t max) {
    const json* value = find(body, field);
    if (value == nullptr) {
        return std::nullopt;
    }
    return checkedInt(*value, field, min, max);
}

} // namespace jcc
