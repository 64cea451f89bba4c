#include "server/core/TransferOps.hpp"

#include "common/Fields.hpp"
#include "server/core/Command.hpp"
#include "server/core/OpSupport.hpp"
#include "server/core/OpTable.hpp"
#include "server/store/IncidentRepository.hpp"

namespace jcc::server {

using nlohmann::json;

namespace {

struct TransferStep {
    std::int64_t id;
    std::int64_t version;
    std::optional<std::string> reason;
};

/// Whether a step says why: an offer and a decline do, an acceptance does not.
enum class Reason { Required, None };

TransferStep readTransferStep(const json& body, Reason reason) {
    if (reason == Reason::Required) {
        allowOnlyFields(body, {"request_id", "incident_id", "version", "reason"});
    } else {
        allowOnlyFields(body, {"request_id", "incident_id", "version"});
    }
    const auto id = requireId(body, "incident_id");
    const auto version = requireVersion(body);
    if (reason == Reason::None) {
        return {id, version, std::nullopt};
    }
    return {id, version, requireString(body, "reason", {1, 2000, Lines::Many})};
}

TransferStep readOffer(const json& body) {
    return readTransferStep(body, Reason::Required);
}
TransferStep readAcceptance(const json& body) {
    return readTransferStep(body, Reason::None);
}
TransferStep readDecline(const json& body) {
    return readTransferStep(body, Reason::Required);
}

std::string mySide(Command& command) {
    return std::string(toString(command.principal().user.country));
}

/// The open incident as it is now, locked, at the version the user saw.
json lockOpenIncident(Command& command, const TransferStep& step) {
    const auto incident = lockIncident(command.txn(), step.id, "incident_id");
    checkVersion(incident, step.version, nameOf(incident));
    const auto status = incident["status"].get<std::string>();
    if (status == "closed" || status == "cancelled") {
        throw ProtocolError(ErrorCode::InvalidTransition,
                            nameOf(incident) + " is " + status + "; it is handed over no more",
                            "incident_id");
    }
    return incident;
}

std::string pendingTo(const json& incident) {
    return incident["transfer"].is_object() ? incident["transfer"]["to"].get<std::string>() : "";
}

/// Audits and pushes the change and writes it on the incident's timeline.
json finishTransfer(Command& command, const json& before, const TimelineEntry& entry) {
    const auto id = before["id"].get<std::int64_t>();
    const auto after = store::IncidentRepository::json(command.txn(), id);
    recordChange(command, Event::IncidentUpdated, "incident", id, before, after);
    addTimelineEntry(command, id, entry);
    return {{"incident", after}};
}

json offerTransfer(Command& command) {
    const auto step = readOffer(command.body());
    const auto before = lockOpenIncident(command, step);
    const auto side = mySide(command);
    const auto responsible = before["responsible_side"].get<std::string>();
    if (responsible != side) {
        throw ProtocolError(ErrorCode::Forbidden,
                            nameOf(before) + " is the responsibility of " + responsible +
                                "; only " + responsible + " offers it to the other side",
                            "incident_id", {{"responsible_side", responsible}});
    }
    if (!pendingTo(before).empty()) {
        throw ProtocolError(ErrorCode::Conflict,
                            nameOf(before) + " is already offered to " + pendingTo(before) +
                                "; withdraw that offer first (incident.transfer_decline)",
                            "incident_id", {{"current", before}});
    }
    const std::string to = side == "CZ" ? "SK" : "CZ";
    store::IncidentRepository::offerTransfer(command.txn(), step.id, to,
                                             command.principal().user.id, *step.reason);
    return finishTransfer(command, before, timeline::transferOffered(to, *step.reason));
}

json acceptTransfer(Command& command) {
    const auto step = readAcceptance(command.body());
    const auto before = lockOpenIncident(command, step);
    const auto to = pendingTo(before);
    if (to.empty()) {
        throw ProtocolError(ErrorCode::InvalidTransition,
                            nameOf(before) + " is not offered to anyone", "incident_id");
    }
    if (to != mySide(command)) {
        throw ProtocolError(ErrorCode::Forbidden,
                            nameOf(before) + " is offered to " + to + "; only " + to +
                                " takes it over",
                            "incident_id");
    }
    store::IncidentRepository::settleTransfer(command.txn(), step.id, true);
    return finishTransfer(
        command, before,
        timeline::transferAccepted(to, before["responsible_side"].get<std::string>()));
}

json declineTransfer(Command& command) {
    const auto step = readDecline(command.body());
    const auto before = lockOpenIncident(command, step);
    const auto to = pendingTo(before);
    if (to.empty()) {
        throw ProtocolError(ErrorCode::InvalidTransition,
                            nameOf(before) + " is not offered to anyone", "incident_id");
    }
    // The offered side declines; the offering side withdraws. No one else is asked.
    const bool withdrawn = mySide(command) != to;
    store::IncidentRepository::settleTransfer(command.txn(), step.id, false);
    return finishTransfer(command, before,
                          withdrawn ? timeline::transferWithdrawn(to, *step.reason)
                                    : timeline::transferDeclined(to, *step.reason));
}

} // namespace

void addTransferOps(OpTable& table) {
    table.add(
        Op::IncidentTransferOffer,
        {.roles = kConsoleRoles, .checkFields = fieldsReadBy(readOffer), .command = offerTransfer});
    table.add(Op::IncidentTransferAccept, {.roles = kConsoleRoles,
                                           .checkFields = fieldsReadBy(readAcceptance),
                                           .command = acceptTransfer});
    table.add(Op::IncidentTransferDecline, {.roles = kConsoleRoles,
                                            .checkFields = fieldsReadBy(readDecline),
                                            .command = declineTransfer});
}

} // namespace jcc::server
