#include "server/core/OpenFileLimit.hpp"

#include <cerrno>
#include <cstring>
#include <spdlog/spdlog.h>
#include <sys/resource.h>

namespace jcc::server {

void raiseOpenFileLimit(const ServerConfig& config) {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        spdlog::warn("cannot read the open-file limit: {}", std::strerror(errno));
        return;
    }
    const auto soft = limit.rlim_cur;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0) {
            spdlog::warn("cannot raise the open-file limit from {} to {}: {}", soft, limit.rlim_max,
                         std::strerror(errno));
            limit.rlim_cur = soft;
        }
    }
    spdlog::info("open-file limit {} (was {})", limit.rlim_cur, soft);
    // Database connections, the data directory lock, logs and the listener need some too.
    constexpr rlim_t kReserved = 64;
    const auto needed = static_cast<rlim_t>(config.maxConnections) + config.dbWorkers +
                        config.loginWorkers + kReserved;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < needed) {
        spdlog::warn("the open-file limit {} is below what --max-connections {} needs ({}); "
                     "raise it (ulimit -n, LimitNOFILE=) or lower --max-connections",
                     limit.rlim_cur, config.maxConnections, needed);
    }
}

} // namespace jcc::server
