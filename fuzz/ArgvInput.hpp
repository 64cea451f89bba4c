#pragma once
// Turning a fuzz input into a command line, and keeping the config files such a command line
// names inside a sandbox directory (fuzz/ConfigSandbox.hpp), so that no input makes the parser
// read /dev/zero or another file of the machine.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace jcc::fuzz {

/// The input's NUL-separated pieces as arguments: "a\0b" and "a\0b\0" are {"a", "b"}, "a\0\0b" is
/// {"a", "", "b"}, the empty input is no argument.
std::vector<std::string> splitArguments(const std::uint8_t* data, std::size_t size);

/// The file `value` names, moved into `directory`: '/' becomes '_' and a leading '.' becomes
/// '_', so "/etc/jcc/jcc-server.conf" is directory + "/_etc_jcc_jcc-server.conf".
std::string confinedPath(const std::string& directory, const std::string& value);

/// Rewrites the value of every --config FILE and --config=FILE in `args` with confinedPath. A
/// value jcc-admin would not take as a file (empty, or starting with "--") is left alone, so its
/// refusal stays reachable; jcc-server does take "--config --x" as the file "--x", relative to
/// the working directory, which cannot reach outside it.
void confineConfigFiles(std::vector<std::string>& args, const std::string& directory);

} // namespace jcc::fuzz
