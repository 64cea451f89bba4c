#pragma once
// Request rate limiting per connection: `rate` tokens per second, at most `burst` saved up.
#include <algorithm>
#include <chrono>

namespace jcc::server {

class TokenBucket {
public:
    using Clock = std::chrono::steady_clock;

    TokenBucket(double rate, double burst, Clock::time_point now = Clock::now())
        : m_rate(rate), m_burst(burst), m_tokens(burst), m_last(now) {}

    /// Takes one token; false when none is left (the request is refused).
    bool take(Clock::time_point now = Clock::now()) {
        const double elapsed = std::chrono::duration<double>(now - m_last).count();
        m_last = now;
        m_tokens = std::min(m_burst, m_tokens + elapsed * m_rate);
        if (m_tokens < 1.0) {
            return false;
        }
        m_tokens -= 1.0;
        return true;
    }

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    Clock::time_point m_last;
};

} // namespace jcc::server
