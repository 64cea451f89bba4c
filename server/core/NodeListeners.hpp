#pragma once
// The node's two listeners: the consoles' one and, unless --metrics-listen is off, the metrics
// one.
#include "server/core/Listener.hpp"
#include "server/core/Net.hpp"

#include <memory>

namespace jcc::server {

struct ServerContext;

struct NodeListeners {
    std::shared_ptr<Listener> consoles;
    std::shared_ptr<Listener> metrics; ///< null with --metrics-listen off

    /// Stops accepting on both.
    void stop() const;
};

/// Binds both listeners (throws std::runtime_error naming the endpoint that failed), logs where
/// they listen and starts the metrics listener; the consoles' one starts once the node is ready.
NodeListeners openListeners(net::io_context& io, ServerContext& context);

} // namespace jcc::server
