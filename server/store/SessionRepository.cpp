#include "server/store/SessionRepository.hpp"

#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

namespace {
// A bigint[] literal for an array parameter.
std::string arrayLiteral(const std::vector<std::int64_t>& ids) {
    std::string text = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        text += (i > 0 ? "," : "") + std::to_string(ids[i]);
    }
    return text + "}";
}
} // namespace

void SessionRepository::prepare(pqxx::connection_base& connection) {
    connection.prepare("session_touch_all",
                       "UPDATE sessions SET last_used_at = now() WHERE id = ANY($1::bigint[])");
    connection.prepare("session_find_ended",
                       "SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id "
                       "WHERE s.id = ANY($1::bigint[]) AND (s.revoked_at IS NOT NULL OR u.disabled "
                       "OR s.created_at < now() - make_interval(secs => $2))");
    connection.prepare("session_create",
                       "INSERT INTO sessions (user_id, token_hash, client_address) "
                       "VALUES ($1, $2, $3) RETURNING id");
    connection.prepare("session_find",
                       "SELECT id, user_id, revoked_at IS NOT NULL AS revoked, "
                       "last_used_at < now() - make_interval(secs => $2) AS expired, "
                       "created_at < now() - make_interval(secs => $3) AS over_lifetime "
                       "FROM sessions WHERE token_hash = $1 "
                       "OR (previous_token_hash = $1 AND rotated_at >= now() - "
                       "make_interval(secs => $4)) LIMIT 1");
    connection.prepare("session_rotate",
                       "UPDATE sessions SET previous_token_hash = token_hash, token_hash = $2, "
                       "rotated_at = now() WHERE id = $1");
    connection.prepare("session_touch", "UPDATE sessions SET last_used_at = now() WHERE id = $1");
    connection.prepare("session_revoke", "UPDATE sessions SET revoked_at = now() "
                                         "WHERE id = $1 AND revoked_at IS NULL");
    connection.prepare("session_revoke_user", "UPDATE sessions SET revoked_at = now() "
                                              "WHERE user_id = $1 AND revoked_at IS NULL");
    connection.prepare("session_count_live",
                       "SELECT count(*) FROM sessions WHERE user_id = $1 AND revoked_at IS NULL "
                       "AND last_used_at >= now() - make_interval(secs => $2)");
}

std::int64_t SessionRepository::create(pqxx::transaction_base& txn, std::int64_t userId,
                                       const std::string& tokenHash,
                                       const std::string& clientAddress) {
    return exec1(txn, "session_create", userId, tokenHash, clientAddress)[0].as<std::int64_t>();
}

std::optional<SessionRecord> SessionRepository::find(pqxx::transaction_base& txn,
                                                     const std::string& tokenHash,
                                                     std::chrono::seconds idleExpiry,
                                                     std::chrono::seconds lifetime) {
    const auto found = execOptional(
        txn, "session_find", tokenHash, static_cast<double>(idleExpiry.count()),
        static_cast<double>(lifetime.count()), static_cast<double>(kRotationGrace.count()));
    if (!found) {
        return std::nullopt;
    }
    const auto& row = *found;
    return SessionRecord{row["id"].as<std::int64_t>(), row["user_id"].as<std::int64_t>(),
                         row["revoked"].as<bool>(), row["expired"].as<bool>(),
                         row["over_lifetime"].as<bool>()};
}

void SessionRepository::rotate(pqxx::transaction_base& txn, std::int64_t sessionId,
                               const std::string& newTokenHash) {
    exec(txn, "session_rotate", sessionId, newTokenHash);
}

void SessionRepository::touch(pqxx::transaction_base& txn, std::int64_t sessionId) {
    exec(txn, "session_touch", sessionId);
}

void SessionRepository::revoke(pqxx::transaction_base& txn, std::int64_t sessionId) {
    exec(txn, "session_revoke", sessionId);
}

int SessionRepository::revokeAllForUser(pqxx::transaction_base& txn, std::int64_t userId) {
    return static_cast<int>(exec(txn, "session_revoke_user", userId).affected_rows());
}

void SessionRepository::touchAll(pqxx::transaction_base& txn,
                                 const std::vector<std::int64_t>& sessionIds) {
    exec(txn, "session_touch_all", arrayLiteral(sessionIds));
}

std::vector<std::int64_t> SessionRepository::findEnded(pqxx::transaction_base& txn,
                                                       const std::vector<std::int64_t>& sessionIds,
                                                       std::chrono::seconds lifetime) {
    std::vector<std::int64_t> ended;
    for (const auto& row : exec(txn, "session_find_ended", arrayLiteral(sessionIds),
                                static_cast<double>(lifetime.count()))) {
        ended.push_back(row[0].as<std::int64_t>());
    }
    return ended;
}

int SessionRepository::countLive(pqxx::transaction_base& txn, std::int64_t userId,
                                 std::chrono::seconds idleExpiry) {
    return exec1(txn, "session_count_live", userId, static_cast<double>(idleExpiry.count()))[0]
        .as<int>();
}

} // namespace jcc::store
