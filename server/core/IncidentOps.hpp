#pragma once
// Incident ops: incident.create, get, update, note, close, cancel, list and caller
// (docs/protocol.md).
namespace jcc::server {

class OpTable;
void addIncidentOps(OpTable& table);

} // namespace jcc::server
