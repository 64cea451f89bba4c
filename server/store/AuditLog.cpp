#include "server/store/AuditLog.hpp"

#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

namespace {
std::optional<std::string> jsonOrNull(const nlohmann::json& value) {
    if (value.is_null()) {
        return std::nullopt;
    }
    return value.dump();
}
} // namespace

void AuditLog::prepare(pqxx::connection_base& connection) {
    connection.prepare(
        "audit_append",
        "INSERT INTO audit (actor_user_id, actor, source, action, entity, entity_id, "
        "before, after, node) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9)");
}

void AuditLog::append(pqxx::transaction_base& txn, const Actor& actor, const AuditRecord& record) {
    std::optional<std::string> entityId;
    if (!record.entityId.empty()) {
        entityId = record.entityId;
    }
    exec(txn, "audit_append", actor.userId, actor.name, actor.source, record.action, record.entity,
         entityId, jsonOrNull(record.before), jsonOrNull(record.after),
         actor.node.empty() ? std::nullopt : std::optional<std::string>(actor.node));
}

} // namespace jcc::store
