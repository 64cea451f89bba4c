#pragma once
// Accounts and their sessions: login, resume and logout for jcc-server, and the account
// administration of jcc-admin. Each call is one transaction that also writes its audit record;
// revoking a user's sessions NOTIFYs every server node on kRevocationChannel.
#include "common/User.hpp"
#include "server/store/AuditLog.hpp"
#include "server/store/UserRepository.hpp"

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace jcc::store {

/// NOTIFY channel; the payload is {"user_id": N, "reason": "..."}.
inline constexpr const char* kRevocationChannel = "jcc_revocations";

struct AccountSettings {
    int lockoutThreshold = 5;
    std::chrono::seconds lockoutDuration{15 * 60};
    std::chrono::seconds sessionIdleExpiry{12 * 60 * 60};
    /// A session cannot be resumed this long after its login, however much it was used.
    std::chrono::seconds sessionLifetime{24 * 60 * 60};
    std::string node{}; ///< the server node, recorded in audit records of logins
    /// Every this many failed logins of one account (from any source, since its last
    /// successful login), onFailureAlert is called: someone may be guessing its password.
    int failureAlertEvery = 20;
    std::function<void(const User& user, int failures)> onFailureAlert{};
};

struct LoginResult {
    User user;
    std::string token;
    std::int64_t sessionId = 0;
};

struct ResumeResult {
    User user;
    std::int64_t sessionId = 0;
    std::string token; ///< the session's new token: the one presented no longer resumes it
};

/// What jcc-admin shows about a user.
struct AccountStatus {
    UserRecord record;
    int liveSessions = 0;
    int lockedSources = 0; ///< addresses locked out of the account after failed logins
};

class AccountService {
public:
    AccountService(pqxx::connection_base& connection, AccountSettings settings);

    /// Throws ProtocolError: auth_failed (unknown user, wrong password, or a source address
    /// locked out of the account after lockoutThreshold failures: indistinguishable),
    /// account_disabled (only with the right password), forbidden for an admin account (admins
    /// use jcc-admin). The password is verified outside any transaction.
    LoginResult login(const std::string& username, const std::string& password,
                      const std::string& clientAddress);
    /// Gives the session a new token (the presented one still resumes it for kRotationGrace).
    /// Throws ProtocolError: unauthorized (unknown or revoked token), session_expired (idle too
    /// long or past its lifetime), account_disabled.
    ResumeResult resume(const std::string& token, const std::string& clientAddress);
    void logout(std::int64_t sessionId, const Actor& actor);
    /// A logged-in user re-enters their password to confirm `action` (e.g. "handover.sign"), in a
    /// transaction of its own: a wrong entry counts toward the lockout as a failed login does and
    /// is audited as "<action>_failed". Throws ProtocolError: auth_failed or account_locked (field
    /// "password"), unauthorized when the account is gone.
    void confirmPassword(const std::string& username, const std::string& password,
                         const std::string& clientAddress, const std::string& action);
    /// Marks the session as used now (idle expiry counts from here).
    void touchSession(std::int64_t sessionId);

    // Administration; each throws ProtocolError (not_found, conflict, bad_request) on bad input.
    User addUser(const NewUser& user, const std::string& password, const Actor& actor);
    std::vector<AccountStatus> listUsers();
    AccountStatus showUser(const std::string& username);
    void setDisabled(const std::string& username, bool disabled, const Actor& actor);
    void resetPassword(const std::string& username, const std::string& password,
                       const Actor& actor);
    void setRole(const std::string& username, Role role, const Actor& actor);
    void unlock(const std::string& username, const Actor& actor);
    /// Returns how many live sessions were revoked.
    int revokeSessions(const std::string& username, const Actor& actor);

private:
    /// Counts a failed login against its source and the account and audits it.
    void recordFailedLogin(pqxx::transaction_base& txn, const UserRecord& record,
                           const std::string& clientAddress, const std::string& reason);
    /// Checks what may still refuse a login with the right password, then opens the session and
    /// commits `txn`.
    LoginResult openSession(pqxx::transaction_base& txn, const UserRecord& record,
                            const std::string& clientAddress);
    /// Counts a wrong password against the user and audits it as `failedAction`; returns
    /// whether the account is locked now.
    bool recordWrongPassword(pqxx::transaction_base& txn, const UserRecord& record,
                             const Actor& actor, const std::string& failedAction);

    pqxx::connection_base& m_connection;
    AccountSettings m_settings;
};

} // namespace jcc::store
