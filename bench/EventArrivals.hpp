#pragma once
// Which console received which event when. A command's event is found by the change its reply
// names (incidentKey, unitKey), so the time from a command's send to its event at every console
// is known.
#include "bench/BenchNet.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace jcc::bench {

/// How long the events of the last commands may take to reach every console.
inline constexpr auto kDeliveryWait = std::chrono::seconds(15);

/// What identifies one change of an incident: assignment steps keep the incident's version, so
/// the status and the latest assignment step belong to it too.
std::string incidentKey(const nlohmann::json& incident);
/// Every change of a unit bumps its version.
std::string unitKey(const nlohmann::json& unit);

/// When each console received each event: the seq is read from the frame's text; the first
/// copy of an event is parsed once to learn which change it carries.
class EventArrivals {
public:
    void record(std::string_view text, Clock::time_point at);
    /// Arrival times of the event that carries `key`; nullptr when it never arrived.
    const std::vector<Clock::time_point>* arrivals(const std::string& key) const;
    /// How many of the `copies` expected arrivals of each key's event are missing, in total.
    std::size_t missing(const std::vector<std::string>& keys, std::size_t copies) const;

private:
    std::unordered_map<std::int64_t, std::vector<Clock::time_point>> m_bySeq;
    std::unordered_map<std::string, std::int64_t> m_seqByKey;
};

/// Waits until each key's event has arrived `copies` times, or kDeliveryWait has passed.
net::awaitable<void> waitForArrivals(const EventArrivals& arrivals,
                                     const std::vector<std::string>& keys, std::size_t copies);

} // namespace jcc::bench
