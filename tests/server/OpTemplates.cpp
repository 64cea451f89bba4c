#include "tests/server/OpTemplates.hpp"

#include "server/store/Database.hpp"

#include <pqxx/pqxx>
#include <set>

namespace jcc::test {

using nlohmann::json;

const std::vector<json>& opTemplates() {
    static const std::vector<json> templates{
        {{"op", "subscribe"}, {"since_seq", 0}},
        {{"op", "incident.create"},
         {"type", "fire"},
         {"priority", 1},
         {"location", {{"text", "Náměstí"}, {"lat", 48.85}, {"lon", 17.13}}},
         {"description", "Hoří"},
         {"caller", {{"name", "Eva"}, {"phone", "+420 1"}}}},
        {{"op", "incident.update"},
         {"incident_id", 1},
         {"version", 1},
         {"changes", {{"priority", 2}}}},
        {{"op", "incident.note"}, {"incident_id", 1}, {"text", "Poznámka"}},
        {{"op", "incident.close"}, {"incident_id", 1}, {"version", 1}},
        {{"op", "incident.cancel"},
         {"incident_id", 1},
         {"version", 1},
         {"reason", "Planý poplach"}},
        {{"op", "incident.transfer_offer"},
         {"incident_id", 1},
         {"version", 1},
         {"reason", "Na slovenském břehu"}},
        {{"op", "incident.transfer_accept"}, {"incident_id", 1}, {"version", 1}},
        {{"op", "incident.transfer_decline"},
         {"incident_id", 1},
         {"version", 1},
         {"reason", "Zůstává v ČR"}},
        {{"op", "incident.get"}, {"incident_id", 1}},
        {{"op", "incident.needs"}, {"incident_id", 1}},
        {{"op", "plan.list"}, {"incident_type", "fire"}},
        {{"op", "incident.list"}, {"status", {"new"}}, {"limit", 10}},
        {{"op", "incident.caller"},
         {"incident_id", 1},
         {"justification", "Ověření totožnosti volajícího"}},
        {{"op", "unit.create"},
         {"call_sign", "TEST-1"},
         {"agency", "PCR"},
         {"type", "patrol_car"},
         {"home_station", "OOP Hodonín"},
         {"position", {{"lat", 48.85}, {"lon", 17.13}}}},
        {{"op", "unit.update"},
         {"unit_id", 1},
         {"version", 1},
         {"changes", {{"home_station", "X"}}}},
        {{"op", "unit.set_status"},
         {"unit_id", 1},
         {"version", 1},
         {"status", "out_of_service"},
         {"reason", "Servis"}},
        {{"op", "unit.set_position"}, {"unit_id", 1}, {"lat", 48.8}, {"lon", 17.1}},
        {{"op", "unit.recommend"}, {"incident_id", 1}, {"limit", 3}},
        {{"op", "assignment.create"}, {"incident_id", 1}, {"unit_id", 1}},
        {{"op", "assignment.set_status"}, {"assignment_id", 1}, {"status", "en_route"}},
        {{"op", "liaison.create"},
         {"to_agency", "PZSR"},
         {"kind", "information_request"},
         {"subject", "Lustrace vozidla"},
         {"body", "Prosíme o lustraci"},
         {"priority", 2}},
        {{"op", "liaison.ack"}, {"liaison_id", 1}, {"version", 1}},
        {{"op", "liaison.reply"}, {"liaison_id", 1}, {"body", "Odpoveď"}},
        {{"op", "liaison.close"}, {"liaison_id", 1}, {"version", 1}},
        {{"op", "liaison.reject"},
         {"liaison_id", 1},
         {"version", 1},
         {"reason", "Mimo príslušnosť"}},
        {{"op", "liaison.accept"}, {"liaison_id", 1}, {"version", 1}, {"unit_ids", {1}}},
        {{"op", "liaison.propose"}, {"liaison_id", 1}, {"version", 1}, {"unit_ids", {1}}},
        {{"op", "liaison.list"}, {"direction", "incoming"}},
        {{"op", "liaison.get"}, {"liaison_id", 1}},
        {{"op", "place.search"}, {"q", "breclav"}, {"limit", 5}},
        {{"op", "handover.note"}, {"text", "Předávací poznámka"}},
        {{"op", "handover.remarks"},
         {"shift", "2026-03-10D"},
         {"text", "Klidná směna"},
         {"version", 0}},
        {{"op", "handover.sign"}, {"shift", "2026-03-10D"}, {"password", "x"}},
        {{"op", "handover.acknowledge"}, {"shift", "2026-03-10D"}},
        {{"op", "handover.generate"}, {"shift", "2026-03-10D"}},
        {{"op", "handover.get"}, {"shift", "2026-03-10D"}},
        {{"op", "handover.list"}, {"from", "2026-03-01"}, {"to", "2026-03-31"}, {"q", "most"}},
        {{"op", "stats.exchange"},
         {"from", "2026-03-01"},
         {"to", "2026-03-31"},
         {"group_by", "week"}},
    };
    return templates;
}

bool isCommandOp(const std::string& op) {
    static const std::set<std::string> kReads{
        "subscribe",         "incident.get",   "incident.list", "incident.caller", "incident.needs",
        "plan.list",         "unit.recommend", "liaison.list",  "liaison.get",     "place.search",
        "handover.generate", "handover.get",   "handover.list", "stats.exchange"};
    return !kReads.contains(op);
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
