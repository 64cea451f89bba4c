#include "server/store/RequestResults.hpp"

#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

void RequestResults::prepare(pqxx::connection_base& connection) {
    connection.prepare("request_lock", "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))");
    connection.prepare("request_find", "SELECT user_id, op, result::text FROM request_results "
                                       "WHERE request_id = $1");
    connection.prepare("request_prune", "DELETE FROM request_results "
                                        "WHERE created_at < now() - make_interval(secs => $1)");
    connection.prepare("request_record",
                       "INSERT INTO request_results (request_id, user_id, op, result) "
                       "VALUES ($1, $2, $3, $4::jsonb)");
}

void RequestResults::lock(pqxx::transaction_base& txn, const std::string& requestId) {
    exec(txn, "request_lock", requestId);
}

std::optional<RequestResult> RequestResults::find(pqxx::transaction_base& txn,
                                                  const std::string& requestId) {
    const auto row = execOptional(txn, "request_find", requestId);
    if (!row) {
        return std::nullopt;
    }
    return RequestResult{(*row)[0].as<std::int64_t>(), (*row)[1].as<std::string>(),
                         (*row)[2].as<std::string>()};
}

long RequestResults::prune(pqxx::transaction_base& txn, std::chrono::seconds retention) {
    return static_cast<long>(
        exec(txn, "request_prune", static_cast<double>(retention.count())).affected_rows());
}

void RequestResults::record(pqxx::transaction_base& txn, const std::string& requestId,
                            std::int64_t userId, const std::string& op,
                            const std::string& resultJson) {
    exec(txn, "request_record", requestId, userId, op, resultJson);
}

} // namespace jcc::store
