#include "tests/support/TestDatabase.hpp"

#include "server/store/Database.hpp"
#include "server/store/Migrator.hpp"

#include <atomic>
#include <cstdlib>
#include <pqxx/pqxx>
#include <stdexcept>
#include <unistd.h>

namespace jcc::test {

std::string testServerUrl() {
    const char* url = std::getenv("JCC_TEST_PG");
    if (url == nullptr || *url == '\0') {
        throw std::runtime_error("JCC_TEST_PG is not set: run the tests through scripts/test, "
                                 "which starts a PostgreSQL for them");
    }
    return url;
}

TestDatabase::TestDatabase(bool migrate) : m_adminUrl(testServerUrl() + " dbname=postgres") {
    static std::atomic<int> counter{0};
    m_name = "jcc_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
    {
        auto connection = store::openConnection(m_adminUrl);
        pqxx::nontransaction txn(*connection);
        txn.exec("DROP DATABASE IF EXISTS " + m_name);
        txn.exec("CREATE DATABASE " + m_name);
    }
    m_url = testServerUrl() + " dbname=" + m_name;
    if (migrate) {
        auto connection = store::openConnection(m_url);
        store::Migrator(*connection, store::bundledMigrations()).migrate();
    }
}

TestDatabase::~TestDatabase() {
    try {
        auto connection = store::openConnection(m_adminUrl);
        pqxx::nontransaction txn(*connection);
        txn.exec("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    } catch (const std::exception&) {
        // Leaving a database behind in a throwaway cluster is harmless.
    }
}

} // namespace jcc::test
