#include "server/core/Paging.hpp"

#include "common/Fields.hpp"
#include "common/ProtocolError.hpp"

#include <charconv>

namespace jcc::server {

namespace {

/// The longest cursor: a letter, two dots and two numbers of at most 19 digits.
constexpr std::size_t kMaxCursorLength = 1 + 2 + 2 * 19;

char letterOf(PagedList list) {
    return list == PagedList::Incidents ? 'i' : 'h';
}

const char* opOf(PagedList list) {
    return list == PagedList::Incidents ? "incident.list" : "handover.list";
}

/// A decimal number of 1 to 19 digits without a sign or a leading zero, from `min` to `max`.
std::optional<std::int64_t> numberOf(std::string_view text, std::int64_t min, std::int64_t max) {
    if (text.empty() || text.size() > 19 || (text.size() > 1 && text[0] == '0')) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

} // namespace

std::string encodeCursor(PagedList list, const store::PageKey& key) {
    return std::string(1, letterOf(list)) + "." + std::to_string(key.atMicros) + "." +
           std::to_string(key.id);
}

std::optional<store::PageKey> decodeCursor(PagedList list, std::string_view text) {
    if (text.size() < 5 || text[0] != letterOf(list) || text[1] != '.') {
        return std::nullopt;
    }
    const auto numbers = text.substr(2);
    const auto dot = numbers.find('.');
    if (dot == std::string_view::npos) {
        return std::nullopt;
    }
    // Digits and dots only: from_chars would take a leading '-' ("-0" is 0).
    for (const char c : numbers) {
        if (c != '.' && (c < '0' || c > '9')) {
            return std::nullopt;
        }
    }
    const auto at = numberOf(numbers.substr(0, dot), 0, store::PageKey::kMaxMicros);
    const auto id = numberOf(numbers.substr(dot + 1), 1, std::numeric_limits<std::int64_t>::max());
    if (!at || !id) {
        return std::nullopt;
    }
    return store::PageKey{*at, *id};
}

PageRequest readPageRequest(const nlohmann::json& body, PagedList list) {
    PageRequest request;
    request.limit =
        static_cast<int>(optionalInt(body, "limit", 1, kMaxPageSize).value_or(kDefaultPageSize));
    const auto after = optionalString(body, "after", {1, kMaxCursorLength});
    if (after) {
        const auto key = decodeCursor(list, *after);
        if (!key) {
            throw ProtocolError(ErrorCode::BadRequest,
                                std::string("'after' must be the 'next' of an earlier ") +
                                    opOf(list) + " reply, passed back unchanged",
                                "after");
        }
        request.after = *key;
    }
    return request;
}

nlohmann::json pageReply(store::Page page, const std::string& itemsName, PagedList list,
                         std::int64_t counted) {
    auto reply = store::totalFields(counted);
    reply[itemsName] = std::move(page.items);
    reply["next"] = page.next ? nlohmann::json(encodeCursor(list, *page.next)) : nullptr;
    return reply;
}

} // namespace jcc::server
