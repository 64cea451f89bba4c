#include "server/admin/AdminHelp.hpp"

#include "server/admin/CommandTable.hpp"
#include "server/admin/TablePrinter.hpp"

#include <cctype>
#include <sstream>

namespace jcc::admin {

namespace {

std::string commandLine(const CommandSpec& spec) {
    std::string line = topicOf(spec);
    for (auto positional : spec.positionals) {
        line += " " + std::string(positional);
    }
    return line;
}

std::string synopsis(const CommandSpec& spec) {
    std::string line = commandLine(spec);
    for (const auto& option : spec.options) {
        std::string text = "--" + std::string(option.name);
        if (!option.valueName.empty()) {
            text += " " + std::string(option.valueName);
        }
        line += option.required ? " " + text : " [" + text + "]";
    }
    return line;
}

void listCommands(std::ostream& out, std::string_view group) {
    TablePrinter table({});
    for (const auto& command : commandTable()) {
        if (group.empty() || command.group == group) {
            table.addRow({"  " + commandLine(command), std::string(command.summary)});
        }
    }
    table.print(out);
}

constexpr std::string_view kUsage =
    "Usage: jcc-admin [--db URL | --data-dir DIR | --config FILE] [--json] ";

constexpr std::string_view kGlobalOptions =
    R"(Database (one of):
  --db URL          PostgreSQL connection string of the dispatch database
                    (e.g. postgresql://jcc@db.example/jcc or "host=/run/postgresql dbname=jcc")
  --data-dir DIR    data directory of the embedded database; when no jcc-server runs on it,
                    it is started for the command and stopped after
  --config FILE     the database of the jcc-server using this config file (its db or data-dir)
Without any of them: $JCC_DATA, else the settings of /etc/jcc/jcc-server.conf when it
exists (a packaged server), else ./var.

Output:
  --json            print JSON (one object or array on stdout) instead of tables
  -h, --help        show help; 'jcc-admin COMMAND --help' explains one command
  --version         show the version
)";

std::string toolHelp() {
    std::ostringstream out;
    out << kUsage << "COMMAND [ARGUMENTS]\n\n"
        << "Administers JCC Dispatch: accounts, the database schema and the audit trail.\n\n"
        << kGlobalOptions << "\nCommands:\n";
    listCommands(out, "");
    out << "\nPasswords come from a prompt that does not echo (asked twice) or, with\n"
           "--password-stdin, from one line on stdin; never from the command line.\n\n"
           "Every change is recorded in the audit trail as os:<login> from jcc-admin@<host>.\n\n"
           "Exit status: 0 done, 1 failed (one line on stderr says why), 2 usage error.\n";
    return out.str();
}

std::string groupHelp(const GroupSpec& group) {
    std::ostringstream out;
    out << kUsage << group.name << " COMMAND [ARGUMENTS]\n\n"
        << "Commands for " << group.summary << ":\n";
    listCommands(out, group.name);
    out << "\n'jcc-admin " << group.name << " COMMAND --help' explains one command.\n";
    return out.str();
}

std::string commandHelp(const CommandSpec& spec) {
    std::ostringstream out;
    out << kUsage << synopsis(spec) << "\n\n";
    std::string summary(spec.summary);
    summary.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(summary.front())));
    out << summary << ".\n";
    if (!spec.details.empty()) {
        out << "\n" << spec.details << "\n";
    }
    if (!spec.options.empty()) {
        out << "\nOptions:\n";
        TablePrinter table({});
        for (const auto& option : spec.options) {
            std::string flag = "  --" + std::string(option.name);
            if (!option.valueName.empty()) {
                flag += " " + std::string(option.valueName);
            }
            table.addRow({flag, std::string(option.help) + (option.required ? " (required)" : "")});
        }
        table.print(out);
    }
    out << "\nExample:\n  " << spec.example << "\n\n" << kGlobalOptions;
    return out.str();
}

} // namespace

std::string helpFor(const std::vector<std::string>& args) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--db" || args[i] == "--data-dir" || args[i] == "--config") {
            ++i;
        } else if (!args[i].starts_with("-") && args[i] != "help") {
            words.push_back(args[i]);
        }
    }
    const GroupSpec* group = words.empty() ? nullptr : findGroup(words[0]);
    if (group == nullptr) {
        return toolHelp();
    }
    if (words.size() > 1) {
        if (const auto* command = findCommand(words[0], words[1])) {
            return commandHelp(*command);
        }
    }
    return groupHelp(*group);
}

} // namespace jcc::admin
