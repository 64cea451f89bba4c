#pragma once
// Cross-border liaison request ops: liaison.create, .ack, .reply, .close, .reject, .get, .list
// (see docs/protocol.md).
namespace jcc::server {

class OpTable;
void addLiaisonOps(OpTable& table);

} // namespace jcc::server
