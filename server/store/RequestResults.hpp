#pragma once
// The request_results table: the first result of each mutating request by its client-made
// request id (docs/design.md, decision 5), so a retry returns it and changes nothing.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

struct RequestResult {
    std::int64_t userId = 0;
    std::string op;
    std::string resultJson;
};

class RequestResults {
public:
    static void prepare(pqxx::connection_base& connection);
    /// Serialises transactions that carry the same request id until they end.
    static void lock(pqxx::transaction_base& txn, const std::string& requestId);
    static std::optional<RequestResult> find(pqxx::transaction_base& txn,
                                             const std::string& requestId);
    /// Forgets results older than `retention`; returns how many.
    static long prune(pqxx::transaction_base& txn, std::chrono::seconds retention);
    static void record(pqxx::transaction_base& txn, const std::string& requestId,
                       std::int64_t userId, const std::string& op, const std::string& resultJson);
};

} // namespace jcc::store
