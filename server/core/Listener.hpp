#pragma once
// Accepts TCP connections, each onto its own strand, refusing those over the connection cap.
#include "server/core/Net.hpp"

#include <memory>

namespace jcc::server {

struct ServerContext;

class Listener : public std::enable_shared_from_this<Listener> {
public:
    /// Binds and listens; throws std::runtime_error naming the endpoint when it cannot.
    Listener(net::io_context& io, ServerContext& context, const tcp::endpoint& endpoint);
    void run();
    void stop();
    tcp::endpoint localEndpoint() const;

private:
    void doAccept();
    void onAccept(beast::error_code ec, tcp::socket socket);

    net::io_context& m_io;
    ServerContext& m_context;
    tcp::acceptor m_acceptor;
};

} // namespace jcc::server
