// The catalogue of ops and events (common/Catalogue.hpp) against the wire protocol's document:
// docs/protocol.md has a section for exactly the catalogue's ops, and its table of events lists
// exactly the catalogue's events.
#include "common/Catalogue.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

std::string protocolDocument() {
    std::ifstream file(std::string(JCC_SOURCE_DIR) + "/docs/protocol.md");
    REQUIRE(file);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

/// Every match of `pattern`'s first group in `text`.
std::set<std::string> matches(const std::string& text, const std::regex& pattern) {
    std::set<std::string> found;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern);
         it != std::sregex_iterator(); ++it) {
        found.insert((*it)[1].str());
    }
    return found;
}

} // namespace

TEST_CASE("docs/protocol.md has a section for exactly the ops of the catalogue") {
    // "### incident.create"; "### Event liaison.overdue" is an event's.
    const auto documented =
        matches(protocolDocument(), std::regex(R"(\n### ([a-z]+(?:\.[a-z_]+)?)\n)"));
    std::set<std::string> catalogue;
    for (const auto& info : jcc::kOps) {
        catalogue.emplace(info.name);
    }
    for (const auto& op : catalogue) {
        INFO("op without a section in docs/protocol.md: " << op);
        CHECK(documented.contains(op));
    }
    for (const auto& op : documented) {
        if (op.find('.') == std::string::npos && !jcc::opFromString(op)) {
            continue; // a plain heading such as "### Conventions" is lower case only by chance
        }
        INFO("section of an op the catalogue does not list: " << op);
        CHECK(catalogue.contains(op));
    }
}

TEST_CASE("docs/protocol.md's table of events lists exactly the events of the catalogue") {
    const auto document = protocolDocument();
    const std::string header = "| event | data | pushed by |\n";
    const auto start = document.find(header);
    REQUIRE(start != std::string::npos);
    const auto end = document.find("\n\n", start);
    const auto table = document.substr(start, end - start);
    const auto documented = matches(table, std::regex(R"(\n\| `([a-z]+\.[a-z_]+)` \|)"));
    std::set<std::string> catalogue;
    for (const auto& info : jcc::kEvents) {
        catalogue.emplace(info.name);
    }
    CHECK(documented == catalogue);
}

TEST_CASE("every op and event name maps to itself and back") {
    for (const auto& info : jcc::kOps) {
        CHECK(jcc::opFromString(info.name) == info.op);
        CHECK(jcc::toString(info.op) == info.name);
    }
    for (const auto& info : jcc::kEvents) {
        CHECK(jcc::eventFromString(info.name) == info.event);
        CHECK(jcc::toString(info.event) == info.name);
    }
    CHECK_FALSE(jcc::opFromString("incident.delete"));
    CHECK_FALSE(jcc::eventFromString("incident.deleted"));
}
