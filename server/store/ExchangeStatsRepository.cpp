#include "server/store/ExchangeStatsRepository.hpp"

#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

namespace {

/// The first $6 + 1 rows of `table` (as `alias`) created from local date $1 to local date $2
/// (inclusive) in zone $4, oldest first: bounds of created_at itself, so that the index on it
/// gives them in that order without a sort, and the LIMIT bounds the work.
std::string firstRows(const std::string& table, const std::string& alias,
                      const std::string& columns) {
    return "SELECT " + columns + " FROM " + table + " " + alias + " WHERE " + alias +
           ".created_at >= $1::date::timestamp AT TIME ZONE $4 AND " + alias +
           ".created_at < ($2::date + 1)::timestamp AT TIME ZONE $4 ORDER BY " + alias +
           ".created_at LIMIT $6::bigint + 1";
}

/// The creation time of row $6 + 1 of the earlier table to have one, null when neither has.
constexpr const char* kCut =
    "SELECT least("
    " (SELECT max(created_at) FROM incident_rows HAVING count(*) > $6::bigint),"
    " (SELECT max(created_at) FROM liaison_rows HAVING count(*) > $6::bigint)) AS at";

/// Per period: the liaison rows per direction and kind.
constexpr const char* kLiaisonPerPeriod =
    "SELECT period, jsonb_agg(jsonb_build_object('direction', direction, 'kind', kind,"
    "  'sent', sent, 'answered', answered, 'median_response_s', median_response_s)"
    "  ORDER BY direction, kind) AS items "
    "FROM (SELECT date_trunc($3, r.created_at AT TIME ZONE $4) AS period,"
    "  f.country || '→' || t.country AS direction, r.kind, count(*) AS sent,"
    "  count(r.answered_at) AS answered, round(percentile_cont(0.5) WITHIN GROUP"
    "   (ORDER BY extract(epoch FROM r.answered_at - r.created_at)))::bigint"
    "   AS median_response_s"
    " FROM liaison_rows r JOIN agencies f ON f.code = r.from_agency"
    " JOIN agencies t ON t.code = r.to_agency, cut"
    " WHERE cut.at IS NULL OR r.created_at < cut.at GROUP BY 1, 2, 3) x "
    "GROUP BY period";

/// Per period: the assistance requests per direction and agency asked, with how many were
/// accepted and declined and the median time to acceptance.
constexpr const char* kAssistancePerPeriod =
    "SELECT period, jsonb_agg(jsonb_build_object('direction', direction, 'to_agency', to_agency,"
    "  'sent', sent, 'accepted', accepted, 'declined', declined,"
    "  'median_accept_s', median_accept_s) ORDER BY direction, to_agency) AS items "
    "FROM (SELECT date_trunc($3, r.created_at AT TIME ZONE $4) AS period,"
    "  f.country || '→' || t.country AS direction, r.to_agency, count(*) AS sent,"
    "  count(r.accepted_at) AS accepted, count(*) FILTER (WHERE r.status = 'rejected')"
    "  AS declined, round(percentile_cont(0.5) WITHIN GROUP"
    "   (ORDER BY extract(epoch FROM r.accepted_at - r.created_at)))::bigint AS median_accept_s"
    " FROM liaison_rows r JOIN agencies f ON f.code = r.from_agency"
    " JOIN agencies t ON t.code = r.to_agency, cut"
    " WHERE r.kind = 'assistance_request' AND (cut.at IS NULL OR r.created_at < cut.at)"
    " GROUP BY 1, 2, 3) x "
    "GROUP BY period";

/// Per period: the incidents per type, named in language $5.
constexpr const char* kIncidentsPerPeriod =
    "SELECT c.period, jsonb_agg(jsonb_build_object('type', t.code,"
    "  'name', CASE $5 WHEN 'cs' THEN t.name_cs WHEN 'sk' THEN t.name_sk ELSE t.name_en END,"
    "  'count', c.count) ORDER BY t.sort_order) AS items "
    "FROM (SELECT date_trunc($3, i.created_at AT TIME ZONE $4) AS period, i.incident_type,"
    "  count(*) FROM incident_rows i, cut WHERE cut.at IS NULL OR i.created_at < cut.at"
    "  GROUP BY 1, 2) c "
    "JOIN incident_types t ON t.code = c.incident_type GROUP BY c.period";

/// Every period of the range up to the cut, with its figures; and the cut as ISO 8601 UTC.
constexpr const char* kPeriods =
    "SELECT (SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM cut),"
    " coalesce(jsonb_agg(jsonb_build_object('period', to_char(p.period, 'YYYY-MM-DD'),"
    "  'liaison', coalesce(l.items, '[]'), 'assistance', coalesce(a.items, '[]'),"
    "  'incidents', coalesce(n.items, '[]'))"
    "  ORDER BY p.period), '[]')::text "
    "FROM generate_series(date_trunc($3, $1::date::timestamp), $2::date::timestamp,"
    " ('1 ' || $3)::interval) AS p (period)"
    " LEFT JOIN liaison l USING (period) LEFT JOIN assistance a USING (period)"
    " LEFT JOIN incidents n USING (period) "
    "WHERE p.period < coalesce((SELECT at AT TIME ZONE $4 FROM cut), 'infinity')";

} // namespace

void ExchangeStatsRepository::prepare(pqxx::connection_base& connection) {
    // $1 first date, $2 last date, $3 'day' | 'week' | 'month', $4 zone, $5 language, $6 the most
    // rows of each table counted. Each table is read in creation order up to $6 + 1 rows; when
    // either has more, only what was created before the earlier cut is counted, so that the
    // figures of both tables cover the same time. Each table is aggregated once, by period.
    connection.prepare(
        "stats_exchange",
        "WITH incident_rows AS (" + firstRows("incidents", "i", "i.created_at, i.incident_type") +
            "), liaison_rows AS (" +
            firstRows("liaison_requests", "r",
                      "r.created_at, r.answered_at, r.from_agency, r.to_agency, r.kind, "
                      "r.status, r.accepted_at") +
            "), cut AS (" + kCut + "), liaison AS (" + kLiaisonPerPeriod + "), assistance AS (" +
            kAssistancePerPeriod + "), incidents AS (" + kIncidentsPerPeriod + ") " + kPeriods);
}

ExchangeStats ExchangeStatsRepository::buckets(pqxx::transaction_base& txn,
                                               const ExchangeStatsQuery& query) {
    const auto row = exec1(txn, "stats_exchange", query.from, query.to, query.groupBy, query.zone,
                           query.language, query.maxRows);
    ExchangeStats stats;
    stats.periods = nlohmann::json::parse(row[1].c_str());
    if (!row[0].is_null()) {
        stats.countedUntil = row[0].as<std::string>();
    }
    return stats;
}

} // namespace jcc::store
