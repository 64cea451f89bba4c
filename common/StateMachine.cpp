#include "common/StateMachine.hpp"

#include "common/ProtocolError.hpp"

namespace jcc {

namespace {
std::string listOf(const std::vector<std::string>& states) {
    if (states.empty()) {
        return "none (final)";
    }
    std::string text;
    for (const auto& state : states) {
        text += (text.empty() ? "" : ", ") + state;
    }
    return text;
}
} // namespace

StateMachine::StateMachine(std::string entity,
                           std::map<std::string, std::vector<std::string>, std::less<>> moves)
    : m_entity(std::move(entity)), m_moves(std::move(moves)) {}

bool StateMachine::isState(std::string_view state) const {
    return m_moves.find(state) != m_moves.end();
}

const std::vector<std::string>& StateMachine::next(std::string_view from) const {
    static const std::vector<std::string> none;
    const auto it = m_moves.find(from);
    return it == m_moves.end() ? none : it->second;
}

bool StateMachine::allows(std::string_view from, std::string_view to) const {
    for (const auto& state : next(from)) {
        if (state == to) {
            return true;
        }
    }
    return false;
}

void StateMachine::check(std::string_view from, std::string_view to) const {
    if (!allows(from, to)) {
        throw ProtocolError(ErrorCode::InvalidTransition,
                            m_entity + " cannot go from '" + std::string(from) + "' to '" +
                                std::string(to) + "'; allowed from '" + std::string(from) +
                                "': " + listOf(next(from)),
                            "status", {{"allowed", next(from)}});
    }
}

std::vector<std::string> StateMachine::states() const {
    std::vector<std::string> states;
    for (const auto& [state, moves] : m_moves) {
        states.push_back(state);
    }
    return states;
}

const StateMachine& incidentLifecycle() {
    static const StateMachine machine("incident",
                                      {{"new", {"dispatched", "resolved", "cancelled"}},
                                       {"dispatched", {"on_scene", "resolved", "cancelled"}},
                                       {"on_scene", {"resolved", "cancelled"}},
                                       {"resolved", {"closed", "dispatched"}},
                                       {"closed", {}},
                                       {"cancelled", {}}});
    return machine;
}

const StateMachine& unitLifecycle() {
    static const StateMachine machine("unit",
                                      {{"available", {"dispatched", "out_of_service"}},
                                       {"dispatched", {"en_route", "on_scene", "available"}},
                                       {"en_route", {"on_scene", "returning", "available"}},
                                       {"on_scene", {"returning", "available"}},
                                       {"returning", {"available", "dispatched"}},
                                       {"out_of_service", {"available"}}});
    return machine;
}

const StateMachine& assignmentLifecycle() {
    static const StateMachine machine(
        "assignment", {{"assigned", {"acknowledged", "en_route", "on_scene", "cleared"}},
                       {"acknowledged", {"en_route", "on_scene", "cleared"}},
                       {"en_route", {"on_scene", "cleared"}},
                       {"on_scene", {"cleared"}},
                       {"cleared", {}}});
    return machine;
}

const StateMachine& liaisonLifecycle() {
    static const StateMachine machine(
        "liaison request",
        {{"open", {"acknowledged", "answered", "accepted", "rejected", "closed"}},
         {"acknowledged", {"answered", "accepted", "rejected", "closed"}},
         {"answered", {"answered", "accepted", "closed"}},
         // An assistance request whose units were sent.
         {"accepted", {"closed"}},
         {"closed", {}},
         {"rejected", {}}});
    return machine;
}

} // namespace jcc
