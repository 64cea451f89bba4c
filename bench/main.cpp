// jcc-bench: measures jcc-server against its baselines. See `jcc-bench --help` and
// docs/performance.md.
#include "bench/BenchDatabase.hpp"
#include "bench/BenchOptions.hpp"
#include "bench/Plots.hpp"
#include "bench/Scenarios.hpp"

#include <csignal>
#include <fstream>
#include <iostream>
#include <random>
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

using namespace jcc::bench;

/// The memory scenario holds thousands of sockets; the servers started from here inherit it.
void raiseOpenFileLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

std::string randomTag() {
    std::random_device device;
    char tag[9];
    std::snprintf(tag, sizeof(tag), "%08x", device());
    return tag;
}

std::string commandLine(int argc, char** argv) {
    std::string text = "jcc-bench";
    for (int i = 1; i < argc; ++i) {
        text += " ";
        text += argv[i];
    }
    return text;
}

bool has(const BenchOptions& options, const std::string& scenario) {
    return std::find(options.scenarios.begin(), options.scenarios.end(), scenario) !=
           options.scenarios.end();
}

void runScenario(const std::string& name, ScenarioEnv& env, const BenchOptions& options) {
    if (name == "latency") {
        runLatencyScenario(env);
    } else if (name == "throughput") {
        runThroughputScenario(env);
    } else if (name == "memory") {
        runMemoryScenario(env);
    } else if (name == "nodes") {
        runNodesScenario(env);
    } else if (name == "resume") {
        runResumeAndSnapshotScenarios(env, true, has(options, "snapshot"));
    } else if (name == "snapshot") {
        runResumeAndSnapshotScenarios(env, false, true);
    } else if (name == "burst") {
        runBurstScenario(env);
    }
}

int run(const BenchOptions& options, const std::string& command) {
    const auto started = Clock::now();
    BenchDatabase database(options.databaseUrl, options.workDir);
    database.migrate();
    database.createAccounts();
    ServerSet servers(options, database.url(), database.workDir());

    net::io_context io(1);
    ssl::context tls(ssl::context::tls_client);
    // The nodes' certificates are self-signed and made per run; this is a loopback benchmark.
    tls.set_verify_mode(ssl::verify_none);
    BenchContext context{
        io,
        tls,
        database.operatorAccount(),
        database.supervisorAccount(),
        [&database](const BenchAccount& account) { return database.openSession(account.username); },
        randomTag()};
    servers.start(1);
    runOn(io, checkLogins(context, servers.endpoints().front()));

    Report report;
    report.setMachine(describeMachine());
    report.setCommand(command);
    PlotData plots;
    ScenarioEnv env{context, options, servers, database.url(), database.postmasterPid(),
                    report,  plots};
    nlohmann::json timings = nlohmann::json::object();
    bool failed = false;
    for (const auto& name : options.scenarios) {
        if (name == "snapshot" && has(options, "resume")) {
            continue; // measured with resume, on the same 10,000 incidents
        }
        const auto begin = Clock::now();
        std::cerr << "jcc-bench: scenario " << name << "\n";
        // A scenario that fails is reported as such; the others still run.
        try {
            runScenario(name, env, options);
        } catch (const std::exception& e) {
            std::cerr << "jcc-bench: scenario " << name << " failed: " << e.what() << "\n";
            report.add({name, "FAILED", e.what()});
            report.scenario(name)["error"] = e.what();
            failed = true;
        }
        timings[name] = std::chrono::duration<double>(Clock::now() - begin).count();
    }
    servers.stop();
    report.scenario("run") = {
        {"seconds_per_scenario", timings},
        {"total_seconds", std::chrono::duration<double>(Clock::now() - started).count()},
        {"smoke", options.smoke},
        {"server_flags", ServerNode::benchFlags()}};

    std::cout << report.table();
    if (options.jsonFile) {
        std::ofstream out(*options.jsonFile, std::ios::trunc);
        out << report.toJson().dump(2) << "\n";
        if (!out) {
            throw std::runtime_error("cannot write " + options.jsonFile->string());
        }
    }
    if (options.markdownFile) {
        report.writeMarkdown(*options.markdownFile);
    }
    if (options.plotsDir) {
        for (const auto& image : drawPlots(plots, *options.plotsDir)) {
            std::cerr << "jcc-bench: wrote " << image.string() << "\n";
        }
    }
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) {
    BenchOptions options;
    try {
        options = parseBenchOptions(std::vector<std::string>(argv + 1, argv + argc),
                                    std::filesystem::read_symlink("/proc/self/exe"));
    } catch (const UsageError& e) {
        std::cerr << "jcc-bench: " << e.what() << "\n";
        return 2;
    }
    if (options.showHelp) {
        std::cout << benchUsage();
        return 0;
    }
    std::signal(SIGPIPE, SIG_IGN);
    raiseOpenFileLimit();
    spdlog::set_level(spdlog::level::warn);
    try {
        return run(options, commandLine(argc, argv));
    } catch (const std::exception& e) {
        std::cerr << "jcc-bench: " << e.what() << "\n";
        return 1;
    }
}
