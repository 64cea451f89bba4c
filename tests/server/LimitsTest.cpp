#include "server/core/Net.hpp"
#include "tests/server/DispatchFixture.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>
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
    // (hello takes fields it does not know: docs/protocol.md, "Order and flow control")
    CHECK(other->request(
              {{"op", "hello"}, {"protocol", 1}, {"pad", std::string(1500, 'x')}})["ok"] == true);
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

TEST_CASE("60 connections from one address: 50 are served, the rest refused, others unharmed") {
    ServerFixture fixture;
    std::vector<std::unique_ptr<WsClient>> flood;
    int refused = 0;
    for (int i = 0; i < 60; ++i) {
        try {
            flood.push_back(WsClient::fromAddress(fixture.server.port(), "127.0.0.6"));
        } catch (const std::exception&) {
            ++refused;
        }
    }
    CHECK(flood.size() == 50);
    CHECK(refused == 10);
    for (const auto& client : flood) {
        CHECK(client->call("ping")["ok"] == true);
    }
    // A console at another address is not held up by the flood.
    auto other = WsClient::fromAddress(fixture.server.port(), "127.0.0.7");
    CHECK(errorCode(other->helloAndLogin(kOperator, kOperatorPassword)) == "ok");
    CHECK_THAT(httpGet(fixture.server.metricsPort(), "/metrics").body,
               Catch::Matchers::Contains("jcc_connections_rejected_total{cap=\"address\"} 10"));
    // A place given back can be taken again.
    flood.front()->close();
    flood.erase(flood.begin());
    bool connected = false;
    for (int attempt = 0; attempt < 50 && !connected; ++attempt) {
        try {
            connected =
                WsClient::fromAddress(fixture.server.port(), "127.0.0.6")->call("ping")["ok"] ==
                true;
        } catch (const std::exception&) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    CHECK(connected);
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

TEST_CASE("a console that does not read is disconnected with 1013 when its queue overflows") {
    ServerFixture fixture(
        {"--rate-limit", "1000000", "--rate-burst", "1000000", "--outbound-queue", "16"});
    auto healthy = fixture.loggedIn();
    auto slow = WsClient::stalledLoggedIn(fixture.server.port(), kOperator, kOperatorPassword);
    // Write until the server gives up on the reader: how many replies the kernel buffers hold
    // before the queue fills depends on the machine, so there is no fixed count.
    const std::string padding(40, 'p');
    const auto overflowed = [&] {
        return httpGet(fixture.server.metricsPort(), "/metrics")
                   .body.find("jcc_slow_consumers_total 1") != std::string::npos;
    };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (int batch = 0; !overflowed() && std::chrono::steady_clock::now() < deadline; ++batch) {
        for (int i = 0; i < 1000; ++i) {
            slow->sendText(R"({"id": ")" + padding + std::to_string(batch * 1000 + i) +
                           R"(", "op": "ping"})");
        }
    }
    REQUIRE(overflowed());
    slow->resumeReading();
    REQUIRE(slow->waitClosed(std::chrono::seconds(30)));
    CHECK(slow->closeCode() == 1013);
    CHECK(slow->closeReason() == "outbound queue overflow");
    CHECK(healthy->call("ping")["ok"] == true);
}

namespace {

/// The resident memory of a process in KiB (VmRSS of /proc/PID/status).
long residentKiB(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (line.starts_with("VmRSS:")) {
            return std::stol(line.substr(6));
        }
    }
    return -1;
}

/// The sum of the values of the metric lines that start with `prefix`.
long sumOf(const std::string& metrics, const std::string& prefix) {
    long sum = 0;
    std::istringstream lines(metrics);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with(prefix)) {
            sum += std::stol(line.substr(line.rfind(' ') + 1));
        }
    }
    return sum;
}

} // namespace

