#include "server/core/GracefulStop.hpp"

#include "server/core/ConnectionLimits.hpp"
#include "server/core/ServerContext.hpp"
#include "server/core/SessionRegistry.hpp"
#include "server/core/SystemdNotifier.hpp"

#include <spdlog/spdlog.h>

namespace jcc::server {

GracefulStop::GracefulStop(net::io_context& io, ServerContext& context, NodeListeners listeners)
    : m_io(io), m_context(context), m_listeners(std::move(listeners)),
      m_signals(io, SIGINT, SIGTERM), m_drainTimer(io) {
    m_signals.async_wait([this](beast::error_code ec, int signal) {
        if (!ec) {
            begin(signal);
        }
    });
}

void GracefulStop::begin(int signal) {
    auto& connections = m_context.connections;
    spdlog::info("signal {}: draining {} connection(s)", signal, connections.open());
    m_context.shuttingDown = true;
    SystemdNotifier::stopping("draining " + std::to_string(connections.open()) + " connection(s)");
    m_listeners.stop();
    m_context.registry.shutdownAll();
    m_deadline = std::chrono::steady_clock::now() + m_context.config.shutdownGrace;
    waitForDrain();
}

void GracefulStop::waitForDrain() {
    m_drainTimer.expires_after(std::chrono::milliseconds(50));
    m_drainTimer.async_wait([this](beast::error_code ec) {
        if (ec) {
            return;
        }
        const auto open = m_context.connections.open();
        if (open == 0 || std::chrono::steady_clock::now() > m_deadline) {
            if (open > 0) {
                spdlog::warn("{} connection(s) still open after the grace period", open);
            }
            m_io.stop();
            return;
        }
        waitForDrain();
    });
}

} // namespace jcc::server
