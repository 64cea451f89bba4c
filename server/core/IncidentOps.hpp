#pragma once
// Incident ops: incident.create, incident.get (more join them as the dispatch core grows).
namespace jcc::server {

class OpTable;
void addIncidentOps(OpTable& table);

} // namespace jcc::server
