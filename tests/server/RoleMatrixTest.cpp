#include "common/Catalogue.hpp"
#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace jcc::test;
using nlohmann::json;

namespace {

// The ops only supervisors may call (docs/protocol.md); every other op of the catalogue is for
// operators and supervisors alike.
const std::set<std::string_view> kSupervisorOnly{"unit.create", "unit.update", "handover.remarks",
                                                 "handover.sign", "handover.acknowledge"};

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
        for (const auto& [id, name, kind] : jcc::kOps) {
            if (id == jcc::Op::Hello || id == jcc::Op::Login || id == jcc::Op::Resume) {
                continue; // the session's own steps, before any role
            }
            const std::string op(name);
            // A fresh connection per op: logout ends the login.
            WsClient client(server.port());
            REQUIRE(client.helloAndLogin(username, kOperatorPassword)["ok"] == true);
            // Admins cannot log in over the network at all (tests/server/LoginTest.cpp).
            const bool allowed = column == 1 || !kSupervisorOnly.contains(op);
            // An empty body: allowed roles get a validation error (or success), never forbidden.
            const auto reply = client.call(op);
            INFO(username << " " << op << " -> " << reply.dump());
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
