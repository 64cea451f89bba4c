#pragma once
// The protocol's ops: one handler per op name, registered in one table. A handler runs on the
// connection's strand (no database), on a database worker (reads, login), or, for a mutating
// command, in the CommandWriter's batch; it returns its result plus an optional change to the
// connection's state, applied back on the strand.
#include "common/Catalogue.hpp"
#include "common/Envelope.hpp"
#include "common/User.hpp"
#include "server/store/AuditLog.hpp"

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace jcc::server {

class Command;
struct ServerContext;

struct Principal {
    User user;
    std::int64_t sessionId = 0;
};

struct SessionState {
    bool helloDone = false;
    std::optional<Principal> principal;
};

struct OpInput {
    const Request& request;
    SessionState state; ///< a copy: handlers on database workers must not share the live one
    const std::string& clientAddress;
    const ServerContext& context;
    /// For a command: what its op's beforeCommand read (null otherwise).
    nlohmann::json prepared = nullptr;
};

/// Who acts, for the audit trail: `user` on this connection, through this node.
store::Actor actorOf(const OpInput& in, const User& user);

struct OpOutcome {
    nlohmann::json result = nlohmann::json::object();
    /// When set, this JSON text is the result instead of `result` (large or stored results).
    std::optional<std::string> rawResult{};
    std::function<void(SessionState&)> apply{}; ///< optional
    /// Events to push right after the reply, in order (a resume's missed events).
    std::vector<std::shared_ptr<const std::string>> pushes{};
    /// Set by subscribe: the seq the reply and `pushes` bring the console up to.
    std::optional<std::int64_t> subscribedAtSeq{};
};

/// Which roles may call an op: a bit per Role.
using RoleSet = unsigned;
constexpr RoleSet roleBit(Role role) {
    return 1u << static_cast<unsigned>(role);
}
inline constexpr RoleSet kAnyRole =
    roleBit(Role::Operator) | roleBit(Role::Supervisor) | roleBit(Role::Admin);
/// Console work: operators and supervisors (admins work through jcc-admin).
inline constexpr RoleSet kConsoleRoles = roleBit(Role::Operator) | roleBit(Role::Supervisor);

/// Reads and checks a request's fields without the database or the session: names, types,
/// lengths, ranges, unknown fields. Throws the ProtocolError a bad field is answered with.
using FieldCheck = std::function<void(const nlohmann::json& body)>;

/// The FieldCheck of an op whose handler reads its fields with `read` (a pure function of the
/// body): the check and the handler share one definition of the fields.
template <class Read> FieldCheck fieldsReadBy(Read read) {
    return [read](const nlohmann::json& body) { static_cast<void>(read(body)); };
}

/// The FieldCheck of an op that takes no fields.
void noFields(const nlohmann::json& body);

/// The body of a mutating command: makes the change, its audit records and events through
/// `Command` and returns the result (see Command.hpp).
using CommandBody = std::function<nlohmann::json(Command&)>;

enum class OpAccess {
    Always,     ///< hello, ping
    AfterHello, ///< login, resume
    LoggedIn,   ///< everything else
};

/// Ops that start a session run on the login pool (ServerContext::logins); password logins are
/// also counted and slowed per client address (LoginThrottle).
enum class SignIn { No, Token, Password };

struct OpSpec {
    OpAccess access = OpAccess::LoggedIn;
    SignIn signIn = SignIn::No;
    RoleSet roles = kAnyRole; ///< checked for LoggedIn ops
    /// subscribe: events that arrive while the handler runs are held back and sent after it.
    bool subscribes = false;
    /// Every op has one. The session runs it on the strand before the op is queued, so a
    /// malformed request costs no database work; fuzz/EnvelopeFuzzer.cpp runs it on fuzzed
    /// bodies. A command's "request_id" is checked too (OpTable::add adds it).
    FieldCheck checkFields{};
    std::function<OpOutcome(const OpInput&)> onStrand{};
    std::function<OpOutcome(const OpInput&, pqxx::connection_base&)> onDatabase{};
    CommandBody command{}; ///< run by the CommandWriter, batched with other commands
    /// For a command: a read on a database worker before it is queued for the CommandWriter, so
    /// outside the seq lock; its result reaches the command as OpInput::prepared. A
    /// ProtocolError it throws is the reply and the command does not run.
    std::function<nlohmann::json(const OpInput&, pqxx::connection_base&)> beforeCommand{};
};

class OpTable {
public:
    /// Registers the handler of `op`: exactly one handler, a field check, and a `command` exactly
    /// when the catalogue (common/Catalogue.hpp) says the op is a command. Throws
    /// std::logic_error otherwise or when `op` has one already.
    void add(Op op, OpSpec spec);
    const OpSpec* find(Op op) const;
    /// The op of wire name `name`; null for an unknown name.
    const OpSpec* find(std::string_view name) const;
    /// Throws std::logic_error naming every op of the catalogue without a handler.
    void requireComplete() const;

private:
    std::array<std::optional<OpSpec>, kOps.size()> m_ops;
};

/// The table of every op this server speaks: one handler for each op of the catalogue (throws
/// std::logic_error, and the server does not start, when one is missing).
OpTable makeOpTable();

} // namespace jcc::server
