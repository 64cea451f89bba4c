#pragma once
// Lists read newest first by key rather than by OFFSET (incident.list, handover.list): a page
// continues strictly after the sort key of the last row the previous page held, so rows created
// between two pages cannot push rows already seen into the next one, and every page costs the
// same however deep it lies.
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace pqxx {
class result;
} // namespace pqxx

namespace jcc::store {

/// A row's place in its list: its sort time in whole microseconds since 1970-01-01 UTC (as the
/// database functions epoch_us and from_epoch_us of db/migrations/0007 give and take it), then
/// its id. A page holds the rows below the key, newest first.
struct PageKey {
    /// Below 2^53, so that from_epoch_us converts it exactly (to about the year 2255).
    static constexpr std::int64_t kMaxMicros = (std::int64_t{1} << 53) - 1;

    std::int64_t atMicros = 0;
    std::int64_t id = 0;

    /// Above every row: where the first page starts.
    static constexpr PageKey top() {
        return {kMaxMicros, std::numeric_limits<std::int64_t>::max()};
    }
    bool operator==(const PageKey&) const = default;
};

/// One page of a list: its rows' JSON, and the key of its last row when more rows follow.
struct Page {
    nlohmann::json items = nlohmann::json::array();
    std::optional<PageKey> next;
};

/// A list's `total` counts at most this many matching rows (and says when there were more), so
/// that a page of a list of half a million rows costs what a page of a short one does.
inline constexpr std::int64_t kMaxCounted = 10'000;

/// The SQL that counts the rows `rowsSql` selects, stopping after kMaxCounted + 1.
std::string cappedCountSql(const std::string& rowsSql);
/// The "total" (at most kMaxCounted) and "total_capped" fields of a list reply for `counted`, a
/// count made by cappedCountSql.
nlohmann::json totalFields(std::int64_t counted);

/// The page of `rows` read with LIMIT limit + 1, whose columns are the sort time as epoch_us,
/// the id and the row's JSON text: the first `limit` rows, and `next` when there was one more.
Page pageOf(const pqxx::result& rows, int limit);

} // namespace jcc::store
