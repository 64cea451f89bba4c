#include "server/core/AssistanceOps.hpp"

#include "common/Fields.hpp"
#include "common/StateMachine.hpp"
#include "server/core/AssistanceFields.hpp"
#include "server/core/Command.hpp"
#include "server/core/LiaisonCommand.hpp"
#include "server/core/OpSupport.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/Tasking.hpp"
#include "server/store/LiaisonRepository.hpp"
#include "server/store/UnitRepository.hpp"

#include <algorithm>
#include <climits>

namespace jcc::server {

using nlohmann::json;

namespace {

struct Acceptance {
    std::int64_t id;
    std::int64_t version;
    std::vector<std::int64_t> unitIds;
    /// How the outcome was taken by telephone: {"contact", "note"}.
    std::optional<json> desk;
};

std::optional<json> readDeskRecord(const json& body) {
    if (!body.contains("desk") || body["desk"].is_null()) {
        return std::nullopt;
    }
    const json& desk = requireObject(body, "desk");
    return nested("desk", [&] {
        allowOnlyMembers(desk, {"contact", "note"});
        json record = {{"contact", requireText(desk, "contact", {1, 100})}};
        if (auto note = optionalString(desk, "note", {1, 500, Lines::Many})) {
            record["note"] = *note;
        }
        return record;
    });
}

Acceptance readAcceptance(const json& body) {
    allowOnlyFields(body, {"request_id", "liaison_id", "version", "unit_ids", "desk"});
    const auto id = requireInt(body, "liaison_id", 1, INT64_MAX);
    const auto version = requireInt(body, "version", 1, INT32_MAX);
    auto units = requireUnitIds(body, "unit_ids");
    return {id, version, std::move(units), readDeskRecord(body)};
}

/// Only assistance requests about an incident send units.
void requireAssistance(const store::LiaisonState& state) {
    if (state.kind != "assistance_request" || !state.incidentId) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "liaison request " + std::to_string(state.id) + " is a " + state.kind +
                                (state.incidentId ? "" : " without an incident") +
                                "; only assistance requests about an incident send units",
                            "liaison_id");
    }
}

/// The units a request may send: those of the agency asked.
json readOwnUnit(Command& command, const store::LiaisonState& state, std::int64_t unitId,
                 const std::string& field, bool lock) {
    const auto unit = lock ? lockUnit(command.txn(), unitId, field)
                           : store::UnitRepository::json(command.txn(), unitId);
    if (unit.is_null()) {
        throw ProtocolError(ErrorCode::NotFound, "no unit with id " + std::to_string(unitId),
                            field);
    }
    if (unit["agency"] != state.toAgency) {
        throw ProtocolError(ErrorCode::BadRequest,
                            nameOf(unit) + " is a unit of " + unit["agency"].get<std::string>() +
                                "; this request asks " + state.toAgency,
                            field);
    }
    return unit;
}

/// Who may accept: the receiving side; the requesting side when the request is at a desk (with
/// the record of the call) or when it takes up units the receiving side proposed.
void requireMayAccept(const store::LiaisonState& state, const Acceptance& acceptance) {
    if (state.side == "receiving") {
        return;
    }
    if (state.side == "requesting" && state.atDesk) {
        if (!acceptance.desk) {
            throw ProtocolError(ErrorCode::BadRequest,
                                "'desk' is required: no one in the centre answers for " +
                                    state.toAgency +
                                    ", so record who accepted by telephone (desk.contact)",
                                "desk");
        }
        return;
    }
    const auto& proposed = state.proposedUnitIds;
    const bool takesProposal =
        state.side == "requesting" && !proposed.empty() &&
        std::all_of(acceptance.unitIds.begin(), acceptance.unitIds.end(), [&](std::int64_t id) {
            return std::find(proposed.begin(), proposed.end(), id) != proposed.end();
        });
    if (!takesProposal) {
        throw ProtocolError(ErrorCode::Forbidden,
                            "only " + state.toAgency + "'s side accepts liaison request " +
                                std::to_string(state.id) +
                                (state.side == "requesting"
                                     ? "; the requesting side may only take up units it proposed"
                                     : ""),
                            "liaison_id");
    }
}

