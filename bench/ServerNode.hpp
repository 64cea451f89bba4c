#pragma once
// A jcc-server started by jcc-bench: its own node directory (TLS identity, log), a given database
// URL, an ephemeral port read back from its log, and the generous limits a benchmark needs.
#include "bench/ServerEndpoint.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace jcc::bench {

class ServerNode {
public:
    /// Starts `binary` (with benchFlags() and `extraFlags`) and waits until it listens. Throws
    /// with the log's tail when it does not.
    ServerNode(const std::filesystem::path& binary, const std::string& nodeName,
               const std::string& databaseUrl, const std::filesystem::path& nodeDir,
               const std::vector<std::string>& extraFlags = {});
    ~ServerNode();
    ServerNode(const ServerNode&) = delete;
    ServerNode& operator=(const ServerNode&) = delete;

    int pid() const { return m_pid; }
    ServerEndpoint endpoint() const { return {"127.0.0.1", m_port}; }
    /// SIGTERM and wait (SIGKILL after 30 s).
    void stop();

    /// The flags jcc-bench passes besides --listen, --db, --data-dir and --node-name (so that
    /// the per-connection rate limit, the connection cap and the login lockout do not shape
    /// the figures); documented in docs/performance.md.
    static std::vector<std::string> benchFlags();

private:
    std::string logTail() const;

    std::filesystem::path m_logFile;
    int m_pid = -1;
    unsigned short m_port = 0;
};

} // namespace jcc::bench
