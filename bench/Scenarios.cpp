#include "bench/Scenarios.hpp"

#include "bench/DispatchLoad.hpp"
#include "bench/InsertBaseline.hpp"

#include <algorithm>
#include <iostream>

namespace jcc::bench {

namespace {

using std::chrono::seconds;

Clock::duration secondsOf(double value) {
    return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(value));
}

std::string rateText(double rate) {
    return rate > 0 ? fixed(rate, 0) + "/s" : "flat out";
}

nlohmann::json insertJson(const InsertBaselineResult& insert) {
    return {{"commit", insert.commitMs.summary().toJson()}, {"tps", insert.tps}};
}

LoadPlan planFor(ScenarioEnv& env, unsigned consoles, unsigned writers, double rate,
                 double durationSeconds) {
    const auto endpoints = env.servers.endpoints();
    LoadPlan plan;
    plan.consoleNodes = endpoints;
    plan.writerNode = endpoints.front();
    plan.consoles = consoles;
    plan.writers = writers;
    plan.rate = rate;
    plan.duration = secondsOf(durationSeconds);
    plan.serverPids = env.servers.pids();
    plan.databasePid = env.databasePid;
    return plan;
}

nlohmann::json planJson(const LoadPlan& plan) {
    return {{"consoles", plan.consoles},
            {"writers", plan.writers},
            {"rate", plan.rate},
            {"nodes", plan.consoleNodes.size()},
            {"duration_s", std::chrono::duration<double>(plan.duration).count()}};
}

/// Rows every load run reports: reply latency, commands/s, deliveries, CPU, memory.
void addLoadRows(ScenarioEnv& env, const std::string& scenario, const LoadResult& load) {
    env.report.add(
        {scenario, "writer reply p50 / p90 / p99 / max", spreadText(load.replyMs.summary())});
    env.report.add({scenario, "commands/s achieved", fixed(load.commandsPerSecond, 1)});
    env.report.add({scenario, "events not delivered (command × console)",
                    std::to_string(load.missingDeliveries)});
    if (load.serverCpuPercent >= 0) {
        env.report.add({scenario, "server CPU (% of one core)", fixed(load.serverCpuPercent, 0)});
        env.report.add(
            {scenario, "server RSS at the end", fixed(load.serverRssKiB / 1024, 1) + " MiB"});
    }
    env.report.add({scenario, "jcc-bench CPU (% of one core; 100 = the bench set the pace)",
                    fixed(load.benchCpuPercent, 0)});
    if (load.databaseCpuPercent >= 0) {
        env.report.add({scenario, "PostgreSQL CPU (% of one core, all its processes)",
                        fixed(load.databaseCpuPercent, 0)});
    }
}

} // namespace

std::string ratioText(double a, double b) {
    return b > 0 ? fixed(a / b, 2) : "";
}

std::string msText(double value) {
    return fixed(value, 2) + " ms";
}

std::string spreadText(const LatencySummary& s) {
    return fixed(s.p50, 2) + " / " + fixed(s.p90, 2) + " / " + fixed(s.p99, 2) + " / " +
           fixed(s.max, 2) + " ms";
}

void runLatencyScenario(ScenarioEnv& env) {
    const bool smoke = env.options.smoke;
    env.servers.start(1);
    const auto plan = planFor(env, env.options.consoles.value_or(smoke ? 5 : 500),
                              env.options.writers.value_or(smoke ? 2 : 4),
                              env.options.rate.value_or(smoke ? 20 : 50),
                              env.options.durationSeconds.value_or(smoke ? 2 : 20));
    const auto load = runDispatchLoad(env.context, plan);
    const auto insert =
        runInsertBaseline(env.databaseUrl, plan.writers, plan.rate,
                          std::min<Clock::duration>(plan.duration, seconds(smoke ? 1 : 10)));
    const auto e2e = load.endToEndMs.summary();
    const auto commit = insert.commitMs.summary();
    const auto ping = load.pingMs.summary();
    const double baseline = commit.p99 + ping.p99;
    const double ratio = baseline > 0 ? e2e.p99 / baseline : 0;
    const std::string name = "latency";
    const std::string label = std::to_string(plan.consoles) + " consoles, " +
                              std::to_string(plan.writers) + " writers, " + rateText(plan.rate);
    env.report.add({name, "end-to-end p50 / p90 / p99 / max (" + label + ")", spreadText(e2e)});
    env.report.add({name, "end-to-end p99 vs INSERT commit p99 + ping p99", msText(e2e.p99),
                    msText(commit.p99) + " + " + msText(ping.p99), ratioText(e2e.p99, baseline),
                    Target{"≤ 3 × baseline", baseline > 0 && ratio <= 3.0}});
    env.report.add({name, "INSERT commit p50 / p90 / p99 / max (baseline)", spreadText(commit)});
    env.report.add({name, "ping p50 / p90 / p99 / max (baseline)", spreadText(ping)});
    addLoadRows(env, name, load);
    env.report.scenario(name) = {{"plan", planJson(plan)},
                                 {"load", load.toJson()},
                                 {"insert_baseline", insertJson(insert)},
                                 {"p99_ratio", ratio},
                                 {"p99_target_met", baseline > 0 && ratio <= 3.0}};
    env.plots.distributions.push_back({"end-to-end, " + label, load.endToEndMs.sorted()});
    env.plots.distributions.push_back({"INSERT commit (baseline)", insert.commitMs.sorted()});
    env.plots.distributions.push_back({"ping (baseline)", load.pingMs.sorted()});
}

