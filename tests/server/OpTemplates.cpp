#include "tests/server/OpTemplates.hpp"

#include "common/Catalogue.hpp"
#include "server/store/Database.hpp"

#include <algorithm>
#include <fstream>
#include <pqxx/pqxx>
#include <stdexcept>

namespace jcc::test {

using nlohmann::json;

const std::vector<json>& opTemplates() {
    // The fuzz seed of each op of the catalogue (fuzz/corpus/envelope/<op>.json, '.' and '_'
    // written as '-'), without the envelope's id and the command's request_id.
    static const std::vector<json> templates = [] {
        std::vector<json> all;
        for (const auto& [id, name, kind] : jcc::kOps) {
            if (kind == jcc::OpKind::Session) {
                continue;
            }
            std::string file(name);
            std::replace_if(
                file.begin(), file.end(), [](char c) { return c == '.' || c == '_'; }, '-');
            std::ifstream seed(std::string(JCC_SOURCE_DIR) + "/fuzz/corpus/envelope/" + file +
                               ".json");
            if (!seed) {
                throw std::runtime_error("no fuzz seed for " + std::string(name));
            }
            json request = json::parse(seed);
            request.erase("id");
            request.erase("request_id");
            all.push_back(std::move(request));
        }
        return all;
    }();
    return templates;
}

bool isCommandOp(const std::string& op) {
    const auto known = jcc::opFromString(op);
    return !known || jcc::kindOf(*known) == jcc::OpKind::Command;
}

std::string databaseFingerprint(const std::string& url) {
    auto connection = jcc::store::openConnection(url);
    pqxx::read_transaction txn(*connection);
    std::string fingerprint;
    for (const char* table : {"incidents", "units", "assignments", "timeline_entries",
                              "liaison_requests", "liaison_replies", "events", "request_results",
                              "audit", "users", "places", "handover_reports", "handover_notes"}) {
        fingerprint += table;
        fingerprint += "=";
        fingerprint +=
            txn.exec("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                     "FROM " +
                     std::string(table) + " t")[0][0]
                .as<std::string>();
        fingerprint += ";";
    }
    return fingerprint +
           "seq=" + txn.exec("SELECT last_seq FROM event_counter")[0][0].as<std::string>();
}

} // namespace jcc::test
