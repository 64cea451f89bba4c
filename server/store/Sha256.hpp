#pragma once
// SHA-256 as lower-case hex: migration checksums, session token hashes, signed report digests.
#include <string>
#include <string_view>

namespace jcc::store {

/// 64 lower-case hex digits of the SHA-256 of `bytes`.
std::string sha256Hex(std::string_view bytes);

} // namespace jcc::store
