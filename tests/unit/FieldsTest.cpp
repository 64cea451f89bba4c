#include "common/Fields.hpp"

#include "common/ProtocolError.hpp"
#include "common/User.hpp"

#include <catch2/catch.hpp>

using namespace jcc;
using nlohmann::json;

namespace {
std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const ProtocolError& e) {
        CHECK(e.code() == ErrorCode::BadRequest);
        return e.field() + ": " + e.what();
    }
    return "no error";
}
} // namespace

TEST_CASE("strings are checked for presence, type and length in characters") {
    const json body{{"name", "Břeclav"}, {"n", 5}, {"empty", ""}, {"nothing", nullptr}};
    CHECK(requireString(body, "name", {1, 7}) == "Břeclav");
    CHECK(messageOf([&] {
              requireString(body, "name", {1, 6});
          }) == "name: 'name' must be 1 to 6 characters long (got 7)");
    CHECK(messageOf([&] {
              requireString(body, "missing", {1, 6});
          }) == "missing: 'missing' is required");
    CHECK(messageOf([&] {
              requireString(body, "nothing", {1, 6});
          }) == "nothing: 'nothing' is required");
    CHECK(messageOf([&] { requireString(body, "n", {1, 6}); }) == "n: 'n' must be a string");
    CHECK(messageOf([&] { requireString(body, "empty", {1, 6}); }).starts_with("empty:"));
    CHECK_FALSE(optionalString(body, "missing", {1, 6}).has_value());
    CHECK_FALSE(optionalString(body, "nothing", {1, 6}).has_value());
}

TEST_CASE("integers are checked for type and range") {
    const json body{{"p", 2}, {"big", 99}, {"text", "2"}, {"real", 2.5}};
    CHECK(requireInt(body, "p", 1, 4) == 2);
    CHECK(messageOf([&] { requireInt(body, "big", 1, 4); }) ==
          "big: 'big' must be between 1 and 4");
    CHECK(messageOf([&] { requireInt(body, "text", 1, 4); }) == "text: 'text' must be an integer");
    CHECK(messageOf([&] { requireInt(body, "real", 1, 4); }) == "real: 'real' must be an integer");
    CHECK(optionalInt(body, "absent", 1, 4) == std::nullopt);
}

TEST_CASE("usernames, roles, countries and languages") {
    CHECK(isValidUsername("novak"));
    CHECK(isValidUsername("admin.cz"));
    CHECK_FALSE(isValidUsername("Novak"));
    CHECK_FALSE(isValidUsername("1novak"));
    CHECK_FALSE(isValidUsername("n"));
    CHECK_FALSE(isValidUsername("nov ak"));
    CHECK_FALSE(isValidUsername("novák"));
    CHECK(roleFromString("supervisor") == Role::Supervisor);
    CHECK_FALSE(roleFromString("pilot").has_value());
    CHECK(countryFromString("SK") == Country::SK);
    CHECK_FALSE(countryFromString("AT").has_value());
    CHECK(languageFromString("sk") == Language::Sk);
    CHECK(utf8Length("Holíč") == 5);
}

#include "common/DurationText.hpp"

TEST_CASE("durations read well in messages") {
    using namespace std::chrono;
    CHECK(jcc::describeDuration(hours(12)) == "12 hours");
    CHECK(jcc::describeDuration(minutes(15)) == "15 minutes");
    CHECK(jcc::describeDuration(seconds(90)) == "1 minute 30 seconds");
    CHECK(jcc::describeDuration(seconds(3601)) == "1 hour 1 second");
    CHECK(jcc::describeDuration(seconds(0)) == "0 seconds");
}

TEST_CASE("text refuses NUL, other controls and bidi overrides, naming the field and character") {
    using namespace std::string_literals;
    const std::vector<std::pair<std::string, std::string>> refused{
        {"before\0after"s, "U+0000 (a control character) at character 7"},
        {"bell\x07", "U+0007 (a control character) at character 5"},
        {"esc\x1b[31m", "U+001B (a control character) at character 4"},
        {"cr\r", "U+000D (a control character) at character 3"},
        {"del\x7f", "U+007F (a control character) at character 4"},
        {"abc\u202Egpj.exe", "U+202E (a bidirectional control) at character 4"},
        {"\u202A", "U+202A (a bidirectional control) at character 1"},
        {"č\u2066x", "U+2066 (a bidirectional control) at character 2"},
        {"x\u2069", "U+2069 (a bidirectional control) at character 2"},
    };
    for (const auto& [text, what] : refused) {
        const json body{{"description", text}};
        INFO(what);
        CHECK(messageOf([&] {
                  requireString(body, "description", {0, 100, Lines::Many});
              }) == "description: 'description' must not contain " + what);
        CHECK(messageOf([&] {
                  optionalString(body, "description", {0, 100});
              }) == "description: 'description' must not contain " + what);
    }
    // Tab and newline belong to prose, not to one-line fields.
    const json prose{{"text", "line one\n\tline two"}};
    CHECK(requireString(prose, "text", {1, 100, Lines::Many}) == "line one\n\tline two");
    CHECK(messageOf([&] {
              requireString(prose, "text", {1, 100});
          }) ==
          "text: 'text' must not contain U+000A (a control character) at character 9; it is one "
          "line of text");
    // Neighbours of the refused ranges pass: U+2029, U+202F, U+2065 (unassigned), U+206A.
    const json fine{{"t", "a\u2029b\u202Fc\u206Ad Ž 🚓"}};
    CHECK(requireString(fine, "t", {1, 100}) == "a\u2029b\u202Fc\u206Ad Ž 🚓");
}
