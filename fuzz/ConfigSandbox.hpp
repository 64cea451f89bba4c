#pragma once
// A temporary directory with a few config files for the targets that parse command lines: the
// packaged jcc-server.conf (packaging/etc/jcc-server.conf), one naming a database URL, one
// with a bad line. The seeds name them (fuzz/corpus/admin-args, fuzz/corpus/config).
#include <string>

namespace jcc::fuzz {

/// Creates the directory and its files on first use (removed at exit) and returns its path.
const std::string& configSandbox();

} // namespace jcc::fuzz
