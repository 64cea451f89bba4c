#pragma once
// A real jcc-server on a fresh database with one operator account, for protocol tests.
#include "common/User.hpp"
#include "tests/support/DispatchCalls.hpp"
#include "tests/support/ServerProcess.hpp"
#include "tests/support/TestDatabase.hpp"
#include "tests/support/WsClient.hpp"

#include <memory>
#include <string>
#include <vector>

namespace jcc::test {

inline constexpr const char* kOperator = "novak";
inline constexpr const char* kOperatorPassword = "Kůň-skáče-přes-plot";

struct ServerFixture {
    explicit ServerFixture(const std::vector<std::string>& serverArgs = {});

    std::unique_ptr<WsClient> connect() const { return std::make_unique<WsClient>(server.port()); }
    /// A client that has sent hello and logged in as the operator.
    std::unique_ptr<WsClient> loggedIn() const;
    /// Runs an account administration action directly on the database.
    void disableOperator() const;
    void revokeOperatorSessions() const;

    TestDatabase db;
    ServerProcess server;
};

/// Adds an account (password kOperatorPassword) directly in the database.
void addUser(const TestDatabase& db, const std::string& username, Role role,
             const std::string& agency, Country country);

struct HttpReply {
    int status = 0;
    std::string contentType;
    std::string body;
};

/// A plain-HTTP GET to 127.0.0.1:port, with an Authorization header when one is given.
HttpReply httpGet(unsigned short port, const std::string& target,
                  const std::string& authorization = {});

} // namespace jcc::test
