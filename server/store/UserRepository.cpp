#include "server/store/UserRepository.hpp"

#include "server/store/Statement.hpp"
#include "server/store/StoreError.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

namespace {

constexpr const char* kColumns =
    "id, username, full_name, role, agency, country, language, password_hash, disabled, "
    "failed_logins, to_char(locked_until AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
    "AS locked_until, coalesce(locked_until > now(), false) AS locked, "
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS created_at, "
    "version";

UserRecord toRecord(const pqxx::row& row) {
    UserRecord record;
    record.user.id = row["id"].as<std::int64_t>();
    record.user.username = row["username"].as<std::string>();
    record.user.fullName = row["full_name"].as<std::string>();
    record.user.role = roleFromString(row["role"].as<std::string>()).value_or(Role::Operator);
    record.user.agency = row["agency"].as<std::string>();
    record.user.country = countryFromString(row["country"].as<std::string>()).value_or(Country::CZ);
    record.user.language =
        languageFromString(row["language"].as<std::string>()).value_or(Language::Cs);
    record.user.disabled = row["disabled"].as<bool>();
    record.passwordHash = row["password_hash"].as<std::string>();
    record.failedLogins = row["failed_logins"].as<int>();
    if (!row["locked_until"].is_null()) {
        record.lockedUntil = row["locked_until"].as<std::string>();
    }
    record.locked = row["locked"].as<bool>();
    record.createdAt = row["created_at"].as<std::string>();
    record.version = row["version"].as<int>();
    return record;
}

std::optional<UserRecord> recordOf(const std::optional<pqxx::row>& row) {
    return row ? std::optional(toRecord(*row)) : std::nullopt;
}

} // namespace

void UserRepository::prepare(pqxx::connection_base& connection) {
    const std::string columns = kColumns;
    connection.prepare("user_by_username", "SELECT " + columns + " FROM users WHERE username = $1");
    connection.prepare("user_by_username_for_update",
                       "SELECT " + columns + " FROM users WHERE username = $1 FOR UPDATE");
    connection.prepare("user_by_id", "SELECT " + columns + " FROM users WHERE id = $1");
    connection.prepare("user_list", "SELECT " + columns + " FROM users ORDER BY username");
    connection.prepare("agency_country", "SELECT country FROM agencies WHERE code = $1");
    connection.prepare("user_insert",
                       "INSERT INTO users (username, full_name, role, agency, country, language, "
                       "password_hash) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id");
    connection.prepare("user_set_disabled",
                       "UPDATE users SET disabled = $2, updated_at = now(), version = version + 1 "
                       "WHERE id = $1");
    connection.prepare("user_set_password_hash",
                       "UPDATE users SET password_hash = $2, failed_logins = 0, "
                       "locked_until = NULL, updated_at = now(), version = version + 1 "
                       "WHERE id = $1");
    connection.prepare("user_set_role",
                       "UPDATE users SET role = $2, updated_at = now(), version = version + 1 "
                       "WHERE id = $1");
    connection.prepare("user_clear_lockout",
                       "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1");
    connection.prepare("user_count_failed_login",
                       "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 "
                       "RETURNING failed_logins");
    connection.prepare(
        "user_record_failed_login",
        "UPDATE users SET "
        "failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END, "
        "locked_until = CASE WHEN failed_logins + 1 >= $2 "
        "  THEN now() + make_interval(secs => $3) ELSE locked_until END "
        "WHERE id = $1 RETURNING locked_until > now() AS locked");
}

int UserRepository::countFailedLogin(pqxx::transaction_base& txn, std::int64_t id) {
    return exec1(txn, "user_count_failed_login", id)[0].as<int>();
}

std::optional<UserRecord> UserRepository::findByUsername(pqxx::transaction_base& txn,
                                                         const std::string& username) {
    return recordOf(execOptional(txn, "user_by_username", username));
}

std::optional<UserRecord> UserRepository::findByUsernameForUpdate(pqxx::transaction_base& txn,
                                                                  const std::string& username) {
    return recordOf(execOptional(txn, "user_by_username_for_update", username));
}

std::optional<UserRecord> UserRepository::findById(pqxx::transaction_base& txn, std::int64_t id) {
    return recordOf(execOptional(txn, "user_by_id", id));
}

std::vector<UserRecord> UserRepository::list(pqxx::transaction_base& txn) {
    std::vector<UserRecord> records;
    for (const auto& row : exec(txn, "user_list")) {
        records.push_back(toRecord(row));
    }
    return records;
}

std::optional<std::string> UserRepository::agencyCountry(pqxx::transaction_base& txn,
                                                         const std::string& code) {
    const auto row = execOptional(txn, "agency_country", code);
    return row ? std::optional((*row)[0].as<std::string>()) : std::nullopt;
}

std::int64_t UserRepository::insert(pqxx::transaction_base& txn, const NewUser& user,
                                    const std::string& passwordHash) {
    const auto row =
        exec1(txn, "user_insert", user.username, user.fullName, std::string(toString(user.role)),
              user.agency, std::string(toString(user.country)),
              std::string(toString(user.language)), passwordHash);
    return row[0].as<std::int64_t>();
}

void UserRepository::setDisabled(pqxx::transaction_base& txn, std::int64_t id, bool disabled) {
    exec(txn, "user_set_disabled", id, disabled);
}

void UserRepository::setPasswordHash(pqxx::transaction_base& txn, std::int64_t id,
                                     const std::string& passwordHash) {
    exec(txn, "user_set_password_hash", id, passwordHash);
}

void UserRepository::setRole(pqxx::transaction_base& txn, std::int64_t id, Role role) {
    exec(txn, "user_set_role", id, std::string(toString(role)));
}

void UserRepository::clearLockout(pqxx::transaction_base& txn, std::int64_t id) {
    exec(txn, "user_clear_lockout", id);
}

bool UserRepository::recordFailedLogin(pqxx::transaction_base& txn, std::int64_t id, int threshold,
                                       std::chrono::seconds lockout) {
    const auto row =
        exec1(txn, "user_record_failed_login", id, threshold, static_cast<double>(lockout.count()));
    return !row["locked"].is_null() && row["locked"].as<bool>();
}

} // namespace jcc::store
