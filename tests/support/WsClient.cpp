#include "tests/support/WsClient.hpp"

#include "server/core/Net.hpp"

#include <stdexcept>

namespace jcc::test {

using namespace jcc::server;

struct WsClient::Impl {
    net::io_context io;
    ssl::context tls{ssl::context::tls_client};
    websocket::stream<TlsStream> ws{io, tls};
    beast::flat_buffer buffer;
    std::deque<std::string> frames;
    bool closed = false;
    int closeCode = 0;
    std::string closeReason;

    /// Reads one frame; with `chain`, goes on reading after it.
    void readNext(bool chain = true) {
        ws.async_read(buffer, [this, chain](beast::error_code ec, std::size_t) {
            if (ec) {
                closed = true;
                closeCode = ws.reason().code;
                closeReason = std::string(ws.reason().reason.c_str());
                return;
            }
            frames.push_back(beast::buffers_to_string(buffer.data()));
            buffer.consume(buffer.size());
            if (chain) {
                readNext();
            }
        });
    }

    /// Runs handlers one at a time until `done` or the timeout, so that it returns as soon as
    /// `done` holds (a read is always pending: run_for would run out its whole slice).
    template <class Done> void runUntil(Done done, std::chrono::milliseconds timeout) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (!done() && std::chrono::steady_clock::now() < deadline) {
            io.restart();
            io.run_one_until(deadline);
        }
    }
};

WsClient::WsClient(unsigned short port, const std::string& target)
    : WsClient(port, target, false) {}

WsClient::WsClient(unsigned short port, const std::string& target, bool stalled,
                   const std::string& localAddress)
    : m_impl(new Impl) {
    m_impl->tls.set_verify_mode(ssl::verify_none);
    auto& lowest = beast::get_lowest_layer(m_impl->ws);
    if (stalled || !localAddress.empty()) {
        lowest.socket().open(tcp::v4());
    }
    if (stalled) {
        lowest.socket().set_option(net::socket_base::receive_buffer_size(4096));
    }
    if (!localAddress.empty()) {
        lowest.socket().bind(tcp::endpoint(net::ip::make_address(localAddress), 0));
    }
    lowest.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    m_impl->ws.next_layer().handshake(ssl::stream_base::client);
    m_impl->ws.handshake("127.0.0.1:" + std::to_string(port), target);
    if (!stalled) {
        m_impl->readNext();
    }
}

std::unique_ptr<WsClient> WsClient::fromAddress(unsigned short port,
                                                const std::string& localAddress) {
    return std::unique_ptr<WsClient>(new WsClient(port, "/ws", false, localAddress));
}

std::unique_ptr<WsClient> WsClient::stalled(unsigned short port) {
    return std::unique_ptr<WsClient>(new WsClient(port, "/ws", true));
}

std::unique_ptr<WsClient> WsClient::stalledLoggedIn(unsigned short port,
                                                    const std::string& username,
                                                    const std::string& password) {
    auto client = stalled(port);
    client->sendText(R"({"id": 1, "op": "hello", "protocol": 1})");
    client->sendText(
        nlohmann::json{{"id", 2}, {"op", "login"}, {"username", username}, {"password", password}}
            .dump());
    for (int reply = 0; reply < 2; ++reply) {
        client->m_impl->readNext(false);
        auto frame = client->readFrame();
        if (!frame || !nlohmann::json::parse(*frame).value("ok", false)) {
            throw std::runtime_error("stalled client: no ok for hello/login: " +
                                     frame.value_or("(none)"));
        }
    }
    return client;
}

void WsClient::resumeReading() {
    m_impl->readNext();
}

WsClient::~WsClient() = default;

void WsClient::sendText(const std::string& text) {
    bool done = false;
    beast::error_code result;
    m_impl->ws.text(true);
    m_impl->ws.async_write(net::buffer(text), [&](beast::error_code ec, std::size_t) {
        result = ec;
        done = true;
    });
    m_impl->runUntil([&] { return done; }, std::chrono::seconds(10));
    if (!done || result) {
        throw std::runtime_error("write failed: " + (done ? result.message() : "timeout"));
    }
}

std::optional<std::string> WsClient::readFrame(std::chrono::milliseconds timeout) {
    m_impl->runUntil([&] { return !m_impl->frames.empty() || m_impl->closed; }, timeout);
    if (m_impl->frames.empty()) {
        return std::nullopt;
    }
    std::string frame = std::move(m_impl->frames.front());
    m_impl->frames.pop_front();
    return frame;
}

nlohmann::json WsClient::request(nlohmann::json request, std::chrono::milliseconds timeout) {
    if (!request.contains("id")) {
        request["id"] = m_nextId++;
    }
    sendText(request.dump());
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        auto frame = readFrame(std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now()));
        if (!frame) {
            break;
        }
        auto message = nlohmann::json::parse(*frame);
        if (message.contains("event")) {
            m_pushes.push_back(std::move(message));
        } else if (message["id"] == request["id"]) {
            return message;
        }
    }
    throw std::runtime_error("no reply to " + request.dump() +
                             (m_impl->closed ? " (closed: " + m_impl->closeReason + ")" : ""));
}

nlohmann::json WsClient::call(const std::string& op, nlohmann::json fields) {
    fields["op"] = op;
    return request(std::move(fields));
}

nlohmann::json WsClient::helloAndLogin(const std::string& username, const std::string& password) {
    const auto hello = call("hello", {{"protocol", 1}});
    if (!hello.value("ok", false)) {
        throw std::runtime_error("hello failed: " + hello.dump());
    }
    return call("login", {{"username", username}, {"password", password}});
}

std::optional<nlohmann::json> WsClient::nextPush(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (m_pushes.empty() && std::chrono::steady_clock::now() < deadline) {
        auto frame = readFrame(std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now()));
        if (!frame) {
            break;
        }
        auto message = nlohmann::json::parse(*frame);
        if (message.contains("event")) {
            m_pushes.push_back(std::move(message));
        }
    }
    if (m_pushes.empty()) {
        return std::nullopt;
    }
    auto push = std::move(m_pushes.front());
    m_pushes.pop_front();
    return push;
}

bool WsClient::waitClosed(std::chrono::milliseconds timeout) {
    m_impl->runUntil([&] { return m_impl->closed; }, timeout);
    return m_impl->closed;
}

bool WsClient::closed() const {
    return m_impl->closed;
}

int WsClient::closeCode() const {
    return m_impl->closeCode;
}

std::string WsClient::closeReason() const {
    return m_impl->closeReason;
}

void WsClient::close() {
    if (m_impl->closed) {
        return;
    }
    bool done = false;
    m_impl->ws.async_close(websocket::close_code::normal, [&](beast::error_code) { done = true; });
    m_impl->runUntil([&] { return done && m_impl->closed; }, std::chrono::seconds(5));
}

} // namespace jcc::test
