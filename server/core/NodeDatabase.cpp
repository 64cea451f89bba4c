#include "server/core/NodeDatabase.hpp"

#include "server/core/SystemdNotifier.hpp"
#include "server/store/Database.hpp"
#include "server/store/Migrator.hpp"

#include <spdlog/spdlog.h>

namespace jcc::server {

namespace {

std::string migrate(const std::string& url) {
    SystemdNotifier::status("migrating the database schema");
    auto connection = store::openConnection(url);
    store::Migrator migrator(*connection, store::bundledMigrations());
    const int applied = migrator.migrate();
    return "schema at version " + std::to_string(migrator.latestVersion()) +
           (applied > 0 ? " (" + std::to_string(applied) + " migration(s) applied)" : "");
}

} // namespace

void NodeDatabase::StopCluster::operator()(store::EmbeddedPostgres* postgres) const {
    try {
        postgres->stop();
    } catch (const std::exception& e) {
        spdlog::error("{}", e.what());
    }
    delete postgres;
}

NodeDatabase::NodeDatabase(const ServerConfig& config, const std::filesystem::path& dataDir)
    : m_lock(store::DataDirLock::tryAcquire(dataDir)) {
    if (!m_lock) {
        throw std::runtime_error("the data directory " + dataDir.string() +
                                 " is in use by another jcc-server or a jcc-admin command; "
                                 "wait for it, or give this node its own --data-dir");
    }
    if (config.databaseUrl) {
        m_url = *config.databaseUrl;
        spdlog::info("using database {}", store::redactedUrl(m_url));
    } else {
        auto postgres = std::make_unique<store::EmbeddedPostgres>(dataDir);
        SystemdNotifier::status("starting the embedded PostgreSQL in " + dataDir.string());
        postgres->start();
        m_postgres.reset(postgres.release()); // stopped from now on, however the node leaves
        m_url = m_postgres->url();
    }
    spdlog::info("{}", migrate(m_url));
}

} // namespace jcc::server
