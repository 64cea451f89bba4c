#pragma once
// Who runs jcc-admin, for the audit trail: the operating-system login and the host.
#include "server/store/AuditLog.hpp"

namespace jcc::admin {

/// Actor{nullopt, "os:<login of the effective user>", "jcc-admin@<hostname>"}.
store::Actor osActor();

} // namespace jcc::admin
