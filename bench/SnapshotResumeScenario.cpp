// The resume and snapshot scenarios. Setup: a console notes the newest seq and drops; then
// 10,000 incident.create commands (8 connections, 16 in flight on each) make 10,000 events and
// 10,000 open incidents. Resume: the console comes back with since_seq and is timed until the
// last missed event has arrived. Snapshot: fresh consoles subscribe without since_seq.
#include "bench/Samples.hpp"
#include "bench/Scenarios.hpp"

#include <random>

namespace jcc::bench {

namespace {

using nlohmann::json;

constexpr double kResumeTargetMs = 300;

struct Seeded {
    std::int64_t seqBefore = 0;
    double seconds = 0;
};

net::awaitable<void> createIncidents(BenchContext& context, BenchConnection& connection,
                                     unsigned count, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> lat(48.6, 49.0), lon(16.6, 17.4);
    for (unsigned i = 0; i < count; ++i) {
        const std::string text =
            "jcc-bench open incident " + std::to_string(seed) + "-" + std::to_string(i);
        nlohmann::json create = {
            {"op", "incident.create"},
            {"request_id", context.nextRequestId()},
            {"type", "traffic_accident"},
            {"priority", 3},
            {"location", {{"text", text}, {"lat", lat(random)}, {"lon", lon(random)}}},
            {"description", text}};
        co_await connection.call(std::move(create), "incident.create");
    }
}

net::awaitable<Seeded> seed(BenchContext& context, const ServerEndpoint& endpoint,
                            unsigned incidents) {
    Seeded seeded;
    seeded.seqBefore = co_await currentSeq(context, endpoint);
    constexpr unsigned kConnections = 8, kInFlight = 16;
    ConnectionSet connections;
    for (unsigned i = 0; i < kConnections; ++i) {
        connections.add(co_await openResumed(context, endpoint, context.operatorAccount));
    }
    const auto start = Clock::now();
    std::vector<net::awaitable<void>> tasks;
    for (unsigned i = 0; i < kConnections * kInFlight; ++i) {
        const unsigned share = incidents / (kConnections * kInFlight) +
                               (i < incidents % (kConnections * kInFlight) ? 1 : 0);
        tasks.push_back(createIncidents(context, connections[i % kConnections], share, i));
    }
    co_await runAll(std::move(tasks));
    seeded.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    connections.disconnectAll();
    co_return seeded;
}

struct ResumeRun {
    std::int64_t missed = 0;
    std::int64_t received = 0;
    double ms = 0;
    std::string closeReason; ///< set when the server ended the connection before the last event

