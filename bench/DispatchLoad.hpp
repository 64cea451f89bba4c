#pragma once
// The measured workload: W writers run the dispatch cycle (incident.create, incident.update,
// assignment.create, assignment.set_status cleared, incident.close, unit.set_status
// out_of_service, unit.set_status available) at a total rate or flat out, while consoles
// subscribed on one or more nodes receive the events. Each command is matched to its event by
// the entity it changed (id, version; for incidents also status and last assignment step), so
// the latency from the writer's send to the event's arrival is known at every console.
#include "bench/ProcessSample.hpp"
#include "bench/Samples.hpp"
#include "bench/SetupClients.hpp"

#include <optional>
#include <vector>

namespace jcc::bench {

struct LoadPlan {
    std::vector<ServerEndpoint> consoleNodes; ///< consoles are spread round-robin over these
    ServerEndpoint writerNode;
    unsigned consoles = 0;
    unsigned writers = 1;
    double rate = 0; ///< commands per second over all writers; 0 = flat out
    Clock::duration duration = std::chrono::seconds(10);
    std::vector<int> serverPids;    ///< for CPU and memory; empty when not known
    std::optional<int> databasePid; ///< the postmaster, for CPU; nullopt when not known
};

struct LoadResult {
    Samples endToEndMs; ///< writer's send → event arrival, one sample per command and console
    Samples replyMs;    ///< writer's send → reply
    Samples pingMs;     ///< ping round trip on the writers' connections (the echo baseline)
    std::size_t commands = 0;
    double seconds = 0;
    double commandsPerSecond = 0;
    std::size_t missingDeliveries = 0; ///< (command, console) pairs whose event never came
    std::size_t errors = 0;            ///< commands answered with an error
    double serverCpuPercent = -1;      ///< of one core, summed over the nodes; -1 unknown
    double serverRssKiB = -1;          ///< at the end, summed over the nodes; -1 unknown
    double databaseCpuPercent = -1;    ///< postmaster and backends, of one core; -1 unknown
    /// jcc-bench's own CPU (one thread for every client): near 100 means the bench, not the
    /// server, set the pace.
    double benchCpuPercent = 0;
    nlohmann::json toJson() const;
};

/// Connects the writers and consoles, measures the ping baseline at the same rate, runs the
/// cycle for plan.duration (writers finish their cycle), waits for the events and disconnects.
LoadResult runDispatchLoad(BenchContext& context, const LoadPlan& plan);

} // namespace jcc::bench
