#include "server/core/NodeListeners.hpp"

#include "server/core/ServerContext.hpp"

#include <spdlog/spdlog.h>

namespace jcc::server {

void NodeListeners::stop() const {
    consoles->stop();
    if (metrics) {
        metrics->stop();
    }
}

NodeListeners openListeners(net::io_context& io, ServerContext& context) {
    const auto& config = context.config;
    NodeListeners listeners;
    listeners.consoles = std::make_shared<Listener>(
        io, context, tcp::endpoint(net::ip::make_address(config.listenHost), config.listenPort));
    if (config.metricsHost) {
        listeners.metrics = std::make_shared<Listener>(
            io, context,
            tcp::endpoint(net::ip::make_address(*config.metricsHost), config.metricsPort),
            Listener::Role::Metrics);
        const auto endpoint = listeners.metrics->localEndpoint();
        // Logged before "listening on", which tells that the node is up (tests read both).
        spdlog::info("metrics on http://{}:{}/metrics", endpoint.address().to_string(),
                     endpoint.port());
        listeners.metrics->run();
    }
    const auto endpoint = listeners.consoles->localEndpoint();
    spdlog::info("listening on {}:{} as node {} (wss://.../ws, /healthz)",
                 endpoint.address().to_string(), endpoint.port(), config.nodeName);
    return listeners;
}

} // namespace jcc::server
