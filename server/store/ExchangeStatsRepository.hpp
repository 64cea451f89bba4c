#pragma once
// Statistics of the cross-border exchange per period in local time: liaison requests by direction
// and kind with their median response time, and incidents by type.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
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
    /// The most incidents, and the most liaison requests, counted: the bound of the work.
    std::int64_t maxRows = 0;
};

struct ExchangeStats {
    /// One object per period from the one holding `from` to the one holding `to`:
    /// {"period": "2026-03-02", "liaison": [...], "incidents": [...]} (docs/protocol.md).
    nlohmann::json periods;
    /// Set when the range held more than maxRows incidents or liaison requests: the figures
    /// count the records created before this time (ISO 8601), and the periods end with the one
    /// holding it.
    std::optional<std::string> countedUntil;
};

class ExchangeStatsRepository {
public:
    static void prepare(pqxx::connection_base& connection);
    /// Reads at most query.maxRows + 1 incidents and as many liaison requests, in creation order
    /// from the indexes incidents_created_at_id and liaison_requests_created_at.
    static ExchangeStats buckets(pqxx::transaction_base& txn, const ExchangeStatsQuery& query);
};

} // namespace jcc::store