json acceptRequest(Command& command) {
    const auto acceptance = readAcceptance(command.body());
    const auto state = lockFor(command, acceptance.id, "", "accept");
    checkVersion(command, state, acceptance.version);
    requireAssistance(state);
    requireMayAccept(state, acceptance);
    liaisonLifecycle().check(state.status, "accepted");
    const auto before = store::LiaisonRepository::json(command.txn(), state.id);
    // Lock order of every dispatch command: the incident, then units.
    auto incident = lockIncident(command.txn(), *state.incidentId, "liaison_id");
    json assignments = json::array();
    for (std::size_t i = 0; i < acceptance.unitIds.size(); ++i) {
        const auto field = "unit_ids[" + std::to_string(i) + "]";
        const auto unit = readOwnUnit(command, state, acceptance.unitIds[i], field, true);
        auto sent = assignUnit(command, incident, unit, state.id);
        incident = sent["incident"];
        assignments.push_back(std::move(sent["assignment"]));
    }
    store::LiaisonRepository::accept(command.txn(), state.id, acceptance.desk);
    addTimelineEntry(command, *state.incidentId,
                     timeline::assistanceAccepted(
                         state.toAgency, state.id,
                         acceptance.desk ? std::optional<std::string>(
                                               (*acceptance.desk)["contact"].get<std::string>())
                                         : std::nullopt));
    auto result = finishUpdate(command, "liaison.accept", state.id, before);
    result["assignments"] = std::move(assignments);
    return result;
}

struct Proposal {
    std::int64_t id;
    std::int64_t version;
    std::vector<std::int64_t> unitIds;
    std::optional<std::string> text;
};

Proposal readProposal(const json& body) {
    allowOnlyFields(body, {"request_id", "liaison_id", "version", "unit_ids", "body"});
    const auto id = requireInt(body, "liaison_id", 1, INT64_MAX);
    const auto version = requireInt(body, "version", 1, INT32_MAX);
    auto units = requireUnitIds(body, "unit_ids");
    return {id, version, std::move(units), optionalString(body, "body", {1, 8000, Lines::Many})};
}

json proposeUnits(Command& command) {
    const auto proposal = readProposal(command.body());
    const auto state = lockFor(command, proposal.id, "receiving", "propose units for");
    checkVersion(command, state, proposal.version);
    requireAssistance(state);
    liaisonLifecycle().check(state.status, "answered");
    std::vector<std::string> callSigns;
    std::string names;
    for (std::size_t i = 0; i < proposal.unitIds.size(); ++i) {
        const auto unit = readOwnUnit(command, state, proposal.unitIds[i],
                                      "unit_ids[" + std::to_string(i) + "]", false);
        callSigns.push_back(unit["call_sign"].get<std::string>());
        names += (names.empty() ? "" : ", ") + callSigns.back();
    }
    const auto entry = timeline::assistanceProposed(state.toAgency, callSigns, state.id);
    const auto before = store::LiaisonRepository::json(command.txn(), state.id);
    store::LiaisonRepository::propose(command.txn(), state.id, proposal.unitIds);
    const auto& user = command.principal().user;
    store::LiaisonRepository::appendReply(command.txn(), state.id, user.id, user.agency,
                                          proposal.text.value_or("Proposed instead: " + names));
    addTimelineEntry(command, *state.incidentId, entry);
    return finishUpdate(command, "liaison.propose", state.id, before);
}

} // namespace

void addAssistanceOps(OpTable& table) {
    table.add(Op::LiaisonAccept, {.roles = kConsoleRoles,
                                  .checkFields = fieldsReadBy(readAcceptance),
                                  .command = acceptRequest});
    table.add(Op::LiaisonPropose, {.roles = kConsoleRoles,
                                   .checkFields = fieldsReadBy(readProposal),
                                   .command = proposeUnits});
}

} // namespace jcc::server
