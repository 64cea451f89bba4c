#pragma once
// The audit trail as JSON lines for archiving and inspection; the export is itself audited.
#include "server/store/AuditLog.hpp"

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>

namespace pqxx {
class connection_base;
}

namespace jcc::admin {

/// Writes every audit record with `since` <= at < `until` (ISO 8601; UTC without an offset) to
/// `out`, oldest first, one JSON object per line with id, at, actor, source, action, entity,
/// entity_id, before and after. Then appends an "audit.export" record for `actor`.
/// Returns the number of records written.
std::size_t exportAudit(pqxx::connection_base& connection, const std::optional<std::string>& since,
                        const std::optional<std::string>& until, const store::Actor& actor,
                        std::ostream& out);

} // namespace jcc::admin
