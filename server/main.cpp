// jcc-server: the dispatch server node. See `jcc-server --help` and docs/operations.md.
#include "server/core/Config.hpp"
#include "server/core/JsonLogFormatter.hpp"
#include "server/core/Server.hpp"

#include <csignal>
#include <iostream>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    using namespace jcc::server;
    ServerConfig config;
    try {
        config = parseServerConfig(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const ConfigError& e) {
        std::cerr << "jcc-server: " << e.what() << "\n";
        return 2;
    }
    if (config.showHelp) {
        std::cout << serverUsage();
        return 0;
    }
    if (config.showVersion) {
        std::cout << "jcc-server " << JCC_VERSION << "\n";
        return 0;
    }
    auto logger = spdlog::stderr_color_mt("jcc");
    spdlog::set_default_logger(logger);
    if (config.logFormat == LogFormat::Json) {
        spdlog::set_formatter(std::make_unique<JsonLogFormatter>());
    } else {
        spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");
    }
    spdlog::set_level(spdlog::level::from_str(config.logLevel));
    spdlog::flush_on(spdlog::level::info);
    std::signal(SIGPIPE, SIG_IGN);
    try {
        return runServer(config);
    } catch (const std::exception& e) {
        spdlog::critical("jcc-server failed: {}", e.what());
        return 1;
    }
}
