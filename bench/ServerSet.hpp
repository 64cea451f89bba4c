#pragma once
// The jcc-server nodes under test: nodes jcc-bench starts afresh for each scenario (so one
// scenario's memory does not carry into the next), or the one running server given by --server.
#include "bench/BenchOptions.hpp"
#include "bench/ServerNode.hpp"

#include <memory>
#include <vector>

namespace jcc::bench {

class ServerSet {
public:
    ServerSet(const BenchOptions& options, std::string databaseUrl, std::filesystem::path workDir);

    /// True when measuring a server jcc-bench did not start.
    bool external() const { return m_external.has_value(); }
    /// Stops the nodes jcc-bench started and starts `count` fresh ones on the same database,
    /// with `extraFlags` beside the bench flags. With --server only one node exists and nothing
    /// is restarted (and no extra flags can be given).
    void start(unsigned count, const std::vector<std::string>& extraFlags = {});
    void stop();
    std::vector<ServerEndpoint> endpoints() const;
    /// Process ids for CPU and memory figures; empty when unknown.
    std::vector<int> pids() const;

private:
    std::filesystem::path m_binary;
    std::string m_databaseUrl;
    std::filesystem::path m_workDir;
    std::optional<ServerEndpoint> m_external;
    std::optional<int> m_externalPid;
    std::vector<std::unique_ptr<ServerNode>> m_nodes;
    unsigned m_started = 0;
};

} // namespace jcc::bench
