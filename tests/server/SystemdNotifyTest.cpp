// jcc-server under systemd's notify protocol (jcc-server.service is Type=notify with
// WatchdogSec=): a test plays systemd with a datagram socket in $NOTIFY_SOCKET and checks what
// arrives, and from which process.
#include "tests/server/ServerFixture.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

using namespace jcc::test;

namespace {

struct Notification {
    int pid = 0;
    std::string text;
    std::chrono::steady_clock::time_point at;
};

/// The receiving end of $NOTIFY_SOCKET, with the sender's credentials on every message.
class NotifySocket {
public:
    NotifySocket() : m_dir(makeTempDir("jcc-notify-")), m_path(m_dir / "notify") {
        m_fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        REQUIRE(m_fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const std::string path = m_path.string();
        REQUIRE(path.size() < sizeof(address.sun_path));
        std::copy(path.begin(), path.end(), address.sun_path);
        REQUIRE(bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
        const int on = 1;
        REQUIRE(setsockopt(m_fd, SOL_SOCKET, SO_PASSCRED, &on, sizeof(on)) == 0);
        const timeval timeout{0, 200'000};
        REQUIRE(setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout)) == 0);
    }
    ~NotifySocket() {
        close(m_fd);
        std::filesystem::remove_all(m_dir);
    }
    std::string path() const { return m_path.string(); }

    /// Messages until `done` returns true for one or `timeout` passes.
    template <class Done>
    std::vector<Notification> receiveUntil(Done done, std::chrono::milliseconds timeout) {
        std::vector<Notification> received;
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < deadline) {
            if (auto message = receiveOne()) {
                received.push_back(*message);
                if (done(received.back())) {
                    break;
                }
            }
        }
        return received;
    }

private:
    std::optional<Notification> receiveOne() {
        char buffer[4096];
        iovec io{buffer, sizeof(buffer)};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
        msghdr header{};
        header.msg_iov = &io;
        header.msg_iovlen = 1;
        header.msg_control = control;
        header.msg_controllen = sizeof(control);
        const auto size = recvmsg(m_fd, &header, 0);
        if (size < 0) {
            return std::nullopt;
        }
        Notification message;
        message.at = std::chrono::steady_clock::now();
        message.text.assign(buffer, static_cast<std::size_t>(size));
        for (auto* c = CMSG_FIRSTHDR(&header); c != nullptr; c = CMSG_NXTHDR(&header, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
                ucred credentials{};
                std::memcpy(&credentials, CMSG_DATA(c), sizeof(credentials));
                message.pid = credentials.pid;
            }
        }
        return message;
    }

    std::filesystem::path m_dir;
    std::filesystem::path m_path;
    int m_fd = -1;
};

/// Sets an environment variable for the life of the object (the server inherits it).
class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : m_name(name) {
        setenv(name, value.c_str(), 1);
    }
    ~ScopedEnv() { unsetenv(m_name); }

private:
    const char* m_name;
};

bool contains(const std::vector<Notification>& messages, const std::string& text) {
    return std::any_of(messages.begin(), messages.end(), [&](const Notification& m) {
        return m.text.find(text) != std::string::npos;
    });
}

} // namespace

TEST_CASE("under systemd the server reports its start, readiness, watchdog and stop") {
    NotifySocket systemd;
    ScopedEnv socket("NOTIFY_SOCKET", systemd.path());
    ScopedEnv watchdog("WATCHDOG_USEC", "1000000"); // keep-alives every 0.5 s
    // The embedded cluster: PostgreSQL is built with systemd support and would report READY=1
    // itself if it inherited the socket.
    ServerProcess server(std::nullopt);
    const int pid = server.process().pid();

    auto startup = systemd.receiveUntil(
        [](const Notification& m) { return m.text.find("READY=1") != std::string::npos; },
        std::chrono::seconds(5));
    REQUIRE(contains(startup, "READY=1"));
    CHECK(contains(startup, "STATUS=starting the embedded PostgreSQL"));
    CHECK(contains(startup, "STATUS=migrating the database schema"));
    CHECK(contains(startup, "STATUS=listening on 127.0.0.1:" + std::to_string(server.port())));

    // The loop turns: keep-alives keep coming, never further apart than the watchdog allows.
    auto running = systemd.receiveUntil([](const Notification&) { return false; },
                                        std::chrono::milliseconds(2600));
    std::vector<std::chrono::steady_clock::time_point> alive;
    for (const auto& message : running) {
        if (message.text == "WATCHDOG=1") {
            alive.push_back(message.at);
        }
    }
    REQUIRE(alive.size() >= 3);
    for (std::size_t i = 1; i < alive.size(); ++i) {
        CHECK(alive[i] - alive[i - 1] < std::chrono::milliseconds(900));
    }

    server.process().signal(SIGTERM);
    auto stopping = systemd.receiveUntil(
        [](const Notification& m) { return m.text.find("STOPPING=1") != std::string::npos; },
        std::chrono::seconds(5));
    CHECK(contains(stopping, "STOPPING=1"));
    CHECK(server.process().wait(std::chrono::seconds(30)) == 0);

    // Every message came from jcc-server itself, none from its PostgreSQL.
    for (const auto& batch : {startup, running, stopping}) {
        for (const auto& message : batch) {
            INFO(message.text);
            CHECK(message.pid == pid);
        }
    }
}
