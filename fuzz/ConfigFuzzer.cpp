// Fuzz target: jcc-server's settings (server/core/Config.hpp). The input is read twice: as the
// text of a config file (applyConfigText, then the schedule check parseServerConfig makes), and
// split at NUL bytes as argv (parseServerConfig; a --config FILE is read from the sandbox of
// fuzz/ConfigSandbox.hpp). A ConfigError is the parser's answer to bad settings; any other
// exception escaping is a crash.
#include "fuzz/ArgvInput.hpp"
#include "fuzz/ConfigSandbox.hpp"
#include "server/core/Config.hpp"

#include <cstddef>
#include <cstdint>

namespace {

void parseAsFileText(const std::uint8_t* data, std::size_t size) {
    jcc::server::ServerConfig config;
    try {
        jcc::server::applyConfigText(config, std::string(reinterpret_cast<const char*>(data), size),
                                     "fuzz.conf");
        config.shifts.check();
    } catch (const jcc::server::ConfigError&) {
    } catch (const jcc::ShiftScheduleError&) {
        // parseServerConfig turns this one into a ConfigError naming --shift-codes.
    }
}

void parseAsArguments(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args = jcc::fuzz::splitArguments(data, size);
    jcc::fuzz::confineConfigFiles(args, jcc::fuzz::configSandbox());
    try {
        const auto config = jcc::server::parseServerConfig(args);
        volatile std::size_t nameLength = config.nodeName.size();
        (void)nameLength;
    } catch (const jcc::server::ConfigError&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    parseAsFileText(data, size);
    parseAsArguments(data, size);
    return 0;
}
