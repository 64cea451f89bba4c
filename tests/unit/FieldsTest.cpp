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
