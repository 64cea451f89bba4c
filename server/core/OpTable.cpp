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
#include "server/core/ServerContext.hpp"
#include "server/core/StatsOps.hpp"
#include "server/core/SubscribeOps.hpp"
#include "server/core/TransferOps.hpp"
#include "server/core/UnitOps.hpp"

#include <stdexcept>

namespace jcc::server {

store::Actor actorOf(const OpInput& in, const User& user) {
    return {user.id, user.username, in.clientAddress, in.context.config.nodeName};
}

void noFields(const nlohmann::json& body) {
    allowOnlyFields(body, {});
}

void OpTable::add(Op op, OpSpec spec) {
    const std::string name(toString(op));
    const int handlers =
        (spec.onStrand ? 1 : 0) + (spec.onDatabase ? 1 : 0) + (spec.command ? 1 : 0);
    if (handlers != 1) {
        throw std::logic_error("op '" + name + "' needs exactly one handler");
    }
    if (!spec.checkFields) {
        throw std::logic_error("op '" + name + "' needs a field check");
    }
    if ((kindOf(op) == OpKind::Command) != static_cast<bool>(spec.command)) {
        throw std::logic_error("op '" + name + "' is " +
                               (spec.command ? "not a command in common/Catalogue.hpp"
                                             : "a command in common/Catalogue.hpp") +
                               "; register it with the matching handler");
    }
    if (spec.command) {
        // Checked first, as runCommand reads it first.
        spec.checkFields = [check = std::move(spec.checkFields)](const nlohmann::json& body) {
            readRequestId(body);
            check(body);
        };
    }
    auto& slot = m_ops[static_cast<std::size_t>(op)];
    if (slot) {
        throw std::logic_error("op '" + name + "' registered twice");
    }
    slot = std::move(spec);
}

const OpSpec* OpTable::find(Op op) const {
    const auto& slot = m_ops[static_cast<std::size_t>(op)];
    return slot ? &*slot : nullptr;
}

const OpSpec* OpTable::find(std::string_view name) const {
    const auto op = opFromString(name);
    return op ? find(*op) : nullptr;
}

void OpTable::requireComplete() const {
    std::string missing;
    for (const auto& info : kOps) {
        if (!find(info.op)) {
            missing += (missing.empty() ? "" : ", ") + std::string(info.name);
        }
    }
    if (!missing.empty()) {
        throw std::logic_error("ops without a handler: " + missing);
    }
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
    table.requireComplete();
    return table;
}

} // namespace jcc::server
