#pragma once
// unit.recommend's answer: the incident's response plan, and the available units that fill its
// open needs soonest by road, each marked "assign" when the user may task it or "request" (from
// its agency) when it must be asked for (docs/protocol.md, "unit.recommend").
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class transaction_base;
}

namespace jcc::store {
struct PlanNeed;
}

namespace jcc::server {

/// A need of the incident's plan as unit.recommend and incident.needs show it: the plan's count,
/// whether it applies (its condition holds: one of `conditions`), the units assigned and
/// requested, and how many are still open.
nlohmann::json planNeedJson(const store::PlanNeed& need,
                            const std::vector<std::string>& conditions);

struct RecommendOptions {
    std::optional<std::string> type;     ///< only units of this type
    int limit = 10;                      ///< the most units listed
    std::vector<std::string> conditions; ///< plan conditions that hold: power_out, injuries
    std::string userAgency;              ///< whose tasking rights decide assign or request
};

/// The plan's needs and the units for `incident` (incident_json with a position):
/// {"needs": [...], "units": [...]}. A need is filled with the units the user may task first,
/// soonest first, then with units to ask for (each side tasks its own police before asking the
/// other). Units that fill a need come first, soonest first; the rest follow soonest first and
/// are never marked recommended.
nlohmann::json recommendUnits(pqxx::transaction_base& txn, const nlohmann::json& incident,
                              const RecommendOptions& options);

} // namespace jcc::server
