#pragma once
// Ops of the connection and its login: hello, ping, login, resume, logout.
namespace jcc::server {

class OpTable;
void addAccountOps(OpTable& table);

} // namespace jcc::server
