#pragma once
// Making a new jcc data directory (jcc-server at start, `jcc-admin db migrate`), the same way for
// both, whatever the umask: with its parents, mode 0700. When root runs us the embedded
// PostgreSQL runs as the 'postgres' account, which must be able to enter it: then it is 0710,
// group 'postgres' (enter, not list; the cluster inside, pg/, is that account's alone).
#include <filesystem>

namespace jcc::store {

/// Creates `dir` when it does not exist; throws StoreError naming it when that fails.
void createDataDirectory(const std::filesystem::path& dir);

} // namespace jcc::store
