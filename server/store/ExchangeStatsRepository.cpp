#include "server/store/ExchangeStatsRepository.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

void ExchangeStatsRepository::prepare(pqxx::connection_base& connection) {
    // $1 first date, $2 last date, $3 'day' | 'week' | 'month', $4 zone, $5 language.
    connection.prepare(
        "stats_exchange",
        "WITH bounds AS ("
        "  SELECT $1::date::timestamp AS lo, ($2::date + 1)::timestamp AS hi), "
        "periods AS ("
        "  SELECT generate_series(date_trunc($3, lo), hi - interval '1 second',"
        "    ('1 ' || $3)::interval) AS period FROM bounds), "
        "l AS ("
        "  SELECT date_trunc($3, r.created_at AT TIME ZONE $4) AS period,"
        "    f.country || '→' || t.country AS direction, r.kind,"
        "    extract(epoch FROM r.answered_at - r.created_at) AS response_s"
        "  FROM liaison_requests r JOIN agencies f ON f.code = r.from_agency"
        "  JOIN agencies t ON t.code = r.to_agency, bounds"
        "  WHERE r.created_at >= bounds.lo AT TIME ZONE $4"
        "  AND r.created_at < bounds.hi AT TIME ZONE $4), "
        "i AS ("
        "  SELECT date_trunc($3, i.created_at AT TIME ZONE $4) AS period, i.incident_type"
        "  FROM incidents i, bounds"
        "  WHERE i.created_at >= bounds.lo AT TIME ZONE $4"
        "  AND i.created_at < bounds.hi AT TIME ZONE $4) "
        "SELECT coalesce(jsonb_agg(jsonb_build_object("
        "  'period', to_char(p.period, 'YYYY-MM-DD'),"
        "  'liaison', coalesce((SELECT jsonb_agg(jsonb_build_object('direction', direction,"
        "      'kind', kind, 'sent', sent, 'answered', answered,"
        "      'median_response_s', median_response_s) ORDER BY direction, kind)"
        "    FROM (SELECT direction, kind, count(*) AS sent, count(response_s) AS answered,"
        "      round(percentile_cont(0.5) WITHIN GROUP (ORDER BY response_s))::bigint"
        "        AS median_response_s"
        "      FROM l WHERE l.period = p.period GROUP BY direction, kind) x), '[]'),"
        "  'incidents', coalesce((SELECT jsonb_agg(jsonb_build_object('type', t.code,"
        "      'name', CASE $5 WHEN 'cs' THEN t.name_cs WHEN 'sk' THEN t.name_sk"
        "        ELSE t.name_en END, 'count', c.count) ORDER BY t.sort_order)"
        "    FROM (SELECT incident_type, count(*) FROM i WHERE i.period = p.period"
        "      GROUP BY incident_type) c JOIN incident_types t ON t.code = c.incident_type), '[]'))"
        "  ORDER BY p.period), '[]')::text "
        "FROM periods p");
}

nlohmann::json ExchangeStatsRepository::buckets(pqxx::transaction_base& txn,
                                                const ExchangeStatsQuery& query) {
    const auto row = txn.exec_prepared1("stats_exchange", query.from, query.to, query.groupBy,
                                        query.zone, query.language);
    return nlohmann::json::parse(row[0].c_str());
}

} // namespace jcc::store
