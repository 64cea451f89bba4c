#include "server/core/TokenBucket.hpp"
#include "server/store/PasswordHasher.hpp"
#include "server/store/SessionToken.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace jcc;

TEST_CASE("session tokens are 256 random bits, URL-safe, stored as SHA-256") {
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const auto token = store::SessionToken::generate();
        CHECK(token.size() == 43);
        CHECK(store::SessionToken::isWellFormed(token));
        seen.insert(token);
    }
    CHECK(seen.size() == 1000);
    const auto token = *seen.begin();
    const auto hash = store::SessionToken::hashOf(token);
    CHECK(hash.size() == 64);
    CHECK(hash == store::SessionToken::hashOf(token));
    CHECK(hash.find(token) == std::string::npos);
    CHECK(store::SessionToken::hashOf("abc") ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK_FALSE(store::SessionToken::isWellFormed("short"));
    CHECK_FALSE(store::SessionToken::isWellFormed(std::string(43, '*')));
}

TEST_CASE("passwords are hashed with Argon2id, m = 19 MiB, t = 2") {
    const auto hash = store::PasswordHasher::hash("Kůň-skáče-přes-plot");
    CHECK(hash.starts_with("$argon2id$v=19$m=19456,t=2,"));
    CHECK(store::PasswordHasher::verify(hash, "Kůň-skáče-přes-plot"));
    CHECK_FALSE(store::PasswordHasher::verify(hash, "Kůň-skáče-přes-plot!"));
    CHECK_FALSE(store::PasswordHasher::verify("not a hash", "x"));
    CHECK(store::PasswordHasher::hash("same") != store::PasswordHasher::hash("same")); // salted
}

TEST_CASE("the token bucket allows a burst, then the sustained rate") {
    using Clock = server::TokenBucket::Clock;
    const auto start = Clock::now();
    server::TokenBucket bucket(2.0, 3.0, start);
    CHECK(bucket.take(start));
    CHECK(bucket.take(start));
    CHECK(bucket.take(start));
    CHECK_FALSE(bucket.take(start));
    CHECK(bucket.take(start + std::chrono::milliseconds(500)));
    CHECK_FALSE(bucket.take(start + std::chrono::milliseconds(500)));
    CHECK(bucket.take(start + std::chrono::seconds(10)));
}
