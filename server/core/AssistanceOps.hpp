#pragma once
// Answering assistance requests: liaison.accept sends units (creating their assignments) and
// liaison.propose offers other units (docs/protocol.md, "Assistance requests"). Declining is
// liaison.reject.
namespace jcc::server {

class OpTable;
void addAssistanceOps(OpTable& table);

} // namespace jcc::server
