#pragma once
// jcc-admin's help texts: the whole tool, a command group, one command; built from the command
// table.
#include <string>
#include <vector>

namespace jcc::admin {

/// Help for the first words of `args` that name a group and a command (the whole tool's help
/// when they name none); lenient, since --help must work on a command line with other mistakes.
std::string helpFor(const std::vector<std::string>& args);

} // namespace jcc::admin
