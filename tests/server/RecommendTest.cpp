// unit.recommend against a real server and database: each default response plan is filled with
// the right unit types, units the user may not task are marked to be requested from their
// agency, and routes across the Morava go through a border crossing that carries the vehicle.
#include "tests/server/DispatchFixture.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace jcc::test;
using nlohmann::json;

namespace {

/// The recommended units' types and how many of each.
std::map<std::string, int> filled(const json& result) {
    std::map<std::string, int> counts;
    for (const auto& unit : result["units"]) {
        if (unit["recommended"] == true) {
            CHECK(unit["need"] == unit["unit"]["type"]);
            ++counts[unit["need"].get<std::string>()];
        } else {
            CHECK(unit["need"].is_null());
        }
    }
    return counts;
}

json recommend(WsClient& client, const json& incident, json extra = json::object()) {
    json fields = {{"incident_id", incident["id"]}, {"limit", 20}};
    merge(fields, extra);
    const auto reply = client.call("unit.recommend", fields);
    REQUIRE(errorCode(reply) == "ok");
    return reply["result"];
}

const json* unitNamed(const json& result, const std::string& callSign) {
    for (const auto& unit : result["units"]) {
        if (unit["unit"]["call_sign"] == callSign) {
            return &unit;
        }
    }
    return nullptr;
}

/// Dozens of requests back to back, above the default rate.
struct RecommendFixture : DispatchFixture {
    RecommendFixture() : DispatchFixture({"--rate-limit", "1000", "--rate-burst", "1000"}) {}
};

} // namespace

TEST_CASE_METHOD(RecommendFixture, "every default response plan is filled with its unit types") {
    auto client = loggedIn();
    // Around Břeclav, more than any plan needs of every type.
    int n = 0;
    for (const auto& [type, agency] :
         std::vector<std::pair<std::string, std::string>>{{"patrol_car", "PCR"},
                                                          {"surveillance_car", "PCR"},
                                                          {"k9_unit", "PCR"},
                                                          {"fire_engine", "HZS-JMK"},
                                                          {"rescue_boat", "HZS-JMK"},
                                                          {"decontamination_tent", "HZS-JMK"},
                                                          {"mobile_power_generator", "HZS-JMK"},
                                                          {"ambulance", "ZZS-JMK"}}) {
        for (int i = 0; i < 3; ++i, ++n) {
            addUnit(agency + "-" + std::to_string(n), type, 48.76 + 0.001 * n, 16.88, agency);
        }
    }
    const auto types = sql("SELECT string_agg(code, ',' ORDER BY code) FROM incident_types");
    std::stringstream list(types);
    for (std::string type; std::getline(list, type, ',');) {
        for (const int priority : {1, 3}) {
            INFO(type << " P" << priority);
            const auto incident = createIncident(*client, 48.7590, 16.8820, type, priority);
            const auto all =
                recommend(*client, incident, {{"conditions", {"power_out", "injuries"}}});
            std::map<std::string, int> planned;
            for (const auto& need : all["needs"]) {
                CHECK(need["applies"] == true);
                CHECK(need["open"] == need["count"]);
                planned[need["unit_type"].get<std::string>()] = need["count"].get<int>();
            }
            const auto expected =
                sql("SELECT string_agg(unit_type || '=' || count, ',' ORDER BY unit_type) FROM "
                    "response_plans WHERE incident_type = '" +
                    type + "' AND priority = " + std::to_string(priority));
            std::string got;
            for (const auto& [unitType, count] : planned) {
                got += (got.empty() ? "" : ",") + unitType + "=" + std::to_string(count);
            }
            CHECK(got == expected);
            CHECK(filled(all) == planned);
            // The Czech police operator assigns police units and asks the services for theirs.
            for (const auto& unit : all["units"]) {
                const bool own = unit["unit"]["agency"] == "PCR";
                CHECK(unit["action"] == (own ? "assign" : "request"));
                CHECK(unit["request_to"] == (own ? json() : unit["unit"]["agency"]));
            }
            // Without the conditions, conditional needs are shown but not filled.
            const auto plain = recommend(*client, incident);
            for (const auto& need : plain["needs"]) {
                CHECK(need["applies"] == need["condition"].is_null());
                if (need["condition"].is_string()) {
                    CHECK(filled(plain).count(need["unit_type"].get<std::string>()) == 0);
                }
            }
        }
    }
}

