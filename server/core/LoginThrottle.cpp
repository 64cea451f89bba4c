#include "server/core/LoginThrottle.hpp"

#include <algorithm>
#include <cstdint>

namespace jcc::server {

namespace {
constexpr std::chrono::minutes kLoginWindow{1};
} // namespace

LoginThrottle::LoginThrottle(std::size_t perMinute, std::chrono::milliseconds maxDelay)
    : m_perMinute(perMinute), m_maxDelay(maxDelay) {}

std::chrono::milliseconds LoginThrottle::delayAfter(int failures) const {
    if (failures < kFreeFailures || m_maxDelay.count() == 0) {
        return std::chrono::milliseconds(0);
    }
    const int doublings = std::min(failures - kFreeFailures, 16);
    return std::min(m_maxDelay, std::chrono::milliseconds(kFirstDelay.count() *
                                                          (std::int64_t{1} << doublings)));
}

void LoginThrottle::forgetExpired(Clock::time_point now) {
    std::erase_if(m_entries, [now](const auto& item) {
        const Entry& entry = item.second;
        return now - entry.windowStart >= kLoginWindow &&
               (entry.failures == 0 || now - entry.lastFailure >= kFailureMemory);
    });
}

LoginThrottle::Admission LoginThrottle::admit(const std::string& address, Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(address);
    if (it == m_entries.end()) {
        if (m_entries.size() >= kMaxAddresses) {
            forgetExpired(now);
        }
        if (m_entries.size() >= kMaxAddresses) {
            return {false, {}, std::chrono::duration_cast<std::chrono::seconds>(kLoginWindow)};
        }
        it = m_entries.emplace(address, Entry{now, 0, 0, now}).first;
    }
    Entry& entry = it->second;
    if (now - entry.windowStart >= kLoginWindow) {
        entry.windowStart = now;
        entry.attempts = 0;
    }
    if (entry.failures > 0 && now - entry.lastFailure >= kFailureMemory) {
        entry.failures = 0;
    }
    if (entry.attempts >= m_perMinute) {
        const auto left = kLoginWindow - (now - entry.windowStart);
        return {false, {}, std::chrono::ceil<std::chrono::seconds>(left)};
    }
    ++entry.attempts;
    return {true, delayAfter(entry.failures), {}};
}

void LoginThrottle::recordFailure(const std::string& address, Clock::time_point now) {
    std::lock_guard lock(m_mutex);
    if (const auto it = m_entries.find(address); it != m_entries.end()) {
        ++it->second.failures;
        it->second.lastFailure = now;
    }
}

void LoginThrottle::recordSuccess(const std::string& address) {
    std::lock_guard lock(m_mutex);
    if (const auto it = m_entries.find(address); it != m_entries.end()) {
        it->second.failures = 0;
    }
}

} // namespace jcc::server
