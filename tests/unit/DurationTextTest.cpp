// The one duration formatter (common/DurationText.hpp) that the console, the supervisor view and
// jcc-admin's reports share.
#include "common/DurationText.hpp"

#include <catch2/catch.hpp>

using jcc::DurationPrecision;
using jcc::shortDuration;

TEST_CASE("short durations show their two largest units, the smaller only when not 0") {
    CHECK(shortDuration(0) == "0 s");
    CHECK(shortDuration(45) == "45 s");
    CHECK(shortDuration(60) == "1 min");
    CHECK(shortDuration(450) == "7 min 30 s");
    CHECK(shortDuration(1020) == "17 min");
    CHECK(shortDuration(3600) == "1 h");
    CHECK(shortDuration(3723) == "1 h 2 min");
    CHECK(shortDuration(13'200) == "3 h 40 min");
    CHECK(shortDuration(86'400 * 2 + 3600 * 5 + 59) == "2 d 5 h");
    CHECK(shortDuration(-1) == "–");
}

TEST_CASE("to the minute, a duration past its first minute drops its seconds") {
    CHECK(shortDuration(45, DurationPrecision::Minutes) == "45 s");
    CHECK(shortDuration(450, DurationPrecision::Minutes) == "7 min");
    CHECK(shortDuration(3900 + 59, DurationPrecision::Minutes) == "1 h 5 min");
}
