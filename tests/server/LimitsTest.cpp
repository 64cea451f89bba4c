#include "server/core/Net.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>
#include <thread>

using namespace jcc::test;
using nlohmann::json;

TEST_CASE("a frame over the limit closes the connection with 1009") {
    ServerFixture fixture({"--max-frame-bytes", "2048"});
    auto client = fixture.loggedIn();
    client->sendText(R"({"id": 1, "op": "ping", "pad": ")" + std::string(4096, 'x') + "\"}");
    REQUIRE(client->waitClosed(std::chrono::seconds(5)));
    CHECK(client->closeCode() == 1009);
    // A frame just under the limit is fine on a new connection.
    auto other = fixture.loggedIn();
    CHECK(other->request({{"op", "ping"}, {"pad", std::string(1500, 'x')}})["ok"] == true);
}

TEST_CASE("requests over the rate are refused, then allowed again") {
    ServerFixture fixture({"--rate-limit", "2", "--rate-burst", "3"});
    auto client = fixture.connect();
    int limited = 0;
    for (int i = 0; i < 6; ++i) {
        const auto reply = client->call("ping");
        if (!reply["ok"].get<bool>()) {
            CHECK(reply["error"]["code"] == "rate_limited");
            ++limited;
        }
    }
    CHECK(limited >= 2);
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    CHECK(client->call("ping")["ok"] == true);
}

TEST_CASE("connections over the cap are refused and counted") {
    ServerFixture fixture({"--max-connections", "2"});
    auto first = fixture.connect();
    auto second = fixture.connect();
    CHECK_THROWS(WsClient(fixture.server.port()));
    first->close();
    first.reset();
    // The freed place can be taken again once the server has seen the close.
    bool connected = false;
    for (int attempt = 0; attempt < 50 && !connected; ++attempt) {
        try {
            WsClient third(fixture.server.port());
            connected = third.call("ping")["ok"] == true;
        } catch (const std::exception&) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    CHECK(connected);
    second.reset();
}

TEST_CASE("a connection that does not log in is closed at the login timeout") {
    ServerFixture fixture({"--login-timeout", "1s"});
    auto client = fixture.connect();
    client->call("hello", {{"protocol", 1}});
    REQUIRE(client->waitClosed(std::chrono::seconds(5)));
    CHECK(client->closeCode() == 1008);
    CHECK(client->closeReason() == "login timeout");
    // A logged-in connection stays.
    auto logged = fixture.loggedIn();
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    CHECK(logged->call("ping")["ok"] == true);
}

TEST_CASE("a silent peer is dropped at the idle timeout; an answering one is kept") {
    ServerFixture fixture({"--idle-timeout", "2s"});
    auto silent = fixture.loggedIn();
    auto answering = fixture.loggedIn();
    // The answering client pumps its connection (and so answers pings); the silent one does not.
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(4500);
    while (std::chrono::steady_clock::now() < until) {
        answering->readFrame(std::chrono::milliseconds(100));
    }
    CHECK(silent->waitClosed(std::chrono::seconds(2)));
    CHECK_FALSE(answering->closed());
    CHECK(answering->call("ping")["ok"] == true);
}

TEST_CASE("a TCP connection that never completes the TLS handshake is dropped") {
    ServerFixture fixture({"--handshake-timeout", "1s"});
    using namespace jcc::server;
    net::io_context io;
    tcp::socket socket(io);
    socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), fixture.server.port()));
    socket.write_some(net::buffer(std::string("\x16\x03\x01", 3))); // start of a ClientHello
    char byte;
    beast::error_code ec;
    const auto started = std::chrono::steady_clock::now();
    socket.read_some(net::buffer(&byte, 1), ec);
    CHECK(ec); // closed by the server
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
}
