#pragma once
// A scripted day shift of activity with controlled timestamps, for the handover report and the
// statistics tests: shift 2026-03-10D (Europe/Prague, 05:00Z to 17:00Z) and the evening before.
// The rows are inserted straight into the tables, because commands stamp now() and the report's
// counting, not the commands, is under test. tests/server/HandoverOpsTest.cpp lists the figures
// this activity gives, computed by hand.
#include <string>

namespace jcc::test {

inline constexpr const char* kScriptedShift = "2026-03-10D";

/// Inserts the activity; incidents and requests are created by `username` (an existing user).
void insertShiftActivity(const std::string& dbUrl, const std::string& username);

} // namespace jcc::test
