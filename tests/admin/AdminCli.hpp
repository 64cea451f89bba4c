#pragma once
// Running the real jcc-admin binary from tests, and small checks on what it printed.
#include "tests/support/ChildProcess.hpp"

#include <string>
#include <vector>

namespace jcc::test {

/// A password that satisfies the policy for every username the tests use.
inline constexpr const char* kGoodPassword = "Vltava-Dunaj-2026";

/// jcc-admin with exactly `args`, `input` on stdin (a pipe, never a terminal).
ProcessResult runAdmin(const std::vector<std::string>& args, const std::string& input = {},
                       const std::vector<std::string>& extraEnv = {});
/// jcc-admin --db `dbUrl` followed by `args`.
ProcessResult runAdminOn(const std::string& dbUrl, const std::vector<std::string>& args,
                         const std::string& input = {});

/// Creates a Czech operator through jcc-admin (REQUIREs success).
void addOperator(const std::string& dbUrl, const std::string& username,
                 const std::string& password = kGoodPassword);

/// Number of lines ('\n'-terminated or not) in `text`.
std::size_t lineCount(const std::string& text);
/// The audit actor jcc-admin uses for the user running the tests: "os:<login>".
std::string osActorName();

} // namespace jcc::test
