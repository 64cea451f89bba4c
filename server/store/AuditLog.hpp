#pragma once
// The append-only audit trail: who did what to which record, when, from where, before and after.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

/// Who acts: a logged-in user, or an operating-system user running jcc-admin.
struct Actor {
    std::optional<std::int64_t> userId;
    std::string name;   ///< username, or "os:<login>" for jcc-admin
    std::string source; ///< client address, or "jcc-admin@<host>"
    std::string node{}; ///< the jcc-server node that carried out the action; empty for jcc-admin
};

struct AuditRecord {
    std::string action; ///< e.g. "user.disable", "session.login"
    std::string entity; ///< e.g. "user"
    std::string entityId;
    nlohmann::json before; ///< null when nothing existed
    nlohmann::json after;  ///< null when nothing remains
};

class AuditLog {
public:
    static void prepare(pqxx::connection_base& connection);
    /// Appends a record inside the caller's transaction, so it commits with the change.
    static void append(pqxx::transaction_base& txn, const Actor& actor, const AuditRecord& record);
};

} // namespace jcc::store
