#include "bench/DispatchLoad.hpp"

#include "bench/EventArrivals.hpp"
#include "bench/Pacer.hpp"

#include <random>
#include <stdexcept>
#include <unistd.h>

namespace jcc::bench {

using nlohmann::json;

namespace {

constexpr auto kPingPhase = std::chrono::seconds(5);

/// Which entity of a command's reply identifies its event.
enum class Changed { Incident, Unit };

struct SentCommand {
    Clock::time_point sent;
    std::string key; ///< the change its first matching event carries
};

net::awaitable<void> pingLoop(BenchConnection& connection, Pacer pacer, Clock::time_point end,
                              Samples& out) {
    while (true) {
        co_await pacer.wait();
        const auto sent = Clock::now();
        if (sent >= end) {
            break;
        }
        nlohmann::json ping = {{"op", "ping"}};
        co_await connection.call(std::move(ping), "ping");
        out.add(msBetween(sent, Clock::now()));
    }
}

/// One writer: the dispatch cycle on its own unit, until `end` (the cycle is finished).
net::awaitable<void> writerLoop(BenchContext& context, BenchConnection& connection,
                                std::int64_t unitId, unsigned index, Pacer pacer,
                                Clock::time_point end, std::vector<SentCommand>& sent,
                                Samples& replyMs) {
    std::mt19937 random(index);
    std::uniform_real_distribution<double> lat(48.6, 49.0), lon(16.6, 17.4);
    const auto issue = [&](json request, Changed changed) -> net::awaitable<json> {
        co_await pacer.wait();
        const std::string op = request["op"];
        request["request_id"] = context.nextRequestId();
        const auto at = Clock::now();
        auto reply = co_await connection.call(std::move(request), op);
        replyMs.add(msBetween(at, Clock::now()));
        auto& result = reply["result"];
        sent.push_back({at, changed == Changed::Unit ? unitKey(result.at("unit"))
                                                     : incidentKey(result.at("incident"))});
        co_return std::move(result);
    };
    for (int cycle = 1; Clock::now() < end; ++cycle) {
        const std::string label =
            "jcc-bench writer " + std::to_string(index) + " cycle " + std::to_string(cycle);
        nlohmann::json create = {
            {"op", "incident.create"},
            {"type", "traffic_accident"},
            {"priority", 3},
            {"location", {{"text", label}, {"lat", lat(random)}, {"lon", lon(random)}}},
            {"description", label}};
        auto result = co_await issue(std::move(create), Changed::Incident);
        const auto incidentId = result["incident"]["id"].get<std::int64_t>();
        nlohmann::json update = {
            {"op", "incident.update"},
            {"incident_id", incidentId},
            {"version", result["incident"]["version"]},
            {"changes", {{"priority", 2}, {"description", label + " updated"}}}};
        result = co_await issue(std::move(update), Changed::Incident);
        nlohmann::json assign = {
            {"op", "assignment.create"}, {"incident_id", incidentId}, {"unit_id", unitId}};
        result = co_await issue(std::move(assign), Changed::Unit);
        const auto assignmentId = result["assignment"]["id"].get<std::int64_t>();
        nlohmann::json clear = {{"op", "assignment.set_status"},
                                {"assignment_id", assignmentId},
                                {"status", "cleared"}};
        result = co_await issue(std::move(clear), Changed::Unit);
        const auto unitVersion = result["unit"]["version"];
        nlohmann::json closeIncident = {{"op", "incident.close"},
                                        {"incident_id", incidentId},
                                        {"version", result["incident"]["version"]}};
        co_await issue(std::move(closeIncident), Changed::Incident);
        nlohmann::json outOfService = {{"op", "unit.set_status"},
                                       {"unit_id", unitId},
                                       {"version", unitVersion},
                                       {"status", "out_of_service"},
                                       {"reason", label}};
        result = co_await issue(std::move(outOfService), Changed::Unit);
        nlohmann::json available = {{"op", "unit.set_status"},
                                    {"unit_id", unitId},
                                    {"version", result["unit"]["version"]},
                                    {"status", "available"}};
        co_await issue(std::move(available), Changed::Unit);
    }
}

std::vector<ProcessSample> sampleAll(const std::vector<int>& pids) {
    std::vector<ProcessSample> samples;
    for (const int pid : pids) {
        samples.push_back(ProcessSample::of(pid));
    }
    return samples;
}

net::awaitable<LoadResult> runLoad(BenchContext& context, const LoadPlan& plan) {
    LoadResult result;
    const auto units = co_await createUnits(context, plan.writerNode, plan.writers);
    ConnectionSet writers;
    for (unsigned i = 0; i < plan.writers; ++i) {
        writers.add(co_await openResumed(context, plan.writerNode, context.operatorAccount));
    }
    EventArrivals arrivals;
    const auto sinceSeq = co_await currentSeq(context, plan.writerNode);
    auto consoles =
        co_await openConsoles(context, plan.consoleNodes, plan.consoles, sinceSeq, [&](unsigned) {
            return [&arrivals](std::string_view text, Clock::time_point at) {
                arrivals.record(text, at);
            };
        });

    // The echo baseline at the same rate, on the same connections, before the commands.
    {
        const auto start = Clock::now() + std::chrono::milliseconds(100);
        const auto end = start + std::min<Clock::duration>(plan.duration, kPingPhase);
        std::vector<net::awaitable<void>> pings;
        for (unsigned i = 0; i < plan.writers; ++i) {
            pings.push_back(
                pingLoop(writers[i], Pacer(plan.rate, plan.writers, i, start), end, result.pingMs));
        }
        co_await runAll(std::move(pings));
    }

    std::vector<std::vector<SentCommand>> sent(plan.writers);
    const auto start = Clock::now() + std::chrono::milliseconds(100);
    const auto end = start + plan.duration;
    co_await sleepUntil(start);
    const auto before = sampleAll(plan.serverPids);
    const auto benchBefore = ProcessSample::of(getpid());
    const auto databaseBefore = plan.databasePid
                                    ? std::optional(ProcessSample::cpuOfTree(*plan.databasePid))
                                    : std::nullopt;
    {
        std::vector<net::awaitable<void>> loops;
        for (unsigned i = 0; i < plan.writers; ++i) {
            loops.push_back(writerLoop(context, writers[i], units[i], i,
                                       Pacer(plan.rate, plan.writers, i, start), end, sent[i],
                                       result.replyMs));
        }
        co_await runAll(std::move(loops));
    }
    const auto finished = Clock::now();
    const auto after = sampleAll(plan.serverPids);
    result.benchCpuPercent = cpuPercent(benchBefore, ProcessSample::of(getpid()));
    if (databaseBefore) {
        result.databaseCpuPercent =
            cpuPercent(*databaseBefore, ProcessSample::cpuOfTree(*plan.databasePid));
    }
    if (!plan.serverPids.empty()) {
        result.serverCpuPercent = 0;
        result.serverRssKiB = 0;
        for (std::size_t i = 0; i < before.size(); ++i) {
            result.serverCpuPercent += cpuPercent(before[i], after[i]);
            result.serverRssKiB += after[i].rssKiB;
        }
    }
    for (const auto& commands : sent) {
        result.commands += commands.size();
    }
    result.seconds = std::chrono::duration<double>(finished - start).count();
    result.commandsPerSecond = static_cast<double>(result.commands) / result.seconds;

    std::vector<std::string> keys;
    for (const auto& commands : sent) {
        for (const auto& command : commands) {
            keys.push_back(command.key);
        }
    }
    co_await waitForArrivals(arrivals, keys, plan.consoles);
    result.missingDeliveries = arrivals.missing(keys, plan.consoles);
    for (const auto& commands : sent) {
        for (const auto& command : commands) {
            if (const auto* at = arrivals.arrivals(command.key)) {
                for (const auto arrival : *at) {
                    result.endToEndMs.add(msBetween(command.sent, arrival));
                }
            }
        }
    }
    consoles.disconnectAll();
    writers.disconnectAll();
    co_return result;
}

} // namespace

nlohmann::json LoadResult::toJson() const {
    return {{"end_to_end", endToEndMs.summary().toJson()},
            {"reply", replyMs.summary().toJson()},
            {"ping", pingMs.summary().toJson()},
            {"commands", commands},
            {"seconds", seconds},
            {"commands_per_second", commandsPerSecond},
            {"missing_deliveries", missingDeliveries},
            {"server_cpu_percent", serverCpuPercent},
            {"server_rss_kib", serverRssKiB},
            {"database_cpu_percent", databaseCpuPercent},
            {"bench_cpu_percent", benchCpuPercent}};
}

LoadResult runDispatchLoad(BenchContext& context, const LoadPlan& plan) {
    return runOn(context.io, runLoad(context, plan));
}

} // namespace jcc::bench
