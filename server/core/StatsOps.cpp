#include "server/core/StatsOps.hpp"

#include "common/Fields.hpp"
#include "common/ProtocolError.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/ServerContext.hpp"
#include "server/core/ShiftFields.hpp"
#include "server/store/ExchangeStatsRepository.hpp"

#include <chrono>
#include <pqxx/pqxx>

namespace jcc::server {

using nlohmann::json;

namespace {

/// The longest range per grouping, so one reply stays small.
constexpr int kMaxDays = 366;
constexpr int kMaxDaysGrouped = 5 * 366;
/// The most incidents, and the most liaison requests, one reply counts, so that no range holds
/// a database worker for long: well above a year of the centre's calls.
constexpr std::int64_t kMaxCountedRows = 500'000;

int daysBetween(const std::string& from, const std::string& to) {
    const auto daysOf = [](const std::string& text) {
        using namespace std::chrono;
        return sys_days(year_month_day{year{std::stoi(text.substr(0, 4))},
                                       month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
                                       day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}});
    };
    return static_cast<int>((daysOf(to) - daysOf(from)).count());
}

/// The range and grouping; the zone, language and row bound are the server's.
store::ExchangeStatsQuery readStatsQuery(const json& body) {
    allowOnlyFields(body, {"from", "to", "group_by"});
    store::ExchangeStatsQuery query;
    query.from = requireDate(body, "from");
    query.to = requireDate(body, "to");
    query.groupBy = requireChoice(body, "group_by", {"day", "week", "month"});
    requireOrdered(query.from, query.to, "to");
    const int limit = query.groupBy == "day" ? kMaxDays : kMaxDaysGrouped;
    if (daysBetween(query.from, query.to) >= limit) {
        throw ProtocolError(ErrorCode::BadRequest,
                            "'from' to 'to' may span at most " + std::to_string(limit) +
                                " days when grouped by " + query.groupBy,
                            "to");
    }
    return query;
}

OpOutcome exchange(const OpInput& in, pqxx::connection_base& connection) {
    auto query = readStatsQuery(in.request.body);
    query.zone = in.context.config.shifts.zone;
    query.language = std::string(toString(in.state.principal->user.language));
    query.maxRows = kMaxCountedRows;
    pqxx::read_transaction txn(connection, "stats_exchange");
    auto stats = store::ExchangeStatsRepository::buckets(txn, query);
    OpOutcome outcome;
    outcome.result = {{"from", query.from},
                      {"to", query.to},
                      {"group_by", query.groupBy},
                      {"zone", query.zone},
                      {"truncated", stats.countedUntil.has_value()},
                      {"counted_until", stats.countedUntil ? json(*stats.countedUntil) : json()},
                      {"periods", std::move(stats.periods)}};
    return outcome;
}

} // namespace

void addStatsOps(OpTable& table) {
    table.add(Op::StatsExchange, {.roles = kConsoleRoles,
                                  .checkFields = fieldsReadBy(readStatsQuery),
                                  .onDatabase = exchange});
}

} // namespace jcc::server
