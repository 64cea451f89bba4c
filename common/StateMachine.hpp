#pragma once
// The life cycles of incidents, units, assignments and liaison requests: which status may follow
// which. A refused move is an invalid_transition error that lists the allowed ones.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace jcc {

class StateMachine {
public:
    StateMachine(std::string entity,
                 std::map<std::string, std::vector<std::string>, std::less<>> moves);

    bool isState(std::string_view state) const;
    bool allows(std::string_view from, std::string_view to) const;
    const std::vector<std::string>& next(std::string_view from) const;
    /// Throws ProtocolError(invalid_transition) naming `from`, `to` and the allowed moves (also
    /// as the error's "allowed" list).
    void check(std::string_view from, std::string_view to) const;
    /// Every state, in a stable order.
    std::vector<std::string> states() const;

private:
    std::string m_entity;
    std::map<std::string, std::vector<std::string>, std::less<>> m_moves;
};

/// new → dispatched → on_scene → resolved → closed; cancelled from any open state.
const StateMachine& incidentLifecycle();
/// available ↔ dispatched → en_route → on_scene → returning → available; out_of_service.
const StateMachine& unitLifecycle();
/// assigned → acknowledged → en_route → on_scene → cleared (cleared from any earlier step).
const StateMachine& assignmentLifecycle();
/// open → acknowledged → answered → closed; rejected from open or acknowledged.
const StateMachine& liaisonLifecycle();

} // namespace jcc
