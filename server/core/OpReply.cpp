#include "server/core/OpReply.hpp"

#include "server/store/StoreError.hpp"

#include <pqxx/except>
#include <spdlog/spdlog.h>

namespace jcc::server {

namespace {

/// The SQLSTATE of a statement the database refused (store::StatementError) or of a pqxx error
/// raised outside the store's statements (BEGIN, a savepoint, COMMIT); empty for anything else.
std::string sqlstateOf(const std::exception& error) {
    if (const auto* statement = dynamic_cast<const store::StatementError*>(&error)) {
        return statement->sqlstate();
    }
    if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&error)) {
        return sql->sqlstate();
    }
    return {};
}

} // namespace

OpReply succeeded(const Request& request, OpOutcome outcome) {
    auto shared = std::make_shared<OpOutcome>(std::move(outcome));
    std::string text = shared->rawResult ? makeRawReply(request.id, *shared->rawResult)
                                         : makeReply(request.id, shared->result);
    return {std::move(shared), std::move(text), "ok"};
}

OpReply refused(const Request& request, const ProtocolError& error) {
    return {nullptr, makeErrorReply(request.id, error), std::string(toString(error.code()))};
}

OpReply overloaded(const Request& request) {
    return unavailable(request, "server is overloaded");
}

OpReply unavailable(const Request& request, const std::string& reason, const char* advice) {
    return {nullptr, makeErrorReply(request.id, ErrorCode::Unavailable, reason + "; " + advice),
            std::string(toString(ErrorCode::Unavailable))};
}

OpReply failed(const Request& request, const std::exception& error, const SessionState& state,
               const std::string& clientAddress, const std::string& nodeName) {
    if (dynamic_cast<const pqxx::broken_connection*>(&error) != nullptr ||
        dynamic_cast<const pqxx::in_doubt_error*>(&error) != nullptr) {
        spdlog::error("op {}: database connection lost: {}", request.op, error.what());
        return unavailable(request, "database connection lost", "retry the request");
    }
    if (sqlstateOf(error) == store::sqlstate::kQueryCanceled) {
        spdlog::warn("op {}: cancelled at the statement timeout: {}", request.op, error.what());
        return unavailable(request, "the database did not answer in time");
    }
    spdlog::error("op {} from {} (user {}): {}", request.op, clientAddress,
                  state.principal ? state.principal->user.username : "-", error.what());
    return {nullptr,
            makeErrorReply(request.id, ErrorCode::Internal,
                           "internal error; it has been logged on node " + nodeName),
            "internal"};
}

} // namespace jcc::server
