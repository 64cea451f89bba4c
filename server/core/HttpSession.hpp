#pragma once
// Serving one accepted TCP connection: TLS or plain HTTP is detected from the first bytes; both
// answer GET /healthz and GET /metrics; a WebSocket upgrade at /ws is accepted over TLS only.
#include "server/core/Net.hpp"

namespace jcc::server {

struct ServerContext;

/// Takes over an accepted socket (from Listener) for its whole life.
void serveConnection(tcp::socket&& socket, ServerContext& context);

} // namespace jcc::server
