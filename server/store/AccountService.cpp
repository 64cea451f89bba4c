#include "server/store/AccountService.hpp"

#include "common/DurationText.hpp"
#include "common/PasswordPolicy.hpp"
#include "common/ProtocolError.hpp"
#include "server/store/LoginFailures.hpp"
#include "server/store/PasswordHasher.hpp"
#include "server/store/SessionRepository.hpp"
#include "server/store/SessionToken.hpp"
#include "server/store/Statement.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

namespace jcc::store {

using nlohmann::json;

namespace {

constexpr const char* kBadCredentials = "unknown username or wrong password";

json auditView(const UserRecord& record) {
    json view = toJson(record.user);
    view["failed_logins"] = record.failedLogins;
    view["locked_until"] = record.lockedUntil ? json(*record.lockedUntil) : json(nullptr);
    return view;
}

Actor userActor(const User& user, const std::string& source, const std::string& node) {
    return Actor{user.id, user.username, source, node};
}

UserRecord requireUser(pqxx::transaction_base& txn, const std::string& username) {
    auto record = UserRepository::findByUsernameForUpdate(txn, username);
    if (!record) {
        throw ProtocolError(ErrorCode::NotFound, "no user named '" + username + "'", "username");
    }
    return *record;
}

void notifyRevocation(pqxx::transaction_base& txn, std::int64_t userId, const std::string& reason) {
    const json payload{{"user_id", userId}, {"reason", reason}};
    execSql(txn, "revocation_notify", "SELECT pg_notify($1, $2)", std::string(kRevocationChannel),
            payload.dump());
}

void checkPassword(const std::string& username, const std::string& password) {
    if (auto problem = checkPasswordPolicy(username, password)) {
        throw ProtocolError(ErrorCode::BadRequest, *problem, "password");
    }
}

} // namespace

AccountService::AccountService(pqxx::connection_base& connection, AccountSettings settings)
    : m_connection(connection), m_settings(settings) {}

LoginResult AccountService::login(const std::string& username, const std::string& password,
                                  const std::string& clientAddress) {
    const std::string source = sourceAddress(clientAddress);
    // Read first, verify the password with no transaction open (Argon2 takes long and must not
    // hold a row lock), then write the outcome.
    std::optional<UserRecord> record;
    bool sourceLocked = false;
    {
        pqxx::read_transaction txn(m_connection, "login_read");
        if (isValidUsername(username)) {
            record = UserRepository::findByUsername(txn, username);
        }
        sourceLocked = record && LoginFailures::isLocked(txn, record->user.id, source);
    }
    // A locked source does the same work and gets the same answer as a wrong password: nobody
    // learns that a lockout exists, when it ends, or that the name is an account.
    const bool passwordRight = record ? PasswordHasher::verify(record->passwordHash, password)
                                      : (PasswordHasher::verifyDummy(password), false);
    pqxx::work txn(m_connection, "login");
    if (!record) {
        AuditLog::append(
            txn, Actor{std::nullopt, username, clientAddress, m_settings.node},
            {"session.login_failed", "user", "", nullptr, json{{"reason", "unknown_user"}}});
        txn.commit();
        throw ProtocolError(ErrorCode::AuthFailed, kBadCredentials);
    }
    const auto current = UserRepository::findByUsernameForUpdate(txn, username);
    if (!passwordRight || sourceLocked || !current ||
        current->passwordHash != record->passwordHash) {
        recordFailedLogin(txn, *record, clientAddress,
                          sourceLocked ? "source_locked" : "wrong_password");
        txn.commit();
        throw ProtocolError(ErrorCode::AuthFailed, kBadCredentials);
    }
    return openSession(txn, *current, clientAddress);
}

void AccountService::recordFailedLogin(pqxx::transaction_base& txn, const UserRecord& record,
                                       const std::string& clientAddress,
                                       const std::string& reason) {
    const std::string source = sourceAddress(clientAddress);
    const bool nowLocked =
        reason == "wrong_password" &&
        LoginFailures::record(txn, record.user.id, source, m_settings.lockoutThreshold,
                              m_settings.lockoutDuration);
    const int failures = UserRepository::countFailedLogin(txn, record.user.id);
    AuditLog::append(txn, userActor(record.user, clientAddress, m_settings.node),
                     {"session.login_failed", "user", std::to_string(record.user.id), nullptr,
                      json{{"reason", reason}, {"source", source}, {"source_locked", nowLocked}}});
    if (failures % m_settings.failureAlertEvery == 0 && m_settings.onFailureAlert) {
        m_settings.onFailureAlert(record.user, failures);
    }
}

LoginResult AccountService::openSession(pqxx::transaction_base& txn, const UserRecord& record,
                                        const std::string& clientAddress) {
    const Actor actor = userActor(record.user, clientAddress, m_settings.node);
    const std::string userId = std::to_string(record.user.id);
    auto refuse = [&](const char* reason, ErrorCode code, const std::string& message) {
        AuditLog::append(
            txn, actor,
            {"session.login_failed", "user", userId, nullptr, json{{"reason", reason}}});
        txn.commit();
        throw ProtocolError(code, message);
    };
    if (record.user.disabled) {
        refuse("disabled", ErrorCode::AccountDisabled,
               "account is disabled; ask an administrator to enable it");
    }
    if (record.user.role == Role::Admin) {
        refuse("admin_over_network", ErrorCode::Forbidden,
               "administrator accounts work with jcc-admin on the server and cannot log in to a "
               "console; use an operator or supervisor account");
    }
    UserRepository::clearLockout(txn, record.user.id);
    LoginFailures::clear(txn, record.user.id, sourceAddress(clientAddress));
    LoginResult result;
    result.user = record.user;
    result.token = SessionToken::generate();
    result.sessionId = SessionRepository::create(txn, record.user.id,
                                                 SessionToken::hashOf(result.token), clientAddress);
    AuditLog::append(txn, actor,
                     {"session.login", "session", std::to_string(result.sessionId), nullptr,
                      json{{"user_id", record.user.id}}});
    txn.commit();
    return result;
}

bool AccountService::recordWrongPassword(pqxx::transaction_base& txn, const UserRecord& record,
                                         const Actor& actor, const std::string& failedAction) {
    const bool nowLocked = UserRepository::recordFailedLogin(
        txn, record.user.id, m_settings.lockoutThreshold, m_settings.lockoutDuration);
    AuditLog::append(txn, actor,
                     {failedAction, "user", std::to_string(record.user.id), nullptr,
                      json{{"reason", "wrong_password"}, {"locked", nowLocked}}});
    return nowLocked;
}

void AccountService::confirmPassword(const std::string& username, const std::string& password,
                                     const std::string& clientAddress, const std::string& action) {
    std::optional<UserRecord> found;
    {
        pqxx::read_transaction read(m_connection, "confirm_password_read");
        found = UserRepository::findByUsername(read, username);
    }
    // Argon2 runs with no transaction open; the outcome is written under the row lock.
    const bool passwordRight = found && PasswordHasher::verify(found->passwordHash, password);
    pqxx::work txn(m_connection, "confirm_password");
    const auto record = UserRepository::findByUsernameForUpdate(txn, username);
    if (!record) {
        throw ProtocolError(ErrorCode::Unauthorized, "your account no longer exists");
    }
    if (record->locked) {
        throw ProtocolError(ErrorCode::AccountLocked,
                            "account is locked after repeated failed password entries until " +
                                record->lockedUntil.value_or("later") +
                                "; an administrator can unlock it",
                            "password");
    }
    if (!passwordRight || record->passwordHash != found->passwordHash) {
        const Actor actor = userActor(record->user, clientAddress, m_settings.node);
        const bool nowLocked = recordWrongPassword(txn, *record, actor, action + "_failed");
        txn.commit();
        if (nowLocked) {
            throw ProtocolError(ErrorCode::AccountLocked,
                                "wrong password; the account is now locked after " +
                                    std::to_string(m_settings.lockoutThreshold) +
                                    " failed entries; an administrator can unlock it",
                                "password");
        }
        throw ProtocolError(ErrorCode::AuthFailed,
                            "wrong password: enter your own login password; nothing was done",
                            "password");
    }
    if (record->failedLogins > 0) {
        UserRepository::clearLockout(txn, record->user.id);
    }
    txn.commit();
}

ResumeResult AccountService::resume(const std::string& token, const std::string& clientAddress) {
    if (!SessionToken::isWellFormed(token)) {
        throw ProtocolError(ErrorCode::Unauthorized, "'token' is not a session token", "token");
    }
    pqxx::work txn(m_connection, "resume");
    const auto session = SessionRepository::find(
        txn, SessionToken::hashOf(token), m_settings.sessionIdleExpiry, m_settings.sessionLifetime);
    if (!session || session->revoked) {
        throw ProtocolError(ErrorCode::Unauthorized,
                            "session is unknown or was ended; log in again");
    }
    if (session->overLifetime) {
        throw ProtocolError(ErrorCode::SessionExpired,
                            "session ended " + describeDuration(m_settings.sessionLifetime) +
                                " after its login; log in again");
    }
    if (session->expired) {
        throw ProtocolError(ErrorCode::SessionExpired,
                            "session expired after " +
                                describeDuration(m_settings.sessionIdleExpiry) +
                                " without use; log in again");
    }
    const auto record = UserRepository::findById(txn, session->userId);
    if (!record || record->user.disabled) {
        throw ProtocolError(ErrorCode::AccountDisabled,
                            "account is disabled; ask an administrator to enable it");
    }
    ResumeResult result{record->user, session->id, SessionToken::generate()};
    SessionRepository::rotate(txn, session->id, SessionToken::hashOf(result.token));
    SessionRepository::touch(txn, session->id);
    AuditLog::append(txn, userActor(record->user, clientAddress, m_settings.node),
                     {"session.resume", "session", std::to_string(session->id), nullptr, nullptr});
    txn.commit();
    return result;
}

void AccountService::logout(std::int64_t sessionId, const Actor& actor) {
    pqxx::work txn(m_connection, "logout");
    SessionRepository::revoke(txn, sessionId);
    AuditLog::append(txn, actor,
                     {"session.logout", "session", std::to_string(sessionId), nullptr, nullptr});
    txn.commit();
}

void AccountService::touchSession(std::int64_t sessionId) {
    pqxx::work txn(m_connection, "touch_session");
    SessionRepository::touch(txn, sessionId);
    txn.commit();
}

User AccountService::addUser(const NewUser& user, const std::string& password, const Actor& actor) {
    if (!isValidUsername(user.username)) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "username must be 2 to 64 characters of a-z, 0-9, '.', '_' or '-', "
                            "starting with a letter",
                            "username");
    }
    if (user.fullName.empty() || user.fullName.size() > 200) {
        throw ProtocolError(ErrorCode::BadRequest, "full name must be 1 to 200 characters", "name");
    }
    checkPassword(user.username, password);
    const auto hash = PasswordHasher::hash(password); // before the transaction: Argon2 is slow
    pqxx::work txn(m_connection, "user_add");
    const auto agencyCountry = UserRepository::agencyCountry(txn, user.agency);
    if (!agencyCountry) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "unknown agency '" + user.agency +
                                "' (known: PCR, PZSR, HZS-JMK, HAZZ-TT, ZZS-JMK, ZZS-SK)",
                            "agency");
    }
    if (*agencyCountry != toString(user.country)) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "agency '" + user.agency + "' is in " + *agencyCountry + ", not " +
                                std::string(toString(user.country)),
                            "agency");
    }
    if (UserRepository::findByUsername(txn, user.username)) {
        throw ProtocolError(ErrorCode::Conflict, "user '" + user.username + "' already exists",
                            "username");
    }
    const auto id = UserRepository::insert(txn, user, hash);
    const auto created = UserRepository::findById(txn, id);
    AuditLog::append(txn, actor,
                     {"user.add", "user", std::to_string(id), nullptr, auditView(*created)});
    txn.commit();
    return created->user;
}

