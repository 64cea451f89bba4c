#include "server/admin/AuditExport.hpp"

#include "server/store/Statement.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <stdexcept>

namespace jcc::admin {

namespace {

constexpr int kFetchSize = 1000;

using Json = nlohmann::ordered_json;

Json jsonOrNull(const pqxx::field& field) {
    return field.is_null() ? Json(nullptr) : Json::parse(field.c_str());
}

Json textOrNull(const pqxx::field& field) {
    return field.is_null() ? Json(nullptr) : Json(field.as<std::string>());
}

} // namespace

std::size_t exportAudit(pqxx::connection_base& connection, const std::optional<std::string>& since,
                        const std::optional<std::string>& until, const store::Actor& actor,
                        std::ostream& out) {
    std::size_t count = 0;
    {
        // A cursor keeps memory flat however long the trail is; UTC makes times without an
        // offset mean the same on every host.
        pqxx::read_transaction txn(connection, "audit_export");
        store::execSql(txn, "audit_export_time_zone", "SET LOCAL TIME ZONE 'UTC'");
        store::execSql(
            txn, "audit_export_declare",
            "DECLARE audit_export NO SCROLL CURSOR FOR "
            "SELECT id, to_char(at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS at, actor, source, "
            "node, "
            "action, entity, entity_id, before::text AS before, after::text AS after FROM audit "
            "WHERE ($1::timestamptz IS NULL OR at >= $1::timestamptz) "
            "AND ($2::timestamptz IS NULL OR at < $2::timestamptz) ORDER BY id",
            since, until);
        for (;;) {
            const auto rows = store::execSql(txn, "audit_export_fetch",
                                             "FETCH FORWARD " + std::to_string(kFetchSize) +
                                                 " FROM audit_export");
            for (const auto& row : rows) {
                Json record;
                record["id"] = row["id"].as<std::int64_t>();
                record["at"] = row["at"].as<std::string>();
                record["actor"] = row["actor"].as<std::string>();
                record["source"] = row["source"].as<std::string>();
                record["node"] = textOrNull(row["node"]);
                record["action"] = row["action"].as<std::string>();
                record["entity"] = row["entity"].as<std::string>();
                record["entity_id"] = textOrNull(row["entity_id"]);
                record["before"] = jsonOrNull(row["before"]);
                record["after"] = jsonOrNull(row["after"]);
                out << record.dump() << '\n';
                ++count;
            }
            out.flush();
            if (!out) {
                throw std::runtime_error("cannot write the audit export after " +
                                         std::to_string(count) + " records: the output was closed");
            }
            if (rows.size() < static_cast<std::size_t>(kFetchSize)) {
                break;
            }
        }
    }
    pqxx::work txn(connection, "audit_export_record");
    store::AuditLog::append(
        txn, actor,
        {"audit.export", "audit", "", nullptr,
         nlohmann::json{{"since", since ? nlohmann::json(*since) : nlohmann::json(nullptr)},
                        {"until", until ? nlohmann::json(*until) : nlohmann::json(nullptr)},
                        {"records", count}}});
    txn.commit();
    return count;
}

} // namespace jcc::admin
