#pragma once
// Failed logins per account and source address (db/migrations/0005_bounded_work.sql): enough of
// them lock that source out of that account for a while; the account stays open to everyone
// else.
#include <chrono>
#include <cstdint>
#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

class LoginFailures {
public:
    static void prepare(pqxx::connection_base& connection);

    /// Whether `source` is locked out of the account now.
    static bool isLocked(pqxx::transaction_base& txn, std::int64_t userId,
                         const std::string& source);
    /// Counts a failure from `source`; at `threshold` failures the source is locked out for
    /// `duration` and its count starts again. Returns whether it is locked now.
    static bool record(pqxx::transaction_base& txn, std::int64_t userId, const std::string& source,
                       int threshold, std::chrono::seconds duration);
    /// Forgets the failures of `source` (a successful login from it).
    static void clear(pqxx::transaction_base& txn, std::int64_t userId, const std::string& source);
    /// Forgets every source's failures and lockouts (an administrator's unlock).
    static void clearAll(pqxx::transaction_base& txn, std::int64_t userId);
    /// How many sources are locked out of the account now.
    static int lockedSources(pqxx::transaction_base& txn, std::int64_t userId);
};

/// The address part of a client address ("192.0.2.7:51234" -> "192.0.2.7",
/// "[2001:db8::1]:443" -> "2001:db8::1"): failures count per address, not per connection.
std::string sourceAddress(const std::string& clientAddress);

} // namespace jcc::store
