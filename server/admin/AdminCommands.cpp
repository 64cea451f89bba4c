#include "server/admin/AdminCommands.hpp"

#include "common/ProtocolError.hpp"
#include "server/admin/AdviceCommand.hpp"
#include "server/admin/AuditExport.hpp"
#include "server/admin/DemoData.hpp"
#include "server/admin/PasswordPrompt.hpp"
#include "server/admin/PlanCommands.hpp"
#include "server/admin/ReportCommands.hpp"
#include "server/admin/TablePrinter.hpp"
#include "server/admin/TaskingCommands.hpp"
#include "server/store/Database.hpp"
#include "server/store/Migrator.hpp"
#include "server/store/UserRepository.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

namespace jcc::admin {

using nlohmann::json;

namespace {

std::string stateOf(const store::AccountStatus& status) {
    const auto& record = status.record;
    std::string state = record.user.disabled ? "disabled" : "active";
    if (record.locked) {
        state += ", locked until " + record.lockedUntil.value_or("?");
    }
    if (status.lockedSources > 0) {
        state += ", " + std::to_string(status.lockedSources) +
                 (status.lockedSources == 1 ? " address" : " addresses") + " locked out";
    }
    return state;
}

json accountJson(const store::AccountStatus& status) {
    const auto& record = status.record;
    json out = toJson(record.user);
    out["failed_logins"] = record.failedLogins;
    out["locked"] = record.locked;
    out["locked_until"] =
        record.locked && record.lockedUntil ? json(*record.lockedUntil) : json(nullptr);
    out["live_sessions"] = status.liveSessions;
    out["locked_sources"] = status.lockedSources;
    out["created_at"] = record.createdAt;
    return out;
}

std::string plural(std::size_t count, const std::string& word) {
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

} // namespace

AdminCommands::AdminCommands(pqxx::connection_base& connection, DatabaseTarget target,
                             store::Actor actor, bool json, std::ostream& out)
    : m_connection(connection), m_target(std::move(target)), m_actor(std::move(actor)),
      m_json(json), m_out(out), m_accounts(connection, store::AccountSettings{}) {}

void AdminCommands::run(const AdminRequest& request) {
    switch (request.command) {
    case AdminCommand::DbMigrate:
        return dbMigrate();
    case AdminCommand::DbStatus:
        return dbStatus();
    default:
        break;
    }
    requireCurrentSchema();
    switch (request.command) {
    case AdminCommand::UserAdd:
        return userAdd(request);
    case AdminCommand::UserList:
        return userList();
    case AdminCommand::UserShow:
        return userShow(request.username);
    case AdminCommand::UserDisable:
        return userSetDisabled(request.username, true);
    case AdminCommand::UserEnable:
        return userSetDisabled(request.username, false);
    case AdminCommand::UserResetPassword:
        return userResetPassword(request);
    case AdminCommand::UserSetRole:
        return userSetRole(request.username, request.role);
    case AdminCommand::UserUnlock:
        return userUnlock(request.username);
    case AdminCommand::UserRevokeSessions:
        return userRevokeSessions(request.username);
    case AdminCommand::AuditExport:
        return auditExport(request);
    case AdminCommand::DemoSeed:
        return demoSeed();
    case AdminCommand::ReportList:
        return listReports(m_connection, request, m_json, m_out);
    case AdminCommand::ReportExport:
        return exportReport(m_connection, request, m_actor, m_out);
    case AdminCommand::PlanList:
        return listPlans(m_connection, request, m_json, m_out);
    case AdminCommand::PlanSet:
        return setPlanLine(m_connection, request, m_actor, m_json, m_out);
    case AdminCommand::PlanReset:
        return resetPlans(m_connection, request, m_actor, m_json, m_out);
    case AdminCommand::TaskingList:
        return listTaskingGrants(m_connection, m_json, m_out);
    case AdminCommand::TaskingGrant:
    case AdminCommand::TaskingRevoke:
        return changeTaskingGrant(m_connection, request, m_actor, m_json, m_out);
    case AdminCommand::DbMigrate:
    case AdminCommand::DbStatus:
        break;
    }
}

void AdminCommands::requireCurrentSchema() {
    if (!store::Migrator(m_connection, store::bundledMigrations()).isCurrent()) {
        throw std::runtime_error("database schema is not current; run '" +
                                 adviceCommand(m_target, "db migrate") + "'");
    }
    store::prepareStatements(m_connection);
}

bool AdminCommands::userExists(const std::string& username) {
    pqxx::read_transaction txn(m_connection, "user_exists");
    return store::UserRepository::findByUsername(txn, username).has_value();
}

void AdminCommands::userAdd(const AdminRequest& request) {
    const auto& newUser = request.newUser;
    // Checked before the prompt so nobody types a password twice for nothing; addUser checks
    // again inside its transaction.
    if (userExists(newUser.username)) {
        throw ProtocolError(ErrorCode::Conflict, "user '" + newUser.username + "' already exists",
                            "username");
    }
    const std::string password =
        PasswordPrompt(request.passwordFromStdin).readNewPassword(newUser.username);
    const User user = m_accounts.addUser(newUser, password, m_actor);
    if (m_json) {
        m_out << toJson(user).dump(2) << '\n';
        return;
    }
    m_out << "created " << toString(user.role) << " '" << user.username << "' (" << user.fullName
          << ", " << user.agency << ", " << toString(user.country) << ", language "
          << toString(user.language) << ")\n";
}

void AdminCommands::userList() {
    const auto statuses = m_accounts.listUsers();
    if (m_json) {
        json list = json::array();
        for (const auto& status : statuses) {
            list.push_back(accountJson(status));
        }
        m_out << list.dump(2) << '\n';
        return;
    }
    if (statuses.empty()) {
        m_out << "no users yet; see '" << adviceCommand(m_target, "user add --help")
              << "' to create one\n";
        return;
    }
    TablePrinter table(
        {"USERNAME", "NAME", "ROLE", "AGENCY", "COUNTRY", "LANGUAGE", "SESSIONS", "STATE"});
    for (const auto& status : statuses) {
        const auto& user = status.record.user;
        table.addRow({user.username, user.fullName, std::string(toString(user.role)), user.agency,
                      std::string(toString(user.country)), std::string(toString(user.language)),
                      std::to_string(status.liveSessions), stateOf(status)});
    }
    table.print(m_out);
}

void AdminCommands::userShow(const std::string& username) {
    const auto status = m_accounts.showUser(username);
    if (m_json) {
        m_out << accountJson(status).dump(2) << '\n';
        return;
    }
    const auto& record = status.record;
    TablePrinter table({});
    table.addRow({"username", record.user.username});
    table.addRow({"name", record.user.fullName});
    table.addRow({"role", std::string(toString(record.user.role))});
    table.addRow({"agency", record.user.agency});
    table.addRow({"country", std::string(toString(record.user.country))});
    table.addRow({"language", std::string(toString(record.user.language))});
    table.addRow({"state", stateOf(status)});
    table.addRow({"failed logins", std::to_string(record.failedLogins)});
    table.addRow({"live sessions", std::to_string(status.liveSessions)});
    table.addRow({"created at", record.createdAt});
    table.addRow({"id", std::to_string(record.user.id)});
    table.print(m_out);
}

void AdminCommands::userSetDisabled(const std::string& username, bool disabled) {
    m_accounts.setDisabled(username, disabled, m_actor);
    if (m_json) {
        m_out << json{{"username", username}, {"disabled", disabled}}.dump(2) << '\n';
    } else if (disabled) {
        m_out << "disabled '" << username << "'; their live sessions are closed\n";
    } else {
        m_out << "enabled '" << username << "'; they can log in again\n";
    }
}

void AdminCommands::userResetPassword(const AdminRequest& request) {
    if (!userExists(request.username)) {
        throw ProtocolError(ErrorCode::NotFound, "no user named '" + request.username + "'",
                            "username");
    }
    const std::string password =
        PasswordPrompt(request.passwordFromStdin).readNewPassword(request.username);
    m_accounts.resetPassword(request.username, password, m_actor);
    if (m_json) {
        m_out << json{{"username", request.username}, {"password_reset", true}}.dump(2) << '\n';
        return;
    }
    m_out << "new password set for '" << request.username
          << "'; lockout cleared and live sessions closed\n";
}

void AdminCommands::userSetRole(const std::string& username, Role role) {
    m_accounts.setRole(username, role, m_actor);
    if (m_json) {
        m_out << json{{"username", username}, {"role", toString(role)}}.dump(2) << '\n';
        return;
    }
    m_out << "'" << username << "' is now " << toString(role)
          << "; live sessions are closed so the role applies from the next login\n";
}

void AdminCommands::userUnlock(const std::string& username) {
    m_accounts.unlock(username, m_actor);
    if (m_json) {
        m_out << json{{"username", username}, {"unlocked", true}}.dump(2) << '\n';
        return;
    }
    m_out << "unlocked '" << username << "'; failed logins reset to 0\n";
}

void AdminCommands::userRevokeSessions(const std::string& username) {
    const int count = m_accounts.revokeSessions(username, m_actor);
    if (m_json) {
        m_out << json{{"username", username}, {"revoked_sessions", count}}.dump(2) << '\n';
        return;
    }
    m_out << "revoked " << plural(static_cast<std::size_t>(count), "live session") << " of '"
          << username << "'\n";
}

void AdminCommands::dbMigrate() {
    store::Migrator migrator(m_connection, store::bundledMigrations());
    const int applied = migrator.migrate();
    const int version = migrator.latestVersion();
    if (applied > 0) {
        store::prepareStatements(m_connection);
        pqxx::work txn(m_connection, "schema_migrate_record");
        store::AuditLog::append(txn, m_actor,
                                {"schema.migrate", "schema", std::to_string(version), nullptr,
                                 json{{"applied", applied}, {"version", version}}});
        txn.commit();
    }
    if (m_json) {
        m_out << json{{"applied", applied}, {"version", version}}.dump(2) << '\n';
    } else if (applied == 0) {
        m_out << "schema is current at version " << version << "; nothing to apply\n";
    } else {
        m_out << "applied " << plural(static_cast<std::size_t>(applied), "migration")
              << "; schema is now at version " << version << "\n";
    }
}

void AdminCommands::dbStatus() {
    store::Migrator migrator(m_connection, store::bundledMigrations());
    const auto states = migrator.status();
    std::size_t pending = 0;
    for (const auto& state : states) {
        pending += state.appliedAt ? 0 : 1;
    }
    if (m_json) {
        json migrations = json::array();
        for (const auto& state : states) {
            migrations.push_back(
                {{"version", state.migration.version},
                 {"name", state.migration.name},
                 {"checksum", state.migration.checksum},
                 {"applied_at", state.appliedAt ? json(*state.appliedAt) : json(nullptr)}});
        }
        m_out << json{{"current", pending == 0},
                      {"latest_version", migrator.latestVersion()},
                      {"pending", pending},
                      {"migrations", migrations}}
                     .dump(2)
              << '\n';
        return;
    }
    TablePrinter table({"VERSION", "NAME", "APPLIED AT"});
    for (const auto& state : states) {
        table.addRow({std::to_string(state.migration.version), state.migration.name,
                      state.appliedAt.value_or("pending")});
    }
    table.print(m_out);
    if (pending == 0) {
        m_out << "\nschema is current at version " << migrator.latestVersion() << "\n";
    } else {
        m_out << "\n"
              << plural(pending, "migration") << " pending; run '"
              << adviceCommand(m_target, "db migrate") << "'\n";
    }
}

void AdminCommands::auditExport(const AdminRequest& request) {
    exportAudit(m_connection, request.since, request.until, m_actor, m_out);
}

void AdminCommands::demoSeed() {
    const auto result = seedDemoData(m_connection, m_actor);
    if (m_json) {
        json created = json::array();
        for (const auto& account : result.created) {
            created.push_back({{"username", account.username},
                               {"full_name", account.fullName},
                               {"role", toString(account.role)},
                               {"country", toString(account.country)},
                               {"agency", account.agency},
                               {"password", account.password}});
        }
        m_out << json{{"created", created},
                      {"existing", result.existingUsers},
                      {"units", result.units},
                      {"incidents", result.incidents}}
                     .dump(2)
              << '\n';
        return;
    }
    if (!result.existingUsers.empty()) {
        std::string names;
        for (const auto& name : result.existingUsers) {
            names += (names.empty() ? "" : ", ") + name;
        }
        m_out << "demo users exist already (" << names << "); nothing changed\n";
        return;
    }
    TablePrinter table({"USERNAME", "ROLE", "COUNTRY", "NAME", "PASSWORD"});
    for (const auto& account : result.created) {
        table.addRow({account.username, std::string(toString(account.role)),
                      std::string(toString(account.country)), account.fullName, account.password});
    }
    table.print(m_out);
    m_out << "\nAlso created " << result.units << " units and " << result.incidents
          << " open incidents.\nThe passwords are shown only this once; change them with '"
          << adviceCommand(m_target, "user reset-password " + result.created.front().username)
          << "' (and so on for each).\n";
}

} // namespace jcc::admin
