#include "server/admin/CommandTable.hpp"

namespace jcc::admin {

namespace {

const OptionSpec kShiftZone{"shift-zone", "ZONE",
                            "time zone of the server's shift schedule (default Europe/Prague)"};

const OptionSpec kPasswordStdin{"password-stdin", "",
                                "read the password as one line from stdin instead of the prompt"};

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) {
        out += (out.empty() ? "" : std::string(separator)) + part;
    }
    return out;
}

} // namespace

const std::vector<GroupSpec>& groupTable() {
    static const std::vector<GroupSpec> groups{
        {"user", "accounts: create, inspect, disable, reset passwords, change roles, unlock"},
        {"db", "the database schema: apply and inspect migrations"},
        {"audit", "the audit trail: export records"},
        {"demo", "demo data for a trial installation"},
        {"report", "shift handover reports: list them, export one"},
        {"tasking", "which agencies may task another agency's units directly"},
        {"plan", "response plans: which units each kind of incident needs"},
    };
    return groups;
}

const std::vector<CommandSpec>& commandTable() {
    static const std::vector<CommandSpec> commands{
        {AdminCommand::UserAdd,
         "user",
         "add",
         {"USERNAME"},
         {{"role", "ROLE", "operator, supervisor or admin", true},
          {"country", "CZ|SK", "the country the user works for", true},
          {"name", "NAME", "full name in quotes, e.g. \"Jana Nováková\"", true},
          {"agency", "CODE", "agency in the user's country (default: PCR for CZ, PZSR for SK)"},
          {"language", "cs|sk|en", "console language (default: cs for CZ, sk for SK)"},
          kPasswordStdin},
         "create an account",
         "USERNAME is 2 to 64 characters of a-z, 0-9, '.', '_' and '-', starting with a letter.\n"
         "Agencies: PCR, HZS-JMK, ZZS-JMK (CZ); PZSR, HAZZ-TT, ZZS-SK (SK).\n"
         "Asks twice for the password (or reads it with --password-stdin); it must have at least\n"
         "12 characters, must not contain the username and must not be a commonly used password.",
         "jcc-admin user add novak --role operator --country CZ --name \"Jan Novák\""},
        {AdminCommand::UserList,
         "user",
         "list",
         {},
         {},
         "list every account with its role, state and live sessions",
         "",
         "jcc-admin user list"},
        {AdminCommand::UserShow,
         "user",
         "show",
         {"USERNAME"},
         {},
         "show one account in detail",
         "Includes failed logins since the last success, the lockout and live sessions.",
         "jcc-admin user show novak"},
        {AdminCommand::UserDisable,
         "user",
         "disable",
         {"USERNAME"},
         {},
         "disable an account and close its live sessions",
         "The user's consoles are disconnected within a second on every server node; logins\n"
         "are refused until 'user enable'.",
         "jcc-admin user disable novak"},
        {AdminCommand::UserEnable,
         "user",
         "enable",
         {"USERNAME"},
         {},
         "enable a disabled account",
         "",
         "jcc-admin user enable novak"},
        {AdminCommand::UserResetPassword,
         "user",
         "reset-password",
         {"USERNAME"},
         {kPasswordStdin},
         "set a new password",
         "Asks twice for the new password (or reads it with --password-stdin). Also clears a\n"
         "lockout and closes the user's live sessions.",
         "jcc-admin user reset-password novak"},
        {AdminCommand::UserSetRole,
         "user",
         "set-role",
         {"USERNAME", "ROLE"},
         {},
         "change the role (operator, supervisor or admin)",
         "Closes the user's live sessions so that the new role applies from the next login.",
         "jcc-admin user set-role novak supervisor"},
        {AdminCommand::UserUnlock,
         "user",
         "unlock",
         {"USERNAME"},
         {},
         "lift the lockout after repeated failed logins",
         "An account locks for 15 minutes after 5 failed logins in a row (server settings\n"
         "--lockout-threshold and --lockout-duration); this lifts it and clears the count.",
         "jcc-admin user unlock novak"},
        {AdminCommand::UserRevokeSessions,
         "user",
         "revoke-sessions",
         {"USERNAME"},
         {},
         "end every live session of the user",
         "The user's consoles are disconnected within a second and must log in again.",
         "jcc-admin user revoke-sessions novak"},
        {AdminCommand::DbMigrate,
         "db",
         "migrate",
         {},
         {},
         "apply pending schema migrations",
         "Safe to repeat: applies only what is missing. Refuses a database newer than this\n"
         "program or one whose applied migrations were edited.",
         "jcc-admin db migrate"},
        {AdminCommand::DbStatus,
         "db",
         "status",
         {},
         {},
         "show each migration and when it was applied",
         "Fails (exit 1) when the database is newer than this program or an applied migration\n"
         "was edited.",
         "jcc-admin db status"},
        {AdminCommand::AuditExport,
         "audit",
         "export",
         {},
         {{"since", "TIME", "only records at or after TIME"},
          {"until", "TIME", "only records before TIME"}},
         "write audit records as JSON lines",
         "One JSON object per line, oldest first: id, at, actor, source, action, entity,\n"
         "entity_id, before, after. TIME is ISO 8601, e.g. 2026-03-01 or "
         "2026-03-01T06:00:00+01:00;\n"
         "without an offset it is UTC. The export itself is recorded in the audit trail.",
         "jcc-admin audit export --since 2026-03-01 --until 2026-03-02 > audit-2026-03-01.jsonl"},
        {AdminCommand::DemoSeed,
         "demo",
         "seed",
         {},
         {},
         "create demo accounts with random passwords",
         "Creates an operator, a supervisor and an admin for each country (novak, horvath,\n"
         "dvorakova, kovacova, admin.cz, admin.sk) and prints their passwords once. Changes\n"
         "nothing when any of them exists already.",
         "jcc-admin demo seed"},
        {AdminCommand::ReportList,
         "report",
         "list",
         {},
         {{"from", "DATE", "only shifts starting on or after this local date (YYYY-MM-DD)"},
          {"to", "DATE", "only shifts starting on or before this local date (YYYY-MM-DD)"},
          kShiftZone},
         "list the shift handover reports with their signature and acknowledgement",
         "A shift has a report once someone wrote a handover note or remarks, or signed it.\n"
         "Newest first, at most 500.",
         "jcc-admin report list --from 2026-03-01 --to 2026-03-31"},
        {AdminCommand::ReportExport,
         "report",
         "export",
         {},
         {{"shift", "ID", "the shift, e.g. 2026-03-28N (local start date and shift code)", true},
          {"format", "json|html|md", "output format (default md)"},
          {"lang", "cs|sk|en", "language of a report not signed yet (default en)"},
          {"shift-starts", "HH:MM,...", "the server's shift start times (default 06:00,18:00)"},
          {"shift-codes", "X,...", "the server's shift codes (default D,N)"},
          kShiftZone},
         "write a shift handover report as JSON, HTML or Markdown to stdout",
         "A signed report is written as it was signed (in the signer's language) with its\n"
         "SHA-256 digest; a report not signed yet is built from the record now. The schedule\n"
         "options must match the server's (see docs/operations.md). --json equals --format json.",
         "jcc-admin report export --shift 2026-03-28N --format html > 2026-03-28N.html"},
        {AdminCommand::TaskingList,
         "tasking",
         "list",
         {},
         {},
         "list the grants that let an agency task another agency's units",
         "Every agency tasks its own units. Any other unit is asked for with an assistance\n"
         "request, unless a grant here lets the asking agency task it directly.",
         "jcc-admin tasking list"},
        {AdminCommand::TaskingGrant,
         "tasking",
         "grant",
         {"AGENCY", "UNIT_AGENCY"},
         {},
         "let operators of AGENCY assign units of UNIT_AGENCY and set their status",
         "Applies to the next command on every server node. Agencies: PCR, HZS-JMK, ZZS-JMK\n"
         "(CZ); PZSR, HAZZ-TT, ZZS-SK (SK). Recorded in the audit trail.",
         "jcc-admin tasking grant PCR ZZS-JMK"},
        {AdminCommand::TaskingRevoke,
         "tasking",
         "revoke",
         {"AGENCY", "UNIT_AGENCY"},
         {},
         "take a grant back: units of UNIT_AGENCY are asked for again",
         "Assignments made under the grant stay. Recorded in the audit trail.",
         "jcc-admin tasking revoke PCR ZZS-JMK"},
        {AdminCommand::PlanList,
         "plan",
         "list",
         {},
         {{"type", "TYPE", "only this incident type (e.g. fire)"}},
         "list the response plans: units needed per incident type and priority",
         "A need with a condition (power_out, injuries) applies when the operator says so.",
         "jcc-admin plan list --type flood"},
        {AdminCommand::PlanSet,
         "plan",
         "set",
         {"TYPE", "PRIORITY", "UNIT_TYPE", "COUNT"},
         {{"condition", "power_out|injuries", "the need applies only then"}},
         "set how many units of UNIT_TYPE an incident of TYPE and PRIORITY needs",
         "PRIORITY is 1 to 4; COUNT 1 to 20, or 0 to take the line out of the plan.\n"
         "unit.recommend uses the new plan from the next call; consoles show it after their\n"
         "next snapshot. Recorded in the audit trail.",
         "jcc-admin plan set flood 1 rescue_boat 3"},
        {AdminCommand::PlanReset,
         "plan",
         "reset",
         {},
         {{"type", "TYPE", "only this incident type (default: every plan)"}},
         "put the default plans back",
         "The defaults are those the centre started with (docs/supervisor-guide.md,\n"
         "\"Response plans\"). Recorded in the audit trail.",
         "jcc-admin plan reset --type fire"},
    };
    return commands;
}

const GroupSpec* findGroup(std::string_view name) {
    for (const auto& group : groupTable()) {
        if (group.name == name) {
            return &group;
        }
    }
    return nullptr;
}

const CommandSpec* findCommand(std::string_view group, std::string_view name) {
    for (const auto& command : commandTable()) {
        if (command.group == group && command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

std::string topicOf(const CommandSpec& spec) {
    return std::string(spec.group) + " " + std::string(spec.name);
}

std::string commandNames(std::string_view group) {
    std::vector<std::string> names;
    for (const auto& command : commandTable()) {
        if (command.group == group) {
            names.emplace_back(command.name);
        }
    }
    return joined(names, ", ");
}

std::string groupNames() {
    std::vector<std::string> names;
    for (const auto& group : groupTable()) {
        names.emplace_back(group.name);
    }
    return joined(names, ", ");
}

} // namespace jcc::admin
