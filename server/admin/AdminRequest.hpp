#pragma once
// One jcc-admin command with its arguments checked and typed, and the database it works on.
#include "common/ShiftSchedule.hpp"
#include "common/User.hpp"
#include "server/store/UserRepository.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace jcc::admin {

enum class AdminCommand {
    UserAdd,
    UserList,
    UserShow,
    UserDisable,
    UserEnable,
    UserResetPassword,
    UserSetRole,
    UserUnlock,
    UserRevokeSessions,
    DbMigrate,
    DbStatus,
    AuditExport,
    DemoSeed,
    ReportList,
    ReportExport,
    TaskingList,
    TaskingGrant,
    TaskingRevoke,
    PlanList,
    PlanSet,
    PlanReset,
};

/// The fields a command uses; the others keep their defaults.
struct AdminRequest {
    AdminCommand command = AdminCommand::UserList;
    std::string username;                    ///< user commands
    store::NewUser newUser;                  ///< user add
    Role role = Role::Operator;              ///< user set-role
    bool passwordFromStdin = false;          ///< user add, user reset-password
    std::optional<std::string> since;        ///< audit export, ISO 8601
    std::optional<std::string> until;        ///< audit export, ISO 8601
    ShiftSchedule shifts;                    ///< report commands: the server's shift schedule
    std::string shiftId;                     ///< report export, e.g. "2026-03-28N"
    std::string reportFormat = "md";         ///< report export: json, html or md
    Language language = Language::En;        ///< report export, for a report not signed yet
    std::optional<std::string> from;         ///< report list: first local date, YYYY-MM-DD
    std::optional<std::string> to;           ///< report list: last local date, YYYY-MM-DD
    std::string agency;                      ///< tasking grant/revoke: whose operators
    std::string unitAgency;                  ///< tasking grant/revoke: whose units
    std::optional<std::string> incidentType; ///< plan commands (list, reset: --type)
    int priority = 0;                        ///< plan set
    std::string unitType;                    ///< plan set
    int count = 0;                           ///< plan set: 0 removes the line
    std::optional<std::string> condition;    ///< plan set: power_out or injuries
};

/// Either a PostgreSQL URL (--db) or the data directory of the embedded cluster.
struct DatabaseTarget {
    std::optional<std::string> url;
    std::filesystem::path dataDir;
};

/// True for the commands that set a password.
inline bool needsPassword(AdminCommand command) {
    return command == AdminCommand::UserAdd || command == AdminCommand::UserResetPassword;
}

} // namespace jcc::admin
