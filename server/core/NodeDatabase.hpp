#pragma once
// The node's database as start-up leaves it: the data directory locked for this process, the
// embedded PostgreSQL started in it unless --db names a database, the schema migrated.
#include "server/core/Config.hpp"
#include "server/store/DataDirLock.hpp"
#include "server/store/EmbeddedPostgres.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace jcc::server {

class NodeDatabase {
public:
    /// Locks `dataDir` (which must exist), starts the embedded cluster without --db, migrates.
    /// Throws store::SchemaError for a schema this program cannot use, another std::exception
    /// saying what failed otherwise.
    NodeDatabase(const ServerConfig& config, const std::filesystem::path& dataDir);

    /// The database URL every connection of the node uses.
    const std::string& url() const { return m_url; }

private:
    /// Stops the embedded cluster (logging a failure) when the node lets it go.
    struct StopCluster {
        void operator()(store::EmbeddedPostgres* postgres) const;
    };

    // Destroyed in reverse: the cluster stops before the lock is released.
    std::unique_ptr<store::DataDirLock> m_lock;
    std::unique_ptr<store::EmbeddedPostgres, StopCluster> m_postgres;
    std::string m_url;
};

} // namespace jcc::server
