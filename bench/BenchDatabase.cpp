#include "bench/BenchDatabase.hpp"

#include "common/ProtocolError.hpp"
#include "server/store/AccountService.hpp"
#include "server/store/Database.hpp"
#include "server/store/EmbeddedPostgres.hpp"
#include "server/store/Migrator.hpp"
#include "server/store/SessionRepository.hpp"
#include "server/store/SessionToken.hpp"
#include "server/store/UserRepository.hpp"

#include <fstream>
#include <pqxx/pqxx>
#include <random>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;

namespace jcc::bench {

namespace {

fs::path makeWorkDir(const fs::path& parent) {
    fs::create_directories(parent);
    std::string pattern = (parent / "jcc-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a directory under " + parent.string());
    }
    // The embedded cluster runs as 'postgres' when we are root: it must be able to enter.
    fs::permissions(pattern, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                 fs::perms::others_read | fs::perms::others_exec);
    return pattern;
}

std::string randomPassword() {
    static const std::string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::random_device device;
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string password = "Bench-";
    for (int i = 0; i < 24; ++i) {
        password += alphabet[pick(device)];
    }
    return password;
}

} // namespace

BenchDatabase::BenchDatabase(std::optional<std::string> url, const fs::path& parentDir)
    : m_workDir(makeWorkDir(parentDir)) {
    if (url) {
        m_url = *url;
        return;
    }
    m_embedded = std::make_unique<store::EmbeddedPostgres>(m_workDir / "db");
    fs::create_directories(m_workDir / "db");
    fs::permissions(m_workDir / "db", fs::perms::owner_all | fs::perms::group_read |
                                          fs::perms::group_exec | fs::perms::others_read |
                                          fs::perms::others_exec);
    m_embedded->start();
    m_url = m_embedded->url();
}

BenchDatabase::~BenchDatabase() {
    m_sessions.reset();
    try {
        if (m_embedded) {
            m_embedded->stop();
        }
    } catch (const std::exception&) {
        // The directory goes anyway; a postmaster that did not stop exits when it is gone.
    }
    std::error_code ignored;
    fs::remove_all(m_workDir, ignored);
}

std::optional<int> BenchDatabase::postmasterPid() const {
    if (!m_embedded) {
        return std::nullopt;
    }
    // The first line of postmaster.pid is the postmaster's process id.
    std::ifstream in(m_workDir / "db" / "pg" / "postmaster.pid");
    int pid = 0;
    if (in >> pid && pid > 0) {
        return pid;
    }
    return std::nullopt;
}

void BenchDatabase::migrate() {
    auto connection = store::openConnection(m_url);
    store::Migrator(*connection, store::bundledMigrations()).migrate();
}

void BenchDatabase::createAccounts() {
    auto connection = store::openConnection(m_url);
    store::prepareStatements(*connection);
    store::AccountService accounts(*connection, store::AccountSettings{});
    char host[256] = {};
    gethostname(host, sizeof(host) - 1);
    const store::Actor actor{std::nullopt, "jcc-bench", std::string("jcc-bench@") + host, ""};
    const auto make = [&](const std::string& username, Role role) {
        BenchAccount account{username, randomPassword()};
        store::NewUser user{username,    "jcc-bench " + username, role, "PCR", Country::CZ,
                            Language::En};
        try {
            accounts.addUser(user, account.password, actor);
        } catch (const ProtocolError& e) {
            if (e.code() != ErrorCode::Conflict) {
                throw;
            }
            accounts.resetPassword(username, account.password, actor);
        }
        return account;
    };
    m_operator = make("bench-operator", Role::Operator);
    m_supervisor = make("bench-supervisor", Role::Supervisor);
}

std::string BenchDatabase::openSession(const std::string& username) {
    if (!m_sessions) {
        m_sessions = store::openConnection(m_url);
        store::prepareStatements(*m_sessions);
    }
    pqxx::work txn(*m_sessions, "bench_session");
    const auto user = store::UserRepository::findByUsername(txn, username);
    if (!user) {
        throw std::runtime_error("no account " + username + " to open a session of");
    }
    const auto token = store::SessionToken::generate();
    store::SessionRepository::create(txn, user->user.id, store::SessionToken::hashOf(token),
                                     "jcc-bench");
    txn.commit();
    return token;
}

} // namespace jcc::bench
