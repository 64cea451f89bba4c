#pragma once
// The clock of jcc-bench's measurements; light, unlike BenchNet.hpp (Asio and Beast).
#include <chrono>

namespace jcc::bench {

using Clock = std::chrono::steady_clock;

/// Milliseconds between two instants, as a double.
inline double msBetween(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

} // namespace jcc::bench
