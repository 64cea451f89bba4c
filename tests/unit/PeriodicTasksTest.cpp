// The node's periodic jobs share one timer: each runs at its own interval, the first time after
// its own delay.
#include "server/core/PeriodicTasks.hpp"

#include <catch2/catch.hpp>

using namespace jcc::server;
using namespace std::chrono_literals;

TEST_CASE("periodic tasks run at their own intervals from one timer") {
    net::io_context io;
    PeriodicTasks tasks(io);
    int often = 0;
    int delayed = 0;
    tasks.add(20ms, 0ms, [&] { ++often; });
    tasks.add(1h, 50ms, [&] { ++delayed; });
    tasks.start();
    CHECK(often == 1); // a task without a delay runs at start()
    CHECK(delayed == 0);
    io.run_for(300ms);
    CHECK(often >= 3);
    CHECK(delayed == 1); // once after its delay, and not again within the hour
}

TEST_CASE("periodic tasks stop with the loop") {
    net::io_context io;
    PeriodicTasks tasks(io);
    int runs = 0;
    tasks.add(10ms, 10ms, [&] {
        if (++runs == 2) {
            io.stop();
        }
    });
    tasks.start();
    io.run_for(1s);
    CHECK(runs == 2);
}
