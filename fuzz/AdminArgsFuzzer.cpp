// Fuzz target: jcc-admin's argument parser, jcc::admin::parseAdminArgs
// (server/admin/AdminArgs.hpp), on the input split at NUL bytes into argv (without argv[0]).
// A UsageError is its answer to a command line it cannot accept; any other exception escaping
// is a crash. Config files the command line names are read from fuzz/ConfigSandbox.hpp's
// directory; the packaged config file (kSystemConfigFile) is its system.conf.
#include "fuzz/ArgvInput.hpp"
#include "fuzz/ConfigSandbox.hpp"
#include "server/admin/AdminArgs.hpp"
#include "server/admin/UsageError.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& sandbox = jcc::fuzz::configSandbox();
    std::vector<std::string> args = jcc::fuzz::splitArguments(data, size);
    jcc::fuzz::confineConfigFiles(args, sandbox);
    try {
        const auto invocation =
            jcc::admin::parseAdminArgs(args, std::nullopt, sandbox + "/system.conf");
        // What main() uses of a parsed invocation: the help text it prints.
        volatile std::size_t helpLength = invocation.helpText.size();
        (void)helpLength;
    } catch (const jcc::admin::UsageError& error) {
        volatile std::size_t messageLength = std::string(error.what()).size();
        (void)messageLength;
    }
    return 0;
}
