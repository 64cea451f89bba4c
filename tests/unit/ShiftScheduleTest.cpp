#include "common/ShiftSchedule.hpp"

#include "server/core/Config.hpp"

#include <catch2/catch.hpp>

using namespace jcc;
using jcc::server::ConfigError;
using jcc::server::parseServerConfig;

TEST_CASE("shift schedule: the default is 06:00 D and 18:00 N in Europe/Prague") {
    const auto config = parseServerConfig({});
    CHECK(config.shifts.zone == "Europe/Prague");
    CHECK(config.shifts.startsArray() == "{06:00,18:00}");
    CHECK(config.shifts.codesArray() == "{D,N}");
}

TEST_CASE("shift schedule: flags and config keys set it; bad parts name the flag") {
    const auto config = parseServerConfig({"--shift-starts", "06:00,14:00,22:00", "--shift-codes",
                                           "R,O,N", "--shift-zone", "Europe/Bratislava"});
    CHECK(config.shifts.starts == std::vector<std::string>{"06:00", "14:00", "22:00"});
    CHECK(config.shifts.codes == "RON");
    CHECK(config.shifts.zone == "Europe/Bratislava");

    const auto refused = [](const std::vector<std::string>& args, const std::string& flag) {
        INFO(args.back());
        try {
            parseServerConfig(args);
            FAIL("accepted");
        } catch (const ConfigError& error) {
            CHECK(std::string(error.what()).rfind(flag + ":", 0) == 0);
        }
    };
    refused({"--shift-starts", "6:00,18:00"}, "--shift-starts");
    refused({"--shift-starts", "18:00,06:00"}, "--shift-starts");
    refused({"--shift-starts", "06:00,06:00"}, "--shift-starts");
    refused({"--shift-starts", "24:00"}, "--shift-starts");
    refused({"--shift-starts", ""}, "--shift-starts");
    refused({"--shift-codes", "D,d"}, "--shift-codes");
    refused({"--shift-codes", "D,D"}, "--shift-codes");
    refused({"--shift-codes", "DAY,N"}, "--shift-codes");
    refused({"--shift-zone", "Mars/Olympus"}, "--shift-zone");
    refused({"--shift-zone", "../etc/passwd"}, "--shift-zone");
    refused({"--shift-zone", std::string(256, 'A')}, "--shift-zone");  // ENAMETOOLONG
    refused({"--shift-starts", "06:00,14:00,22:00"}, "--shift-codes"); // 3 starts, 2 codes
}

TEST_CASE("shift ids: local start date plus one of the schedule's codes") {
    const ShiftSchedule schedule;
    const auto night = parseShiftId(schedule, "2026-03-28N");
    REQUIRE(night);
    CHECK(night->date == "2026-03-28");
    CHECK(night->index == 2);
    CHECK(parseShiftId(schedule, "2028-02-29D")->index == 1);
    for (const auto* bad : {"2026-03-28X", "2026-03-28", "2026-02-29D", "2026-3-28N", "2026-03-28n",
                            "2026-03-28NN", " 2026-03-28N", "20260328N"}) {
        INFO(bad);
        CHECK_FALSE(parseShiftId(schedule, bad));
    }
}
