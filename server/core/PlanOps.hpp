#pragma once
// Response plans on the wire: incident.needs (an incident's plan and how far it is met, for the
// console's incident detail) and plan.list (the plans, for the supervisor window)
// (docs/protocol.md, "Response plans").
namespace jcc::server {

class OpTable;
void addPlanOps(OpTable& table);

} // namespace jcc::server
