#pragma once
// Baseline 1: a bare single-row INSERT and COMMIT on the same PostgreSQL, from `writers` threads
// each with its own libpqxx connection, into a throwaway table that is dropped afterwards.
#include "bench/BenchClock.hpp"
#include "bench/Samples.hpp"

#include <chrono>
#include <string>

namespace jcc::bench {

struct InsertBaselineResult {
    Samples commitMs; ///< INSERT + COMMIT round trip, per transaction
    double tps = 0;   ///< transactions committed per second
};

/// `rate` 0 runs flat out; otherwise the writers together commit `rate` times per second.
InsertBaselineResult runInsertBaseline(const std::string& url, unsigned writers, double rate,
                                       Clock::duration duration);

} // namespace jcc::bench
