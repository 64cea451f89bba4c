#pragma once
// subscribe: a snapshot of the open work, or the events missed since a seq (docs/design.md,
// decision 4); live events follow.
namespace jcc::server {

class OpTable;
void addSubscribeOps(OpTable& table);

} // namespace jcc::server
