#pragma once
// Durations in messages people read: "12 hours", "15 minutes", "1 minute 30 seconds".
#include <chrono>
#include <string>

namespace jcc {

std::string describeDuration(std::chrono::seconds duration);

} // namespace jcc
