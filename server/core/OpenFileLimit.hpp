#pragma once
// The process's open-file limit: each connection is a descriptor.
#include "server/core/Config.hpp"

namespace jcc::server {

/// Raises the open-file limit to its hard limit, logs it, and warns when that still does not
/// cover --max-connections plus the database connections.
void raiseOpenFileLimit(const ServerConfig& config);

} // namespace jcc::server
