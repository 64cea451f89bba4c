#pragma once
// A real TLS WebSocket client for tests: connects to a jcc-server on 127.0.0.1, sends JSON
// requests and collects replies and pushes, with timeouts instead of blocking forever.
#include <chrono>
#include <deque>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace jcc::test {

class WsClient {
public:
    /// Connects and completes the TLS and WebSocket handshakes; throws on failure.
    explicit WsClient(unsigned short port, const std::string& target = "/ws");
    /// A client connecting from `localAddress` (another loopback address, e.g. 127.0.0.2), to
    /// play a second workstation.
    static std::unique_ptr<WsClient> fromAddress(unsigned short port,
                                                 const std::string& localAddress);
    /// A client that does not read until resumeReading(), with a small receive buffer, to play
    /// a console that does not keep up.
    static std::unique_ptr<WsClient> stalled(unsigned short port);
    /// stalled(), after hello and login as `username` (so no login timeout applies).
    static std::unique_ptr<WsClient>
    stalledLoggedIn(unsigned short port, const std::string& username, const std::string& password);
    void resumeReading();
    ~WsClient();

    void sendText(const std::string& text);
    /// The next text frame, or nullopt when none arrives within `timeout` or the server closed.
    std::optional<std::string>
    readFrame(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /// Sends `request` (an "id" is added when missing) and returns the reply with that id;
    /// pushes arriving meanwhile are kept for nextPush(). Throws when no reply comes.
    nlohmann::json request(nlohmann::json request,
                           std::chrono::milliseconds timeout = std::chrono::seconds(20));
    /// request({"op": op, ...fields}).
    nlohmann::json call(const std::string& op, nlohmann::json fields = nlohmann::json::object());
    /// hello, then login; returns the login reply.
    nlohmann::json helloAndLogin(const std::string& username, const std::string& password);
    std::optional<nlohmann::json>
    nextPush(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    /// Waits up to `timeout` for the server to close; true when it did.
    bool waitClosed(std::chrono::milliseconds timeout);
    bool closed() const;
    int closeCode() const;
    std::string closeReason() const;
    void close();

private:
    WsClient(unsigned short port, const std::string& target, bool stalled,
             const std::string& localAddress = {});

    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::deque<nlohmann::json> m_pushes;
    long m_nextId = 1;
};

} // namespace jcc::test
