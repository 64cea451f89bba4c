#include "tests/server/ServerFixture.hpp"

#include "server/core/Net.hpp"
#include "server/store/AccountService.hpp"
#include "server/store/Database.hpp"

#include <pqxx/pqxx>

namespace jcc::test {

namespace {

const store::Actor kTestAdmin{std::nullopt, "os:test", "server-test"};

std::string seededDatabase(const TestDatabase& db) {
    addUser(db, kOperator, Role::Operator, "PCR", Country::CZ);
    return db.url();
}

} // namespace

void addUser(const TestDatabase& db, const std::string& username, Role role,
             const std::string& agency, Country country) {
    auto connection = store::openConnection(db.url());
    store::prepareStatements(*connection);
    const std::string fullName = username == kOperator ? "Jan Novák" : "Test " + username;
    store::AccountService(*connection, {})
        .addUser({username, fullName, role, agency, country,
                  country == Country::CZ ? Language::Cs : Language::Sk},
                 kOperatorPassword, kTestAdmin);
}

ServerFixture::ServerFixture(const std::vector<std::string>& serverArgs)
    : server(seededDatabase(db), serverArgs) {}

std::unique_ptr<WsClient> ServerFixture::loggedIn() const {
    auto client = connect();
    const auto reply = client->helloAndLogin(kOperator, kOperatorPassword);
    if (!reply.value("ok", false)) {
        throw std::runtime_error("login failed: " + reply.dump());
    }
    return client;
}

void ServerFixture::disableOperator() const {
    auto connection = store::openConnection(db.url());
    store::prepareStatements(*connection);
    store::AccountService(*connection, {}).setDisabled(kOperator, true, kTestAdmin);
}

void ServerFixture::revokeOperatorSessions() const {
    auto connection = store::openConnection(db.url());
    store::prepareStatements(*connection);
    store::AccountService(*connection, {}).revokeSessions(kOperator, kTestAdmin);
}

HttpReply httpGet(unsigned short port, const std::string& target,
                  const std::string& authorization) {
    using namespace jcc::server;
    net::io_context io;
    beast::tcp_stream stream(io);
    stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
    http::request<http::empty_body> request{http::verb::get, target, 11};
    request.set(http::field::host, "127.0.0.1");
    if (!authorization.empty()) {
        request.set(http::field::authorization, authorization);
    }
    http::write(stream, request);
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(stream, buffer, response);
    return {static_cast<int>(response.result_int()),
            std::string(response[http::field::content_type]), response.body()};
}

} // namespace jcc::test
