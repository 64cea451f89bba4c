#pragma once
// The fields that name units and needs in assistance requests (liaison.create, liaison.accept,
// liaison.propose).
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <vector>

namespace jcc::server {

/// The most units one request suggests, proposes or sends.
inline constexpr std::size_t kMaxRequestUnits = 16;

/// An optional array of 1 to kMaxRequestUnits distinct unit ids; nullopt when absent or null.
std::optional<std::vector<std::int64_t>> optionalUnitIds(const nlohmann::json& body,
                                                         std::string_view field);
/// The same, required.
std::vector<std::int64_t> requireUnitIds(const nlohmann::json& body, std::string_view field);

/// An optional "needs" array: 1 to 8 {"unit_type": text, "count": 1 to 20} with distinct
/// types; nullopt when absent or null.
std::optional<nlohmann::json> optionalNeeds(const nlohmann::json& body);

} // namespace jcc::server
