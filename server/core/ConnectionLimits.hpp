#pragma once
// How many connections a node holds, in all and from each client address (--max-connections,
// --max-connections-per-address). A connection holds its slot for its whole life; the slot gives
// its place back when the last copy of it goes.
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace jcc::server {

class ConnectionLimits {
public:
    /// `perAddress` 0: no cap of its own.
    ConnectionLimits(std::size_t total, std::size_t perAddress);

    enum class Refusal { None, NodeFull, AddressFull };
    struct Admission {
        std::shared_ptr<void> slot; ///< null when refused
        Refusal refusal = Refusal::None;
    };
    /// A slot for one more connection from `address` (an IP address without port), or the
    /// reason there is none. Must outlive every slot it gave.
    Admission tryOpen(const std::string& address);
    /// Connections holding a slot now.
    std::size_t open() const;

private:
    void release(const std::string& address);

    const std::size_t m_total;
    const std::size_t m_perAddress;
    mutable std::mutex m_mutex;
    std::size_t m_open = 0;
    std::unordered_map<std::string, std::size_t> m_byAddress; ///< only addresses with slots
};

} // namespace jcc::server
