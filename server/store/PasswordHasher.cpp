#include "server/store/PasswordHasher.hpp"

#include "server/store/StoreError.hpp"

#include <sodium.h>

namespace jcc::store {

namespace {

constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = 19u * 1024u * 1024u;

void ensureSodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw StoreError("libsodium failed to initialise");
    }
}

} // namespace

std::string PasswordHasher::hash(std::string_view password) {
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw StoreError("Argon2id hashing failed: out of memory");
    }
    return out;
}

bool PasswordHasher::verify(const std::string& encodedHash, std::string_view password) {
    ensureSodium();
    return crypto_pwhash_str_verify(encodedHash.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::verifyDummy(std::string_view password) {
    static const std::string dummy = hash("jcc-dummy-password-for-timing");
    verify(dummy, password);
}

} // namespace jcc::store