TEST_CASE_METHOD(RecommendFixture,
                 "a fire at Holíč: fire engines first, own patrol cars assigned, the rest after") {
    auto client = loggedIn(); // novak, Czech police
    const auto engine = addUnit("HAZZ-SI-CAS", "fire_engine", 48.8449, 17.2263, "HAZZ-TT");
    addUnit("PZSR-HL-01", "patrol_car", 48.8115, 17.1628, "PZSR"); // 0.1 km
    addUnit("PZSR-HL-K9", "k9_unit", 48.8120, 17.1630, "PZSR");
    addUnit("PCR-HO-K9", "k9_unit", 48.8489, 17.1320);
    const auto patrol = addUnit("PCR-HO-01", "patrol_car", 48.8489, 17.1324); // Hodonín
    addUnit("PCR-HO-02", "patrol_car", 48.8500, 17.1300);
    addUnit("HZS-HO-GEN", "mobile_power_generator", 48.8480, 17.1300, "HZS-JMK");
    const auto fire = createIncident(*client, 48.8110, 17.1624, "fire", 1);

    const auto result = recommend(*client, fire);
    const auto& units = result["units"];
    REQUIRE(units.size() >= 3);
    CHECK(units[0]["recommended"] == true);
    CHECK(filled(result) == std::map<std::string, int>{{"fire_engine", 1}, {"patrol_car", 1}});
    const auto* fireEngine = unitNamed(result, "HAZZ-SI-CAS");
    REQUIRE(fireEngine);
    CHECK((*fireEngine)["unit"]["id"] == engine);
    CHECK((*fireEngine)["action"] == "request");
    CHECK((*fireEngine)["request_to"] == "HAZZ-TT");
    // The Czech patrol car is assigned directly; the Slovak one, nearer, is not asked for.
    const auto* own = unitNamed(result, "PCR-HO-01");
    REQUIRE(own);
    CHECK((*own)["unit"]["id"] == patrol);
    CHECK((*own)["recommended"] == true);
    CHECK((*own)["action"] == "assign");
    CHECK((*own)["via"] == "Hodonín–Holíč");
    CHECK((*unitNamed(result, "PZSR-HL-01"))["recommended"] == false);
    CHECK((*unitNamed(result, "HZS-HO-GEN"))["recommended"] == false);
    // Recommended units come before every other.
    bool others = false;
    for (const auto& unit : units) {
        others = others || unit["recommended"] == false;
        CHECK((unit["recommended"] == true) == !others);
    }
    // One engine of the two the plan wants is open; the other stays open.
    CHECK(result["needs"][0]["unit_type"] == "fire_engine");
    CHECK(result["needs"][0]["count"] == 2);
}

TEST_CASE_METHOD(RecommendFixture, "routes across the Morava go through a crossing that carries "
                                   "the vehicle") {
    auto client = loggedIn();
    addUnit("PCR-HO-01", "patrol_car", 48.8489, 17.1324);            // Hodonín
    addUnit("PCR-LA-01", "patrol_car", 48.7244, 16.9670);            // Lanžhot
    addUnit("PCR-SU-01", "patrol_car", 48.8672, 17.2568);            // Sudoměřice
    addUnit("HZS-SU-1", "fire_engine", 48.8672, 17.2570, "HZS-JMK"); // Sudoměřice, heavy
    const auto holic = createIncident(*client, 48.8110, 17.1624, "theft", 3);
    const auto fromHodonin = recommend(*client, holic);
    const auto* hodonin = unitNamed(fromHodonin, "PCR-HO-01");
    REQUIRE(hodonin);
    CHECK((*hodonin)["via"] == "Hodonín–Holíč");
    CHECK((*hodonin)["distance_m"].get<int>() > (*hodonin)["straight_m"].get<int>());

    const auto kuty = createIncident(*client, 48.6600, 17.0200, "theft", 3); // Kúty, SK
    const auto toKuty = recommend(*client, kuty);
    const auto* lanzhot = unitNamed(toKuty, "PCR-LA-01");
    REQUIRE(lanzhot);
    CHECK_THAT((*lanzhot)["via"].get<std::string>(), Catch::Matchers::Contains("Brodské"));

    const auto skalica = createIncident(*client, 48.8449, 17.2263, "fire", 2);
    const auto toSkalica = recommend(*client, skalica);
    CHECK((*unitNamed(toSkalica, "PCR-SU-01"))["via"] == "Sudoměřice–Skalica");
    // The Sudoměřice bridge carries up to 3.5 t: the fire engine goes round by Hodonín.
    CHECK((*unitNamed(toSkalica, "HZS-SU-1"))["via"] == "Hodonín–Holíč");

    // On one bank the way is the straight line.
    const auto hodoninIncident = createIncident(*client, 48.8500, 17.1300, "theft", 3);
    const auto toHodonin = recommend(*client, hodoninIncident);
    const auto* near = unitNamed(toHodonin, "PCR-HO-01");
    REQUIRE(near);
    CHECK((*near)["via"].is_null());
    CHECK((*near)["distance_m"] == (*near)["straight_m"]);
}

