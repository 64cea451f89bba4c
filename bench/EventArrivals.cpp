#include "bench/EventArrivals.hpp"

#include <algorithm>
#include <charconv>

namespace jcc::bench {

using nlohmann::json;

std::string incidentKey(const json& incident) {
    std::string lastStep = "-";
    if (const auto it = incident.find("assignments");
        it != incident.end() && it->is_array() && !it->empty()) {
        lastStep = it->back().value("status", "?");
    }
    return "I:" + std::to_string(incident.at("id").get<std::int64_t>()) + ":" +
           std::to_string(incident.at("version").get<std::int64_t>()) + ":" +
           incident.value("status", "?") + ":" + lastStep;
}

std::string unitKey(const json& unit) {
    return "U:" + std::to_string(unit.at("id").get<std::int64_t>()) + ":" +
           std::to_string(unit.at("version").get<std::int64_t>());
}

void EventArrivals::record(std::string_view text, Clock::time_point at) {
    std::int64_t seq = -1;
    static constexpr std::string_view kSeq = R"("seq":)";
    if (const auto pos = text.find(kSeq); pos != std::string_view::npos) {
        const char* begin = text.data() + pos + kSeq.size();
        std::from_chars(begin, text.data() + text.size(), seq);
    }
    auto [it, first] = m_bySeq.try_emplace(seq);
    if (first) {
        const auto push = json::parse(text);
        const auto event = push.at("event").get<std::string>();
        const auto& data = push.at("data");
        if (event == "incident.created" || event == "incident.updated") {
            m_seqByKey.emplace(incidentKey(data), seq);
        } else if (event.starts_with("unit.")) {
            m_seqByKey.emplace(unitKey(data), seq);
        }
    }
    it->second.push_back(at);
}

const std::vector<Clock::time_point>* EventArrivals::arrivals(const std::string& key) const {
    const auto seq = m_seqByKey.find(key);
    return seq == m_seqByKey.end() ? nullptr : &m_bySeq.at(seq->second);
}

std::size_t EventArrivals::missing(const std::vector<std::string>& keys, std::size_t copies) const {
    std::size_t total = 0;
    for (const auto& key : keys) {
        const auto* at = arrivals(key);
        total += copies - std::min(at == nullptr ? 0 : at->size(), copies);
    }
    return total;
}

net::awaitable<void> waitForArrivals(const EventArrivals& arrivals,
                                     const std::vector<std::string>& keys, std::size_t copies) {
    const auto deadline = Clock::now() + kDeliveryWait;
    while (copies > 0 && arrivals.missing(keys, copies) > 0 && Clock::now() < deadline) {
        co_await sleepFor(std::chrono::milliseconds(50));
    }
}

} // namespace jcc::bench
