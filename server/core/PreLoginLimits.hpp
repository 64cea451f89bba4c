#pragma once
// What a connection may do before login or resume succeeds (docs/protocol.md, "Transport"): an
// anonymous peer costs the node almost nothing.
#include <cstddef>

namespace jcc::server {

/// The largest frame before login; a larger one closes the connection with 1009.
inline constexpr std::size_t kPreLoginFrameBytes = 16 * 1024;
/// Requests that may wait on a connection before login; more are answered rate_limited.
inline constexpr std::size_t kPreLoginPending = 2;

} // namespace jcc::server
