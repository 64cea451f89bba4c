#pragma once
// jcc-admin's tasking commands: the grants that let an agency's operators task another agency's
// units directly (store::TaskingRepository).
#include "server/admin/AdminRequest.hpp"
#include "server/store/AuditLog.hpp"

#include <ostream>

namespace pqxx {
class connection_base;
}

namespace jcc::admin {

/// Prints every grant as a table or, with `json`, as {"grants": [...]}.
void listTaskingGrants(pqxx::connection_base& connection, bool json, std::ostream& out);

/// tasking grant / tasking revoke of request.agency → request.unitAgency, audited as
/// "tasking.grant" / "tasking.revoke". Throws ProtocolError (not_found) for an unknown agency and
/// (bad_request) for an agency named twice; granting twice or revoking nothing changes nothing.
void changeTaskingGrant(pqxx::connection_base& connection, const AdminRequest& request,
                        const store::Actor& actor, bool json, std::ostream& out);

} // namespace jcc::admin
