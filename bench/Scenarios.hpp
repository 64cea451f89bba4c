#pragma once
// The scenarios of jcc-bench (docs/performance.md). Each adds its rows to the report, its raw
// figures to the JSON and its series to the plot data.
#include "bench/BenchOptions.hpp"
#include "bench/Report.hpp"
#include "bench/Samples.hpp"
#include "bench/ServerSet.hpp"
#include "bench/SetupClients.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jcc::bench {

struct LoadPoint {
    double offeredRate = 0; ///< 0 = flat out
    double achievedRate = 0;
    double p50 = 0;
    double p99 = 0;
};

struct PlotData {
    /// Sorted samples in milliseconds, by label (end-to-end, commit, ping, …).
    std::vector<std::pair<std::string, std::vector<double>>> distributions;
    std::vector<LoadPoint> loadCurve;
    std::vector<std::pair<unsigned, double>> memory; ///< open connections → server RSS in MiB
};

struct ScenarioEnv {
    BenchContext& context;
    const BenchOptions& options;
    ServerSet& servers;
    std::string databaseUrl;
    std::optional<int> databasePid; ///< the embedded postmaster; nullopt with --db
    Report& report;
    PlotData& plots;
};

void runLatencyScenario(ScenarioEnv& env);
void runThroughputScenario(ScenarioEnv& env);
void runMemoryScenario(ScenarioEnv& env);
void runNodesScenario(ScenarioEnv& env);
/// Both share their setup (10,000 events that are also 10,000 open incidents).
void runResumeAndSnapshotScenarios(ScenarioEnv& env, bool resume, bool snapshot);
/// A flood of incident.create calls about one street while consoles watch: the p99 at the end
/// of the burst against its start. Throws when either grew 2× or more (not with --smoke).
void runBurstScenario(ScenarioEnv& env);

/// The ratio a/b as text ("" when b is 0).
std::string ratioText(double a, double b);
/// "12.34 ms".
std::string msText(double value);
/// "p50 / p90 / p99 / max ms".
std::string spreadText(const LatencySummary& s);

} // namespace jcc::bench