TEST_CASE("a console that never reads is closed before the node's memory grows, and nobody "
          "else waits for it") {
    DispatchFixture fixture({"--rate-limit", "100000", "--rate-burst", "100000"});
    // About 1.5 MB of snapshot: 3,000 open incidents.
    fixture.sql("INSERT INTO incidents (ref, incident_type, priority, location_text, lat, lon, "
                "description, created_by) SELECT 'JCC-2025-' || lpad(n::text, 6, '0'), "
                "'theft', 3, 'Masarykova ' || n, 48.85, 17.13, repeat('x', 300), "
                "(SELECT id FROM users WHERE username = 'novak') "
                "FROM generate_series(1, 3000) AS n");
    auto watcher = fixture.loggedIn();
    REQUIRE(errorCode(watcher->call("subscribe")) == "ok");
    auto writer = fixture.loggedIn();
    const auto pid = fixture.server.process().pid();
    [[maybe_unused]] const long before = residentKiB(pid);

    // The stalled console asks for a snapshot 200 times (300 MB if each were queued).
    auto stalled = WsClient::stalledLoggedIn(fixture.server.port(), kOperator, kOperatorPassword);
    for (int i = 0; i < 200; ++i) {
        stalled->sendText(json{{"id", 100 + i}, {"op", "subscribe"}}.dump());
    }
    // Meanwhile the others work as usual: every write is answered, every push arrives in order.
    std::int64_t lastSeq = 0;
    for (int i = 0; i < 20; ++i) {
        createIncident(*writer);
        const auto push = watcher->nextPush();
        REQUIRE(push);
        const auto seq = (*push)["seq"].get<std::int64_t>();
        CHECK((lastSeq == 0 || seq == lastSeq + 1));
        lastSeq = seq;
    }
    // Once the node has answered (or refused) all 200:
    const auto metrics = [&] { return httpGet(fixture.server.metricsPort(), "/metrics").body; };
    const auto handled = [&] {
        const auto text = metrics();
        return sumOf(text, "jcc_requests_total{op=\"subscribe\"") +
               sumOf(text, "jcc_requests_total{op=\"rate_limited\"");
    };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (handled() < 201 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    REQUIRE(handled() >= 201);
    // One snapshot waits for it, the other requests were refused: far below its 16 MiB budget.
    const long snapshotBytes = sumOf(metrics(), "jcc_outbound_queued_bytes_max");
    INFO("the longest queue of one console: " << snapshotBytes << " bytes");
    CHECK(snapshotBytes > 1'000'000);
    CHECK(snapshotBytes < 4'000'000);
#ifndef __SANITIZE_ADDRESS__
    // AddressSanitizer keeps freed blocks in its quarantine (256 MiB), so RSS says nothing there.
    const long during = residentKiB(pid);
    INFO("RSS before " << before << " KiB, with the stalled console " << during << " KiB");
    CHECK(during - before < 48 * 1024);
#endif
    CHECK(sumOf(metrics(), "jcc_requests_total{op=\"subscribe\",result=\"rate_limited\"}") > 0);

    // It keeps sending and never reads: closed with 1013 at the limit of queued messages.
    try {
        for (int batch = 0; metrics().find("jcc_slow_consumers_total 1") == std::string::npos &&
                            std::chrono::steady_clock::now() < deadline;
             ++batch) {
            for (int i = 0; i < 500; ++i) {
                stalled->sendText(json{{"id", batch * 1000 + i}, {"op", "ping"}}.dump());
            }
        }
    } catch (const std::exception& e) {
        INFO("the closed connection refused more: " << e.what());
    }
    stalled->resumeReading();
    REQUIRE(stalled->waitClosed(std::chrono::seconds(30)));
    CHECK(stalled->closeCode() == 1013);
    CHECK(stalled->closeReason() == "outbound queue overflow");
    CHECK(errorCode(writer->call("ping")) == "ok");
}

TEST_CASE("TLS below 1.2 is refused; 1.2 and 1.3 are accepted") {
    ServerFixture fixture;
    using namespace jcc::server;
    auto handshake = [&](int minVersion, int maxVersion) {
        net::io_context io;
        ssl::context tls(ssl::context::tls_client);
        SSL_CTX_set_security_level(tls.native_handle(), 0);
        SSL_CTX_set_cipher_list(tls.native_handle(), "DEFAULT:@SECLEVEL=0");
        SSL_CTX_set_min_proto_version(tls.native_handle(), minVersion);
        SSL_CTX_set_max_proto_version(tls.native_handle(), maxVersion);
        tls.set_verify_mode(ssl::verify_none);
        TlsStream stream(io, tls);
        beast::get_lowest_layer(stream).connect(
            tcp::endpoint(net::ip::make_address("127.0.0.1"), fixture.server.port()));
        beast::error_code ec;
        stream.handshake(ssl::stream_base::client, ec);
        return !ec;
    };
    CHECK_FALSE(handshake(TLS1_VERSION, TLS1_1_VERSION));
    CHECK(handshake(TLS1_2_VERSION, TLS1_2_VERSION));
    CHECK(handshake(TLS1_3_VERSION, TLS1_3_VERSION));
}

TEST_CASE("JSON logs are one object per line") {
    ServerFixture fixture({"--log-format", "json"});
    fixture.loggedIn();
    std::istringstream lines(fixture.server.log());
    int count = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty()) {
            continue;
        }
        const auto entry = nlohmann::json::parse(line);
        CHECK(entry.contains("time"));
        CHECK(entry.contains("level"));
        CHECK(entry.contains("message"));
        ++count;
    }
    CHECK(count >= 2);
}

