#pragma once
// A mutating op as one transaction (DESIGN.md decisions 1, 2 and 5): the change, its audit
// records and its events commit together, the reply is sent after the commit, and the request's
// client-made request_id makes a retry return the first result and change nothing.
#include "server/core/OpTable.hpp"

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace pqxx {
class connection_base;
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
    std::int64_t emit(const std::string& event, const std::string& entity, std::int64_t entityId,
                      const nlohmann::json& data);

private:
    pqxx::transaction_base& m_txn;
    const OpInput& m_input;
};

/// Runs `body` for a request that carries "request_id" (8 to 64 characters). A request id seen
/// before returns the first result unchanged (or bad_request when it named another op or user).
/// A ProtocolError from `body` rolls everything back.
OpOutcome runCommand(const OpInput& input, pqxx::connection_base& connection,
                     const std::function<nlohmann::json(Command&)>& body);

} // namespace jcc::server
