#pragma once
// Schema migrations: NNNN_name.sql files applied in order, each in its own transaction, recorded
// in schema_migrations with a SHA-256 checksum. Refuses a database that is newer than the
// migrations it knows, or whose applied migrations were edited.
#include "common/EmbeddedFile.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace jcc::store {

struct Migration {
    int version = 0;
    std::string name; ///< file name, e.g. "0001_accounts.sql"
    std::string sql;
    std::string checksum; ///< hex SHA-256 of sql
};

struct MigrationState {
    Migration migration;
    std::optional<std::string> appliedAt; ///< nullopt while pending
};

/// The migrations compiled into this binary from db/migrations.
std::vector<Migration> bundledMigrations();
/// Builds migrations from named files; throws SchemaError for a name not shaped NNNN_name.sql,
/// a duplicate or missing number.
std::vector<Migration> migrationsFrom(const std::vector<EmbeddedFile>& files);

class Migrator {
public:
    Migrator(pqxx::connection_base& connection, std::vector<Migration> migrations);

    /// Throws SchemaError when the database is newer than the known migrations or an applied
    /// migration's checksum differs.
    void verify();
    /// verify(), then applies every pending migration; returns how many were applied.
    int migrate();
    /// Every known migration with its state, after verify().
    std::vector<MigrationState> status();
    /// Highest known version.
    int latestVersion() const;
    /// True when every known migration has been applied (after verify()).
    bool isCurrent();

private:
    void ensureTable();

    pqxx::connection_base& m_connection;
    std::vector<Migration> m_migrations;
};

} // namespace jcc::store
