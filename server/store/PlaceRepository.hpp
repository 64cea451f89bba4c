#pragma once
// The places table (the gazetteer) and its search, which ignores case and diacritics and
// tolerates typos (unaccent and pg_trgm in the database).
#include <nlohmann/json.hpp>
#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

class PlaceRepository {
public:
    static void prepare(pqxx::connection_base& connection);

    /// At most `limit` places matching `query`, best first, as an array of {id, name, kind,
    /// country, region, lat, lon, score}. Score 1 is the whole name; 0.8 to 1 a name that starts
    /// with the query; 0.6 to 0.8 a later word that does; below 0.6 a trigram (typo) match,
    /// higher the closer the spelling.
    static nlohmann::json search(pqxx::transaction_base& txn, const std::string& query, int limit);
};

} // namespace jcc::store
