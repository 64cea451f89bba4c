#pragma once
// One TLS WebSocket client connection to jcc-server, driven by coroutines on a single-threaded
// io_context: requests are matched to replies by id (several may be in flight), pushes go to a
// handler with their arrival time.
#include "bench/BenchNet.hpp"
#include "bench/ServerEndpoint.hpp"

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace jcc::bench {

class BenchConnection : public std::enable_shared_from_this<BenchConnection> {
public:
    /// A push (a frame with "event"), its text as received and when it arrived.
    using PushHandler = std::function<void(std::string_view text, Clock::time_point at)>;

    BenchConnection(net::io_context& io, ssl::context& tls);
    ~BenchConnection();

    /// TCP connect, TLS and WebSocket handshakes at /ws; then starts reading. Throws on failure.
    net::awaitable<void> connect(const ServerEndpoint& endpoint);
    // Callers build the request in a variable first: GCC 12 rejects a braced initializer list
    // inside a co_await expression ("array used as initializer").
    /// Sends `request` with a fresh "id" and returns the reply. Throws when the connection
    /// closes or no reply comes within a minute; an error reply is returned, not thrown.
    net::awaitable<nlohmann::json> request(nlohmann::json request);
    /// request(), but throws naming `what` when the reply is an error.
    net::awaitable<nlohmann::json> call(nlohmann::json request, const std::string& what);
    void setPushHandler(PushHandler handler) { m_pushHandler = std::move(handler); }
    /// Drops the connection at once (no close frame), as a console that loses its network; the
    /// push handler is not called any more.
    void disconnect();
    bool isOpen() const { return m_open; }
    /// How the connection ended ("closed by the server with 1013 …"); empty while open.
    const std::string& closeReason() const { return m_closeReason; }
    /// When the latest reply arrived (before it was parsed), and its size in bytes.
    Clock::time_point lastReplyAt() const { return m_lastReplyAt; }
    std::size_t lastReplyBytes() const { return m_lastReplyBytes; }

private:
    struct Pending;

    net::awaitable<void> readLoop();
    net::awaitable<void> writeLoop();
    void send(std::string text);
    void failPending();

    websocket::stream<beast::ssl_stream<beast::tcp_stream>> m_ws;
    PushHandler m_pushHandler;
    std::map<std::int64_t, std::shared_ptr<Pending>> m_pending;
    std::deque<std::string> m_outbox;
    bool m_writing = false;
    bool m_open = false;
    std::int64_t m_nextId = 1;
    Clock::time_point m_lastReplyAt;
    std::size_t m_lastReplyBytes = 0;
    std::string m_closeReason;
};

} // namespace jcc::bench
