#include "common/LiaisonRules.hpp"

#include "common/ProtocolError.hpp"
#include "common/StateMachine.hpp"

#include <catch2/catch.hpp>

using namespace jcc;
using namespace std::chrono_literals;

TEST_CASE("a liaison request's due time follows from its priority") {
    CHECK(liaisonResponseTime(1) == 15min);
    CHECK(liaisonResponseTime(2) == 1h);
    CHECK(liaisonResponseTime(3) == 4h);
    CHECK(liaisonResponseTime(4) == 24h);
    CHECK_THROWS_AS(liaisonResponseTime(0), std::out_of_range);
    CHECK_THROWS_AS(liaisonResponseTime(5), std::out_of_range);
}

TEST_CASE("liaison requests move open → acknowledged → answered → closed") {
    const auto& machine = liaisonLifecycle();
    CHECK(machine.states() == std::vector<std::string>{"accepted", "acknowledged", "answered",
                                                       "closed", "open", "rejected"});
    CHECK(machine.allows("open", "acknowledged"));
    CHECK(machine.allows("open", "answered"));
    CHECK(machine.allows("open", "rejected"));
    CHECK(machine.allows("open", "closed"));
    CHECK(machine.allows("acknowledged", "answered"));
    CHECK(machine.allows("acknowledged", "rejected"));
    CHECK(machine.allows("acknowledged", "closed"));
    CHECK(machine.allows("answered", "answered"));
    CHECK(machine.allows("answered", "closed"));

    CHECK_FALSE(machine.allows("acknowledged", "acknowledged"));
    CHECK_FALSE(machine.allows("acknowledged", "open"));
    CHECK_FALSE(machine.allows("answered", "acknowledged"));
    CHECK_FALSE(machine.allows("answered", "rejected"));
    // An assistance request is accepted when its units are sent, then closed.
    for (const auto* from : {"open", "acknowledged", "answered"}) {
        CHECK(machine.allows(from, "accepted"));
    }
    CHECK(machine.next("accepted") == std::vector<std::string>{"closed"});
    CHECK(machine.next("closed").empty());
    CHECK(machine.next("rejected").empty());
}

TEST_CASE("a wrong liaison move is invalid_transition listing the allowed ones") {
    try {
        liaisonLifecycle().check("answered", "rejected");
        FAIL("answered → rejected was allowed");
    } catch (const ProtocolError& error) {
        CHECK(error.code() == ErrorCode::InvalidTransition);
        CHECK(error.field() == "status");
        CHECK(std::string(error.what()) == "liaison request cannot go from 'answered' to "
                                           "'rejected'; allowed from 'answered': answered, "
                                           "accepted, closed");
    }
    try {
        liaisonLifecycle().check("closed", "answered");
        FAIL("closed → answered was allowed");
    } catch (const ProtocolError& error) {
        CHECK(std::string(error.what()) ==
              "liaison request cannot go from 'closed' to 'answered'; allowed from 'closed': "
              "none (final)");
    }
}
