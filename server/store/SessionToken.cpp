#include "server/store/SessionToken.hpp"

#include "server/store/Sha256.hpp"
#include "server/store/StoreError.hpp"

#include <array>
#include <sodium.h>

namespace jcc::store {

namespace {
constexpr std::size_t kTokenBytes = 32;
constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
} // namespace

std::string SessionToken::generate() {
    if (sodium_init() < 0) {
        throw StoreError("libsodium failed to initialise");
    }
    std::array<unsigned char, kTokenBytes> raw{};
    randombytes_buf(raw.data(), raw.size());
    std::array<char, sodium_base64_ENCODED_LEN(kTokenBytes, kVariant)> text{};
    sodium_bin2base64(text.data(), text.size(), raw.data(), raw.size(), kVariant);
    sodium_memzero(raw.data(), raw.size());
    return text.data();
}

std::string SessionToken::hashOf(std::string_view token) {
    return sha256Hex(token);
}

bool SessionToken::isWellFormed(std::string_view token) {
    if (token.size() != sodium_base64_ENCODED_LEN(kTokenBytes, kVariant) - 1) {
        return false;
    }
    for (char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace jcc::store