std::vector<AccountStatus> AccountService::listUsers() {
    pqxx::read_transaction txn(m_connection, "user_list");
    std::vector<AccountStatus> statuses;
    for (auto& record : UserRepository::list(txn)) {
        const int live =
            SessionRepository::countLive(txn, record.user.id, m_settings.sessionIdleExpiry);
        const int locked = LoginFailures::lockedSources(txn, record.user.id);
        statuses.push_back({std::move(record), live, locked});
    }
    return statuses;
}

AccountStatus AccountService::showUser(const std::string& username) {
    pqxx::read_transaction txn(m_connection, "user_show");
    auto record = UserRepository::findByUsername(txn, username);
    if (!record) {
        throw ProtocolError(ErrorCode::NotFound, "no user named '" + username + "'", "username");
    }
    const int live =
        SessionRepository::countLive(txn, record->user.id, m_settings.sessionIdleExpiry);
    const int locked = LoginFailures::lockedSources(txn, record->user.id);
    return {std::move(*record), live, locked};
}

void AccountService::setDisabled(const std::string& username, bool disabled, const Actor& actor) {
    pqxx::work txn(m_connection, "user_set_disabled");
    const auto before = requireUser(txn, username);
    UserRepository::setDisabled(txn, before.user.id, disabled);
    if (disabled) {
        SessionRepository::revokeAllForUser(txn, before.user.id);
        notifyRevocation(txn, before.user.id, "account disabled");
    }
    const auto after = UserRepository::findById(txn, before.user.id);
    AuditLog::append(txn, actor,
                     {disabled ? "user.disable" : "user.enable", "user",
                      std::to_string(before.user.id), auditView(before), auditView(*after)});
    txn.commit();
}

