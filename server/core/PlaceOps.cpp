#include "server/core/PlaceOps.hpp"

#include "common/Fields.hpp"
#include "server/core/OpTable.hpp"
#include "server/store/PlaceRepository.hpp"

#include <pqxx/pqxx>

namespace jcc::server {

namespace {

constexpr std::int64_t kDefaultLimit = 10;
constexpr std::int64_t kMaxLimit = 50;

struct PlaceQuery {
    std::string text;
    std::int64_t limit;
};

PlaceQuery readPlaceQuery(const nlohmann::json& body) {
    allowOnlyFields(body, {"q", "limit"});
    auto query = requireString(body, "q", {1, 100});
    if (query.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw ProtocolError(ErrorCode::BadRequest, "'q' must not be blank", "q");
    }
    return {std::move(query), optionalInt(body, "limit", 1, kMaxLimit).value_or(kDefaultLimit)};
}

OpOutcome search(const OpInput& in, pqxx::connection_base& connection) {
    const auto [query, limit] = readPlaceQuery(in.request.body);
    pqxx::read_transaction txn(connection, "place_search");
    OpOutcome outcome;
    outcome.result = {
        {"places", store::PlaceRepository::search(txn, query, static_cast<int>(limit))}};
    return outcome;
}

} // namespace

void addPlaceOps(OpTable& table) {
    table.add(Op::PlaceSearch, {.roles = kConsoleRoles,
                                .checkFields = fieldsReadBy(readPlaceQuery),
                                .onDatabase = search});
}

} // namespace jcc::server
