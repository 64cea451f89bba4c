#pragma once
// The database one jcc-admin command works on: the PostgreSQL at --db, or the embedded cluster of
// a data directory, started for the command when no jcc-server runs it and stopped afterwards.
#include "server/admin/AdminRequest.hpp"

#include <memory>
#include <pqxx/connection>

namespace jcc::store {
class DataDirLock;
class EmbeddedPostgres;
} // namespace jcc::store

namespace jcc::admin {

class AdminDatabase {
public:
    /// Connects (starting the embedded cluster if needed); throws StoreError saying why not.
    /// Only with `mayCreateCluster` does a data directory without a cluster get a new one, so a
    /// mistyped --data-dir is reported instead of silently becoming an empty database.
    AdminDatabase(const DatabaseTarget& target, bool mayCreateCluster);
    /// Stops a cluster this object started if close() did not; reports a failure on stderr.
    ~AdminDatabase();
    AdminDatabase(const AdminDatabase&) = delete;
    AdminDatabase& operator=(const AdminDatabase&) = delete;

    pqxx::connection& connection() { return *m_connection; }
    /// Disconnects and stops the embedded cluster if this object started it; throws StoreError.
    void close();

private:
    void stopStartedCluster();
    void stopOrReport() noexcept;

    std::unique_ptr<store::EmbeddedPostgres> m_embedded;
    std::unique_ptr<store::DataDirLock> m_lock; ///< held while this command manages the cluster
    bool m_startedCluster = false;
    std::unique_ptr<pqxx::connection> m_connection;
};

} // namespace jcc::admin
