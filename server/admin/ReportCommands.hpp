#pragma once
// jcc-admin's report commands: the list of shift handover reports and the export of one.
#include "server/admin/AdminRequest.hpp"
#include "server/store/AuditLog.hpp"

#include <ostream>

namespace pqxx {
class connection_base;
}

namespace jcc::admin {

/// Prints the reports of request.from..request.to as a table or, with `json`, as
/// {"reports": [...], "total": N} (handover_json, docs/protocol.md).
void listReports(pqxx::connection_base& connection, const AdminRequest& request, bool json,
                 std::ostream& out);

/// Writes the report of request.shiftId in request.reportFormat and records "report.export" in
/// the audit trail. Throws ProtocolError (field "shift") for a shift that has not started.
void exportReport(pqxx::connection_base& connection, const AdminRequest& request,
                  const store::Actor& actor, std::ostream& out);

} // namespace jcc::admin
