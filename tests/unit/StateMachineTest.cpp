#include "common/StateMachine.hpp"

#include "common/Envelope.hpp"

#include <catch2/catch.hpp>

using namespace jcc;
using nlohmann::json;

namespace {
ProtocolError refusal(const StateMachine& machine, std::string_view from, std::string_view to) {
    try {
        machine.check(from, to);
    } catch (const ProtocolError& e) {
        return e;
    }
    FAIL("no error for " << from << " → " << to);
    throw std::logic_error("unreachable");
}
} // namespace

TEST_CASE("the incident life cycle") {
    const auto& incident = incidentLifecycle();
    CHECK(incident.states() == std::vector<std::string>{"cancelled", "closed", "dispatched", "new",
                                                        "on_scene", "resolved"});
    CHECK(incident.allows("new", "dispatched"));
    CHECK(incident.allows("dispatched", "on_scene"));
    CHECK(incident.allows("on_scene", "resolved"));
    CHECK(incident.allows("resolved", "closed"));
    CHECK(incident.allows("resolved", "dispatched")); // a unit assigned again reopens it
    for (const auto* open : {"new", "dispatched", "on_scene"}) {
        CHECK(incident.allows(open, "cancelled"));
        CHECK(incident.allows(open, "resolved")); // incident.close passes through resolved
        CHECK_FALSE(incident.allows(open, "closed"));
    }
    CHECK_FALSE(incident.allows("resolved", "cancelled"));
    CHECK_FALSE(incident.allows("on_scene", "dispatched"));
    CHECK(incident.next("closed").empty());
    CHECK(incident.next("cancelled").empty());
}

TEST_CASE("the unit life cycle") {
    const auto& unit = unitLifecycle();
    CHECK(unit.next("available") == std::vector<std::string>{"dispatched", "out_of_service"});
    CHECK(unit.allows("dispatched", "en_route"));
    CHECK(unit.allows("dispatched", "on_scene"));
    CHECK(unit.allows("en_route", "on_scene"));
    CHECK(unit.allows("on_scene", "returning"));
    // Clearing an assignment or cancelling its incident frees the unit from any working status.
    for (const auto* working : {"dispatched", "en_route", "on_scene", "returning"}) {
        CHECK(unit.allows(working, "available"));
        CHECK_FALSE(unit.allows(working, "out_of_service"));
    }
    CHECK(unit.next("out_of_service") == std::vector<std::string>{"available"});
    CHECK_FALSE(unit.allows("available", "available"));
    CHECK_FALSE(unit.allows("out_of_service", "dispatched"));
}

TEST_CASE("the assignment life cycle") {
    const auto& assignment = assignmentLifecycle();
    CHECK(assignment.next("assigned") ==
          std::vector<std::string>{"acknowledged", "en_route", "on_scene", "cleared"});
    CHECK(assignment.next("acknowledged") ==
          std::vector<std::string>{"en_route", "on_scene", "cleared"});
    CHECK(assignment.next("en_route") == std::vector<std::string>{"on_scene", "cleared"});
    CHECK(assignment.next("on_scene") == std::vector<std::string>{"cleared"});
    CHECK(assignment.next("cleared").empty());
    CHECK_FALSE(assignment.allows("on_scene", "en_route"));
    CHECK_FALSE(assignment.allows("cleared", "cleared"));
}

TEST_CASE("a refused move names both states and lists the allowed ones") {
    const auto error = refusal(unitLifecycle(), "out_of_service", "dispatched");
    CHECK(error.code() == ErrorCode::InvalidTransition);
    CHECK(error.field() == "status");
    CHECK(std::string(error.what()) ==
          "unit cannot go from 'out_of_service' to 'dispatched'; allowed from "
          "'out_of_service': available");
    CHECK(error.details() == json{{"allowed", {"available"}}});
    const auto final = refusal(incidentLifecycle(), "closed", "closed");
    CHECK_THAT(final.what(), Catch::Matchers::EndsWith("none (final)"));
    CHECK(final.details()["allowed"] == json::array());

    const auto reply = json::parse(makeErrorReply(9, error));
    CHECK(reply["error"] == json{{"code", "invalid_transition"},
                                 {"message", error.what()},
                                 {"field", "status"},
                                 {"allowed", {"available"}}});
}
