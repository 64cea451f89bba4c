#include "server/core/LiaisonCommand.hpp"

#include "server/core/Command.hpp"

namespace jcc::server {

using nlohmann::json;

store::LiaisonViewer viewerOf(const Principal& principal) {
    return {principal.user.agency, std::string(toString(principal.user.country))};
}

std::string describe(const json& request) {
    return "liaison request " + std::to_string(request["id"].get<std::int64_t>()) + " (" +
           request["from_agency"].get<std::string>() + " to " +
           request["to_agency"].get<std::string>() + ", " +
           request["direction"].get<std::string>() + ")";
}

store::LiaisonState lockFor(Command& command, std::int64_t id, std::string side,
                            const std::string& action) {
    auto state = store::LiaisonRepository::lock(command.txn(), id, viewerOf(command.principal()));
    if (!state) {
        throw ProtocolError(ErrorCode::NotFound, "no liaison request with id " + std::to_string(id),
                            "liaison_id");
    }
    if (side == kAnswering) {
        side = state->atDesk ? "requesting" : "receiving";
    }
    const bool allowed = side.empty() ? state->side.has_value() : state->side == side;
    if (!allowed) {
        const auto request = store::LiaisonRepository::json(command.txn(), id);
        const std::string who =
            side.empty() ? "the requesting or the receiving side" : "the " + side + " side";
        const std::string you = state->side ? "the " + *state->side + " side" : "neither side";
        throw ProtocolError(ErrorCode::Forbidden,
                            "only " + who + " may " + action + " " + describe(request) + "; you (" +
                                command.principal().user.agency + ", " +
                                std::string(toString(command.principal().user.country)) +
                                ") act for " + you,
                            "liaison_id");
    }
    return *state;
}

void checkVersion(Command& command, const store::LiaisonState& state, std::int64_t version) {
    if (state.version != version) {
        throw ProtocolError(ErrorCode::Conflict,
                            "liaison request " + std::to_string(state.id) + " is at version " +
                                std::to_string(state.version) + ", not " + std::to_string(version) +
                                "; see 'current' and try again",
                            "version",
                            {{"current", store::LiaisonRepository::json(command.txn(), state.id)}});
    }
}

json finishUpdate(Command& command, const std::string& action, std::int64_t id,
                  const json& before) {
    const auto after = store::LiaisonRepository::json(command.txn(), id);
    command.audit(action, "liaison_request", id, before, after);
    command.emit(Event::LiaisonUpdated, "liaison_request", id, after);
    return {{"liaison", after}};
}

} // namespace jcc::server
