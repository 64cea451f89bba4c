#include "bench/DispatchLoad.hpp"

#include <charconv>
#include <random>
#include <stdexcept>
#include <unistd.h>
#include <unordered_map>

namespace jcc::bench {

using nlohmann::json;

namespace {

constexpr auto kDeliveryWait = std::chrono::seconds(15);
constexpr auto kPingPhase = std::chrono::seconds(5);

/// What identifies one change of an incident: assignment steps keep the incident's version, so
/// the status and the latest assignment step belong to it too.
std::string incidentKey(const json& incident) {
    std::string lastStep = "-";
    if (const auto it = incident.find("assignments");
        it != incident.end() && it->is_array() && !it->empty()) {
        lastStep = it->back().value("status", "?");
    }
    return "I:" + std::to_string(incident.at("id").get<std::int64_t>()) + ":" +
           std::to_string(incident.at("version").get<std::int64_t>()) + ":" +
           incident.value("status", "?") + ":" + lastStep;
}

/// Every change of a unit bumps its version.
std::string unitKey(const json& unit) {
    return "U:" + std::to_string(unit.at("id").get<std::int64_t>()) + ":" +
           std::to_string(unit.at("version").get<std::int64_t>());
}

/// When each console received each event: the seq is read from the frame's text; the first
/// copy of an event is parsed once to learn which change it carries.
class EventArrivals {
public:
    void record(std::string_view text, Clock::time_point at) {
        std::int64_t seq = -1;
        static constexpr std::string_view kSeq = R"("seq":)";
        if (const auto pos = text.find(kSeq); pos != std::string_view::npos) {
            const char* begin = text.data() + pos + kSeq.size();
            std::from_chars(begin, text.data() + text.size(), seq);
        }
        auto [it, first] = m_bySeq.try_emplace(seq);
        if (first) {
            const auto push = json::parse(text);
            const auto event = push.at("event").get<std::string>();
            const auto& data = push.at("data");
            if (event == "incident.created" || event == "incident.updated") {
                m_seqByKey.emplace(incidentKey(data), seq);
            } else if (event.starts_with("unit.")) {
                m_seqByKey.emplace(unitKey(data), seq);
            }
        }
        it->second.push_back(at);
    }

    /// Arrival times of the event that carries `key`; nullptr when it never arrived.
    const std::vector<Clock::time_point>* arrivals(const std::string& key) const {
        const auto seq = m_seqByKey.find(key);
        return seq == m_seqByKey.end() ? nullptr : &m_bySeq.at(seq->second);
    }

private:
    std::unordered_map<std::int64_t, std::vector<Clock::time_point>> m_bySeq;
    std::unordered_map<std::string, std::int64_t> m_seqByKey;
};

/// Which entity of a command's reply identifies its event.
enum class Changed { Incident, Unit };

struct SentCommand {
    Clock::time_point sent;
    std::string key; ///< the change its first matching event carries
};

/// Paces one client: `rate` over `clients` clients, this one offset by its index.
class Pacer {
public:
    Pacer(double rate, unsigned clients, unsigned index, Clock::time_point start)
        : m_interval(rate > 0 ? std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(clients / rate))
                              : Clock::duration::zero()),
          m_next(start + m_interval * index / clients), m_start(start) {}

    net::awaitable<void> wait() {
        if (m_interval == Clock::duration::zero()) {
            co_await sleepUntil(m_start);
        } else {
            co_await sleepUntil(m_next);
            m_next += m_interval;
        }
    }

private:
    Clock::duration m_interval;
    Clock::time_point m_next;
    Clock::time_point m_start;
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
        writers.add(co_await openResumed(context, plan.writerNode, context.operatorToken));
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

    // Let the last events reach every console.
    const auto allDelivered = [&] {
        for (const auto& commands : sent) {
            for (const auto& command : commands) {
                const auto* at = arrivals.arrivals(command.key);
                if (at == nullptr || at->size() < plan.consoles) {
                    return false;
                }
            }
        }
        return true;
    };
    const auto deadline = Clock::now() + kDeliveryWait;
    while (plan.consoles > 0 && !allDelivered() && Clock::now() < deadline) {
        co_await sleepFor(std::chrono::milliseconds(50));
    }
    for (const auto& commands : sent) {
        for (const auto& command : commands) {
            const auto* at = arrivals.arrivals(command.key);
            const std::size_t got = at == nullptr ? 0 : at->size();
            result.missingDeliveries += plan.consoles - std::min<std::size_t>(got, plan.consoles);
            if (at != nullptr) {
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
