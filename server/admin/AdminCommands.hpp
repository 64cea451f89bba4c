#pragma once
// Runs one checked AdminRequest on an open database and prints the result for people (aligned
// tables) or, with --json, as one JSON object or array on stdout.
#include "server/admin/AdminRequest.hpp"
#include "server/store/AccountService.hpp"
#include "server/store/AuditLog.hpp"

#include <ostream>

namespace pqxx {
class connection_base;
}

namespace jcc::admin {

class AdminCommands {
public:
    /// `target` is the database `connection` belongs to; advice in messages repeats it.
    AdminCommands(pqxx::connection_base& connection, DatabaseTarget target, store::Actor actor,
                  bool json, std::ostream& out);

    /// Throws ProtocolError for refused input (unknown user, duplicate, weak password, agency of
    /// the other country), SchemaError for a schema that does not fit, StoreError or
    /// std::runtime_error for other failures. Nothing changes when it throws.
    void run(const AdminRequest& request);

private:
    void requireCurrentSchema();
    bool userExists(const std::string& username);

    void userAdd(const AdminRequest& request);
    void userList();
    void userShow(const std::string& username);
    void userSetDisabled(const std::string& username, bool disabled);
    void userResetPassword(const AdminRequest& request);
    void userSetRole(const std::string& username, Role role);
    void userUnlock(const std::string& username);
    void userRevokeSessions(const std::string& username);
    void dbMigrate();
    void dbStatus();
    void auditExport(const AdminRequest& request);
    void demoSeed();

    pqxx::connection_base& m_connection;
    DatabaseTarget m_target;
    store::Actor m_actor;
    bool m_json;
    std::ostream& m_out;
    store::AccountService m_accounts;
};

} // namespace jcc::admin
