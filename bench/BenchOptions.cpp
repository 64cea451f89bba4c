#include "bench/BenchOptions.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <regex>
#include <stdexcept>
#include <string_view>

namespace fs = std::filesystem;

namespace jcc::bench {

namespace {

unsigned parseCount(const std::string& flag, const std::string& value, unsigned max) {
    unsigned number = 0;
    const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (value.empty() || ec != std::errc() || ptr != value.data() + value.size() || number < 1 ||
        number > max) {
        throw UsageError(flag + ": expected a whole number from 1 to " + std::to_string(max) +
                         ", got '" + value + "'");
    }
    return number;
}

double parseNumber(const std::string& flag, const std::string& value, double min) {
    try {
        std::size_t used = 0;
        const double number = std::stod(value, &used);
        if (used == value.size() && number >= min && number <= 1e6) {
            return number;
        }
    } catch (const std::exception&) {
    }
    throw UsageError(flag + ": expected a number from " + std::to_string(static_cast<int>(min)) +
                     " to 1000000, got '" + value + "'");
}

} // namespace

std::string benchUsage() {
    return R"(Usage: jcc-bench [options]

Measures jcc-server: event latency from a writer's command to every subscribed console, command
throughput, memory per connection, resume and snapshot times, one node against two, each beside
its baseline (a bare INSERT commit on the same PostgreSQL; a ping round trip on the same
TLS WebSocket), and a burst of creates about one place, its end against its start. See
docs/performance.md.

Options:
  --scenario NAME|all    latency, throughput, memory, nodes, resume, snapshot, burst, or all
                         (default: all); may be given several times
  --smoke                every chosen scenario in miniature (seconds; for tests)
  --server wss://H:P     measure a running server instead of starting one (needs --db with
                         its database; the nodes scenario is then skipped)
  --server-pid PID       that server's process id, for CPU and memory figures
  --db URL               PostgreSQL to use (default: a private embedded cluster in a temporary
                         directory, removed at the end)
  --work-dir DIR         where the temporary directory goes (default: the system temp dir)
  --server-binary PATH   jcc-server to start (default: the one beside jcc-bench, else the
                         build tree's)
  --consoles N           consoles of the latency and throughput scenarios
  --writers W            writers of the latency and throughput scenarios
  --rate R               commands per second of the latency scenario (0: flat out)
  --duration S           seconds of each measured run of the latency and throughput scenarios
  --json FILE            write the results as JSON
  --plots DIR            draw PNG plots with gnuplot into DIR
  --markdown FILE        write the results table as Markdown; when FILE holds the lines
                         <!-- jcc-bench results --> and <!-- end jcc-bench results -->, only the
                         text between them is replaced
  -h, --help             this text
)";
}

namespace {
// The flags that take a value; parseBenchOptions handles each.
constexpr std::array<std::string_view, 13> kValuedFlags{
    "--scenario",      "--server",   "--server-pid", "--db",   "--work-dir",
    "--server-binary", "--consoles", "--writers",    "--rate", "--duration",
    "--json",          "--plots",    "--markdown"};
} // namespace

BenchOptions parseBenchOptions(const std::vector<std::string>& args, const fs::path& selfPath) {
    BenchOptions options;
    std::vector<std::string> scenarios;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (flag == "-h" || flag == "--help") {
            options.showHelp = true;
            continue;
        }
        if (flag == "--smoke") {
            options.smoke = true;
            continue;
        }
        if (std::find(kValuedFlags.begin(), kValuedFlags.end(), flag) == kValuedFlags.end()) {
            throw UsageError(flag + (flag.starts_with("--")
                                         ? ": unknown flag (see jcc-bench --help)"
                                         : ": unknown argument (see jcc-bench --help)"));
        }
        if (i + 1 >= args.size()) {
            throw UsageError(flag + ": missing value");
        }
        const std::string& value = args[++i];
        if (flag == "--scenario") {
            if (value == "all") {
                scenarios.insert(scenarios.end(), kScenarioNames.begin(), kScenarioNames.end());
            } else if (std::find(kScenarioNames.begin(), kScenarioNames.end(), value) !=
                       kScenarioNames.end()) {
                scenarios.push_back(value);
            } else {
                throw UsageError("--scenario: expected all, latency, throughput, memory, nodes, "
                                 "resume, snapshot or burst, got '" +
                                 value + "'");
            }
        } else if (flag == "--server") {
            static const std::regex url(
                R"(wss://([^:/\[\]]+|\[[0-9a-fA-F:]+\]):(\d{1,5})(/ws)?/?)");
            std::smatch match;
            if (!std::regex_match(value, match, url) || std::stoi(match[2]) < 1 ||
                std::stoi(match[2]) > 65535) {
                throw UsageError("--server: expected wss://HOST:PORT, got '" + value + "'");
            }
            std::string host = match[1];
            if (host.starts_with('[')) {
                host = host.substr(1, host.size() - 2);
            }
            options.server = ServerEndpoint{host, static_cast<unsigned short>(std::stoi(match[2]))};
        } else if (flag == "--server-pid") {
            options.serverPid = static_cast<int>(parseCount(flag, value, 1u << 30));
        } else if (flag == "--db") {
            if (value.empty()) {
                throw UsageError("--db: expected a PostgreSQL URL, got an empty value");
            }
            options.databaseUrl = value;
        } else if (flag == "--work-dir") {
            options.workDir = value;
        } else if (flag == "--server-binary") {
            options.serverBinary = value;
        } else if (flag == "--consoles") {
            options.consoles = parseCount(flag, value, 10000);
        } else if (flag == "--writers") {
            options.writers = parseCount(flag, value, 256);
        } else if (flag == "--rate") {
            options.rate = parseNumber(flag, value, 0);
        } else if (flag == "--duration") {
            options.durationSeconds = parseNumber(flag, value, 1);
        } else if (flag == "--json") {
            options.jsonFile = value;
        } else if (flag == "--plots") {
            options.plotsDir = value;
        } else if (flag == "--markdown") {
            options.markdownFile = value;
        } else {
            throw std::logic_error(flag + " is in kValuedFlags but has no handler");
        }
    }
    if (options.server && !options.databaseUrl) {
        throw UsageError("--server needs --db with the server's database (for the bench "
                         "accounts and the INSERT baseline)");
    }
    if (scenarios.empty()) {
        scenarios = kScenarioNames;
    }
    for (const auto& name : kScenarioNames) {
        if (std::find(scenarios.begin(), scenarios.end(), name) != scenarios.end()) {
            options.scenarios.push_back(name);
        }
    }
    if (options.serverBinary.empty()) {
        const auto beside = selfPath.parent_path() / "jcc-server";
        options.serverBinary = fs::exists(beside) ? beside : fs::path(JCC_SERVER_BINARY);
    }
    return options;
}

} // namespace jcc::bench
