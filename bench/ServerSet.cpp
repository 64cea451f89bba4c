#include "bench/ServerSet.hpp"

#include <regex>

namespace jcc::bench {

ServerSet::ServerSet(const BenchOptions& options, std::string databaseUrl,
                     std::filesystem::path workDir)
    : m_binary(options.serverBinary), m_databaseUrl(std::move(databaseUrl)),
      m_workDir(std::move(workDir)), m_externalPid(options.serverPid) {
    if (options.serverUrl) {
        static const std::regex url(R"(wss://\[?([^\]/]+?)\]?:(\d+)/?)");
        std::smatch match;
        std::regex_match(*options.serverUrl, match, url);
        m_external = ServerEndpoint{match[1], static_cast<unsigned short>(std::stoi(match[2]))};
    }
}

void ServerSet::start(unsigned count) {
    if (external()) {
        if (count != 1) {
            throw std::logic_error("only one node with --server");
        }
        return;
    }
    stop();
    for (unsigned i = 0; i < count; ++i) {
        const std::string name = std::string("bench-") + static_cast<char>('a' + i);
        ++m_started;
        m_nodes.push_back(std::make_unique<ServerNode>(
            m_binary, name, m_databaseUrl,
            m_workDir / ("node-" + std::to_string(m_started) + "-" + name)));
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
