#include "server/core/Command.hpp"

#include "common/Fields.hpp"
#include "server/core/ServerContext.hpp"
#include "server/store/AuditLog.hpp"
#include "server/store/EventLog.hpp"
#include "server/store/RequestResults.hpp"

#include <algorithm>
#include <pqxx/pqxx>

namespace jcc::server {

Command::Command(pqxx::transaction_base& txn, const OpInput& input) : m_txn(txn), m_input(input) {}

void Command::audit(const std::string& action, const std::string& entity, std::int64_t entityId,
                    const nlohmann::json& before, const nlohmann::json& after) {
    store::AuditLog::append(m_txn, actorOf(m_input, principal().user),
                            {action, entity, std::to_string(entityId), before, after});
}

std::int64_t Command::emit(Event event, const std::string& entity, std::int64_t entityId,
                           const nlohmann::json& data) {
    m_lastSeq =
        store::EventLog::append(m_txn, std::string(toString(event)), entity, entityId, data);
    return m_lastSeq;
}

std::string readRequestId(const nlohmann::json& body) {
    return requireString(body, "request_id", {8, 64});
}

OpOutcome runCommand(pqxx::dbtransaction& outer, const OpInput& input, const CommandBody& body,
                     std::int64_t& lastSeq) {
    const auto requestId = readRequestId(input.request.body);
    const auto userId = input.state.principal->user.id;
    pqxx::subtransaction txn(outer, "command");
    store::RequestResults::lock(txn, requestId);
    if (const auto earlier = store::RequestResults::find(txn, requestId)) {
        if (earlier->userId != userId || earlier->op != input.request.op) {
            throw ProtocolError(ErrorCode::BadRequest,
                                "'request_id' was already used for a different request; make a "
                                "new one for each command",
                                "request_id");
        }
        OpOutcome outcome;
        outcome.rawResult = earlier->resultJson;
        txn.commit();
        return outcome;
    }
    Command command(txn, input);
    OpOutcome outcome;
    outcome.result = body(command);
    store::RequestResults::record(txn, requestId, userId, input.request.op, outcome.result.dump());
    txn.commit();
    lastSeq = std::max(lastSeq, command.lastSeq());
    return outcome;
}

} // namespace jcc::server