void AccountService::resetPassword(const std::string& username, const std::string& password,
                                   const Actor& actor) {
    checkPassword(username, password);
    const auto hash = PasswordHasher::hash(password); // before the row lock: Argon2 is slow
    pqxx::work txn(m_connection, "user_reset_password");
    const auto before = requireUser(txn, username);
    UserRepository::setPasswordHash(txn, before.user.id, hash);
    LoginFailures::clearAll(txn, before.user.id);
    SessionRepository::revokeAllForUser(txn, before.user.id);
    notifyRevocation(txn, before.user.id, "password reset");
    const auto after = UserRepository::findById(txn, before.user.id);
    AuditLog::append(txn, actor,
                     {"user.reset_password", "user", std::to_string(before.user.id),
                      auditView(before), auditView(*after)});
    txn.commit();
}

void AccountService::setRole(const std::string& username, Role role, const Actor& actor) {
    pqxx::work txn(m_connection, "user_set_role");
    const auto before = requireUser(txn, username);
    UserRepository::setRole(txn, before.user.id, role);
    // Live sessions carry the old role; end them so the user logs in with the new one.
    SessionRepository::revokeAllForUser(txn, before.user.id);
    notifyRevocation(txn, before.user.id, "role changed");
    const auto after = UserRepository::findById(txn, before.user.id);
    AuditLog::append(txn, actor,
                     {"user.set_role", "user", std::to_string(before.user.id), auditView(before),
                      auditView(*after)});
    txn.commit();
}

void AccountService::unlock(const std::string& username, const Actor& actor) {
    pqxx::work txn(m_connection, "user_unlock");
    const auto before = requireUser(txn, username);
    UserRepository::clearLockout(txn, before.user.id);
    LoginFailures::clearAll(txn, before.user.id);
    const auto after = UserRepository::findById(txn, before.user.id);
    AuditLog::append(txn, actor,
                     {"user.unlock", "user", std::to_string(before.user.id), auditView(before),
                      auditView(*after)});
    txn.commit();
}

int AccountService::revokeSessions(const std::string& username, const Actor& actor) {
    pqxx::work txn(m_connection, "user_revoke_sessions");
    const auto record = requireUser(txn, username);
    const int count = SessionRepository::revokeAllForUser(txn, record.user.id);
    notifyRevocation(txn, record.user.id, "sessions revoked");
    AuditLog::append(txn, actor,
                     {"user.revoke_sessions", "user", std::to_string(record.user.id), nullptr,
                      json{{"revoked_sessions", count}}});
    txn.commit();
    return count;
}

} // namespace jcc::store
