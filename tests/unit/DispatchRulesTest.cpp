#include "common/Envelope.hpp"
#include "server/core/OpSupport.hpp"
#include "server/core/UnitOps.hpp"

#include <catch2/catch.hpp>

using namespace jcc;
using namespace jcc::server;
using nlohmann::json;

TEST_CASE("ISO 8601 times with an offset are read and normalised") {
    using namespace std::chrono;
    const auto utc = parseIsoTime("2026-03-29T01:30:00Z");
    REQUIRE(utc);
    CHECK(utc->text == "2026-03-29 01:30:00.000000+00:00");
    CHECK(utc->at == sys_days(2026y / March / 29) + 1h + 30min);
    const auto prague = parseIsoTime("2026-03-29T03:30:00.25+02:00");
    REQUIRE(prague);
    CHECK(prague->at == utc->at + 250ms);
    CHECK(prague->text == "2026-03-29 03:30:00.250000+02:00");
    const auto west = parseIsoTime("2026-03-28T22:30-03:00");
    REQUIRE(west);
    CHECK(west->at == utc->at);
    CHECK(parseIsoTime("2024-02-29T00:00:00Z")); // a leap day

    for (const auto* bad :
         {"", "yesterday", "2026-03-29", "2026-03-29T01:30:00", "2026-03-29 01:30:00Z",
          "2026-03-29t01:30:00z", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
          "2026-04-31T00:00:00Z", "2026-03-29T24:00:00Z", "2026-03-29T23:60:00Z",
          "2026-03-29T23:59:60Z", "2026-03-29T01:30:00.1234567Z", "2026-03-29T01:30:00+2:00",
          "2026-03-29T01:30:00+24:00", "0000-01-01T00:00:00Z", "+2026-03-29T01:30:00Z",
          "2026-03-29T01:30:00Z ", "２０２６-03-29T01:30:00Z"}) {
        INFO(bad);
        CHECK_FALSE(parseIsoTime(bad));
    }
}

TEST_CASE("a malformed time field is a bad_request naming it") {
    CHECK_FALSE(optionalIsoTime(json::object(), "from"));
    CHECK_FALSE(optionalIsoTime(json{{"from", nullptr}}, "from"));
    try {
        optionalIsoTime(json{{"from", "2026-02-30T10:00:00Z"}}, "from");
        FAIL("accepted 30 February");
    } catch (const ProtocolError& e) {
        CHECK(e.code() == ErrorCode::BadRequest);
        CHECK(e.field() == "from");
        CHECK_THAT(e.what(), Catch::Matchers::Contains("ISO 8601"));
    }
}

TEST_CASE("arrival estimates use the unit type's average speed") {
    CHECK(averageSpeedKmh("patrol_car") == 50);
    CHECK(averageSpeedKmh("fire_engine") == 40);
    CHECK(averageSpeedKmh("rescue_boat") == 15);
    CHECK(averageSpeedKmh("hovercraft") == 40);
    CHECK(etaMinutes("patrol_car", 0) == 0);
    CHECK(etaMinutes("patrol_car", 833) == 1);
    CHECK(etaMinutes("patrol_car", 834) == 2);
    CHECK(etaMinutes("patrol_car", 25'000) == 30);
    CHECK(etaMinutes("fire_engine", 25'000) == 38);
    CHECK(etaMinutes("rescue_boat", 5'000) == 20);
}

TEST_CASE("nested field errors name the full path") {
    try {
        nested("changes", [] {
            return nested("location", [] {
                return requireNumber(json{{"lat", 91}}, "lat", -90, 90);
            });
        });
        FAIL("accepted lat 91");
    } catch (const ProtocolError& e) {
        CHECK(e.field() == "changes.location.lat");
        CHECK(std::string(e.what()) == "'changes.location.lat' must be between -90.0 and 90.0");
    }
    try {
        allowOnlyMembers(json{{"text", "x"}, {"id", 3}}, {"text"});
        FAIL("accepted id");
    } catch (const ProtocolError& e) {
        CHECK(e.field() == "id");
    }
}

TEST_CASE("lists of strings are checked item by item") {
    CHECK_FALSE(optionalStringList(json::object(), "capabilities", 3, {1, 8}));
    CHECK(optionalStringList(json{{"capabilities", json::array()}}, "capabilities", 3, {1, 8}) ==
          std::vector<std::string>{});
    CHECK(optionalStringList(json{{"capabilities", {"k9", "drone"}}}, "capabilities", 3, {1, 8}) ==
          std::vector<std::string>{"k9", "drone"});
    auto fieldOf = [](json value) {
        try {
            optionalStringList(json{{"capabilities", value}}, "capabilities", 3, {1, 8});
        } catch (const ProtocolError& e) {
            return e.field();
        }
        return std::string("accepted");
    };
    CHECK(fieldOf("k9") == "capabilities");
    CHECK(fieldOf({"a", "b", "c", "d"}) == "capabilities");
    CHECK(fieldOf({"a", 1}) == "capabilities[1]");
    CHECK(fieldOf({"a", "toolongvalue"}) == "capabilities[1]");
    CHECK(fieldOf({"a", "a"}) == "capabilities[1]");
}

TEST_CASE("a stale version is a conflict carrying the current entity") {
    const json current{{"id", 4}, {"ref", "JCC-2026-000004"}, {"version", 3}};
    CHECK_NOTHROW(checkVersion(current, 3, nameOf(current)));
    try {
        checkVersion(current, 2, nameOf(current));
        FAIL("accepted a stale version");
    } catch (const ProtocolError& e) {
        CHECK(e.code() == ErrorCode::Conflict);
        CHECK(e.field() == "version");
        CHECK(e.details() == json{{"current", current}});
        const auto reply = json::parse(makeErrorReply(1, e));
        CHECK(reply["error"]["code"] == "conflict");
        CHECK(reply["error"]["current"] == current);
        CHECK_THAT(reply["error"]["message"].get<std::string>(),
                   Catch::Matchers::StartsWith("incident JCC-2026-000004 was changed meanwhile"));
    }
}
