#pragma once
// Handing the responsibility for an incident to the other side of the centre:
// incident.transfer_offer by the responsible side, incident.transfer_accept or
// incident.transfer_decline by the side it is offered to (or the offering side withdrawing it)
// (docs/decisions/0005-responsibility-for-an-incident.md).
namespace jcc::server {

class OpTable;
void addTransferOps(OpTable& table);

} // namespace jcc::server
