#include "server/store/DataDirLock.hpp"

#include "server/store/StoreError.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace jcc::store {

std::unique_ptr<DataDirLock> DataDirLock::tryAcquire(const std::filesystem::path& dataDir) {
    const auto path = dataDir / "jcc-server.lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        throw StoreError("cannot open " + path.string() + ": " + std::strerror(errno));
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return nullptr;
    }
    return std::unique_ptr<DataDirLock>(new DataDirLock(fd));
}

DataDirLock::~DataDirLock() {
    ::close(m_fd);
}

} // namespace jcc::store
