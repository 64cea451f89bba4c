#pragma once
// One jcc-server node from start to clean exit: database (embedded or given), migrations, TLS,
// network threads, database workers, revocation listener, signals.
#include "server/core/Config.hpp"

namespace jcc::server {

/// Runs until SIGINT/SIGTERM; returns the process exit code (0 after a clean stop, 1 when the
/// server could not start or failed).
int runServer(const ServerConfig& config);

} // namespace jcc::server
