#pragma once
// jcc-bench command line: which scenarios, against which server and database, the load's shape
// and where the reports go.
#include "bench/ServerEndpoint.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace jcc::bench {

/// A bad flag or value; the message names the flag. jcc-bench exits 2 on it.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline const std::vector<std::string> kScenarioNames{"latency", "throughput", "memory", "nodes",
                                                     "resume",  "snapshot",   "burst"};

struct BenchOptions {
    std::vector<std::string> scenarios;   ///< in kScenarioNames order
    std::optional<ServerEndpoint> server; ///< a running server (--server wss://HOST:PORT)
    std::optional<int> serverPid;         ///< its process id, for CPU and memory figures
    std::optional<std::string> databaseUrl;
    std::filesystem::path workDir = std::filesystem::temp_directory_path();
    std::filesystem::path serverBinary;
    std::optional<unsigned> consoles;
    std::optional<unsigned> writers;
    std::optional<double> rate; ///< 0 = flat out
    std::optional<double> durationSeconds;
    std::optional<std::filesystem::path> jsonFile;
    std::optional<std::filesystem::path> plotsDir;
    std::optional<std::filesystem::path> markdownFile;
    bool smoke = false;
    bool showHelp = false;
};

/// Parses argv without argv[0]; `selfPath` locates the default jcc-server. Throws UsageError.
BenchOptions parseBenchOptions(const std::vector<std::string>& args,
                               const std::filesystem::path& selfPath);
std::string benchUsage();

} // namespace jcc::bench
