#include "bench/ProcessSample.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace jcc::bench {

ProcessSample ProcessSample::of(int pid) {
    ProcessSample sample;
    sample.at = Clock::now();
    const std::string dir = "/proc/" + std::to_string(pid);
    std::ifstream stat(dir + "/stat");
    std::string line;
    if (!std::getline(stat, line)) {
        throw std::runtime_error("cannot read " + dir + "/stat (has the process exited?)");
    }
    // "PID (comm) STATE ..." where comm may hold spaces; utime and stime are fields 14 and 15.
    std::istringstream fields(line.substr(line.rfind(')') + 2));
    std::string field;
    unsigned long long utime = 0, stime = 0;
    for (int number = 3; number <= 15 && fields >> field; ++number) {
        if (number == 14) {
            utime = std::stoull(field);
        } else if (number == 15) {
            stime = std::stoull(field);
        }
    }
    sample.cpuSeconds =
        static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
    std::ifstream status(dir + "/status");
    while (std::getline(status, line)) {
        if (line.starts_with("VmRSS:")) {
            sample.rssKiB = std::stod(line.substr(6));
        }
    }
    return sample;
}

double cpuPercent(const ProcessSample& from, const ProcessSample& to) {
    const double wall = std::chrono::duration<double>(to.at - from.at).count();
    return wall > 0 ? 100.0 * (to.cpuSeconds - from.cpuSeconds) / wall : 0;
}

} // namespace jcc::bench
