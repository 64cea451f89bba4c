#pragma once
// One jcc-server node from start to clean exit: database (embedded or given), migrations, TLS,
// network threads, database workers, revocation listener, signals.
#include "server/core/Config.hpp"

namespace jcc::server {

/// jcc-server's exit codes, as jcc-server(8) lists them. packaging/systemd/jcc-server.service
/// names kExitUsage and kExitRefused in RestartPreventExitStatus=: restarting cannot help them.
inline constexpr int kExitClean = 0;
inline constexpr int kExitFailed = 1;  ///< could not start, or failed while running
inline constexpr int kExitUsage = 2;   ///< bad flag or config file
inline constexpr int kExitRefused = 3; ///< database schema newer than this program, or altered

/// Runs until SIGINT/SIGTERM; returns the process exit code.
int runServer(const ServerConfig& config);

} // namespace jcc::server
