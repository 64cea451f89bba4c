#pragma once
// How a node stops on SIGINT or SIGTERM: it stops accepting, asks every session to finish the
// request in flight and close, and stops the I/O loop once every connection has closed or
// --shutdown-grace has passed (docs/architecture.md, "Start and stop").
#include "server/core/Net.hpp"
#include "server/core/NodeListeners.hpp"

#include <boost/asio/signal_set.hpp>
#include <chrono>

namespace jcc::server {

struct ServerContext;

class GracefulStop {
public:
    /// Waits for the signals on `io` from now on.
    GracefulStop(net::io_context& io, ServerContext& context, NodeListeners listeners);

private:
    void begin(int signal);
    void waitForDrain();

    net::io_context& m_io;
    ServerContext& m_context;
    NodeListeners m_listeners;
    net::signal_set m_signals;
    net::steady_timer m_drainTimer;
    std::chrono::steady_clock::time_point m_deadline;
};

} // namespace jcc::server
