#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>

using namespace jcc::test;
using nlohmann::json;

namespace {

struct OpRoles {
    const char* op;
    bool operatorAllowed;
    bool supervisorAllowed;
};

// Every op of the protocol and who may call it (docs/protocol.md).
const std::vector<OpRoles> kOps{
    {"ping", true, true},
    {"logout", true, true},
    {"subscribe", true, true},
    {"incident.create", true, true},
    {"incident.update", true, true},
    {"incident.note", true, true},
    {"incident.close", true, true},
    {"incident.cancel", true, true},
    {"incident.get", true, true},
    {"incident.list", true, true},
    {"incident.caller", true, true},
    {"unit.create", false, true},
    {"unit.update", false, true},
    {"unit.set_status", true, true},
    {"unit.set_position", true, true},
    {"unit.recommend", true, true},
    {"assignment.create", true, true},
    {"assignment.set_status", true, true},
    {"liaison.create", true, true},
    {"liaison.ack", true, true},
    {"liaison.reply", true, true},
    {"liaison.close", true, true},
    {"liaison.reject", true, true},
    {"liaison.accept", true, true},
    {"liaison.propose", true, true},
    {"liaison.list", true, true},
    {"liaison.get", true, true},
    {"place.search", true, true},
    {"handover.note", true, true},
    {"handover.generate", true, true},
    {"handover.remarks", false, true},
    {"handover.sign", false, true},
    {"handover.acknowledge", false, true},
    {"handover.get", true, true},
    {"handover.list", true, true},
    {"stats.exchange", true, true},
};

} // namespace

TEST_CASE("every op x every role: forbidden exactly where the role may not call it") {
    TestDatabase db;
    addUser(db, "operator1", jcc::Role::Operator, "PCR", jcc::Country::CZ);
    addUser(db, "supervisor1", jcc::Role::Supervisor, "PZSR", jcc::Country::SK);
    // About 80 logins within seconds from one address: over the default limit per minute.
    ServerProcess server(
        db.url(), {"--rate-limit", "1000", "--rate-burst", "1000", "--logins-per-address", "1000"});
    for (const auto& [username, column] :
         std::vector<std::pair<std::string, int>>{{"operator1", 0}, {"supervisor1", 1}}) {
        for (const auto& op : kOps) {
            // A fresh connection per op: logout ends the login.
            WsClient client(server.port());
            REQUIRE(client.helloAndLogin(username, kOperatorPassword)["ok"] == true);
            // Admins cannot log in over the network at all (tests/server/LoginTest.cpp).
            const bool allowed = column == 0 ? op.operatorAllowed : op.supervisorAllowed;
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
