#pragma once
// The sessions table: login sessions known by the hash of their token, with idle expiry and an
// absolute lifetime. The token is replaced on every resume (rotate); the token it replaced still
// finds the session for kRotationGrace.
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

struct SessionRecord {
    std::int64_t id = 0;
    std::int64_t userId = 0;
    bool revoked = false;
    bool expired = false;      ///< idle for longer than the expiry given to find()
    bool overLifetime = false; ///< logged in longer ago than the lifetime given to find()
};

/// How long the token a resume replaced still resumes the session (its reply may have been lost).
inline constexpr std::chrono::seconds kRotationGrace{60};

class SessionRepository {
public:
    static void prepare(pqxx::connection_base& connection);

    static std::int64_t create(pqxx::transaction_base& txn, std::int64_t userId,
                               const std::string& tokenHash, const std::string& clientAddress);
    /// The session of a current token, or of the token it replaced within kRotationGrace.
    static std::optional<SessionRecord> find(pqxx::transaction_base& txn,
                                             const std::string& tokenHash,
                                             std::chrono::seconds idleExpiry,
                                             std::chrono::seconds lifetime);
    /// Gives the session a new token; the current one becomes the previous one.
    static void rotate(pqxx::transaction_base& txn, std::int64_t sessionId,
                       const std::string& newTokenHash);
    static void touch(pqxx::transaction_base& txn, std::int64_t sessionId);
    static void revoke(pqxx::transaction_base& txn, std::int64_t sessionId);
    /// Revokes every live session of the user; returns how many there were.
    static int revokeAllForUser(pqxx::transaction_base& txn, std::int64_t userId);
    /// Marks all the given sessions as used now.
    static void touchAll(pqxx::transaction_base& txn, const std::vector<std::int64_t>& sessionIds);
    /// Those of the given sessions that were revoked, whose user was disabled, or that passed
    /// `lifetime`.
    static std::vector<std::int64_t> findEnded(pqxx::transaction_base& txn,
                                               const std::vector<std::int64_t>& sessionIds,
                                               std::chrono::seconds lifetime);
    static int countLive(pqxx::transaction_base& txn, std::int64_t userId,
                         std::chrono::seconds idleExpiry);
};

} // namespace jcc::store
