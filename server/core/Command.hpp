#pragma once
// A mutating op (docs/design.md, decisions 1, 2 and 5): the change, its audit records and its
// events are made together inside a savepoint of the writer's transaction and commit with it (the
// CommandWriter replies after the commit), and the request's client-made request_id makes a retry
// return the first result and change nothing.
#include "server/core/OpTable.hpp"

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace pqxx {
class dbtransaction;
class transaction_base;
} // namespace pqxx

namespace jcc::server {

class Command {
public:
    Command(pqxx::transaction_base& txn, const OpInput& input);

    pqxx::transaction_base& txn() { return m_txn; }
    const Principal& principal() const { return *m_input.state.principal; }
    const nlohmann::json& body() const { return m_input.request.body; }
    const OpInput& input() const { return m_input; }

    /// Appends an audit record of this command (actor, address and node filled in).
    void audit(const std::string& action, const std::string& entity, std::int64_t entityId,
               const nlohmann::json& before, const nlohmann::json& after);
    /// Appends an event carrying `data` (the entity as it now is); returns its seq.
    std::int64_t emit(Event event, const std::string& entity, std::int64_t entityId,
                      const nlohmann::json& data);
    /// The seq of the last event this command emitted (0 when none).
    std::int64_t lastSeq() const { return m_lastSeq; }

private:
    pqxx::transaction_base& m_txn;
    const OpInput& m_input;
    std::int64_t m_lastSeq = 0;
};

/// A command's "request_id": 8 to 64 characters that the client makes once per command and sends
/// again on a retry (docs/protocol.md, "Commands").
std::string readRequestId(const nlohmann::json& body);

/// Runs `body` for a request that carries "request_id" (8 to 64 characters) inside a savepoint
/// of `txn`. A request id seen before (committed, or earlier in the same transaction) returns the
/// first result unchanged (or bad_request when it named another op or user). A ProtocolError from
/// `body` rolls back this command only and is rethrown. Raises `lastSeq` to the seq of the last
/// event the command emitted. The caller commits (and NOTIFYs).
OpOutcome runCommand(pqxx::dbtransaction& txn, const OpInput& input, const CommandBody& body,
                     std::int64_t& lastSeq);

} // namespace jcc::server
