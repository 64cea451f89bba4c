#include "server/core/Recommendation.hpp"

#include "server/core/RoadRoute.hpp"
#include "server/core/UnitOps.hpp"
#include "server/store/PlanRepository.hpp"
#include "server/store/TaskingRepository.hpp"
#include "server/store/UnitRepository.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <pqxx/pqxx>

namespace jcc::server {

using nlohmann::json;

namespace {

/// Units looked at, nearest in a straight line first: far more than any plan needs.
constexpr int kCandidates = 200;

struct Ranked {
    store::UnitCandidate candidate;
    RoadRoute route;
    int etaMin = 0;
    std::optional<std::string> fills; ///< the need's unit type
    bool mayTask = false;             ///< the user assigns it; otherwise it is asked for
};

/// The available units that have a way to the incident, soonest first.
std::vector<Ranked> rankByRoad(pqxx::transaction_base& txn, GeoPoint at, const std::string& side,
                               const std::optional<std::string>& type) {
    const auto crossings = store::PlanRepository::crossings(txn);
    std::vector<Ranked> ranked;
    for (auto& candidate :
         store::UnitRepository::nearestAvailable(txn, at.lat, at.lon, type, kCandidates)) {
        const auto route = roadRoute({candidate.lat, candidate.lon}, candidate.side, at, side,
                                     candidate.heavy, crossings);
        if (!route) {
            continue; // no crossing carries it
        }
        const int eta = etaMinutes(candidate.type, route->metres);
        ranked.push_back({std::move(candidate), *route, eta, std::nullopt});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return std::tie(a.etaMin, a.route.metres) < std::tie(b.etaMin, b.route.metres);
    });
    return ranked;
}

/// Marks the soonest units of each open need as filling it; returns the needs as JSON.
json fillNeeds(const std::vector<store::PlanNeed>& needs, const RecommendOptions& options,
               std::vector<Ranked>& ranked) {
    json out = json::array();
    for (const auto& need : needs) {
        auto shown = planNeedJson(need, options.conditions);
        const int open = shown["open"].get<int>();
        int filled = 0;
        for (const bool own : {true, false}) {
            for (auto& unit : ranked) {
                if (filled < open && !unit.fills && unit.mayTask == own &&
                    unit.candidate.type == need.unitType) {
                    unit.fills = need.unitType;
                    ++filled;
                }
            }
        }
        out.push_back(std::move(shown));
    }
    return out;
}

} // namespace

json planNeedJson(const store::PlanNeed& need, const std::vector<std::string>& conditions) {
    const bool applies = !need.condition || std::find(conditions.begin(), conditions.end(),
                                                      *need.condition) != conditions.end();
    const int open = applies ? std::max(0, need.count - need.assigned - need.requested) : 0;
    return {{"unit_type", need.unitType},
            {"count", need.count},
            {"condition", need.condition ? json(*need.condition) : json()},
            {"applies", applies},
            {"assigned", need.assigned},
            {"requested", need.requested},
            {"open", open}};
}

json recommendUnits(pqxx::transaction_base& txn, const json& incident,
                    const RecommendOptions& options) {
    const json& location = incident["location"];
    const GeoPoint at{location["lat"].get<double>(), location["lon"].get<double>()};
    const auto side = location["country_side"].is_string()
                          ? location["country_side"].get<std::string>()
                          : store::PlanRepository::sideOf(txn, at.lat, at.lon);
    auto ranked = rankByRoad(txn, at, side, options.type);
    std::map<std::string, bool> mayTask;
    for (auto& unit : ranked) {
        const auto& agency = unit.candidate.agency;
        if (!mayTask.contains(agency)) {
            mayTask[agency] = store::TaskingRepository::mayTask(txn, options.userAgency, agency);
        }
        unit.mayTask = mayTask[agency];
    }
    const auto needs = fillNeeds(
        store::PlanRepository::needs(txn, incident["id"].get<std::int64_t>()), options, ranked);
    // Units that fill a need first, in plan order; then the rest, soonest first.
    std::stable_partition(ranked.begin(), ranked.end(),
                          [](const Ranked& unit) { return unit.fills.has_value(); });
    json units = json::array();
    for (auto& unit : ranked) {
        if (static_cast<int>(units.size()) == options.limit) {
            break;
        }
        const auto& agency = unit.candidate.agency;
        units.push_back({{"unit", std::move(unit.candidate.unit)},
                         {"distance_m", std::lround(unit.route.metres)},
                         {"straight_m", std::lround(unit.candidate.distanceM)},
                         {"via", unit.route.via ? json(*unit.route.via) : json()},
                         {"eta_min", unit.etaMin},
                         {"need", unit.fills ? json(*unit.fills) : json()},
                         {"recommended", unit.fills.has_value()},
                         {"action", unit.mayTask ? "assign" : "request"},
                         {"request_to", unit.mayTask ? json() : json(agency)}});
    }
    return {{"needs", needs}, {"units", std::move(units)}};
}

} // namespace jcc::server
