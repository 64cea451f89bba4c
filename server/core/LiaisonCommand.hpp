#pragma once
// What the liaison and assistance commands share: the acting user's side of a request, the lock
// that checks it, the version check and the record of a change.
#include "server/core/OpTable.hpp"
#include "server/store/LiaisonRepository.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace jcc::server {

class Command;

/// Who asks, for liaison_side(): the user's agency and country.
store::LiaisonViewer viewerOf(const Principal& principal);

/// "liaison request 12 (PCR to PZSR, CZ→SK)", for messages.
std::string describe(const nlohmann::json& request);

/// Who answers a request: the receiving side, or, when no one in the centre receives it (a desk:
/// liaison_at_desk), the requesting side, which records the outcome it took by telephone.
inline constexpr const char* kAnswering = "answering";

/// Locks request `id` for a change that users of `side` may make ("requesting", "receiving",
/// kAnswering, or empty for either); `action` names the change in the refusal ("acknowledge").
/// not_found or forbidden naming "liaison_id".
store::LiaisonState lockFor(Command& command, std::int64_t id, std::string side,
                            const std::string& action);

/// A stale version is a conflict whose error carries the request as it is now.
void checkVersion(Command& command, const store::LiaisonState& state, std::int64_t version);

/// Records the change made to request `id`, audits it as `action` and emits liaison.updated;
/// returns {"liaison": the request now}.
nlohmann::json finishUpdate(Command& command, const std::string& action, std::int64_t id,
                            const nlohmann::json& before);

} // namespace jcc::server
