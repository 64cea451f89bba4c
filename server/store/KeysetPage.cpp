#include "server/store/KeysetPage.hpp"

#include <algorithm>
#include <pqxx/pqxx>

namespace jcc::store {

Page pageOf(const pqxx::result& rows, int limit) {
    Page page;
    const auto shown = std::min<std::size_t>(rows.size(), static_cast<std::size_t>(limit));
    for (std::size_t i = 0; i < shown; ++i) {
        page.items.push_back(nlohmann::json::parse(rows[i][2].c_str()));
    }
    if (rows.size() > shown && shown > 0) {
        const auto& last = rows[shown - 1];
        page.next = PageKey{last[0].as<std::int64_t>(), last[1].as<std::int64_t>()};
    }
    return page;
}

std::string cappedCountSql(const std::string& rowsSql) {
    return "SELECT count(*) FROM (" + rowsSql + " LIMIT " + std::to_string(kMaxCounted + 1) +
           ") counted";
}

nlohmann::json totalFields(std::int64_t counted) {
    return {{"total", std::min(counted, kMaxCounted)}, {"total_capped", counted > kMaxCounted}};
}

} // namespace jcc::store
