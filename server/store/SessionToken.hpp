#pragma once
// Session tokens: 256 random bits from the OS CSPRNG, given to the client once; the database
// keeps only their SHA-256.
#include <string>
#include <string_view>

namespace jcc::store {

class SessionToken {
public:
    /// A new token: 43 characters of URL-safe base64 (256 bits).
    static std::string generate();
    /// The hex SHA-256 of a token, as stored in the sessions table.
    static std::string hashOf(std::string_view token);
    /// True when `token` has the shape generate() produces.
    static bool isWellFormed(std::string_view token);
};

} // namespace jcc::store
