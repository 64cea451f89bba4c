#include "bench/ServerSet.hpp"

namespace jcc::bench {

ServerSet::ServerSet(const BenchOptions& options, std::string databaseUrl,
                     std::filesystem::path workDir)
    : m_binary(options.serverBinary), m_databaseUrl(std::move(databaseUrl)),
      m_workDir(std::move(workDir)), m_external(options.server), m_externalPid(options.serverPid) {}

void ServerSet::start(unsigned count, const std::vector<std::string>& extraFlags) {
    if (external()) {
        if (count != 1 || !extraFlags.empty()) {
            throw std::logic_error("only one node as it runs with --server");
        }
        return;
    }
    stop();
    for (unsigned i = 0; i < count; ++i) {
        const std::string name = std::string("bench-") + static_cast<char>('a' + i);
        ++m_started;
        m_nodes.push_back(std::make_unique<ServerNode>(
            m_binary, name, m_databaseUrl,
            m_workDir / ("node-" + std::to_string(m_started) + "-" + name), extraFlags));
    }
}

void ServerSet::stop() {
    m_nodes.clear();
}

std::vector<ServerEndpoint> ServerSet::endpoints() const {
    if (m_external) {
        return {*m_external};
    }
    std::vector<ServerEndpoint> endpoints;
    for (const auto& node : m_nodes) {
        endpoints.push_back(node->endpoint());
    }
    return endpoints;
}

std::vector<int> ServerSet::pids() const {
    if (m_external) {
        return m_externalPid ? std::vector<int>{*m_externalPid} : std::vector<int>{};
    }
    std::vector<int> pids;
    for (const auto& node : m_nodes) {
        pids.push_back(node->pid());
    }
    return pids;
}

} // namespace jcc::bench
