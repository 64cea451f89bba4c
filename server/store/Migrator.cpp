#include "server/store/Migrator.hpp"

#include "server/store/Sha256.hpp"
#include "server/store/Statement.hpp"
#include "server/store/StoreError.hpp"

#include <map>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::store {

std::vector<EmbeddedFile> bundledMigrationFiles();

namespace {

// Serialises migration across server nodes and jcc-admin started at the same time.
constexpr long long kMigrationLockKey = 0x6a63636d6967; // "jccmig"

void lockMigrations(pqxx::transaction_base& txn) {
    execSql(txn, "migration_lock", "SELECT pg_advisory_xact_lock($1)", kMigrationLockKey);
}

struct AppliedMigration {
    std::string name;
    std::string checksum;
    std::string appliedAt;
};

std::map<int, AppliedMigration> readApplied(pqxx::transaction_base& txn) {
    std::map<int, AppliedMigration> applied;
    for (const auto& row :
         execSql(txn, "migration_list",
                 "SELECT version, name, checksum, to_char(applied_at AT TIME ZONE 'UTC', "
                 "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM schema_migrations ORDER BY version")) {
        applied[row[0].as<int>()] = {row[1].as<std::string>(), row[2].as<std::string>(),
                                     row[3].as<std::string>()};
    }
    return applied;
}

} // namespace

std::vector<Migration> migrationsFrom(const std::vector<EmbeddedFile>& files) {
    std::vector<Migration> migrations;
    for (const auto& file : files) {
        const std::string name(file.name);
        const bool shaped = name.size() > 9 && name[4] == '_' && name.ends_with(".sql") &&
                            std::all_of(name.begin(), name.begin() + 4,
                                        [](char c) { return c >= '0' && c <= '9'; });
        if (!shaped) {
            throw SchemaError("migration file '" + name + "' is not named NNNN_description.sql");
        }
        Migration migration;
        migration.version = std::stoi(name.substr(0, 4));
        migration.name = name;
        migration.sql = std::string(file.content);
        migration.checksum = sha256Hex(migration.sql);
        migrations.push_back(std::move(migration));
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != static_cast<int>(i) + 1) {
            throw SchemaError("migrations must be numbered 0001, 0002, ... without gaps; found '" +
                              migrations[i].name + "' at position " + std::to_string(i + 1));
        }
    }
    return migrations;
}

std::vector<Migration> bundledMigrations() {
    return migrationsFrom(bundledMigrationFiles());
}

Migrator::Migrator(pqxx::connection_base& connection, std::vector<Migration> migrations)
    : m_connection(connection), m_migrations(std::move(migrations)) {}

int Migrator::latestVersion() const {
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

void Migrator::ensureTable() {
    pqxx::work txn(m_connection, "ensure_schema_migrations");
    lockMigrations(txn);
    execSql(txn, "migration_table",
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY,"
            " name text NOT NULL,"
            " checksum text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())");
    txn.commit();
}

void Migrator::verify() {
    ensureTable();
    pqxx::read_transaction txn(m_connection, "verify_schema");
    const auto applied = readApplied(txn);
    for (const auto& [version, row] : applied) {
        if (version > latestVersion()) {
            throw SchemaError("the database schema is newer than this program: it has migration " +
                              row.name + ", this program knows migrations up to " +
                              std::to_string(latestVersion()) +
                              "; run a newer jcc-server/jcc-admin");
        }
        const auto& known = m_migrations[static_cast<std::size_t>(version - 1)];
        if (known.checksum != row.checksum) {
            throw SchemaError("migration " + known.name + " was changed after it was applied on " +
                              row.appliedAt +
                              " (checksum differs); applied migrations must never be edited, "
                              "add a new migration instead");
        }
    }
}

int Migrator::migrate() {
    verify();
    int count = 0;
    for (const auto& migration : m_migrations) {
        pqxx::work txn(m_connection, "migrate");
        lockMigrations(txn);
        // Another node may have applied it while we waited for the lock.
        if (!execSql(txn, "migration_applied", "SELECT 1 FROM schema_migrations WHERE version = $1",
                     migration.version)
                 .empty()) {
            continue;
        }
        try {
            execSql(txn, "migration_run", migration.sql);
        } catch (const StatementError& e) {
            if (e.sqlstate().empty()) {
                throw; // not the database refusing the migration's SQL
            }
            throw SchemaError("migration " + migration.name + " failed: " + e.reason());
        }
        execSql(txn, "migration_record",
                "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                migration.version, migration.name, migration.checksum);
        txn.commit();
        spdlog::info("applied migration {}", migration.name);
        ++count;
    }
    return count;
}

std::vector<MigrationState> Migrator::status() {
    verify();
    pqxx::read_transaction txn(m_connection, "schema_status");
    const auto applied = readApplied(txn);
    std::vector<MigrationState> states;
    for (const auto& migration : m_migrations) {
        MigrationState state{migration, std::nullopt};
        if (auto it = applied.find(migration.version); it != applied.end()) {
            state.appliedAt = it->second.appliedAt;
        }
        states.push_back(std::move(state));
    }
    return states;
}

bool Migrator::isCurrent() {
    for (const auto& state : status()) {
        if (!state.appliedAt) {
            return false;
        }
    }
    return true;
}

} // namespace jcc::store
