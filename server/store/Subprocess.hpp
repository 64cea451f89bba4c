#pragma once
// Running a helper program (initdb, pg_ctl) and waiting for it, its output appended to a log.
#include <filesystem>
#include <string>
#include <vector>

namespace jcc::store {

/// Runs argv[0] (looked up in PATH) with `args`; stdout and stderr go to `log` (appended).
/// Returns the exit status, or -1 when it could not be started or was killed by a signal.
int runProgram(const std::vector<std::string>& argv, const std::filesystem::path& log);

} // namespace jcc::store
