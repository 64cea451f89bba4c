#pragma once
// The look every list in the console shares: whole rows selected, read-only, one line per row at
// a compact height, no row numbers, the last column filling the width.
class QTableView;

namespace jcc::console {

/// Applies that look to `view` (single selection; callers may widen it afterwards).
void makeDenseTable(QTableView& view);

} // namespace jcc::console
