#pragma once
// Serving one accepted TCP connection. On the public port TLS or plain HTTP is detected from the
// first bytes; both answer GET /healthz (and GET /metrics with the bearer token of
// --metrics-token); a WebSocket upgrade at /ws is accepted over TLS only. The metrics listener
// answers GET /metrics and GET /healthz in plain HTTP.
#include "server/core/Net.hpp"

#include <memory>
#include <string>

namespace jcc::server {

struct ServerContext;

/// Take over an accepted socket (from Listener) for its whole life; `slot` is its place under the
/// connection caps, `clientAddress` "IP:PORT".
void serveConnection(tcp::socket&& socket, ServerContext& context, std::string clientAddress,
                     std::shared_ptr<void> slot);
void serveMetricsConnection(tcp::socket&& socket, ServerContext& context, std::string clientAddress,
                            std::shared_ptr<void> slot);

} // namespace jcc::server
