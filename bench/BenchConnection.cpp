#include "bench/BenchConnection.hpp"

#include <stdexcept>

namespace jcc::bench {

namespace {

constexpr auto kReplyTimeout = std::chrono::seconds(60);
constexpr std::string_view kPushPrefix = R"({"event":)";

} // namespace

struct BenchConnection::Pending {
    explicit Pending(const net::any_io_executor& executor) : timer(executor) {}
    net::steady_timer timer;
    nlohmann::json reply;
    bool done = false;
};

BenchConnection::BenchConnection(net::io_context& io, ssl::context& tls) : m_ws(io, tls) {}

BenchConnection::~BenchConnection() = default;

net::awaitable<void> BenchConnection::connect(const ServerEndpoint& endpoint) {
    auto executor = co_await net::this_coro::executor;
    tcp::resolver resolver(executor);
    const auto addresses = co_await resolver.async_resolve(
        endpoint.host, std::to_string(endpoint.port), net::use_awaitable);
    auto& tcpStream = beast::get_lowest_layer(m_ws);
    tcpStream.expires_after(std::chrono::seconds(30));
    co_await tcpStream.async_connect(addresses, net::use_awaitable);
    co_await m_ws.next_layer().async_handshake(ssl::stream_base::client, net::use_awaitable);
    tcpStream.expires_never();
    m_ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
    // A snapshot of 10,000 incidents is several megabytes.
    m_ws.read_message_max(512 * 1024 * 1024);
    co_await m_ws.async_handshake(endpoint.host + ":" + std::to_string(endpoint.port), "/ws",
                                  net::use_awaitable);
    m_open = true;
    net::co_spawn(
        executor, [self = shared_from_this()] { return self->readLoop(); }, net::detached);
}

net::awaitable<nlohmann::json> BenchConnection::request(nlohmann::json request) {
    if (!m_open) {
        throw std::runtime_error("connection is closed");
    }
    const std::int64_t id = m_nextId++;
    request["id"] = id;
    auto pending = std::make_shared<Pending>(co_await net::this_coro::executor);
    pending->timer.expires_after(kReplyTimeout);
    m_pending.emplace(id, pending);
    send(request.dump());
    beast::error_code ec;
    co_await pending->timer.async_wait(net::redirect_error(net::use_awaitable, ec));
    m_pending.erase(id);
    if (!pending->done) {
        throw std::runtime_error("no reply to '" + request.value("op", std::string("?")) + "': " +
                                 (m_open ? "timed out after 60 s" : "the connection closed"));
    }
    co_return std::move(pending->reply);
}

net::awaitable<nlohmann::json> BenchConnection::call(nlohmann::json request,
                                                     const std::string& what) {
    auto reply = co_await this->request(std::move(request));
    if (!reply.value("ok", false)) {
        throw std::runtime_error(what + " failed: " + reply.dump());
    }
    co_return reply;
}

void BenchConnection::disconnect() {
    m_pushHandler = nullptr;
    beast::error_code ignored;
    beast::get_lowest_layer(m_ws).socket().shutdown(tcp::socket::shutdown_both, ignored);
    beast::get_lowest_layer(m_ws).socket().close(ignored);
    m_open = false;
}

void BenchConnection::send(std::string text) {
    m_outbox.push_back(std::move(text));
    if (!m_writing) {
        m_writing = true;
        net::co_spawn(
            m_ws.get_executor(), [self = shared_from_this()] { return self->writeLoop(); },
            net::detached);
    }
}

net::awaitable<void> BenchConnection::writeLoop() {
    while (!m_outbox.empty() && m_open) {
        beast::error_code ec;
        m_ws.text(true);
        co_await m_ws.async_write(net::buffer(m_outbox.front()),
                                  net::redirect_error(net::use_awaitable, ec));
        m_outbox.pop_front();
        if (ec) {
            disconnect();
            failPending();
        }
    }
    m_outbox.clear();
    m_writing = false;
}

net::awaitable<void> BenchConnection::readLoop() {
    beast::flat_buffer buffer;
    for (;;) {
        beast::error_code ec;
        co_await m_ws.async_read(buffer, net::redirect_error(net::use_awaitable, ec));
        if (ec == websocket::error::closed) {
            m_closeReason = "closed by the server with " + std::to_string(m_ws.reason().code) +
                            " " + std::string(m_ws.reason().reason.c_str());
        } else if (ec) {
            m_closeReason = "dropped: " + ec.message();
        }
        if (ec) {
            break;
        }
        const auto at = Clock::now();
        const std::string_view text(static_cast<const char*>(buffer.data().data()), buffer.size());
        if (text.starts_with(kPushPrefix)) {
            if (m_pushHandler) {
                m_pushHandler(text, at);
            }
        } else {
            m_lastReplyAt = at;
            m_lastReplyBytes = text.size();
            auto message = nlohmann::json::parse(text, nullptr, false);
            if (message.is_object() && message.contains("event")) {
                if (m_pushHandler) {
                    m_pushHandler(text, at);
                }
            } else if (message.is_object() && message.value("id", nlohmann::json()).is_number()) {
                const auto it = m_pending.find(message["id"].get<std::int64_t>());
                if (it != m_pending.end()) {
                    it->second->reply = std::move(message);
                    it->second->done = true;
                    it->second->timer.cancel();
                }
            }
        }
        buffer.consume(buffer.size());
    }
    m_open = false;
    failPending();
}

void BenchConnection::failPending() {
    for (auto& [id, pending] : m_pending) {
        pending->timer.cancel();
    }
}

} // namespace jcc::bench
