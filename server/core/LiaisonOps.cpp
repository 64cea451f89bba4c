#include "server/core/LiaisonOps.hpp"

#include "common/Fields.hpp"
#include "common/LiaisonRules.hpp"
#include "common/StateMachine.hpp"
#include "server/core/AssistanceFields.hpp"
#include "server/core/Command.hpp"
#include "server/core/LiaisonCommand.hpp"
#include "server/core/OpSupport.hpp"
#include "server/core/OpTable.hpp"
#include "server/store/KeysetPage.hpp"
#include "server/store/LiaisonRepository.hpp"
#include "server/store/UnitRepository.hpp"
#include "server/store/UserRepository.hpp"

#include <algorithm>
#include <climits>
#include <pqxx/pqxx>

namespace jcc::server {

using nlohmann::json;

namespace {

constexpr std::int64_t kDefaultListLimit = 50;
constexpr std::int64_t kMaxListLimit = 200;
/// Deeper pages are read by narrowing the filters (an OFFSET reads every row it skips).
constexpr std::int64_t kMaxListOffset = 10'000;

/// A new request as sent; its sender (fromAgency, createdBy) is the command's user.
/// What an assistance request asks for: "needs" and "suggested_unit_ids", taken by no other kind.
void readAssistanceWants(const json& body, store::NewLiaison& request) {
    auto needs = optionalNeeds(body);
    auto suggested = optionalUnitIds(body, "suggested_unit_ids");
    if (request.kind != "assistance_request") {
        for (const auto* field : {"needs", "suggested_unit_ids"}) {
            if (body.contains(field) && !body[field].is_null()) {
                throw ProtocolError(
                    ErrorCode::BadRequest,
                    "'" + std::string(field) + "' is taken only by kind assistance_request", field);
            }
        }
    }
    request.needs = needs.value_or(json::array());
    request.suggestedUnitIds = suggested.value_or(std::vector<std::int64_t>{});
}

/// Checks what the wants name against the database: unit types, and units of the agency asked.
void checkAssistanceWants(pqxx::transaction_base& txn, const store::NewLiaison& request) {
    for (std::size_t i = 0; i < request.needs.size(); ++i) {
        const auto type = request.needs[i]["unit_type"].get<std::string>();
        if (!store::UnitRepository::typeExists(txn, type)) {
            const auto field = "needs[" + std::to_string(i) + "].unit_type";
            throw ProtocolError(ErrorCode::BadRequest,
                                "'" + field + "' '" + type +
                                    "' is not a unit type (see unit_types in the snapshot)",
                                field);
        }
    }
    for (std::size_t i = 0; i < request.suggestedUnitIds.size(); ++i) {
        const auto unit = store::UnitRepository::json(txn, request.suggestedUnitIds[i]);
        const auto field = "suggested_unit_ids[" + std::to_string(i) + "]";
        if (unit.is_null() || unit["agency"] != request.toAgency) {
            throw ProtocolError(ErrorCode::BadRequest,
                                "'" + field + "' must be a unit of " + request.toAgency, field);
        }
    }
}

store::NewLiaison readNewLiaison(const json& body) {
    allowOnlyFields(body, {"request_id", "to_agency", "kind", "incident_id", "subject", "body",
                           "priority", "needs", "suggested_unit_ids"});
    store::NewLiaison request;
    request.toAgency = requireString(body, "to_agency", {1, 16});
    request.kind = requireChoice(body, "kind",
                                 {"information_request", "assistance_request", "hot_pursuit_notice",
                                  "person_vehicle_check", "equipment_loan", "custody_handover"});
    request.incidentId = optionalInt(body, "incident_id", 1, INT64_MAX);
    request.subject = requireText(body, "subject", {1, 200});
    request.body = requireText(body, "body", {1, 8000, Lines::Many});
    request.priority = static_cast<int>(requireInt(body, "priority", 1, 4));
    request.responseSeconds = std::chrono::seconds(liaisonResponseTime(request.priority)).count();
    readAssistanceWants(body, request);
    return request;
}

json createRequest(Command& command) {
    auto request = readNewLiaison(command.body());
    const auto& user = command.principal().user;
    request.fromAgency = user.agency;
    request.createdBy = user.id;
    auto& txn = command.txn();
    if (!store::UserRepository::agencyCountry(txn, request.toAgency)) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'to_agency' '" + request.toAgency +
                                "' is not an agency (see agencies in the snapshot)",
                            "to_agency");
    }
    if (request.toAgency == request.fromAgency) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'to_agency' must be another agency than your own (" +
                                request.fromAgency + ")",
                            "to_agency");
    }
    if (request.incidentId && !store::LiaisonRepository::incidentExists(txn, *request.incidentId)) {
        throw ProtocolError(ErrorCode::NotFound,
                            "no incident with id " + std::to_string(*request.incidentId),
                            "incident_id");
    }
    checkAssistanceWants(txn, request);
    const auto id = store::LiaisonRepository::insert(txn, request);
    const auto created = store::LiaisonRepository::json(txn, id);
    command.audit("liaison.create", "liaison_request", id, nullptr, created);
    command.emit(Event::LiaisonCreated, "liaison_request", id, created);
    return {{"liaison", created}};
}

