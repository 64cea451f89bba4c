#pragma once
// An exclusive lock on a data directory (DATA/jcc-server.lock, flock): held by jcc-server for its
// life and by jcc-admin while it manages the embedded cluster, so neither stops a cluster the
// other uses.
#include <filesystem>
#include <memory>

namespace jcc::store {

class DataDirLock {
public:
    /// The lock, or nullptr when another process holds it. Throws StoreError when the lock file
    /// cannot be created.
    static std::unique_ptr<DataDirLock> tryAcquire(const std::filesystem::path& dataDir);
    ~DataDirLock();
    DataDirLock(const DataDirLock&) = delete;
    DataDirLock& operator=(const DataDirLock&) = delete;

private:
    explicit DataDirLock(int fd) : m_fd(fd) {}
    int m_fd;
};

} // namespace jcc::store
