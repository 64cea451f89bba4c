#pragma once
// Statistics ops: stats.exchange (see docs/protocol.md).
namespace jcc::server {

class OpTable;
void addStatsOps(OpTable& table);

} // namespace jcc::server
