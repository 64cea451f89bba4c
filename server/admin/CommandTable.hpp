#pragma once
// Every jcc-admin command: its group and name, arguments, options and help text. The parser and
// the help are both built from this one table.
#include "server/admin/AdminRequest.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace jcc::admin {

struct OptionSpec {
    std::string_view name;      ///< without the leading "--"
    std::string_view valueName; ///< empty for a flag that takes no value
    std::string_view help;
    bool required = false;
};

struct CommandSpec {
    AdminCommand command;
    std::string_view group;
    std::string_view name;
    std::vector<std::string_view> positionals;
    std::vector<OptionSpec> options;
    std::string_view summary;
    std::string_view details;
    std::string_view example;
};

struct GroupSpec {
    std::string_view name;
    std::string_view summary;
};

/// The command groups (user, db, audit, demo, report, tasking, plan) in help order.
const std::vector<GroupSpec>& groupTable();
/// Every command in help order.
const std::vector<CommandSpec>& commandTable();
/// nullptr when there is no such group or command.
const GroupSpec* findGroup(std::string_view name);
const CommandSpec* findCommand(std::string_view group, std::string_view name);
/// "user add": how messages and --help name a command.
std::string topicOf(const CommandSpec& spec);
/// "add, list, ..." for a group; "user, db, ..." for the groups.
std::string commandNames(std::string_view group);
std::string groupNames();

} // namespace jcc::admin
