#pragma once
// A fresh, empty database on the test PostgreSQL (JCC_TEST_PG, started by scripts/test), dropped
// when the object goes away.
#include <string>

namespace jcc::test {

class TestDatabase {
public:
    /// Creates the database; with `migrate`, also applies the bundled migrations.
    explicit TestDatabase(bool migrate = true);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    const std::string& url() const { return m_url; }
    const std::string& name() const { return m_name; }

private:
    std::string m_adminUrl;
    std::string m_name;
    std::string m_url;
};

/// The JCC_TEST_PG connection string (without a database name); throws when unset.
std::string testServerUrl();

} // namespace jcc::test
