#include "server/core/OpTable.hpp"

#include "common/Fields.hpp"
#include "server/core/AccountOps.hpp"
#include "server/core/AssignmentOps.hpp"
#include "server/core/AssistanceOps.hpp"
#include "server/core/Command.hpp"
#include "server/core/HandoverOps.hpp"
#include "server/core/IncidentOps.hpp"
#include "server/core/LiaisonOps.hpp"
#include "server/core/PlaceOps.hpp"
#include "server/core/PlanOps.hpp"
#include "server/core/StatsOps.hpp"
#include "server/core/SubscribeOps.hpp"
#include "server/core/TransferOps.hpp"
#include "server/core/UnitOps.hpp"

#include <stdexcept>

namespace jcc::server {

void noFields(const nlohmann::json& body) {
    allowOnlyFields(body, {});
}

void OpTable::add(std::string name, OpSpec spec) {
    const int handlers =
        (spec.onStrand ? 1 : 0) + (spec.onDatabase ? 1 : 0) + (spec.command ? 1 : 0);
    if (handlers != 1) {
        throw std::logic_error("op '" + name + "' needs exactly one handler");
    }
    if (!spec.checkFields) {
        throw std::logic_error("op '" + name + "' needs a field check");
    }
    if (spec.command) {
        // Checked first, as runCommand reads it first.
        spec.checkFields = [check = std::move(spec.checkFields)](const nlohmann::json& body) {
            readRequestId(body);
            check(body);
        };
    }
    if (!m_ops.emplace(std::move(name), std::move(spec)).second) {
        throw std::logic_error("op registered twice");
    }
}

const OpSpec* OpTable::find(std::string_view name) const {
    const auto it = m_ops.find(name);
    return it == m_ops.end() ? nullptr : &it->second;
}

std::vector<std::string> OpTable::names() const {
    std::vector<std::string> names;
    names.reserve(m_ops.size());
    for (const auto& [name, spec] : m_ops) {
        names.push_back(name);
    }
    return names;
}

OpTable makeOpTable() {
    OpTable table;
    addAccountOps(table);
    addSubscribeOps(table);
    addIncidentOps(table);
    addUnitOps(table);
    addAssignmentOps(table);
    addLiaisonOps(table);
    addAssistanceOps(table);
    addTransferOps(table);
    addPlanOps(table);
    addPlaceOps(table);
    addHandoverOps(table);
    addStatsOps(table);
    return table;
}

} // namespace jcc::server
