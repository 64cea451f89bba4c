#pragma once
// Assignment ops: assignment.create and assignment.set_status (docs/protocol.md).
namespace jcc::server {

class OpTable;
void addAssignmentOps(OpTable& table);

} // namespace jcc::server
