#pragma once
// A real jcc-server started for a test: its own temporary data directory, the given database
// URL (or the embedded cluster), an ephemeral port read back from its log.
#include "tests/support/ChildProcess.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace jcc::test {

class ServerProcess {
public:
    /// Starts jcc-server --listen 127.0.0.1:0 and waits until it listens; `dbUrl` nullopt means
    /// the embedded database. Throws with the server's log when it does not come up.
    explicit ServerProcess(std::optional<std::string> dbUrl,
                           const std::vector<std::string>& extraArgs = {},
                           std::optional<std::filesystem::path> dataDir = std::nullopt);
    ~ServerProcess();

    unsigned short port() const { return m_port; }
    /// The plain-HTTP metrics listener's port (0 when the server has none).
    unsigned short metricsPort() const { return m_metricsPort; }
    const std::filesystem::path& dataDir() const { return m_dataDir; }
    std::string log() const;
    /// SIGTERM, then the exit code (-2 when it did not exit within `timeout`).
    int stop(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    ChildProcess& process() { return *m_process; }

private:
    std::filesystem::path m_dataDir;
    bool m_ownsDataDir = false;
    std::filesystem::path m_logFile;
    std::unique_ptr<ChildProcess> m_process;
    unsigned short m_port = 0;
    unsigned short m_metricsPort = 0;
};

/// A new empty temporary directory (mode 0755, so the postgres account can enter it).
std::filesystem::path makeTempDir(const std::string& prefix);

} // namespace jcc::test
