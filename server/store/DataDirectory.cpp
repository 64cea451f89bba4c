#include "server/store/DataDirectory.hpp"

#include "server/store/StoreError.hpp"

#include <cerrno>
#include <optional>
#include <pwd.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace jcc::store {

namespace {

/// As root: the group of the account the embedded PostgreSQL runs as, which must enter the data
/// directory (see EmbeddedPostgres); nullopt when there is no such account.
std::optional<gid_t> postgresGroup() {
    if (geteuid() != 0) {
        return std::nullopt;
    }
    const passwd* account = getpwnam("postgres");
    return account ? std::optional<gid_t>(account->pw_gid) : std::nullopt;
}

} // namespace

void createDataDirectory(const fs::path& dir) {
    std::error_code error;
    if (fs::is_directory(dir, error)) {
        return;
    }
    fs::create_directories(dir, error);
    // The mode is set, not left to the umask.
    const auto group = postgresGroup();
    if (!error && group && chown(dir.c_str(), 0, *group) != 0) {
        error = std::error_code(errno, std::generic_category());
    }
    if (!error) {
        fs::permissions(dir,
                        group ? fs::perms::owner_all | fs::perms::group_exec : fs::perms::owner_all,
                        fs::perm_options::replace, error);
    }
    if (error) {
        throw StoreError("cannot create the data directory " + dir.string() + ": " +
                         error.message());
    }
}

} // namespace jcc::store
