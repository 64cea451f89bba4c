#include "server/core/OpTable.hpp"

#include "server/core/AccountOps.hpp"
#include "server/core/AssignmentOps.hpp"
#include "server/core/HandoverOps.hpp"
#include "server/core/IncidentOps.hpp"
#include "server/core/LiaisonOps.hpp"
#include "server/core/PlaceOps.hpp"
#include "server/core/StatsOps.hpp"
#include "server/core/SubscribeOps.hpp"
#include "server/core/UnitOps.hpp"

#include <stdexcept>

namespace jcc::server {

void OpTable::add(std::string name, OpSpec spec) {
    const int handlers =
        (spec.onStrand ? 1 : 0) + (spec.onDatabase ? 1 : 0) + (spec.command ? 1 : 0);
    if (handlers != 1) {
        throw std::logic_error("op '" + name + "' needs exactly one handler");
    }
    if (!m_ops.emplace(std::move(name), std::move(spec)).second) {
        throw std::logic_error("op registered twice");
    }
}

const OpSpec* OpTable::find(std::string_view name) const {
    const auto it = m_ops.find(name);
    return it == m_ops.end() ? nullptr : &it->second;
}

OpTable makeOpTable() {
    OpTable table;
    addAccountOps(table);
    addSubscribeOps(table);
    addIncidentOps(table);
    addUnitOps(table);
    addAssignmentOps(table);
    addLiaisonOps(table);
    addPlaceOps(table);
    addHandoverOps(table);
    addStatsOps(table);
    return table;
}

} // namespace jcc::server
