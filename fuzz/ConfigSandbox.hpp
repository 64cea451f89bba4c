#pragma once
// A directory with a few config files for the targets that parse command lines: the
// packaged jcc-server.conf (packaging/etc/jcc-server.conf), one naming a database URL, one
// with a bad line. The seeds name them (fuzz/corpus/admin-args, fuzz/corpus/config).
#include <string>

namespace jcc::fuzz {

/// Writes the directory ($TMPDIR or /tmp, then jcc-fuzz-sandbox) and its files on first use and
/// returns its path; it is left in place for the next run.
const std::string& configSandbox();

} // namespace jcc::fuzz
