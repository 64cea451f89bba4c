#pragma once
// Demo data for a trial installation: one operator, supervisor and admin per country with random
// passwords, about twenty units of the six agencies and a few open incidents (db/demo/*.sql).
#include "common/User.hpp"
#include "server/store/AuditLog.hpp"

#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace jcc::admin {

struct DemoAccount {
    std::string username;
    std::string fullName;
    Role role = Role::Operator;
    Country country = Country::CZ;
    std::string agency;
    std::string password; ///< shown once; only its hash is stored
};

struct DemoSeedResult {
    std::vector<DemoAccount> created;       ///< empty when the demo data existed already
    std::vector<std::string> existingUsers; ///< demo usernames found, which stopped the seeding
    int units = 0;                          ///< demo units created
    int incidents = 0;                      ///< demo incidents created
};

/// Creates the demo data unless any of it exists (then changes nothing and lists what exists).
/// Every creation is audited for `actor`. Needs a current schema with prepared statements.
DemoSeedResult seedDemoData(pqxx::connection_base& connection, const store::Actor& actor);

} // namespace jcc::admin
