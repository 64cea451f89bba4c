#include "server/admin/AdminDatabase.hpp"

#include "server/admin/AdviceCommand.hpp"
#include "server/store/DataDirLock.hpp"
#include "server/store/DataDirectory.hpp"
#include "server/store/Database.hpp"
#include "server/store/EmbeddedPostgres.hpp"
#include "server/store/StoreError.hpp"

#include <filesystem>
#include <iostream>

namespace jcc::admin {

AdminDatabase::AdminDatabase(const DatabaseTarget& target, bool mayCreateCluster) {
    if (target.url) {
        m_connection = store::openConnection(*target.url);
        return;
    }
    // EmbeddedPostgres keeps its cluster in <data dir>/pg.
    if (!mayCreateCluster && !std::filesystem::exists(target.dataDir / "pg" / "PG_VERSION")) {
        throw store::StoreError("no embedded database in '" + target.dataDir.string() +
                                "'; check --data-dir (or $JCC_DATA), or create one with '" +
                                adviceCommand(target, "db migrate") + "'");
    }
    if (mayCreateCluster) {
        store::createDataDirectory(target.dataDir);
    }
    m_embedded = std::make_unique<store::EmbeddedPostgres>(target.dataDir);
    // Without the lock a jcc-server (or another jcc-admin) manages the cluster: use it as it is.
    m_lock = store::DataDirLock::tryAcquire(target.dataDir);
    if (m_lock) {
        m_startedCluster = m_embedded->start();
    } else if (!m_embedded->isRunning()) {
        throw store::StoreError("the data directory '" + target.dataDir.string() +
                                "' is in use by another jcc-admin command that is starting or "
                                "stopping its database; try again");
    }
    try {
        m_connection = store::openConnection(m_embedded->url());
    } catch (...) {
        stopOrReport();
        throw;
    }
}

AdminDatabase::~AdminDatabase() {
    stopOrReport();
}

void AdminDatabase::close() {
    stopStartedCluster();
}

void AdminDatabase::stopOrReport() noexcept {
    try {
        stopStartedCluster();
    } catch (const std::exception& e) {
        // Runs while another error is on its way out; that one is the exit message.
        std::cerr << "jcc-admin: the embedded PostgreSQL this command started still runs: "
                  << e.what() << "\n";
    }
}

void AdminDatabase::stopStartedCluster() {
    m_connection.reset();
    if (m_startedCluster) {
        m_startedCluster = false;
        m_embedded->stop();
    }
}

} // namespace jcc::admin
