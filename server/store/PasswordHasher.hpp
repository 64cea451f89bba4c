#pragma once
// Argon2id password hashing through libsodium (m = 19 MiB, t = 2, as OWASP recommends).
#include <string>
#include <string_view>

namespace jcc::store {

class PasswordHasher {
public:
    /// Encoded Argon2id hash ("$argon2id$v=19$m=19456,t=2,p=1$...").
    static std::string hash(std::string_view password);
    /// True when `password` matches `encodedHash`; false for a mismatch or a malformed hash.
    static bool verify(const std::string& encodedHash, std::string_view password);
    /// Spends the time of one verification without a real account, so an unknown username
    /// takes as long as a wrong password.
    static void verifyDummy(std::string_view password);
};

} // namespace jcc::store
