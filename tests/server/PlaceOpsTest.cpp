#include "tests/server/ServerFixture.hpp"

#include <catch2/catch.hpp>

using namespace jcc::test;
using nlohmann::json;

namespace {

std::vector<std::string> names(const json& reply) {
    std::vector<std::string> result;
    for (const auto& place : reply["result"]["places"]) {
        result.push_back(place["name"].get<std::string>());
    }
    return result;
}

} // namespace

TEST_CASE_METHOD(ServerFixture,
                 "place.search ignores case and diacritics, matches prefixes and tolerates typos") {
    auto client = loggedIn();
    auto first = [&](const std::string& query) {
        const auto reply = client->call("place.search", {{"q", query}});
        INFO(query << " → " << reply.dump());
        REQUIRE(errorCode(reply) == "ok");
        REQUIRE_FALSE(reply["result"]["places"].empty());
        return reply["result"]["places"][0];
    };
    CHECK(first("breclav")["name"] == "Břeclav");
    CHECK(first("Breclv")["name"] == "Břeclav");
    CHECK(first("BŘECLAV")["name"] == "Břeclav");
    CHECK(first("holic")["name"] == "Holíč");
    CHECK(first("skal")["name"] == "Skalica");
    CHECK(first("hodnin")["name"] == "Hodonín");
    CHECK(first("  velke   pav ")["name"] == "Velké Pavlovice");
    CHECK(first("sastin")["name"] == "Šaštín-Stráže");
    CHECK(first("Kopcany")["name"] == "Kopčany");
    CHECK(first("trnva")["name"] == "Trnava");

    const auto breclav = first("breclav");
    CHECK(breclav["kind"] == "town");
    CHECK(breclav["country"] == "CZ");
    CHECK(breclav["region"] == "Jihomoravský kraj");
    CHECK(breclav["lat"].get<double>() == Approx(48.759).margin(0.001));
    CHECK(breclav["lon"].get<double>() == Approx(16.882).margin(0.001));
    CHECK(breclav["score"] == 1);
    CHECK(breclav["id"].is_number_integer());

    // A whole name first, then names starting with the query, then later words that do.
    CHECK(names(client->call("place.search", {{"q", "lanzhot"}})) ==
          std::vector<std::string>{"Lanžhot", "Lanžhot – Brodské (silnice II/425)",
                                   "Brodské – Lanžhot (D2 / D2)"});
    const auto holic = client->call("place.search", {{"q", "holic"}})["result"]["places"];
    for (std::size_t i = 1; i < holic.size(); ++i) {
        CHECK(holic[i - 1]["score"].get<double>() >= holic[i]["score"].get<double>());
    }
}

TEST_CASE_METHOD(ServerFixture, "place.search limits results and treats wildcards as text") {
    auto client = loggedIn();
    // 17 places have a word starting with "b" (Brno, Břeclav, Bzenec, Borský Mikuláš, ...).
    CHECK(client->call("place.search", {{"q", "b"}})["result"]["places"].size() == 10);
    CHECK(client->call("place.search", {{"q", "b"}, {"limit", 50}})["result"]["places"].size() ==
          17);
    CHECK(
        client->call("place.search", {{"q", "breclav"}, {"limit", 1}})["result"]["places"].size() ==
        1);
    CHECK(client->call("place.search", {{"q", "%"}})["result"]["places"].empty());
    CHECK(client->call("place.search", {{"q", "_"}})["result"]["places"].empty());
    CHECK(client->call("place.search", {{"q", "b%v"}})["result"]["places"].empty());
    CHECK(client->call("place.search", {{"q", "Ouagadougou"}})["result"]["places"].empty());
}

TEST_CASE_METHOD(ServerFixture, "place.search refuses bad input naming the field") {
    auto client = loggedIn();
    auto refused = [&](json fields, const std::string& field) {
        const auto reply = client->call("place.search", std::move(fields));
        INFO(reply.dump());
        CHECK(errorCode(reply) == "bad_request");
        CHECK(reply["error"]["field"] == field);
    };
    refused(json::object(), "q");
    refused({{"q", ""}}, "q");
    refused({{"q", "   "}}, "q");
    refused({{"q", std::string(101, 'a')}}, "q");
    refused({{"q", 5}}, "q");
    refused({{"q", "brno"}, {"limit", 0}}, "limit");
    refused({{"q", "brno"}, {"limit", 51}}, "limit");
    refused({{"q", "brno"}, {"limit", "5"}}, "limit");
    refused({{"q", "brno"}, {"country", "CZ"}}, "country");

    addUser(db, "spravce", jcc::Role::Admin, "PCR", jcc::Country::CZ);
    auto admin = connect();
    REQUIRE(errorCode(admin->helloAndLogin("spravce", kOperatorPassword)) == "forbidden");
    CHECK(errorCode(admin->call("place.search", {{"q", "brno"}})) == "unauthorized");
}
