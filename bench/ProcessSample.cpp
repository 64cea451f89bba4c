#include "bench/ProcessSample.hpp"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace jcc::bench {

namespace {

struct StatFields {
    int parent = 0;
    double cpuSeconds = 0;
};

/// /proc/PID/stat: "PID (comm) STATE PPID ..." where comm may hold spaces; utime and stime are
/// fields 14 and 15. nullopt when the process is gone.
std::optional<StatFields> readStat(int pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line) || line.rfind(')') == std::string::npos) {
        return std::nullopt;
    }
    std::istringstream fields(line.substr(line.rfind(')') + 2));
    std::string field;
    StatFields result;
    unsigned long long utime = 0, stime = 0;
    for (int number = 3; number <= 15 && fields >> field; ++number) {
        if (number == 4) {
            result.parent = std::stoi(field);
        } else if (number == 14) {
            utime = std::stoull(field);
        } else if (number == 15) {
            stime = std::stoull(field);
        }
    }
    result.cpuSeconds =
        static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
    return result;
}

} // namespace

ProcessSample ProcessSample::of(int pid) {
    ProcessSample sample;
    sample.at = Clock::now();
    const auto stat = readStat(pid);
    if (!stat) {
        throw std::runtime_error("cannot read /proc/" + std::to_string(pid) +
                                 "/stat (has the process exited?)");
    }
    sample.cpuSeconds = stat->cpuSeconds;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (line.starts_with("VmRSS:")) {
            sample.rssKiB = std::stod(line.substr(6));
        }
    }
    return sample;
}

ProcessSample ProcessSample::cpuOfTree(int pid) {
    ProcessSample sample = of(pid);
    sample.rssKiB = 0;
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        const auto name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        if (const auto stat = readStat(std::stoi(name)); stat && stat->parent == pid) {
            sample.cpuSeconds += stat->cpuSeconds;
        }
    }
    return sample;
}

double cpuPercent(const ProcessSample& from, const ProcessSample& to) {
    const double wall = std::chrono::duration<double>(to.at - from.at).count();
    return wall > 0 ? 100.0 * (to.cpuSeconds - from.cpuSeconds) / wall : 0;
}

} // namespace jcc::bench
