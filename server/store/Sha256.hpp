#pragma once
// SHA-256 through OpenSSL's EVP interface, as lower-case hex.
#include <string>
#include <string_view>

namespace jcc::store {

/// 64 lower-case hex digits of the SHA-256 of `bytes`; throws StoreError when OpenSSL fails.
std::string sha256Hex(std::string_view bytes);

} // namespace jcc::store
