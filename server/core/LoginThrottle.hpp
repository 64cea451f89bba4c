#pragma once
// Password logins per client address (--logins-per-address a minute), and a wait before each
// login from an address whose recent logins failed: none for the first kFreeFailures failures,
// then kFirstDelay, doubling up to --login-delay-max. Resumes are not counted. Thread-safe.
//
// This slows guessing from one address on every account; LoginFailures (server/store) locks one
// address out of one account, and AccountService alerts on an account's failures from anywhere.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace jcc::server {

class LoginThrottle {
public:
    using Clock = std::chrono::steady_clock;

    static constexpr int kFreeFailures = 3;
    static constexpr std::chrono::milliseconds kFirstDelay{250};
    /// Failures are forgotten after this long without another one, or on a successful login.
    static constexpr std::chrono::minutes kFailureMemory{15};
    /// Addresses tracked at once; a login from yet another address is refused until older
    /// entries expire (only a flood from thousands of addresses reaches it).
    static constexpr std::size_t kMaxAddresses = 65536;

    LoginThrottle(std::size_t perMinute, std::chrono::milliseconds maxDelay);

    struct Admission {
        bool allowed = false;
        std::chrono::milliseconds delay{0}; ///< wait this long, then check the password
        std::chrono::seconds retryAfter{0}; ///< when refused: until the minute is over
    };
    /// Counts a login attempt from `address` (an IP address without port).
    Admission admit(const std::string& address, Clock::time_point now = Clock::now());
    void recordFailure(const std::string& address, Clock::time_point now = Clock::now());
    void recordSuccess(const std::string& address);

    std::size_t perMinute() const { return m_perMinute; }

private:
    struct Entry {
        Clock::time_point windowStart;
        std::size_t attempts = 0;
        int failures = 0;
        Clock::time_point lastFailure;
    };
    std::chrono::milliseconds delayAfter(int failures) const;
    void forgetExpired(Clock::time_point now);

    const std::size_t m_perMinute;
    const std::chrono::milliseconds m_maxDelay;
    std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace jcc::server
