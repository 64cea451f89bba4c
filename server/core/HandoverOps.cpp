#include "server/core/HandoverOps.hpp"

#include "common/Fields.hpp"
#include "common/PasswordPolicy.hpp"
#include "server/core/Command.hpp"
#include "server/core/OpSupport.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/Paging.hpp"
#include "server/core/ServerContext.hpp"
#include "server/core/ShiftFields.hpp"
#include "server/store/AccountService.hpp"
#include "server/store/EventLog.hpp"
#include "server/store/HandoverRepository.hpp"
#include "server/store/Sha256.hpp"

#include <pqxx/pqxx>

namespace jcc::server {

using nlohmann::json;
using store::HandoverRepository;

namespace {

const ShiftSchedule& scheduleOf(const Command& command) {
    return command.input().context.config.shifts;
}

std::string languageOf(const Principal& principal) {
    return std::string(toString(principal.user.language));
}

/// Refuses any change to a signed report.
void refuseIfSigned(Command& command, const store::HandoverState& state,
                    const store::ShiftPeriod& shift, const std::string& change) {
    if (!state.signedBy) {
        return;
    }
    const auto current = HandoverRepository::json(command.txn(), shift);
    throw ProtocolError(ErrorCode::ReportSigned,
                        "the handover report of shift " + shift.id + " was signed by " +
                            current["signed_by"].get<std::string>() + " at " +
                            current["signed_at"].get<std::string>() + " and cannot be changed; " +
                            change + " refused",
                        "shift", {{"current", current}});
}

/// Audits the change of a report and pushes `event` with its new state.
json finishChange(Command& command, Event event, const store::ShiftPeriod& shift,
                  std::int64_t reportId, const json& before) {
    auto after = HandoverRepository::json(command.txn(), shift);
    command.audit(command.input().request.op, "handover_report", reportId, before, after);
    command.emit(event, "handover_report", reportId, after);
    return {{"handover", after}};
}

/// handover.note writes to the current shift's report: it takes no "shift".
std::string readHandoverNote(const json& body) {
    allowOnlyFields(body, {"request_id", "text"});
    return requireText(body, "text", {1, 4000, Lines::Many});
}

json addNote(Command& command) {
    const auto text = readHandoverNote(command.body());
    const auto shift =
        requireStartedShift(command.txn(), scheduleOf(command), command.body(), false);
    const auto state = HandoverRepository::lockOrCreate(command.txn(), shift);
    refuseIfSigned(command, state, shift, "a new note is");
    auto note =
        HandoverRepository::addNote(command.txn(), state.id, command.principal().user.id, text);
    const auto noteId = note["id"].get<std::int64_t>();
    command.audit("handover.note", "handover_note", noteId, nullptr, note);
    command.emit(Event::HandoverNoted, "handover_note", noteId, note);
    return {{"note", note}};
}

struct Remarks {
    std::string text;
    std::int64_t version;
};

Remarks readRemarks(const json& body) {
    allowOnlyFields(body, {"request_id", "shift", "text", "version"});
    auto text = requireString(body, "text", {0, 8000, Lines::Many});
    const auto version = requireInt(body, "version", 0, INT32_MAX);
    readShiftField(body, true);
    return {std::move(text), version};
}

json setRemarks(Command& command) {
    const auto& body = command.body();
    const auto [text, version] = readRemarks(body);
    const auto shift = requireStartedShift(command.txn(), scheduleOf(command), body, true);
    const auto state = HandoverRepository::lockOrCreate(command.txn(), shift);
    refuseIfSigned(command, state, shift, "changing the remarks is");
    const auto before = HandoverRepository::json(command.txn(), shift);
    if (state.version != version) {
        throw ProtocolError(ErrorCode::Conflict,
                            "the handover report of shift " + shift.id + " is at version " +
                                std::to_string(state.version) + ", the request was made against " +
                                std::to_string(version) + "; see 'current' and retry",
                            "version", {{"current", before}});
    }
    HandoverRepository::setRemarks(command.txn(), state.id, command.principal().user.id, text);
    return finishChange(command, Event::HandoverRemarksUpdated, shift, state.id, before);
}

json signReport(Command& command) {
    const auto shift =
        requireStartedShift(command.txn(), scheduleOf(command), command.body(), true);
    const auto state = HandoverRepository::lockOrCreate(command.txn(), shift);
    refuseIfSigned(command, state, shift, "signing again is");
    const auto before = HandoverRepository::json(command.txn(), shift);
    const auto& user = command.principal().user;
    auto report = HandoverRepository::buildReport(command.txn(), shift, scheduleOf(command).zone,
                                                  languageOf(command.principal()));
    // The report is built in this transaction, so its generated_at is the signing time.
    report["signature"] = {{"signed_by", user.username},
                           {"signed_by_name", user.fullName},
                           {"signed_at", report["generated_at"]}};
    store::SignedHandover signature;
    signature.snapshot = report.dump();
    signature.digest = store::sha256Hex(signature.snapshot);
    HandoverRepository::sign(command.txn(), state.id, user.id, signature);
    return finishChange(command, Event::HandoverSigned, shift, state.id, before);
}

/// The fields of the ops that name one shift's report and nothing else.
std::optional<std::string> readNamedShift(const json& body) {
    allowOnlyFields(body, {"request_id", "shift"});
    return readShiftField(body, true);
}

json acknowledgeReport(Command& command) {
    readNamedShift(command.body());
    const auto shift =
        requireStartedShift(command.txn(), scheduleOf(command), command.body(), true);
    const auto state = HandoverRepository::lockOrCreate(command.txn(), shift);
    const auto before = HandoverRepository::json(command.txn(), shift);
    if (!state.signedBy) {
        throw ProtocolError(ErrorCode::InvalidTransition,
                            "the handover report of shift " + shift.id +
                                " is not signed yet; only a signed report can be acknowledged",
                            "shift", {{"allowed", json::array()}, {"current", before}});
    }
    if (state.acknowledged) {
        throw ProtocolError(ErrorCode::ReportSigned,
                            "the handover report of shift " + shift.id +
                                " was already acknowledged by " +
                                before["acknowledged_by"].get<std::string>() + " at " +
                                before["acknowledged_at"].get<std::string>(),
                            "shift", {{"current", before}});
    }
    if (*state.signedBy == command.principal().user.id) {
        throw ProtocolError(ErrorCode::Forbidden,
                            "you signed the handover report of shift " + shift.id +
                                "; the supervisor of the next shift acknowledges it",
                            "shift");
    }
    HandoverRepository::acknowledge(command.txn(), state.id, command.principal().user.id);
    return finishChange(command, Event::HandoverAcknowledged, shift, state.id, before);
}

/// The re-entered password of handover.sign.
std::string readSignature(const json& body) {
    allowOnlyFields(body, {"request_id", "shift", "password"});
    readShiftField(body, true);
    return requireString(body, "password", {1, kMaxPasswordLength});
}

/// Before handover.sign joins the CommandWriter's batch: the shift, then the password, checked
/// like a login's in a transaction of its own, so that a wrong one counts toward the lockout
/// even though the signing is refused (and costs no seq lock).
json checkSignature(const OpInput& in, pqxx::connection_base& connection) {
    const auto password = readSignature(in.request.body);
    {
        // The shift is checked before the password, so a bad one costs no failed entry.
        pqxx::read_transaction txn(connection, "handover_sign_check");
        requireStartedShift(txn, in.context.config.shifts, in.request.body, true);
    }
    store::AccountService(connection, in.context.accounts)
        .confirmPassword(in.state.principal->user.username, password, in.clientAddress,
                         "handover.sign");
    return nullptr;
}

/// handover.generate and handover.get: the report of one shift (generate: the current one when
/// "shift" is absent).
std::optional<std::string> readShownShift(const json& body, bool required) {
    allowOnlyFields(body, {"shift"});
    return readShiftField(body, required);
}

OpOutcome generate(const OpInput& in, pqxx::connection_base& connection) {
    readShownShift(in.request.body, false);
    const auto& config = in.context.config;
    pqxx::read_transaction txn(connection, "handover_generate");
    const auto shift = requireStartedShift(txn, config.shifts, in.request.body, false);
    auto handover = HandoverRepository::json(txn, shift);
    const auto signature = HandoverRepository::signature(txn, shift.id);
    OpOutcome outcome;
    outcome.result = {
        {"handover", std::move(handover)},
        {"report", signature ? json::parse(signature->snapshot)
                             : HandoverRepository::buildReport(txn, shift, config.shifts.zone,
                                                               languageOf(*in.state.principal))}};
    return outcome;
}

OpOutcome getHandover(const OpInput& in, pqxx::connection_base& connection) {
    readShownShift(in.request.body, true);
    pqxx::read_transaction txn(connection, "handover_get");
    const auto shift = requireStartedShift(txn, in.context.config.shifts, in.request.body, true);
    const auto signature = HandoverRepository::signature(txn, shift.id);
    OpOutcome outcome;
    outcome.result = {{"handover", HandoverRepository::json(txn, shift)},
                      {"snapshot", signature ? json(signature->snapshot) : json(nullptr)}};
    return outcome;
}

struct HandoverListRequest {
    store::HandoverFilter filter; ///< without its zone, which is the server's
    PageRequest page;
};

HandoverListRequest readHandoverList(const json& body) {
    allowOnlyFields(body, {"from", "to", "q", "limit", "after"});
    store::HandoverFilter filter{"", optionalDate(body, "from"), optionalDate(body, "to"),
                                 std::nullopt};
    if (filter.from && filter.to) {
        requireOrdered(*filter.from, *filter.to, "to");
    }
    filter.query = optionalString(body, "q", {1, 100});
    return {std::move(filter), readPageRequest(body, PagedList::Handovers)};
}

OpOutcome listHandovers(const OpInput& in, pqxx::connection_base& connection) {
    auto [filter, page] = readHandoverList(in.request.body);
    filter.zone = in.context.config.shifts.zone;
    pqxx::read_transaction txn(connection, "handover_list");
    OpOutcome outcome;
    outcome.result =
        pageReply(HandoverRepository::list(txn, filter, page.after, page.limit), "reports",
                  PagedList::Handovers, HandoverRepository::count(txn, filter));
    return outcome;
}

constexpr RoleSet kSupervisorOnly = roleBit(Role::Supervisor);

} // namespace

void addHandoverOps(OpTable& table) {
    table.add(Op::HandoverNote, {.roles = kConsoleRoles,
                                 .checkFields = fieldsReadBy(readHandoverNote),
                                 .command = addNote});
    table.add(Op::HandoverRemarks, {.roles = kSupervisorOnly,
                                    .checkFields = fieldsReadBy(readRemarks),
                                    .command = setRemarks});
    table.add(Op::HandoverSign, {.roles = kSupervisorOnly,
                                 .checkFields = fieldsReadBy(readSignature),
                                 .command = signReport,
                                 .beforeCommand = checkSignature});
    table.add(Op::HandoverAcknowledge, {.roles = kSupervisorOnly,
                                        .checkFields = fieldsReadBy(readNamedShift),
                                        .command = acknowledgeReport});
    table.add(Op::HandoverGenerate,
              {.roles = kConsoleRoles,
               .checkFields = [](const json& body) { readShownShift(body, false); },
               .onDatabase = generate});
    table.add(Op::HandoverGet, {.roles = kConsoleRoles,
                                .checkFields = [](const json& body) { readShownShift(body, true); },
                                .onDatabase = getHandover});
    table.add(Op::HandoverList, {.roles = kConsoleRoles,
                                 .checkFields = fieldsReadBy(readHandoverList),
                                 .onDatabase = listHandovers});
}

} // namespace jcc::server
