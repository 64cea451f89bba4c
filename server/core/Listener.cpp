#include "server/core/Listener.hpp"

#include "server/core/ConnectionLimits.hpp"
#include "server/core/HttpSession.hpp"
#include "server/core/Metrics.hpp"
#include "server/core/ServerContext.hpp"

#include <spdlog/spdlog.h>

namespace jcc::server {

Listener::Listener(net::io_context& io, ServerContext& context, const tcp::endpoint& endpoint,
                   Role role)
    : m_io(io), m_context(context), m_role(role), m_acceptor(net::make_strand(io)) {
    const std::string where =
        endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
    beast::error_code ec;
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec) {
        m_acceptor.set_option(net::socket_base::reuse_address(true), ec);
    }
    if (!ec) {
        m_acceptor.bind(endpoint, ec);
    }
    if (!ec) {
        m_acceptor.listen(net::socket_base::max_listen_connections, ec);
    }
    if (ec) {
        throw std::runtime_error("cannot listen on " + where + ": " + ec.message());
    }
}

tcp::endpoint Listener::localEndpoint() const {
    return m_acceptor.local_endpoint();
}

void Listener::run() {
    doAccept();
}

void Listener::stop() {
    net::post(m_acceptor.get_executor(), [self = shared_from_this()] {
        beast::error_code ignored;
        self->m_acceptor.close(ignored);
    });
}

void Listener::doAccept() {
    m_acceptor.async_accept(net::make_strand(m_io),
                            beast::bind_front_handler(&Listener::onAccept, shared_from_this()));
}

void Listener::onAccept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !m_acceptor.is_open()) {
        return;
    }
    if (ec) {
        spdlog::warn("accept: {}", ec.message());
    } else {
        admit(std::move(socket));
    }
    doAccept();
}

void Listener::admit(tcp::socket socket) {
    beast::error_code ec;
    const auto remote = socket.remote_endpoint(ec);
    if (ec) {
        return; // gone already
    }
    const std::string address = remote.address().to_string();
    auto admission = m_context.connections.tryOpen(address);
    if (!admission.slot) {
        const bool addressFull = admission.refusal == ConnectionLimits::Refusal::AddressFull;
        m_context.metrics.connectionRejected(addressFull);
        // A flood from one address must not flood the log too: it is counted on /metrics.
        if (addressFull) {
            spdlog::debug("refusing a connection from {}: {} open from it "
                          "(--max-connections-per-address)",
                          address, m_context.config.maxConnectionsPerAddress);
        } else {
            spdlog::warn("refusing a connection: {} connections open (--max-connections)",
                         m_context.connections.open());
        }
        socket.close(ec);
        return;
    }
    const std::string client = address + ":" + std::to_string(remote.port());
    if (m_role == Role::Metrics) {
        serveMetricsConnection(std::move(socket), m_context, client, std::move(admission.slot));
    } else {
        serveConnection(std::move(socket), m_context, client, std::move(admission.slot));
    }
}

} // namespace jcc::server
