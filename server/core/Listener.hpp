#pragma once
// Accepts TCP connections, each onto its own strand, refusing those over the node's connection
// cap or the cap per client address (ConnectionLimits). The public listener serves consoles
// (TLS WebSocket) and /healthz; the metrics listener serves /metrics and /healthz in plain HTTP.
#include "server/core/Net.hpp"

#include <memory>

namespace jcc::server {

struct ServerContext;

class Listener : public std::enable_shared_from_this<Listener> {
public:
    enum class Role { Public, Metrics };
    /// Binds and listens; throws std::runtime_error naming the endpoint when it cannot.
    Listener(net::io_context& io, ServerContext& context, const tcp::endpoint& endpoint,
             Role role = Role::Public);
    void run();
    void stop();
    tcp::endpoint localEndpoint() const;

private:
    void doAccept();
    void onAccept(beast::error_code ec, tcp::socket socket);
    void admit(tcp::socket socket);

    net::io_context& m_io;
    ServerContext& m_context;
    Role m_role;
    tcp::acceptor m_acceptor;
};

} // namespace jcc::server
