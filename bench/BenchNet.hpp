#pragma once
// Boost.Asio/Beast names and the clock used by jcc-bench. Heavy: only bench sources include it.
#include "bench/BenchClock.hpp"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <chrono>
#include <vector>

namespace jcc::bench {

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace websocket = boost::beast::websocket;
using tcp = boost::asio::ip::tcp;

/// Waits `duration` on the current coroutine's executor.
net::awaitable<void> sleepFor(Clock::duration duration);
/// Waits until `at` (at once when it has passed).
net::awaitable<void> sleepUntil(Clock::time_point at);
/// Runs `tasks` concurrently and returns when all have finished; rethrows the first failure.
net::awaitable<void> runAll(std::vector<net::awaitable<void>> tasks);

} // namespace jcc::bench
