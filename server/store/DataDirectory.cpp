#include "server/store/DataDirectory.hpp"

#include "server/store/StoreError.hpp"

#include <unistd.h>

namespace fs = std::filesystem;

namespace jcc::store {

void createDataDirectory(const fs::path& dir) {
    std::error_code error;
    if (fs::is_directory(dir, error)) {
        return;
    }
    fs::create_directories(dir, error);
    if (!error) {
        const auto mode = geteuid() == 0 ? fs::perms::owner_all | fs::perms::group_read |
                                               fs::perms::group_exec | fs::perms::others_read |
                                               fs::perms::others_exec
                                         : fs::perms::owner_all;
        fs::permissions(dir, mode, fs::perm_options::replace, error);
    }
    if (error) {
        throw StoreError("cannot create the data directory " + dir.string() + ": " +
                         error.message());
    }
}

} // namespace jcc::store