TEST_CASE_METHOD(RecommendFixture, "incident.needs shows each need of the plan filled, requested "
                                   "or open") {
    auto client = loggedIn(); // novak, Czech police
    const auto engine = addUnit("HAZZ-SI-CAS", "fire_engine", 48.8449, 17.2263, "HAZZ-TT");
    const auto patrol = addUnit("PCR-HO-01", "patrol_car", 48.8489, 17.1324);
    const auto fire = createIncident(*client, 48.8110, 17.1624, "fire", 1);
    const auto needsOf = [&] {
        const auto reply = client->call("incident.needs", {{"incident_id", fire["id"]}});
        REQUIRE(errorCode(reply) == "ok");
        CHECK(reply["result"]["incident_id"] == fire["id"]);
        std::map<std::string, std::tuple<int, int, int, bool>> needs;
        for (const auto& need : reply["result"]["needs"]) {
            needs[need["unit_type"].get<std::string>()] = {
                need["assigned"].get<int>(), need["requested"].get<int>(), need["open"].get<int>(),
                need["applies"].get<bool>()};
        }
        return needs;
    };
    using Need = std::tuple<int, int, int, bool>;
    // A fire at priority 1: two fire engines, a patrol car, an ambulance when people are hurt.
    CHECK(needsOf() == std::map<std::string, Need>{{"fire_engine", {0, 0, 2, true}},
                                                   {"patrol_car", {0, 0, 1, true}},
                                                   {"ambulance", {0, 0, 0, false}}});
    for (const auto unit : {patrol, engine}) {
        REQUIRE(errorCode(assign(*client, fire["id"], unit)) == "ok");
    }
    CHECK(needsOf() == std::map<std::string, Need>{{"fire_engine", {0, 1, 1, true}},
                                                   {"patrol_car", {1, 0, 0, true}},
                                                   {"ambulance", {0, 0, 0, false}}});
    CHECK(errorCode(client->call("incident.needs", {{"incident_id", 999999}})) == "not_found");
    CHECK(errorCode(client->call("incident.needs", {{"incident_id", fire["id"]}, {"x", 1}})) ==
          "bad_request");
}

TEST_CASE_METHOD(RecommendFixture, "plan.list shows the response plans, of one type when asked") {
    auto client = loggedIn();
    const auto all = client->call("plan.list");
    REQUIRE(errorCode(all) == "ok");
    const auto fire = client->call("plan.list", {{"incident_type", "fire"}});
    REQUIRE(errorCode(fire) == "ok");
    CHECK(fire["result"]["plans"].size() == 12); // 3 lines × 4 priorities
    CHECK(all["result"]["plans"].size() > fire["result"]["plans"].size());
    const auto unknown = client->call("plan.list", {{"incident_type", "alien_landing"}});
    CHECK(errorCode(unknown) == "bad_request");
    CHECK(unknown["error"]["field"] == "incident_type");
    CHECK(fire["result"]["plans"][0] == json{{"incident_type", "fire"},
                                             {"priority", 1},
                                             {"unit_type", "fire_engine"},
                                             {"count", 2},
                                             {"condition", nullptr}});
}
