#pragma once
// A temporary jcc data directory for the --data-dir tests; when it goes away it stops an embedded
// cluster still running in it (a failed test may leave one behind) and removes it.
#include <filesystem>
#include <string>

namespace jcc::test {

class TempDataDir {
public:
    explicit TempDataDir(const std::string& prefix);
    ~TempDataDir();
    TempDataDir(const TempDataDir&) = delete;
    TempDataDir& operator=(const TempDataDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::string string() const { return m_path.string(); }

private:
    std::filesystem::path m_path;
};

} // namespace jcc::test
