#pragma once
// jcc-admin's plan commands: the response plans that unit.recommend fills
// (store::PlanRepository).
#include "server/admin/AdminRequest.hpp"
#include "server/store/AuditLog.hpp"

#include <ostream>

namespace pqxx {
class connection_base;
}

namespace jcc::admin {

/// Prints the plans (of request.incidentType when given) as a table or, with `json`, as
/// {"plans": [...]}.
void listPlans(pqxx::connection_base& connection, const AdminRequest& request, bool json,
               std::ostream& out);

/// plan set: one line, audited as "plan.set". Throws ProtocolError (not_found) for an unknown
/// incident or unit type.
void setPlanLine(pqxx::connection_base& connection, const AdminRequest& request,
                 const store::Actor& actor, bool json, std::ostream& out);

/// plan reset: the defaults back, audited as "plan.reset".
void resetPlans(pqxx::connection_base& connection, const AdminRequest& request,
                const store::Actor& actor, bool json, std::ostream& out);

} // namespace jcc::admin
