#pragma once
// The gazetteer op place.search (see docs/protocol.md).
namespace jcc::server {

class OpTable;
void addPlaceOps(OpTable& table);

} // namespace jcc::server