/// A status change by one side that names the version it saw (ack, close, reject).
struct StatusChange {
    const char* action; ///< the op, also the audit action
    const char* side;   ///< who may make it
    const char* verb;   ///< for the refusal: "only the ... side may <verb> ..."
    const char* status; ///< the new status
};

/// A request and the version the change was made against.
struct LiaisonVersion {
    std::int64_t id;
    std::int64_t version;
};

/// The fields of liaison.ack and liaison.close.
LiaisonVersion readLiaisonVersion(const json& body) {
    allowOnlyFields(body, {"request_id", "liaison_id", "version"});
    const auto id = requireInt(body, "liaison_id", 1, INT64_MAX);
    return {id, requireInt(body, "version", 1, INT32_MAX)};
}

json changeStatus(Command& command, const StatusChange& change, std::int64_t id,
                  std::int64_t version,
                  const std::optional<std::string>& rejectReason = std::nullopt) {
    const auto state = lockFor(command, id, change.side, change.verb);
    checkVersion(command, state, version);
    liaisonLifecycle().check(state.status, change.status);
    const auto before = store::LiaisonRepository::json(command.txn(), id);
    store::LiaisonRepository::setStatus(command.txn(), id, change.status, rejectReason);
    return finishUpdate(command, change.action, id, before);
}

json acknowledge(Command& command) {
    const auto [id, version] = readLiaisonVersion(command.body());
    return changeStatus(command, {"liaison.ack", kAnswering, "acknowledge", "acknowledged"}, id,
                        version);
}

struct LiaisonReply {
    std::int64_t id;
    std::string text;
};

LiaisonReply readLiaisonReply(const json& body) {
    allowOnlyFields(body, {"request_id", "liaison_id", "body"});
    const auto id = requireInt(body, "liaison_id", 1, INT64_MAX);
    return {id, requireText(body, "body", {1, 8000, Lines::Many})};
}

json replyTo(Command& command) {
    const auto [id, text] = readLiaisonReply(command.body());
    const auto state = lockFor(command, id, "", "reply to");
    const auto& machine = liaisonLifecycle();
    if (machine.next(state.status).empty()) {
        throw ProtocolError(ErrorCode::InvalidTransition,
                            "liaison request " + std::to_string(id) + " is " + state.status +
                                "; replies are taken only while it is open, acknowledged or "
                                "answered",
                            "status", {{"allowed", json::array()}});
    }
    // The receiving side's reply answers the request; the requesting side's leaves it as it is.
    std::string status = state.status;
    if (state.side == "receiving") {
        machine.check(state.status, "answered");
        status = "answered";
    }
    const auto before = store::LiaisonRepository::json(command.txn(), id);
    const auto& user = command.principal().user;
    store::LiaisonRepository::appendReply(command.txn(), id, user.id, user.agency, text);
    store::LiaisonRepository::setStatus(command.txn(), id, status);
    return finishUpdate(command, "liaison.reply", id, before);
}

json closeRequest(Command& command) {
    const auto [id, version] = readLiaisonVersion(command.body());
    return changeStatus(command, {"liaison.close", "requesting", "close", "closed"}, id, version);
}

struct LiaisonRejection {
    LiaisonVersion request;
    std::string reason;
};

LiaisonRejection readLiaisonRejection(const json& body) {
    allowOnlyFields(body, {"request_id", "liaison_id", "version", "reason"});
    auto reason = requireText(body, "reason", {1, 1000, Lines::Many});
    const auto id = requireInt(body, "liaison_id", 1, INT64_MAX);
    return {{id, requireInt(body, "version", 1, INT32_MAX)}, std::move(reason)};
}

json rejectRequest(Command& command) {
    const auto [request, reason] = readLiaisonRejection(command.body());
    return changeStatus(command, {"liaison.reject", kAnswering, "reject", "rejected"}, request.id,
                        request.version, reason);
}

