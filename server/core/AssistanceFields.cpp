#include "server/core/AssistanceFields.hpp"

#include "common/Fields.hpp"
#include "common/ProtocolError.hpp"
#include "server/core/OpSupport.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace jcc::server {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxNeeds = 8;

[[noreturn]] void refuse(std::string_view field, const std::string& what) {
    throw ProtocolError(ErrorCode::BadRequest, "'" + std::string(field) + "' " + what,
                        std::string(field));
}

} // namespace

std::optional<std::vector<std::int64_t>> optionalUnitIds(const json& body, std::string_view field) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) {
        return std::nullopt;
    }
    if (!it->is_array() || it->empty() || it->size() > kMaxRequestUnits) {
        refuse(field, "must be an array of 1 to " + std::to_string(kMaxRequestUnits) + " unit ids");
    }
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const std::string item = std::string(field) + "[" + std::to_string(i) + "]";
        const auto id = requireIntValue((*it)[i], item, 1, INT64_MAX);
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
            refuse(item, "names unit " + std::to_string(id) + " twice");
        }
        ids.push_back(id);
    }
    return ids;
}

std::vector<std::int64_t> requireUnitIds(const json& body, std::string_view field) {
    auto ids = optionalUnitIds(body, field);
    if (!ids) {
        refuse(field, "is required");
    }
    return *ids;
}

std::optional<json> optionalNeeds(const json& body) {
    const auto it = body.find("needs");
    if (it == body.end() || it->is_null()) {
        return std::nullopt;
    }
    if (!it->is_array() || it->empty() || it->size() > kMaxNeeds) {
        refuse("needs", "must be an array of 1 to " + std::to_string(kMaxNeeds) +
                            " {\"unit_type\", \"count\"} objects");
    }
    json needs = json::array();
    std::set<std::string> types;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const std::string item = "needs[" + std::to_string(i) + "]";
        const json& need = (*it)[i];
        if (!need.is_object()) {
            refuse(item, "must be an object with unit_type and count");
        }
        nested(item, [&] {
            allowOnlyMembers(need, {"unit_type", "count"});
            auto type = requireString(need, "unit_type", {2, 32});
            const auto count = requireInt(need, "count", 1, 20);
            if (!types.insert(type).second) {
                refuse("unit_type", "'" + type + "' is named twice");
            }
            needs.push_back({{"unit_type", std::move(type)}, {"count", count}});
            return 0;
        });
    }
    return needs;
}

} // namespace jcc::server