    bool complete() const { return closeReason.empty() && received >= missed; }
};

net::awaitable<ResumeRun> resumeFrom(BenchContext& context, const ServerEndpoint& endpoint,
                                     std::int64_t sinceSeq) {
    auto connection = co_await openResumed(context, endpoint, context.operatorAccount);
    ResumeRun run;
    Clock::time_point lastAt;
    connection->setPushHandler([&](std::string_view, Clock::time_point at) {
        ++run.received;
        lastAt = at;
    });
    const auto sent = Clock::now();
    nlohmann::json subscribeSince = {{"op", "subscribe"}, {"since_seq", sinceSeq}};
    const auto reply =
        co_await connection->call(std::move(subscribeSince), "subscribe with since_seq");
    const auto& result = reply["result"];
    if (result.value("mode", "") != "events") {
        throw std::runtime_error("resume: expected mode 'events', got " + result.dump());
    }
    run.missed = result["missed"].get<std::int64_t>();
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (run.received < run.missed && connection->isOpen() && Clock::now() < deadline) {
        co_await sleepFor(std::chrono::milliseconds(2));
    }
    if (run.received < run.missed) {
        run.closeReason =
            connection->isOpen() ? "no more events within 60 s" : connection->closeReason();
    }
    connection->disconnect();
    run.ms = msBetween(sent, lastAt);
    co_return run;
}

nlohmann::json resumeJson(const ResumeRun& run) {
    nlohmann::json json = {{"missed", run.missed},
                           {"received", run.received},
                           {"complete", run.complete()},
                           {"target_met", run.complete() && run.ms <= kResumeTargetMs}};
    if (run.complete()) {
        json["ms"] = run.ms;
    } else {
        json["failure"] = run.closeReason;
    }
    return json;
}

std::string resumeValue(const ResumeRun& run) {
    if (run.complete()) {
        return fixed(run.ms, 1) + " ms";
    }
    return "failed: " + std::to_string(run.received) + " of " + std::to_string(run.missed) +
           " events arrived; " + run.closeReason;
}

struct SnapshotRun {
    double ms = 0;
    std::size_t bytes = 0;
    std::size_t incidents = 0;
};

net::awaitable<SnapshotRun> freshSnapshot(BenchContext& context, const ServerEndpoint& endpoint) {
    auto connection = co_await openResumed(context, endpoint, context.operatorAccount);
    const auto sent = Clock::now();
    nlohmann::json subscribe = {{"op", "subscribe"}};
    const auto reply = co_await connection->call(std::move(subscribe), "subscribe");
    SnapshotRun run{msBetween(sent, connection->lastReplyAt()), connection->lastReplyBytes(),
                    reply["result"]["snapshot"]["incidents"].size()};
    connection->disconnect();
    co_return run;
}

} // namespace

void runResumeAndSnapshotScenarios(ScenarioEnv& env, bool resume, bool snapshot) {
    const bool smoke = env.options.smoke;
    const unsigned count = smoke ? 50 : 10000;
    env.servers.start(1);
    const auto endpoint = env.servers.endpoints().front();
    const auto seeded = runOn(env.context.io, seed(env.context, endpoint, count));
    const std::string setup = std::to_string(count) + " incident.create commands";
    if (resume) {
        const auto run = runOn(env.context.io, resumeFrom(env.context, endpoint, seeded.seqBefore));
        const bool met = run.complete() && run.ms <= kResumeTargetMs;
        env.report.add({"resume",
                        "resume after " + std::to_string(run.missed) +
                            " missed events: until the last arrived",
                        resumeValue(run), "", "", Target{"≤ 300 ms", met}});
        env.report.add({"resume", "setup: " + setup + " (8 connections × 16 in flight)",
                        fixed(count / seeded.seconds, 0) + " commands/s"});
        env.report.scenario("resume") = resumeJson(run);
        env.report.scenario("resume")["setup_commands_per_second"] = count / seeded.seconds;
    }
    // The missed events are queued on the connection at once, so a resume of more events than
    // --outbound-queue (default 1024) overflows it. Measure the replay itself too, on a node
    // whose queue holds them all; the target above stays with the default configuration.
    if (resume && !env.servers.external()) {
        const std::string queue = std::to_string(count + 1024);
        env.servers.start(1, {"--outbound-queue", queue});
        const auto run =
            runOn(env.context.io,
                  resumeFrom(env.context, env.servers.endpoints().front(), seeded.seqBefore));
        env.report.add(
            {"resume",
             "the same with --outbound-queue " + queue + " (not the default; for comparison)",
             resumeValue(run)});
        auto json = resumeJson(run);
        json["outbound_queue"] = count + 1024;
        env.report.scenario("resume")["with_large_outbound_queue"] = json;
    }
    if (snapshot) {
        if (resume && !env.servers.external()) {
            env.servers.start(1);
        }
        const auto snapshotNode = env.servers.endpoints().front();
        Samples times;
        SnapshotRun last;
        for (int i = 0; i < (smoke ? 1 : 5); ++i) {
            last = runOn(env.context.io, freshSnapshot(env.context, snapshotNode));
            times.add(last.ms);
        }
        const auto summary = times.summary();
        env.report.add({"snapshot",
                        "subscribe with a snapshot of " + std::to_string(last.incidents) +
                            " open incidents (p50 / max of " + std::to_string(summary.count) + ")",
                        fixed(summary.p50, 1) + " / " + fixed(summary.max, 1) + " ms"});
        env.report.add({"snapshot", "snapshot reply size",
                        fixed(static_cast<double>(last.bytes) / (1024 * 1024), 2) + " MiB"});
        env.report.scenario("snapshot") = {{"open_incidents", last.incidents},
                                           {"reply_bytes", last.bytes},
                                           {"times", summary.toJson()}};
    }
}

} // namespace jcc::bench
