#pragma once
// The protocol's ops: one handler per op name, registered in one table. A handler runs either on
// the connection's strand (no database) or on a database worker, and returns its result plus an
// optional change to the connection's state, applied back on the strand.
#include "common/Envelope.hpp"
#include "common/User.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace pqxx {
class connection_base;
}

namespace jcc::server {

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
};

struct OpOutcome {
    nlohmann::json result = nlohmann::json::object();
    std::function<void(SessionState&)> apply; ///< optional
};

enum class OpAccess {
    Always,     ///< hello, ping
    AfterHello, ///< login, resume
    LoggedIn,   ///< everything else
};

struct OpSpec {
    OpAccess access = OpAccess::LoggedIn;
    std::function<OpOutcome(const OpInput&)> onStrand;
    std::function<OpOutcome(const OpInput&, pqxx::connection_base&)> onDatabase;
};

class OpTable {
public:
    void add(std::string name, OpSpec spec);
    const OpSpec* find(std::string_view name) const;

private:
    std::map<std::string, OpSpec, std::less<>> m_ops;
};

/// The table of every op this server speaks.
OpTable makeOpTable();

} // namespace jcc::server
