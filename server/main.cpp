// jcc-server: the dispatch server node. See `jcc-server --help` and docs/operations.md.
#include "common/Version.hpp"
#include "server/core/Config.hpp"
#include "server/core/LogSetup.hpp"
#include "server/core/Server.hpp"

#include <csignal>
#include <iostream>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    using namespace jcc::server;
    ServerConfig config;
    try {
        config = parseServerConfig(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const ConfigError& e) {
        std::cerr << "jcc-server: " << e.what() << "\n";
        return kExitUsage;
    }
    if (config.showHelp) {
        std::cout << serverUsage();
        return 0;
    }
    if (config.showVersion) {
        std::cout << "jcc-server " << jcc::version() << "\n";
        return 0;
    }
    setUpLogging(config);
    std::signal(SIGPIPE, SIG_IGN);
    try {
        return runServer(config);
    } catch (const std::exception& e) {
        spdlog::critical("jcc-server failed: {}", e.what());
        return kExitFailed;
    }
}
