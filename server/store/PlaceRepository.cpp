#include "server/store/PlaceRepository.hpp"

#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

namespace {
constexpr const char* kTrigramThreshold = "0.4";
} // namespace

void PlaceRepository::prepare(pqxx::connection_base& connection) {
    // For this transaction only: the default of 0.6 misses one wrong letter in a short name
    // ("hodnin" is 0.5 from "hodonin").
    connection.prepare("place_search_threshold",
                       "SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)");
    // q is the query as search_name spells names (lower case, no diacritics, single spaces);
    // pattern is q with LIKE's wildcards and escape character escaped. A trigram match (<%, which
    // the trigram index serves) needs a word_similarity of at least the threshold above.
    connection.prepare(
        "place_search",
        "WITH query AS ("
        "  SELECT q, replace(replace(replace(q, '\\', '\\\\'), '%', '\\%'), '_', '\\_') AS pattern "
        "  FROM (SELECT search_key(btrim(regexp_replace($1, '\\s+', ' ', 'g'))) AS q) k), "
        "scored AS ("
        "  SELECT p.*, CASE "
        "    WHEN p.search_name = query.q THEN 1.0 "
        "    WHEN p.search_name LIKE query.pattern || '%' "
        "      THEN 0.8 + 0.2 * similarity(query.q, p.search_name) "
        "    WHEN p.search_name LIKE ANY (ARRAY['% ' || query.pattern || '%', "
        "      '%-' || query.pattern || '%', '%(' || query.pattern || '%']) "
        "      THEN 0.6 + 0.2 * similarity(query.q, p.search_name) "
        "    ELSE 0.3 * word_similarity(query.q, p.search_name) "
        "      + 0.3 * similarity(query.q, p.search_name) END AS score "
        "  FROM places p, query "
        "  WHERE p.search_name LIKE query.pattern || '%' "
        "  OR p.search_name LIKE ANY (ARRAY['% ' || query.pattern || '%', "
        "     '%-' || query.pattern || '%', '%(' || query.pattern || '%']) "
        "  OR query.q <% p.search_name "
        "  ORDER BY score DESC, p.name, p.id LIMIT $2) "
        "SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'name', name, 'kind', kind, "
        "'country', country, 'region', region, 'lat', lat, 'lon', lon, "
        "'score', round(score::numeric, 3)) ORDER BY score DESC, name, id), '[]')::text "
        "FROM scored");
}

nlohmann::json PlaceRepository::search(pqxx::transaction_base& txn, const std::string& query,
                                       int limit) {
    exec(txn, "place_search_threshold", kTrigramThreshold);
    return nlohmann::json::parse(exec1(txn, "place_search", query, limit)[0].c_str());
}

} // namespace jcc::store
