#pragma once
// Shift handover ops: handover.note, .generate, .remarks, .sign, .acknowledge, .get, .list
// (see docs/protocol.md).
namespace jcc::server {

class OpTable;
void addHandoverOps(OpTable& table);

} // namespace jcc::server