std::int64_t readLiaisonId(const json& body) {
    allowOnlyFields(body, {"liaison_id"});
    return requireInt(body, "liaison_id", 1, INT64_MAX);
}

OpOutcome getLiaison(const OpInput& in, pqxx::connection_base& connection) {
    const auto id = readLiaisonId(in.request.body);
    pqxx::read_transaction txn(connection, "liaison_get");
    auto request = store::LiaisonRepository::json(txn, id);
    if (request.is_null()) {
        throw ProtocolError(ErrorCode::NotFound, "no liaison request with id " + std::to_string(id),
                            "liaison_id");
    }
    const auto side = store::LiaisonRepository::side(txn, id, viewerOf(*in.state.principal));
    OpOutcome outcome;
    outcome.result = {{"liaison", std::move(request)},
                      {"side", side ? json(*side) : json(nullptr)}};
    return outcome;
}

/// The optional "status" filter: a non-empty array of distinct liaison statuses.
std::optional<std::vector<std::string>> readStatuses(const json& body) {
    const auto it = body.find("status");
    if (it == body.end() || it->is_null()) {
        return std::nullopt;
    }
    const auto& machine = liaisonLifecycle();
    std::string all;
    for (const auto& state : machine.states()) {
        all += (all.empty() ? "" : ", ") + state;
    }
    const auto refuse = [&] {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'status' must be a non-empty array of distinct statuses (" + all + ")",
                            "status");
    };
    if (!it->is_array() || it->empty()) {
        refuse();
    }
    std::vector<std::string> statuses;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const auto& value = (*it)[i];
        if (!value.is_string() || !machine.isState(value.get_ref<const std::string&>()) ||
            std::find(statuses.begin(), statuses.end(), value.get<std::string>()) !=
                statuses.end()) {
            const auto field = "status[" + std::to_string(i) + "]";
            throw ProtocolError(ErrorCode::BadRequest,
                                "'" + field + "' must be a status not listed before (" + all + ")",
                                field);
        }
        statuses.push_back(value.get<std::string>());
    }
    return statuses;
}

store::LiaisonFilter readLiaisonFilter(const json& body) {
    allowOnlyFields(body, {"status", "direction", "limit", "offset"});
    store::LiaisonFilter filter;
    filter.statuses = readStatuses(body);
    if (body.contains("direction") && !body["direction"].is_null()) {
        filter.side = requireChoice(body, "direction", {"incoming", "outgoing"}) == "incoming"
                          ? "receiving"
                          : "requesting";
    }
    filter.limit =
        static_cast<int>(optionalInt(body, "limit", 1, kMaxListLimit).value_or(kDefaultListLimit));
    filter.offset = static_cast<int>(optionalInt(body, "offset", 0, kMaxListOffset).value_or(0));
    return filter;
}

OpOutcome listLiaisons(const OpInput& in, pqxx::connection_base& connection) {
    const auto filter = readLiaisonFilter(in.request.body);
    pqxx::read_transaction txn(connection, "liaison_list");
    auto page = store::LiaisonRepository::list(txn, filter, viewerOf(*in.state.principal));
    OpOutcome outcome;
    outcome.result = store::totalFields(page.total);
    outcome.result["liaison_requests"] = std::move(page.requests);
    return outcome;
}

/// An op that runs `body` as one command, with the fields `read` reads.
template <class Read> OpSpec command(Read read, json (*body)(Command&)) {
    return {.roles = kConsoleRoles, .checkFields = fieldsReadBy(read), .command = body};
}

} // namespace

void addLiaisonOps(OpTable& table) {
    table.add(Op::LiaisonCreate, command(readNewLiaison, createRequest));
    table.add(Op::LiaisonAck, command(readLiaisonVersion, acknowledge));
    table.add(Op::LiaisonReply, command(readLiaisonReply, replyTo));
    table.add(Op::LiaisonClose, command(readLiaisonVersion, closeRequest));
    table.add(Op::LiaisonReject, command(readLiaisonRejection, rejectRequest));
    table.add(Op::LiaisonGet, {.roles = kConsoleRoles,
                               .checkFields = fieldsReadBy(readLiaisonId),
                               .onDatabase = getLiaison});
    table.add(Op::LiaisonList, {.roles = kConsoleRoles,
                                .checkFields = fieldsReadBy(readLiaisonFilter),
                                .onDatabase = listLiaisons});
}

} // namespace jcc::server
