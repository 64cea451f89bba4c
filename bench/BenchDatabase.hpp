#pragma once
// The PostgreSQL that jcc-bench measures against: a private embedded cluster under a temporary
// data directory (removed at the end), or a given URL. Migrates it and makes the bench accounts.
#include <filesystem>
#include <memory>
#include <optional>
#include <pqxx/connection>
#include <string>

namespace jcc::store {
class EmbeddedPostgres;
}

namespace jcc::bench {

/// A bench account with its password (made up for this run).
struct BenchAccount {
    std::string username;
    std::string password;
};

class BenchDatabase {
public:
    /// `url` nullopt: start an embedded cluster in a new directory under `parentDir`.
    BenchDatabase(std::optional<std::string> url, const std::filesystem::path& parentDir);
    ~BenchDatabase();

    const std::string& url() const { return m_url; }
    /// The embedded cluster's postmaster, for CPU figures; nullopt with --db.
    std::optional<int> postmasterPid() const;
    /// A directory for server nodes' files (TLS identity, logs), removed with this object.
    const std::filesystem::path& workDir() const { return m_workDir; }
    /// Applies the bundled migrations (what jcc-server does at start).
    void migrate();
    /// Makes (or resets the password of) an operator and a supervisor of agency PCR through
    /// store::AccountService, as jcc-admin user add does.
    void createAccounts();
    const BenchAccount& operatorAccount() const { return m_operator; }
    /// Opens a session of the account directly in the database, as a login does (without its
    /// deliberately slow password check); returns its token.
    std::string openSession(const std::string& username);
    const BenchAccount& supervisorAccount() const { return m_supervisor; }

private:
    std::filesystem::path m_workDir;
    std::unique_ptr<store::EmbeddedPostgres> m_embedded;
    std::string m_url;
    BenchAccount m_operator;
    BenchAccount m_supervisor;
    std::unique_ptr<pqxx::connection> m_sessions; ///< for openSession, opened on first use
};

} // namespace jcc::bench
