#pragma once
// The embedded PostgreSQL cluster under a data directory (docs/design.md, decision 9): initdb on
// first use, a postmaster listening only on a unix socket inside the data directory, run as the
// current user or, when that is root, as the unprivileged 'postgres' account.
#include <filesystem>
#include <string>
#include <vector>

namespace jcc::store {

class EmbeddedPostgres {
public:
    /// `dataDir` is the jcc data directory; the cluster lives in dataDir/pg.
    explicit EmbeddedPostgres(std::filesystem::path dataDir);
    ~EmbeddedPostgres();
    EmbeddedPostgres(const EmbeddedPostgres&) = delete;
    EmbeddedPostgres& operator=(const EmbeddedPostgres&) = delete;

    /// Creates the cluster if needed, clears a stale postmaster.pid left by a crash and starts the
    /// postmaster unless it already runs. Returns true when this call started it.
    /// Throws StoreError with the reason (and the tail of the PostgreSQL log).
    bool start();
    /// Stops the postmaster (fast shutdown); no-op when it does not run.
    void stop();
    bool isRunning() const;

    /// Connection string for the jcc database.
    std::string url() const;
    std::filesystem::path logFile() const;

private:
    std::vector<std::string> asClusterOwner(std::vector<std::string> argv) const;
    void run(const std::vector<std::string>& argv, const std::string& what) const;
    void initialise();
    void writeSettings() const;
    void removeStalePidFile() const;
    void createDatabase() const;
    void chownToOwner(const std::filesystem::path& path) const;

    std::filesystem::path m_dataDir;
    std::filesystem::path m_clusterDir;
    std::filesystem::path m_socketDir;
    std::filesystem::path m_binDir;
    std::string m_owner; ///< account that runs PostgreSQL when we are root; empty otherwise
};

} // namespace jcc::store
