// The memory scenario: idle consoles (logged in, subscribed) are added in steps to a fresh
// node; its resident memory is read at each step.
#include "bench/ProcessSample.hpp"
#include "bench/Scenarios.hpp"

namespace jcc::bench {

namespace {

constexpr double kTargetKiB = 32;

net::awaitable<void> addConsolesInSteps(BenchContext& context, const ServerEndpoint& endpoint,
                                        int pid, const std::vector<unsigned>& steps,
                                        Clock::duration settle,
                                        std::vector<std::pair<unsigned, double>>& rssKiB) {
    const auto sinceSeq = co_await currentSeq(context, endpoint);
    const std::vector<ServerEndpoint> endpoints{endpoint};
    ConnectionSet open;
    for (const unsigned step : steps) {
        if (step > open.size()) {
            auto more = co_await openConsoles(
                context, endpoints, step - static_cast<unsigned>(open.size()), sinceSeq,
                [](unsigned) { return BenchConnection::PushHandler(); }, 64);
            open.append(std::move(more));
        }
        co_await sleepFor(settle);
        rssKiB.emplace_back(step, ProcessSample::of(pid).rssKiB);
    }
    open.disconnectAll();
}

} // namespace

void runMemoryScenario(ScenarioEnv& env) {
    const std::string name = "memory";
    env.servers.start(1);
    const auto pids = env.servers.pids();
    if (pids.empty()) {
        env.report.add({name, "skipped", "needs the server's process id (--server-pid)"});
        env.report.scenario(name) = {{"skipped", true}};
        return;
    }
    const bool smoke = env.options.smoke;
    const std::vector<unsigned> steps = smoke
                                            ? std::vector<unsigned>{0, 10, 20}
                                            : std::vector<unsigned>{0, 500, 1000, 2000, 3500, 5000};
    std::vector<std::pair<unsigned, double>> rssKiB;
    runOn(env.context.io,
          addConsolesInSteps(env.context, env.servers.endpoints().front(), pids.front(), steps,
                             smoke ? std::chrono::milliseconds(300) : std::chrono::seconds(3),
                             rssKiB));
    const auto [most, rssAtMost] = rssKiB.back();
    const double perConnection = (rssAtMost - rssKiB.front().second) / most;
    nlohmann::json points = nlohmann::json::array();
    for (const auto& [connections, kib] : rssKiB) {
        points.push_back({{"connections", connections}, {"rss_kib", kib}});
        env.plots.memory.emplace_back(connections, kib / 1024);
    }
    env.report.add(
        {name, "server RSS with 0 → " + std::to_string(most) + " idle consoles",
         fixed(rssKiB.front().second / 1024, 1) + " → " + fixed(rssAtMost / 1024, 1) + " MiB"});
    env.report.add({name, "server memory per idle connection", fixed(perConnection, 1) + " KiB", "",
                    "", Target{"≤ 32 KiB", perConnection <= kTargetKiB}});
    env.report.scenario(name) = {{"points", points},
                                 {"per_connection_kib", perConnection},
                                 {"target_met", perConnection <= kTargetKiB}};
}

} // namespace jcc::bench
