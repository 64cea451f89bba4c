#pragma once
// The SQL files of db/demo (units and incidents for scripts/demo), compiled into the binary;
// run after the demo users exist.
#include "common/EmbeddedFile.hpp"

#include <vector>

namespace jcc::store {

std::vector<EmbeddedFile> demoDataFiles();

} // namespace jcc::store