TEST_CASE("before login a frame is at most 16 KiB; after login the full limit applies") {
    ServerFixture fixture;
    const std::string padding(20 * 1024, 'p');
    auto anonymous = fixture.connect();
    anonymous->call("hello", {{"protocol", 1}});
    anonymous->sendText(R"({"id": 1, "op": "ping", "padding": ")" + padding + "\"}");
    REQUIRE(anonymous->waitClosed(std::chrono::seconds(10)));
    CHECK(anonymous->closeCode() == 1009);
    // A megabyte before login is not read to the end: the connection is gone after 16 KiB.
    auto logged = fixture.loggedIn();
    logged->sendText(R"({"id": 2, "op": "ping", "padding": ")" + padding + "\"}");
    const auto reply = logged->readFrame();
    REQUIRE(reply.has_value());
    CHECK_FALSE(logged->closed());
    CHECK(logged->call("ping")["ok"] == true);
}

TEST_CASE("before login at most 2 requests wait, and login and resume refuse unknown fields") {
    ServerFixture fixture;
    auto anonymous = fixture.connect();
    anonymous->call("hello", {{"protocol", 1}});
    for (int i = 1; i <= 6; ++i) {
        anonymous->sendText(json{{"id", i},
                                 {"op", "login"},
                                 {"username", kOperator},
                                 {"password", "wrong-" + std::to_string(i)}}
                                .dump());
    }
    std::map<std::string, int> results;
    for (int i = 1; i <= 6; ++i) {
        const auto frame = anonymous->readFrame(std::chrono::seconds(30));
        REQUIRE(frame.has_value());
        ++results[errorCode(json::parse(*frame))];
    }
    INFO(json(results).dump());
    CHECK(results["rate_limited"] >= 1);
    CHECK(results["rate_limited"] + results["auth_failed"] == 6);

    auto client = fixture.connect();
    client->call("hello", {{"protocol", 1}});
    const auto login = client->call(
        "login", {{"username", kOperator}, {"password", kOperatorPassword}, {"remember", true}});
    CHECK(errorCode(login) == "bad_request");
    CHECK(login["error"]["field"] == "remember");
    const auto resume = client->call("resume", {{"token", "x"}, {"user", "novak"}});
    CHECK(resume["error"]["field"] == "user");
}
