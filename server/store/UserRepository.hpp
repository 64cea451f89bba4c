#pragma once
// The users table: accounts with their role, agency, language, password hash and lockout state.
#include "common/User.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

/// A user with the state only the server and jcc-admin see.
struct UserRecord {
    User user;
    std::string passwordHash;
    int failedLogins = 0;
    std::optional<std::string> lockedUntil; ///< ISO 8601, set while locked
    bool locked = false;                    ///< locked_until is in the future
    std::string createdAt;
    int version = 1;
};

struct NewUser {
    std::string username;
    std::string fullName;
    Role role = Role::Operator;
    std::string agency;
    Country country = Country::CZ;
    Language language = Language::Cs;
};

class UserRepository {
public:
    static void prepare(pqxx::connection_base& connection);
    /// Counts one more failed login of the account from any source; returns the count since the
    /// last successful login.
    static int countFailedLogin(pqxx::transaction_base& txn, std::int64_t id);

    static std::optional<UserRecord> findByUsername(pqxx::transaction_base& txn,
                                                    const std::string& username);
    /// Same, with the row locked until the transaction ends.
    static std::optional<UserRecord> findByUsernameForUpdate(pqxx::transaction_base& txn,
                                                             const std::string& username);
    static std::optional<UserRecord> findById(pqxx::transaction_base& txn, std::int64_t id);
    static std::vector<UserRecord> list(pqxx::transaction_base& txn);
    /// The country ("CZ"/"SK") of an agency, or nullopt when no agency has that code; the one
    /// check that an agency code exists.
    static std::optional<std::string> agencyCountry(pqxx::transaction_base& txn,
                                                    const std::string& code);

    static std::int64_t insert(pqxx::transaction_base& txn, const NewUser& user,
                               const std::string& passwordHash);
    static void setDisabled(pqxx::transaction_base& txn, std::int64_t id, bool disabled);
    static void setPasswordHash(pqxx::transaction_base& txn, std::int64_t id,
                                const std::string& passwordHash);
    static void setRole(pqxx::transaction_base& txn, std::int64_t id, Role role);
    static void clearLockout(pqxx::transaction_base& txn, std::int64_t id);
    /// Counts a failed login; at `threshold` failures locks the account for `lockout` and
    /// restarts the count. Returns true when this failure locked it.
    static bool recordFailedLogin(pqxx::transaction_base& txn, std::int64_t id, int threshold,
                                  std::chrono::seconds lockout);
};

} // namespace jcc::store
