#include "server/core/ConnectionLimits.hpp"

namespace jcc::server {

ConnectionLimits::ConnectionLimits(std::size_t total, std::size_t perAddress)
    : m_total(total), m_perAddress(perAddress) {}

ConnectionLimits::Admission ConnectionLimits::tryOpen(const std::string& address) {
    {
        std::lock_guard lock(m_mutex);
        if (m_open >= m_total) {
            return {nullptr, Refusal::NodeFull};
        }
        auto& fromAddress = m_byAddress[address];
        if (m_perAddress > 0 && fromAddress >= m_perAddress) {
            return {nullptr, Refusal::AddressFull};
        }
        ++fromAddress;
        ++m_open;
    }
    // The deleter gives the place back; it deletes nothing.
    return {std::shared_ptr<void>(static_cast<void*>(this),
                                  [this, address](void*) { release(address); }),
            Refusal::None};
}

std::size_t ConnectionLimits::open() const {
    std::lock_guard lock(m_mutex);
    return m_open;
}

void ConnectionLimits::release(const std::string& address) {
    std::lock_guard lock(m_mutex);
    --m_open;
    if (const auto it = m_byAddress.find(address); it != m_byAddress.end() && --it->second == 0) {
        m_byAddress.erase(it);
    }
}

} // namespace jcc::server
