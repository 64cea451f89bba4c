#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>

using namespace jcc::test;
using nlohmann::json;

namespace {

struct OpRoles {
    const char* op;
    bool operatorAllowed;
    bool supervisorAllowed;
    bool adminAllowed;
};

// Every op of the protocol and who may call it (docs/protocol.md).
const std::vector<OpRoles> kOps{
    {"ping", true, true, true},
    {"logout", true, true, true},
    {"subscribe", true, true, false},
    {"incident.create", true, true, false},
    {"incident.update", true, true, false},
    {"incident.note", true, true, false},
    {"incident.close", true, true, false},
    {"incident.cancel", true, true, false},
    {"incident.get", true, true, false},
    {"incident.list", true, true, false},
    {"incident.caller", true, true, false},
    {"unit.create", false, true, false},
    {"unit.update", false, true, false},
    {"unit.set_status", true, true, false},
    {"unit.set_position", true, true, false},
    {"unit.recommend", true, true, false},
    {"assignment.create", true, true, false},
    {"assignment.set_status", true, true, false},
    {"liaison.create", true, true, false},
    {"liaison.ack", true, true, false},
    {"liaison.reply", true, true, false},
    {"liaison.close", true, true, false},
    {"liaison.reject", true, true, false},
    {"liaison.list", true, true, false},
    {"liaison.get", true, true, false},
    {"place.search", true, true, false},
    {"handover.note", true, true, false},
    {"handover.generate", true, true, false},
    {"handover.remarks", false, true, false},
    {"handover.sign", false, true, false},
    {"handover.acknowledge", false, true, false},
    {"handover.get", true, true, false},
    {"handover.list", true, true, false},
    {"stats.exchange", true, true, false},
};

} // namespace

TEST_CASE("every op x every role: forbidden exactly where the role may not call it") {
    TestDatabase db;
    addUser(db, "operator1", jcc::Role::Operator, "PCR", jcc::Country::CZ);
    addUser(db, "supervisor1", jcc::Role::Supervisor, "PZSR", jcc::Country::SK);
    addUser(db, "admin1", jcc::Role::Admin, "PCR", jcc::Country::CZ);
    ServerProcess server(db.url(), {"--rate-limit", "1000", "--rate-burst", "1000"});
    for (const auto& [username, column] : std::vector<std::pair<std::string, int>>{
             {"operator1", 0}, {"supervisor1", 1}, {"admin1", 2}}) {
        for (const auto& op : kOps) {
            // A fresh connection per op: logout ends the login.
            WsClient client(server.port());
            REQUIRE(client.helloAndLogin(username, kOperatorPassword)["ok"] == true);
            const bool allowed = column == 0   ? op.operatorAllowed
                                 : column == 1 ? op.supervisorAllowed
                                               : op.adminAllowed;
            // An empty body: allowed roles get a validation error (or success), never forbidden.
            const auto reply = client.call(op.op);
            INFO(username << " " << op.op << " -> " << reply.dump());
            REQUIRE(reply.contains("ok"));
            const std::string code =
                reply["ok"].get<bool>() ? "ok" : reply["error"]["code"].get<std::string>();
            CHECK(code != "unknown_op");
            if (allowed) {
                CHECK(code != "forbidden");
            } else {
                CHECK(code == "forbidden");
            }
        }
    }
}
