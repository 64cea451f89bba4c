#include "server/core/LogSetup.hpp"

#include "server/core/JsonLogFormatter.hpp"

#include <cstdlib>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/sinks/systemd_sink.h>
#include <spdlog/spdlog.h>
#include <string>
#include <sys/stat.h>

namespace jcc::server {

namespace {

/// True when $JOURNAL_STREAM names the device and inode of our stderr (systemd.exec(5)).
bool stderrIsJournal() {
    const char* stream = std::getenv("JOURNAL_STREAM");
    struct stat info {};
    if (stream == nullptr || fstat(STDERR_FILENO, &info) != 0) {
        return false;
    }
    return std::string(stream) == std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino);
}

} // namespace

void setUpLogging(const ServerConfig& config) {
    const bool toJournal = config.logFormat == LogFormat::Text && stderrIsJournal();
    std::shared_ptr<spdlog::logger> logger;
    if (toJournal) {
        logger = std::make_shared<spdlog::logger>(
            "jcc", std::make_shared<spdlog::sinks::systemd_sink_mt>("jcc-server"));
        logger->set_pattern("%v");
    } else {
        logger = spdlog::stderr_color_mt("jcc");
    }
    spdlog::set_default_logger(logger);
    if (config.logFormat == LogFormat::Json) {
        spdlog::set_formatter(std::make_unique<JsonLogFormatter>());
    } else if (!toJournal) {
        spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");
    }
    spdlog::set_level(spdlog::level::from_str(config.logLevel));
    spdlog::flush_on(spdlog::level::info);
}

} // namespace jcc::server
