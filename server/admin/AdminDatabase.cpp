#include "server/admin/AdminDatabase.hpp"

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
        throw store::StoreError(
            "no embedded database in '" + target.dataDir.string() +
            "'; check --data-dir (or $JCC_DATA), or create one with 'jcc-admin --data-dir " +
            target.dataDir.string() + " db migrate'");
    }
    m_embedded = std::make_unique<store::EmbeddedPostgres>(target.dataDir);
    m_startedCluster = m_embedded->start();
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
