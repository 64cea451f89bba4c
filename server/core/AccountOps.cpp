#include "server/core/AccountOps.hpp"

#include "common/Fields.hpp"
#include "common/PasswordPolicy.hpp"
#include "common/Version.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/PreLoginLimits.hpp"
#include "server/core/ServerContext.hpp"

#include <chrono>
#include <ctime>

namespace jcc::server {

using nlohmann::json;

namespace {

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

/// hello takes fields it does not know, so that a client of another protocol version is answered
/// unsupported_protocol rather than bad_request.
std::int64_t readProtocol(const json& body) {
    return requireInt(body, "protocol", 0, 1'000'000);
}

OpOutcome hello(const OpInput& in) {
    const auto version = readProtocol(in.request.body);
    if (version != kProtocolVersion) {
        throw ProtocolError(ErrorCode::UnsupportedProtocol,
                            "this server speaks protocol " + std::to_string(kProtocolVersion) +
                                ", the client asked for " + std::to_string(version),
                            "protocol");
    }
    const auto& config = in.context.config;
    OpOutcome outcome;
    outcome.result = {{"protocol", kProtocolVersion},
                      {"server", "jcc-server"},
                      {"version", jcc::version()},
                      {"node", config.nodeName},
                      {"time", utcNow()},
                      {"limits",
                       {{"max_frame_bytes", config.maxFrameBytes},
                        {"pre_login_frame_bytes", kPreLoginFrameBytes},
                        {"requests_per_second", config.rateLimit},
                        {"request_burst", config.rateBurst}}}};
    outcome.apply = [](SessionState& state) { state.helloDone = true; };
    return outcome;
}

OpOutcome ping(const OpInput&) {
    return {json{{"pong", true}, {"time", utcNow()}}, {}};
}

json sessionResult(const User& user, const ServerContext& context) {
    return {{"user", toJson(user)},
            {"session_idle_expiry_s", context.accounts.sessionIdleExpiry.count()},
            {"session_lifetime_s", context.accounts.sessionLifetime.count()}};
}

/// A connection holds one session: logging in anew on it ends the one it had.
void endReplacedSession(const OpInput& in, store::AccountService& accounts,
                        std::int64_t newSessionId) {
    const auto& previous = in.state.principal;
    if (previous && previous->sessionId != newSessionId) {
        accounts.logout(previous->sessionId, actorOf(in, previous->user));
    }
}

struct Credentials {
    std::string username;
    std::string password;
};

Credentials readCredentials(const json& body) {
    allowOnlyFields(body, {"username", "password"});
    return {requireString(body, "username", {1, 64}),
            requireString(body, "password", {1, kMaxPasswordLength})};
}

OpOutcome login(const OpInput& in, pqxx::connection_base& connection) {
    const auto [username, password] = readCredentials(in.request.body);
    store::AccountService accounts(connection, in.context.accounts);
    auto login = accounts.login(username, password, in.clientAddress);
    endReplacedSession(in, accounts, login.sessionId);
    OpOutcome outcome;
    outcome.result = sessionResult(login.user, in.context);
    outcome.result["token"] = login.token;
    outcome.apply = [principal = Principal{login.user, login.sessionId}](SessionState& state) {
        state.principal = principal;
    };
    return outcome;
}

std::string readToken(const json& body) {
    allowOnlyFields(body, {"token"});
    return requireString(body, "token", {1, 128});
}

OpOutcome resume(const OpInput& in, pqxx::connection_base& connection) {
    const auto token = readToken(in.request.body);
    store::AccountService accounts(connection, in.context.accounts);
    const auto resumed = accounts.resume(token, in.clientAddress);
    endReplacedSession(in, accounts, resumed.sessionId);
    OpOutcome outcome;
    outcome.result = sessionResult(resumed.user, in.context);
    outcome.result["token"] = resumed.token;
    outcome.apply = [principal = Principal{resumed.user, resumed.sessionId}](SessionState& state) {
        state.principal = principal;
    };
    return outcome;
}

OpOutcome logout(const OpInput& in, pqxx::connection_base& connection) {
    const auto& principal = *in.state.principal;
    store::AccountService accounts(connection, in.context.accounts);
    accounts.logout(principal.sessionId, actorOf(in, principal.user));
    OpOutcome outcome;
    outcome.apply = [](SessionState& state) { state.principal.reset(); };
    return outcome;
}

} // namespace

void addAccountOps(OpTable& table) {
    table.add(
        Op::Hello,
        {.access = OpAccess::Always, .checkFields = fieldsReadBy(readProtocol), .onStrand = hello});
    table.add(Op::Ping, {.access = OpAccess::Always, .checkFields = noFields, .onStrand = ping});
    table.add(Op::Login, {.access = OpAccess::AfterHello,
                          .signIn = SignIn::Password,
                          .checkFields = fieldsReadBy(readCredentials),
                          .onDatabase = login});
    table.add(Op::Resume, {.access = OpAccess::AfterHello,
                           .signIn = SignIn::Token,
                           .checkFields = fieldsReadBy(readToken),
                           .onDatabase = resume});
    table.add(Op::Logout,
              {.access = OpAccess::LoggedIn, .checkFields = noFields, .onDatabase = logout});
}

} // namespace jcc::server
