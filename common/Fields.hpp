#pragma once
// Typed access to request fields: each function either returns a valid value or throws a
// bad_request ProtocolError naming the field and what is allowed.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace jcc {

/// Whether a text field holds one line, or prose that may also hold tab and newline.
enum class Lines { One, Many };

struct Length {
    std::size_t min = 0;
    std::size_t max = 0;
    Lines lines = Lines::One;
};

/// A character no text field accepts: NUL and the other C0 controls (tab and newline are allowed
/// in Lines::Many fields), DEL, and the bidirectional overrides and isolates U+202A–U+202E and
/// U+2066–U+2069, which can make text read differently from what was stored.
struct ForbiddenCharacter {
    char32_t codePoint = 0;
    std::size_t position = 0; ///< in characters, from 1
};
/// The first forbidden character of valid UTF-8 `text`, if any.
std::optional<ForbiddenCharacter> findForbiddenCharacter(std::string_view text, Lines lines);
/// "U+202E (a bidirectional override) at character 3", for messages.
std::string describe(const ForbiddenCharacter& character);

/// A JSON value that must be a string within `length` and without forbidden characters;
/// errors name `field`.
std::string requireStringValue(const nlohmann::json& value, std::string_view field, Length length);
/// A required string whose length in characters (UTF-8 code points) lies within `length`, with
/// no forbidden character.
std::string requireString(const nlohmann::json& body, std::string_view field, Length length);
/// Like requireString, but absent or null yields nullopt.
std::optional<std::string> optionalString(const nlohmann::json& body, std::string_view field,
                                          Length length);
/// A JSON value that must be an integer within [min, max]; errors name `field`.
std::int64_t requireIntValue(const nlohmann::json& value, std::string_view field, std::int64_t min,
                             std::int64_t max);
/// A required integer within [min, max].
std::int64_t requireInt(const nlohmann::json& body, std::string_view field, std::int64_t min,
                        std::int64_t max);
/// Like requireInt, but absent or null yields nullopt.
std::optional<std::int64_t> optionalInt(const nlohmann::json& body, std::string_view field,
                                        std::int64_t min, std::int64_t max);

/// Refuses any field of the request other than "id", "op" and `allowed`, naming the first
/// unknown one, so a misspelt field is an error rather than silently ignored.
void allowOnlyFields(const nlohmann::json& body, std::initializer_list<std::string_view> allowed);
/// A required string that must be one of `choices`.
std::string requireChoice(const nlohmann::json& body, std::string_view field,
                          std::initializer_list<std::string_view> choices);
/// A required number within [min, max] (integers accepted).
double requireNumber(const nlohmann::json& body, std::string_view field, double min, double max);
/// A required JSON object (nested fields are checked by the caller).
const nlohmann::json& requireObject(const nlohmann::json& body, std::string_view field);

/// Number of UTF-8 code points in a valid UTF-8 string.
std::size_t utf8Length(std::string_view text);

} // namespace jcc
