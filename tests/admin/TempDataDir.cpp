#include "tests/admin/TempDataDir.hpp"

#include "server/store/EmbeddedPostgres.hpp"
#include "tests/support/ServerProcess.hpp"

#include <iostream>

namespace jcc::test {

TempDataDir::TempDataDir(const std::string& prefix) : m_path(makeTempDir(prefix)) {}

TempDataDir::~TempDataDir() {
    try {
        if (std::filesystem::exists(m_path / "pg")) {
            store::EmbeddedPostgres(m_path).stop();
        }
    } catch (const std::exception& e) {
        std::cerr << "could not stop the embedded PostgreSQL in " << m_path << ": " << e.what()
                  << "\n";
    }
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

} // namespace jcc::test
