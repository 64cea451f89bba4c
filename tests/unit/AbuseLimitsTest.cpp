// Per-address limits of jcc-server: connections (ConnectionLimits) and password logins
// (LoginThrottle), with a clock the test moves.
#include "server/core/ConnectionLimits.hpp"
#include "server/core/LoginThrottle.hpp"

#include <catch2/catch.hpp>

using jcc::server::ConnectionLimits;
using jcc::server::LoginThrottle;
using namespace std::chrono_literals;

TEST_CASE("connections: a cap per address beside the node's cap") {
    ConnectionLimits limits(5, 2);
    auto a1 = limits.tryOpen("10.0.0.1");
    auto a2 = limits.tryOpen("10.0.0.1");
    REQUIRE(a1.slot);
    REQUIRE(a2.slot);
    const auto a3 = limits.tryOpen("10.0.0.1");
    CHECK_FALSE(a3.slot);
    CHECK(a3.refusal == ConnectionLimits::Refusal::AddressFull);
    auto b1 = limits.tryOpen("10.0.0.2");
    CHECK(b1.slot);
    CHECK(limits.open() == 3);

    a1.slot.reset(); // a connection from the full address closes: it may open another
    CHECK(limits.tryOpen("10.0.0.1").slot);
    CHECK(limits.open() == 2);

    ConnectionLimits small(2, 0);
    auto c1 = small.tryOpen("10.0.0.3");
    auto c2 = small.tryOpen("10.0.0.3");
    CHECK(c2.slot);
    CHECK(small.tryOpen("10.0.0.4").refusal == ConnectionLimits::Refusal::NodeFull);
}

TEST_CASE("logins: a number per address a minute, then refused until the minute is over") {
    LoginThrottle throttle(3, 2000ms);
    const auto start = LoginThrottle::Clock::now();
    for (int i = 0; i < 3; ++i) {
        CHECK(throttle.admit("10.0.0.1", start + i * 1s).allowed);
    }
    const auto refused = throttle.admit("10.0.0.1", start + 20s);
    CHECK_FALSE(refused.allowed);
    CHECK(refused.retryAfter == 40s);
    CHECK(throttle.admit("10.0.0.2", start + 20s).allowed); // another address is not held up
    CHECK(throttle.admit("10.0.0.1", start + 61s).allowed);
}

TEST_CASE("logins: after 3 failures each login waits longer, up to the maximum") {
    LoginThrottle throttle(100, 2000ms);
    const auto now = LoginThrottle::Clock::now();
    std::vector<long> delays;
    for (int i = 0; i < 8; ++i) {
        delays.push_back(static_cast<long>(throttle.admit("10.0.0.1", now).delay.count()));
        throttle.recordFailure("10.0.0.1", now);
    }
    CHECK(delays == std::vector<long>{0, 0, 0, 250, 500, 1000, 2000, 2000});
    CHECK(throttle.admit("10.0.0.2", now).delay == 0ms);

    throttle.recordSuccess("10.0.0.1");
    CHECK(throttle.admit("10.0.0.1", now).delay == 0ms);

    LoginThrottle noDelay(100, 0ms);
    for (int i = 0; i < 5; ++i) {
        noDelay.recordFailure("10.0.0.1", now);
        CHECK(noDelay.admit("10.0.0.1", now).delay == 0ms);
    }
}

TEST_CASE("logins: failures are forgotten after 15 minutes without another") {
    LoginThrottle throttle(100, 2000ms);
    const auto now = LoginThrottle::Clock::now();
    for (int i = 0; i < 5; ++i) {
        throttle.admit("10.0.0.1", now);
        throttle.recordFailure("10.0.0.1", now);
    }
    CHECK(throttle.admit("10.0.0.1", now + 14min).delay > 0ms);
    CHECK(throttle.admit("10.0.0.1", now + 15min).delay == 0ms);
}
