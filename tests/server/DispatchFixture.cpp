#include "tests/server/DispatchFixture.hpp"

#include "server/store/Database.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <pqxx/pqxx>

namespace jcc::test {

using nlohmann::json;

json refused(WsClient& client, const json& request, const std::string& code,
             const std::string& field) {
    const auto reply = client.request(request);
    INFO(request.dump() << " → " << reply.dump());
    CHECK(errorCode(reply) == code);
    if (field.empty()) {
        CHECK_FALSE(reply["error"].contains("field"));
    } else {
        CHECK(reply["error"].value("field", "") == field);
    }
    return reply;
}

DispatchFixture::DispatchFixture(const std::vector<std::string>& serverArgs)
    : ServerFixture(serverArgs) {
    addUser(db, kSupervisor, Role::Supervisor, "PCR", Country::CZ);
    addUser(db, kAdmin, Role::Admin, "PCR", Country::CZ);
}

namespace {
std::unique_ptr<WsClient> logIn(const ServerFixture& fixture, const std::string& username) {
    auto client = fixture.connect();
    const auto reply = client->helloAndLogin(username, kOperatorPassword);
    if (!reply.value("ok", false)) {
        throw std::runtime_error("login of " + username + " failed: " + reply.dump());
    }
    return client;
}
} // namespace

std::unique_ptr<WsClient> DispatchFixture::supervisor() const {
    return logIn(*this, kSupervisor);
}

std::unique_ptr<WsClient> DispatchFixture::admin() const {
    auto client = connect();
    const auto reply = client->helloAndLogin(kAdmin, kOperatorPassword);
    if (errorCode(reply) != "forbidden") {
        throw std::runtime_error("the admin's login was not refused: " + reply.dump());
    }
    return client;
}

std::int64_t DispatchFixture::addUnit(const std::string& callSign, const std::string& type,
                                      std::optional<double> lat, std::optional<double> lon,
                                      const std::string& agency) const {
    auto connection = store::openConnection(db.url());
    pqxx::work txn(*connection);
    const auto id = txn.exec_params1("INSERT INTO units (call_sign, agency, unit_type, "
                                     "home_station, lat, lon) VALUES ($1, $2, $3, $4, $5, $6) "
                                     "RETURNING id",
                                     callSign, agency, type, "OOP Břeclav", lat, lon)[0]
                        .as<std::int64_t>();
    txn.commit();
    return id;
}

std::string DispatchFixture::sql(const std::string& statement) const {
    auto connection = store::openConnection(db.url());
    pqxx::work txn(*connection);
    const auto rows = txn.exec(statement);
    txn.commit();
    return rows.empty() || rows[0][0].is_null() ? "" : rows[0][0].as<std::string>();
}

void merge(json& request, const json& fields) {
    for (const auto& [key, value] : fields.items()) {
        request[key] = value;
    }
}

Watcher::Watcher(std::unique_ptr<WsClient> watching) : client(std::move(watching)) {
    const auto reply = client->call("subscribe");
    if (errorCode(reply) != "ok") {
        throw std::runtime_error("subscribe failed: " + reply.dump());
    }
    seq = reply["result"]["seq"].get<std::int64_t>();
}

std::vector<json> Watcher::expect(const std::vector<std::string>& events) {
    std::vector<json> data;
    for (const auto& event : events) {
        const auto push = client->nextPush();
        INFO("expecting " << event << " after seq " << seq);
        REQUIRE(push.has_value());
        CHECK((*push)["event"] == event);
        CHECK((*push)["seq"] == seq + 1);
        seq = (*push)["seq"].get<std::int64_t>();
        data.push_back((*push)["data"]);
    }
    return data;
}

void Watcher::expectNone() {
    const auto push = client->nextPush(std::chrono::milliseconds(800));
    INFO("unexpected push " << (push ? push->dump() : std::string("-")));
    CHECK_FALSE(push.has_value());
}

} // namespace jcc::test
