// The cursors of the lists that page by key: what `next` hands out comes back as the same key, and
// nothing else is taken for a cursor.
#include "common/ProtocolError.hpp"
#include "server/core/Paging.hpp"

#include <catch2/catch.hpp>

using namespace jcc;
using namespace jcc::server;
using store::PageKey;

TEST_CASE("a cursor gives back the key it was made from, in its own list only") {
    for (const auto key : {PageKey{1772352000123456, 42}, PageKey{0, 1}, PageKey::top()}) {
        const auto incidents = encodeCursor(PagedList::Incidents, key);
        CHECK(decodeCursor(PagedList::Incidents, incidents) == key);
        CHECK_FALSE(decodeCursor(PagedList::Handovers, incidents));
        CHECK(decodeCursor(PagedList::Handovers, encodeCursor(PagedList::Handovers, key)) == key);
    }
    CHECK(encodeCursor(PagedList::Incidents, {1772352000123456, 42}) == "i.1772352000123456.42");
}

TEST_CASE("anything but a cursor as encodeCursor writes it is refused") {
    const std::vector<std::string> forged{"",
                                          "i",
                                          "i.",
                                          "i..",
                                          "i.1.",
                                          "i..1",
                                          "i.1",
                                          "x.1.1",
                                          "I.1.1",
                                          "i,1,1",
                                          "i.1.1.1",
                                          "i.1.1 ",
                                          " i.1.1",
                                          "i.01.1",
                                          "i.1.01",
                                          "i.-0.1",
                                          "i.1.-1",
                                          "i.+1.1",
                                          "i.1.0",
                                          "i.9007199254740992.1",
                                          "i.1.9223372036854775808",
                                          "i.99999999999999999999.1",
                                          "i.1.1\n",
                                          std::string("i.1.1\0", 6),
                                          "i.１.1",
                                          "i.0x1.1",
                                          "i.1e3.1"};
    for (const auto& text : forged) {
        INFO(text);
        CHECK_FALSE(decodeCursor(PagedList::Incidents, text));
    }
    CHECK(decodeCursor(PagedList::Incidents, "i.9007199254740991.9223372036854775807") ==
          PageKey{PageKey::kMaxMicros, std::numeric_limits<std::int64_t>::max()});
}

TEST_CASE("readPageRequest: limit and after, each refused by name") {
    using nlohmann::json;
    const auto fieldOf = [](const json& body) {
        try {
            readPageRequest(body, PagedList::Incidents);
        } catch (const ProtocolError& error) {
            return error.field();
        }
        return std::string("(accepted)");
    };
    const auto request = readPageRequest(json::object(), PagedList::Incidents);
    CHECK(request.limit == kDefaultPageSize);
    CHECK(request.after == PageKey::top());
    const auto next = readPageRequest({{"limit", 7}, {"after", "i.5.3"}}, PagedList::Incidents);
    CHECK(next.limit == 7);
    CHECK(next.after == PageKey{5, 3});
    CHECK(fieldOf({{"limit", 0}}) == "limit");
    CHECK(fieldOf({{"limit", kMaxPageSize + 1}}) == "limit");
    CHECK(fieldOf({{"after", "h.5.3"}}) == "after");
    CHECK(fieldOf({{"after", 5}}) == "after");
    CHECK(fieldOf({{"after", json::array({"i.5.3"})}}) == "after");
    CHECK(fieldOf({{"after", ""}}) == "after");
    CHECK(fieldOf({{"after", std::string(1000, '1')}}) == "after");
    CHECK(fieldOf({{"after", "i.5.3\u202e"}}) == "after");
    CHECK(fieldOf({{"after", nullptr}}) == "(accepted)");
}
