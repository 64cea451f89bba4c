#pragma once
// CPU time and resident memory of a process from /proc/PID/stat and /proc/PID/status, and the
// CPU share between two samples.
#include "bench/BenchClock.hpp"

namespace jcc::bench {

struct ProcessSample {
    Clock::time_point at;
    double cpuSeconds = 0; ///< user + system time so far
    double rssKiB = 0;     ///< VmRSS

    /// Reads the process now; throws when it does not exist.
    static ProcessSample of(int pid);
    /// CPU time of the process and its children (a postmaster and its backends); rssKiB 0.
    /// Children that exit between two samples take their time with them, so this is a lower
    /// bound when connections come and go.
    static ProcessSample cpuOfTree(int pid);
};

/// CPU used between two samples as a percentage of one core.
double cpuPercent(const ProcessSample& from, const ProcessSample& to);

} // namespace jcc::bench
