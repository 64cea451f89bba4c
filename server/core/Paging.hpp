#pragma once
// The page fields of the lists that page by key (incident.list, handover.list): `limit`, the
// cursor `after` a client passes back, and the `next` cursor a reply carries when more rows
// follow (docs/protocol.md, "Paging").
#include "server/store/KeysetPage.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace jcc::server {

inline constexpr int kDefaultPageSize = 100;
inline constexpr int kMaxPageSize = 500;

/// The list a cursor belongs to: one list's cursor is refused by another.
enum class PagedList { Incidents, Handovers };

struct PageRequest {
    int limit = kDefaultPageSize;
    store::PageKey after = store::PageKey::top();
};

/// The `limit` (1 to kMaxPageSize) and `after` fields of a request to `list`; a cursor that is
/// not exactly one `next` that list can have handed out is bad_request naming "after".
PageRequest readPageRequest(const nlohmann::json& body, PagedList list);

/// The cursor text of `key` in `list`: "<list letter>.<microseconds>.<id>", e.g.
/// "i.1772352000000000.42". Clients treat it as opaque.
std::string encodeCursor(PagedList list, const store::PageKey& key);
/// The key of a cursor of `list`; nullopt unless `text` is exactly what encodeCursor gives.
std::optional<store::PageKey> decodeCursor(PagedList list, std::string_view text);

/// `page`'s rows as `itemsName`, its cursor as "next" (null on the last page), and the total of
/// the `counted` matching rows (store::totalFields of a store::cappedCountSql count).
nlohmann::json pageReply(store::Page page, const std::string& itemsName, PagedList list,
                         std::int64_t counted);

} // namespace jcc::server
