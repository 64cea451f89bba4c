#pragma once
// Where jcc-server's log lines go: to the systemd journal, with their priorities, when systemd
// connected stderr to it (jcc-server.service); otherwise to stderr as text or JSON lines.
// --log-format json always writes JSON lines to stderr (the journal keeps them as messages).
#include "server/core/Config.hpp"

namespace jcc::server {

void setUpLogging(const ServerConfig& config);

} // namespace jcc::server