void runThroughputScenario(ScenarioEnv& env) {
    const bool smoke = env.options.smoke;
    env.servers.start(1);
    const unsigned consoles = env.options.consoles.value_or(smoke ? 3 : 100);
    const unsigned writers = env.options.writers.value_or(smoke ? 2 : 8);
    const double duration = env.options.durationSeconds.value_or(smoke ? 2 : 15);
    const std::string name = "throughput";
    nlohmann::json sweep = nlohmann::json::array();
    const std::vector<double> rates =
        smoke ? std::vector<double>{20} : std::vector<double>{50, 100, 200, 400};
    for (const double rate : rates) {
        const auto plan = planFor(env, consoles, writers, rate, smoke ? 1 : 6);
        const auto load = runDispatchLoad(env.context, plan);
        const auto e2e = load.endToEndMs.summary();
        env.plots.loadCurve.push_back({rate, load.commandsPerSecond, e2e.p50, e2e.p99});
        env.report.add(
            {name, "end-to-end p50 / p90 / p99 / max at " + rateText(rate), spreadText(e2e)});
        sweep.push_back({{"plan", planJson(plan)}, {"load", load.toJson()}});
    }
    const auto plan = planFor(env, consoles, writers, 0, duration);
    const auto load = runDispatchLoad(env.context, plan);
    const auto insert = runInsertBaseline(env.databaseUrl, writers, 0, seconds(smoke ? 1 : 10));
    const auto e2e = load.endToEndMs.summary();
    env.plots.loadCurve.push_back({0, load.commandsPerSecond, e2e.p50, e2e.p99});
    const double ratio = insert.tps > 0 ? load.commandsPerSecond / insert.tps : 0;
    const std::string label =
        std::to_string(consoles) + " consoles, " + std::to_string(writers) + " writers";
    env.report.add({name, "commands/s flat out vs INSERT TPS (" + label + ")",
                    fixed(load.commandsPerSecond, 1), fixed(insert.tps, 1),
                    ratioText(load.commandsPerSecond, insert.tps),
                    Target{"≥ 0.70 × baseline", ratio >= 0.70}});
    env.report.add({name, "end-to-end p50 / p90 / p99 / max flat out", spreadText(e2e)});
    env.report.add({name, "INSERT commit p50 / p90 / p99 / max flat out (baseline)",
                    spreadText(insert.commitMs.summary())});
    addLoadRows(env, name, load);
    env.report.scenario(name) = {{"plan", planJson(plan)},
                                 {"load", load.toJson()},
                                 {"insert_baseline", insertJson(insert)},
                                 {"tps_ratio", ratio},
                                 {"tps_target_met", ratio >= 0.70},
                                 {"sweep", sweep}};
    env.plots.distributions.push_back({"end-to-end flat out, " + label, load.endToEndMs.sorted()});
}

void runNodesScenario(ScenarioEnv& env) {
    const std::string name = "nodes";
    if (env.servers.external()) {
        env.report.add({name, "skipped", "needs nodes started by jcc-bench (not --server)"});
        env.report.scenario(name) = {{"skipped", true}};
        return;
    }
    const bool smoke = env.options.smoke;
    const unsigned consoles = smoke ? 4 : 100;
    nlohmann::json runs = nlohmann::json::object();
    double rateP99[2] = {0, 0};
    double flatRate[2] = {0, 0};
    for (const unsigned nodes : {1u, 2u}) {
        env.servers.start(nodes);
        const std::string label = nodes == 1 ? "1 node" : "2 nodes";
        const auto paced = runDispatchLoad(
            env.context, planFor(env, consoles, smoke ? 2 : 4, smoke ? 20 : 50, smoke ? 2 : 10));
        const auto flat =
            runDispatchLoad(env.context, planFor(env, consoles, smoke ? 2 : 8, 0, smoke ? 2 : 10));
        rateP99[nodes - 1] = paced.endToEndMs.summary().p99;
        flatRate[nodes - 1] = flat.commandsPerSecond;
        env.report.add(
            {name, label + ": end-to-end p50 / p90 / p99 / max at " + rateText(smoke ? 20 : 50),
             spreadText(paced.endToEndMs.summary())});
        env.report.add({name, label + ": end-to-end p50 / p90 / p99 / max flat out",
                        spreadText(flat.endToEndMs.summary())});
        env.report.add({name, label + ": commands/s flat out", fixed(flat.commandsPerSecond, 1)});
        env.report.add({name, label + ": events not delivered",
                        std::to_string(paced.missingDeliveries + flat.missingDeliveries)});
        runs[nodes == 1 ? "one_node" : "two_nodes"] = {{"paced", paced.toJson()},
                                                       {"flat_out", flat.toJson()}};
    }
    env.report.add({name, "2 nodes ÷ 1 node: end-to-end p99 at " + rateText(smoke ? 20 : 50),
                    msText(rateP99[1]), msText(rateP99[0]), ratioText(rateP99[1], rateP99[0])});
    env.report.add({name, "2 nodes ÷ 1 node: commands/s flat out", fixed(flatRate[1], 1),
                    fixed(flatRate[0], 1), ratioText(flatRate[1], flatRate[0])});
    runs["consoles"] = consoles;
    runs["writers_on"] = "node A";
    runs["consoles_on"] = "split round-robin over the nodes";
    env.report.scenario(name) = runs;
}

} // namespace jcc::bench
