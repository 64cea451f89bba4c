#include "server/admin/OsActor.hpp"

#include <array>
#include <pwd.h>
#include <unistd.h>

namespace jcc::admin {

store::Actor osActor() {
    const uid_t uid = geteuid();
    const passwd* account = getpwuid(uid);
    // A uid without a passwd entry (e.g. in a container) is still worth recording.
    const std::string login = account != nullptr ? account->pw_name : "uid" + std::to_string(uid);
    std::array<char, 256> host{};
    // Without a host name the record still says who acted.
    if (gethostname(host.data(), host.size() - 1) != 0) {
        host = {};
    }
    const std::string hostname = host[0] != '\0' ? host.data() : "unknown-host";
    return store::Actor{std::nullopt, "os:" + login, "jcc-admin@" + hostname};
}

} // namespace jcc::admin
