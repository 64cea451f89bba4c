#pragma once
// Rules of cross-border liaison requests beside their life cycle (StateMachine.hpp): how long the
// receiving side has to answer one.
#include <chrono>

namespace jcc {

/// Time from creation to the due time for a priority of 1 (most urgent) to 4: 15 minutes, 1 hour,
/// 4 hours, 24 hours. Throws std::out_of_range for any other priority.
std::chrono::minutes liaisonResponseTime(int priority);

} // namespace jcc
