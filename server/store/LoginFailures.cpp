#include "server/store/LoginFailures.hpp"

#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

void LoginFailures::prepare(pqxx::connection_base& connection) {
    connection.prepare("login_failures_locked",
                       "SELECT 1 FROM login_failures WHERE user_id = $1 AND source = $2 "
                       "AND locked_until > now()");
    connection.prepare(
        "login_failures_record",
        "INSERT INTO login_failures AS f (user_id, source, failures) VALUES ($1, $2, 1) "
        "ON CONFLICT (user_id, source) DO UPDATE SET "
        "failures = CASE WHEN f.failures + 1 >= $3 THEN 0 ELSE f.failures + 1 END, "
        "locked_until = CASE WHEN f.failures + 1 >= $3 "
        "  THEN now() + make_interval(secs => $4) ELSE f.locked_until END, "
        "last_failed_at = now() "
        "RETURNING coalesce(f.locked_until > now(), $3 <= 1)");
    connection.prepare("login_failures_clear",
                       "DELETE FROM login_failures WHERE user_id = $1 AND source = $2");
    connection.prepare("login_failures_clear_all", "DELETE FROM login_failures WHERE user_id = $1");
    connection.prepare("login_failures_locked_count",
                       "SELECT count(*) FROM login_failures WHERE user_id = $1 "
                       "AND locked_until > now()");
}

bool LoginFailures::isLocked(pqxx::transaction_base& txn, std::int64_t userId,
                             const std::string& source) {
    return !exec(txn, "login_failures_locked", userId, source).empty();
}

bool LoginFailures::record(pqxx::transaction_base& txn, std::int64_t userId,
                           const std::string& source, int threshold,
                           std::chrono::seconds duration) {
    return exec1(txn, "login_failures_record", userId, source, threshold,
                 static_cast<double>(duration.count()))[0]
        .as<bool>();
}

void LoginFailures::clear(pqxx::transaction_base& txn, std::int64_t userId,
                          const std::string& source) {
    exec(txn, "login_failures_clear", userId, source);
}

void LoginFailures::clearAll(pqxx::transaction_base& txn, std::int64_t userId) {
    exec(txn, "login_failures_clear_all", userId);
}

int LoginFailures::lockedSources(pqxx::transaction_base& txn, std::int64_t userId) {
    return exec1(txn, "login_failures_locked_count", userId)[0].as<int>();
}

std::string sourceAddress(const std::string& clientAddress) {
    if (!clientAddress.empty() && clientAddress.front() == '[') {
        const auto end = clientAddress.find(']');
        return clientAddress.substr(1, end == std::string::npos ? std::string::npos : end - 1);
    }
    const auto colon = clientAddress.rfind(':');
    const bool hostAndPort =
        colon != std::string::npos && clientAddress.find(':') == colon; // one colon: IPv4:port
    return (hostAndPort ? clientAddress.substr(0, colon) : clientAddress).substr(0, 100);
}

} // namespace jcc::store
