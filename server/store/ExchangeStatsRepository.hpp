#pragma once
// Statistics of the cross-border exchange per period in local time: liaison requests by direction
// and kind with their median response time, and incidents by type.
#include <nlohmann/json.hpp>
#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

struct ExchangeStatsQuery {
    std::string from;     ///< first local date, "YYYY-MM-DD"
    std::string to;       ///< last local date (inclusive)
    std::string groupBy;  ///< "day", "week" (from Monday) or "month"
    std::string zone;     ///< the shift schedule's time zone
    std::string language; ///< for incident type names
};

class ExchangeStatsRepository {
public:
    static void prepare(pqxx::connection_base& connection);
    /// An array with one object per period from the one holding `from` to the one holding `to`:
    /// {"period": "2026-03-02", "liaison": [...], "incidents": [...]} (docs/protocol.md).
    static nlohmann::json buckets(pqxx::transaction_base& txn, const ExchangeStatsQuery& query);
};

} // namespace jcc::store
