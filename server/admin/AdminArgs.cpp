#include "server/admin/AdminArgs.hpp"

#include "common/Fields.hpp"
#include "server/admin/AdminHelp.hpp"
#include "server/admin/CommandTable.hpp"
#include "server/admin/UsageError.hpp"
#include "server/core/Config.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <map>
#include <regex>
#include <string_view>

namespace jcc::admin {

namespace {

constexpr std::size_t kMaxFullNameLength = 200;

bool isValidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xE  ? 3
                                   : (lead >> 3) == 0x1E ? 4
                                                         : 0;
        if (length == 0 || i + length > text.size()) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string uppered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

/// Checks an ISO 8601 date or date-time; PostgreSQL reads it as timestamptz.
void requireTimestamp(const std::string& flag, const std::string& value, const std::string& topic) {
    static const std::regex shape(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$)");
    std::smatch match;
    bool valid = std::regex_match(value, match, shape);
    if (valid) {
        const std::chrono::year_month_day date{
            std::chrono::year{std::stoi(match[1])},
            std::chrono::month{static_cast<unsigned>(std::stoi(match[2]))},
            std::chrono::day{static_cast<unsigned>(std::stoi(match[3]))}};
        const auto numberOr0 = [&](int index) {
            return match[index].matched ? std::stoi(match[index]) : 0;
        };
        valid = date.ok() && numberOr0(4) < 24 && numberOr0(5) < 60 && numberOr0(6) < 60;
    }
    if (!valid) {
        throw UsageError(flag + ": expected an ISO 8601 time such as 2026-03-01 or " +
                             "2026-03-01T06:00:00+01:00, got '" + value + "'",
                         topic);
    }
}

Role requireRole(const std::string& what, const std::string& value, const std::string& topic) {
    if (auto role = roleFromString(lowered(value))) {
        return *role;
    }
    throw UsageError(what + ": expected operator, supervisor or admin, got '" + value + "'", topic);
}

/// Command options as given, by name without "--"; a flag without value maps to "".
using OptionValues = std::map<std::string, std::string>;

class RequestBuilder {
public:
    RequestBuilder(const CommandSpec& spec, const std::vector<std::string>& positionals,
                   const OptionValues& options)
        : m_spec(spec), m_topic(topicOf(spec)), m_options(options) {
        if (positionals.size() < spec.positionals.size()) {
            throw UsageError(m_topic + ": missing " +
                                 std::string(spec.positionals[positionals.size()]),
                             m_topic);
        }
        if (positionals.size() > spec.positionals.size()) {
            throw UsageError(m_topic + ": unexpected argument '" +
                                 positionals[spec.positionals.size()] + "'",
                             m_topic);
        }
        m_request.command = spec.command;
        if (!spec.positionals.empty()) {
            m_request.username = positionals[0];
        }
        if (spec.group == "plan") {
            buildPlanFields(positionals);
        }
        if (spec.group == "tasking" && positionals.size() == 2) {
            m_request.agency = positionals[0];
            m_request.unitAgency = positionals[1];
        }
        if (spec.command == AdminCommand::UserSetRole) {
            m_request.role = requireRole(m_topic + ": ROLE", positionals[1], m_topic);
        }
        m_request.passwordFromStdin = options.contains("password-stdin");
        m_request.since = optional("since");
        m_request.until = optional("until");
        for (const auto* flag : {"since", "until"}) {
            if (auto value = optional(flag)) {
                requireTimestamp(std::string("--") + flag, *value, m_topic);
            }
        }
        if (spec.command == AdminCommand::UserAdd) {
            buildNewUser();
        }
        if (spec.group == "report") {
            buildReportOptions();
        }
    }

    const AdminRequest& request() const { return m_request; }

private:
    std::optional<std::string> optional(const std::string& name) const {
        const auto it = m_options.find(name);
        return it == m_options.end() ? std::nullopt : std::optional(it->second);
    }

    std::string required(const std::string& name) const {
        if (auto value = optional(name)) {
            return *value;
        }
        for (const auto& option : m_spec.options) {
            if (option.name == name) {
                throw UsageError(m_topic + ": --" + name + " " + std::string(option.valueName) +
                                     " is required (" + std::string(option.help) + ")",
                                 m_topic);
            }
        }
        throw UsageError(m_topic + ": --" + name + " is required", m_topic);
    }

    /// A schedule part; its ShiftScheduleError becomes a UsageError naming `flag`.
    template <class Parse> auto scheduleValue(const std::string& flag, Parse parse) const {
        try {
            return parse();
        } catch (const ShiftScheduleError& error) {
            throw UsageError("--" + flag + ": " + error.what(), m_topic);
        }
    }

    std::optional<std::string> date(const std::string& name) const {
        auto value = optional(name);
        if (value && !isCalendarDate(*value)) {
            throw UsageError("--" + name + ": expected a local date YYYY-MM-DD that exists, got '" +
                                 *value + "'",
                             m_topic);
        }
        return value;
    }

    /// A whole number in [min, max] given as argument `name`.
    int integer(const std::string& name, const std::string& text, int min, int max) const {
        int value = 0;
        const auto* end = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(text.data(), end, value);
        if (ec != std::errc() || ptr != end || value < min || value > max) {
            throw UsageError(m_topic + ": " + name + ": expected a whole number from " +
                                 std::to_string(min) + " to " + std::to_string(max) + ", got '" +
                                 text + "'",
                             m_topic);
        }
        return value;
    }

    void buildPlanFields(const std::vector<std::string>& positionals) {
        m_request.incidentType = optional("type");
        m_request.condition = optional("condition");
        if (m_request.condition && *m_request.condition != "power_out" &&
            *m_request.condition != "injuries") {
            throw UsageError("--condition: expected power_out or injuries, got '" +
                                 *m_request.condition + "'",
                             m_topic);
        }
        if (positionals.size() == 4) {
            m_request.incidentType = positionals[0];
            m_request.priority = integer("PRIORITY", positionals[1], 1, 4);
            m_request.unitType = positionals[2];
            m_request.count = integer("COUNT", positionals[3], 0, 20);
        }
    }

    void buildReportOptions() {
        auto& shifts = m_request.shifts;
        if (auto zone = optional("shift-zone")) {
            shifts.zone =
                scheduleValue("shift-zone", [&] { return ShiftSchedule::parseZone(*zone); });
        }
        if (auto starts = optional("shift-starts")) {
            shifts.starts =
                scheduleValue("shift-starts", [&] { return ShiftSchedule::parseStarts(*starts); });
        }
        if (auto codes = optional("shift-codes")) {
            shifts.codes =
                scheduleValue("shift-codes", [&] { return ShiftSchedule::parseCodes(*codes); });
        }
        scheduleValue("shift-codes", [&] {
            shifts.check();
            return 0;
        });
        m_request.from = date("from");
        m_request.to = date("to");
        if (m_request.from && m_request.to && *m_request.to < *m_request.from) {
            throw UsageError("--to: " + *m_request.to + " is before --from " + *m_request.from,
                             m_topic);
        }
        if (m_spec.command != AdminCommand::ReportExport) {
            return;
        }
        m_request.shiftId = required("shift");
        if (!parseShiftId(shifts, m_request.shiftId)) {
            throw UsageError("--shift: expected the local date a shift starts on and its code, "
                             "e.g. 2026-03-28" +
                                 std::string(1, shifts.codes.back()) + " (shifts: " +
                                 shifts.describe() + "), got '" + m_request.shiftId + "'",
                             m_topic);
        }
        m_request.reportFormat = optional("format").value_or("md");
        if (m_request.reportFormat != "json" && m_request.reportFormat != "html" &&
            m_request.reportFormat != "md") {
            throw UsageError("--format: expected json, html or md, got '" + m_request.reportFormat +
                                 "'",
                             m_topic);
        }
        if (auto languageText = optional("lang")) {
            const auto language = languageFromString(lowered(*languageText));
            if (!language) {
                throw UsageError("--lang: expected cs, sk or en, got '" + *languageText + "'",
                                 m_topic);
            }
            m_request.language = *language;
        }
    }

    void buildNewUser() {
        auto& user = m_request.newUser;
        user.username = m_request.username;
        if (!isValidUsername(user.username)) {
            throw UsageError(m_topic + ": USERNAME '" + user.username +
                                 "' is not valid; use 2 to 64 characters of a-z, 0-9, '.', '_' "
                                 "and '-', starting with a letter",
                             m_topic);
        }
        user.role = requireRole("--role", required("role"), m_topic);
        const std::string countryText = required("country");
        const auto country = countryFromString(uppered(countryText));
        if (!country) {
            throw UsageError("--country: expected CZ or SK, got '" + countryText + "'", m_topic);
        }
        user.country = *country;
        user.fullName = required("name");
        const auto nameLength = utf8Length(user.fullName);
        if (!isValidUtf8(user.fullName)) {
            throw UsageError("--name: not valid UTF-8 (set a UTF-8 locale in the terminal)",
                             m_topic);
        }
        if (user.fullName.find_first_not_of(" \t") == std::string::npos ||
            nameLength > kMaxFullNameLength) {
            throw UsageError("--name: expected 1 to " + std::to_string(kMaxFullNameLength) +
                                 " characters, got " + std::to_string(nameLength),
                             m_topic);
        }
        user.agency =
            uppered(optional("agency").value_or(user.country == Country::CZ ? "PCR" : "PZSR"));
        if (auto languageText = optional("language")) {
            const auto language = languageFromString(lowered(*languageText));
            if (!language) {
                throw UsageError("--language: expected cs, sk or en, got '" + *languageText + "'",
                                 m_topic);
            }
            user.language = *language;
        } else {
            user.language = user.country == Country::CZ ? Language::Cs : Language::Sk;
        }
    }

    const CommandSpec& m_spec;
    std::string m_topic;
    const OptionValues& m_options;
    AdminRequest m_request;
};

class ArgumentParser {
public:
    explicit ArgumentParser(const std::vector<std::string>& args) : m_args(args) {}

    AdminInvocation parse(const std::optional<std::string>& dataDirFromEnv,
                          const std::filesystem::path& systemConfig) {
        for (m_index = 0; m_index < m_args.size(); ++m_index) {
            const std::string& arg = m_args[m_index];
            if (arg.starts_with("--") && arg.size() > 2) {
                takeOption(arg);
            } else if (arg.starts_with("-") && arg.size() > 1) {
                throw UsageError("unknown option '" + arg + "'", currentTopic());
            } else {
                m_words.push_back(arg);
            }
        }
        if (m_words.empty()) {
            throw UsageError("missing command; one of " + groupNames());
        }
        const CommandSpec& spec = resolveCommand();
        AdminInvocation invocation;
        invocation.json = m_json;
        invocation.target = target(dataDirFromEnv, systemConfig);
        const std::vector<std::string> positionals(m_words.begin() + 2, m_words.end());
        invocation.request = RequestBuilder(spec, positionals, m_commandOptions).request();
        if (m_json && spec.command == AdminCommand::ReportExport) {
            if (m_commandOptions.contains("format") && invocation.request.reportFormat != "json") {
                throw UsageError("--json and --format " + invocation.request.reportFormat +
                                     " contradict each other; give one",
                                 topicOf(spec));
            }
            invocation.request.reportFormat = "json";
        }
        return invocation;
    }

private:
    std::string currentTopic() const {
        if (m_words.size() >= 2 && findCommand(m_words[0], m_words[1]) != nullptr) {
            return m_words[0] + " " + m_words[1];
        }
        if (!m_words.empty() && findGroup(m_words[0]) != nullptr) {
            return m_words[0];
        }
        return {};
    }

    const CommandSpec& resolveCommand() const {
        const GroupSpec* group = findGroup(m_words[0]);
        if (group == nullptr) {
            throw UsageError("unknown command '" + m_words[0] + "'; one of " + groupNames());
        }
        if (m_words.size() < 2) {
            throw UsageError(m_words[0] + ": missing command; one of " + commandNames(m_words[0]),
                             m_words[0]);
        }
        const CommandSpec* spec = findCommand(m_words[0], m_words[1]);
        if (spec == nullptr) {
            throw UsageError(m_words[0] + ": unknown command '" + m_words[1] + "'; one of " +
                                 commandNames(m_words[0]),
                             m_words[0]);
        }
        return *spec;
    }

    /// The value of an option: after '=' or the next argument.
    std::string valueOf(const std::string& flag, const std::optional<std::string>& inline_,
                        std::string_view valueName, const std::string& topic) {
        if (inline_) {
            if (inline_->empty()) {
                throw UsageError(flag + ": empty value; expected " + std::string(valueName), topic);
            }
            return *inline_;
        }
        if (m_index + 1 >= m_args.size() || m_args[m_index + 1].starts_with("--")) {
            throw UsageError(flag + " needs a value (" + std::string(valueName) + ")", topic);
        }
        return m_args[++m_index];
    }

    void takeOption(const std::string& arg) {
        const auto equals = arg.find('=');
        const std::string flag = arg.substr(0, equals);
        const std::string name = flag.substr(2);
        std::optional<std::string> inlineValue;
        if (equals != std::string::npos) {
            inlineValue = arg.substr(equals + 1);
        }
        if (name == "password") {
            throw UsageError("--password is refused: a password on the command line is visible "
                             "to other users (ps, /proc) and stays in shell history; answer the "
                             "prompt or pipe it in with --password-stdin",
                             currentTopic());
        }
        if (name == "db" || name == "data-dir" || name == "config") {
            auto& slot = name == "db" ? m_dbUrl : name == "data-dir" ? m_dataDir : m_configFile;
            if (slot) {
                throw UsageError(flag + " given twice", currentTopic());
            }
            slot = valueOf(flag, inlineValue,
                           name == "db"       ? "URL"
                           : name == "config" ? "FILE"
                                              : "DIR",
                           currentTopic());
            return;
        }
        if (name == "json") {
            if (inlineValue) {
                throw UsageError("--json takes no value", currentTopic());
            }
            m_json = true;
            return;
        }
        const std::string topic = currentTopic();
        const CommandSpec* spec =
            m_words.size() >= 2 ? findCommand(m_words[0], m_words[1]) : nullptr;
        if (spec == nullptr) {
            throw UsageError("unknown option '" + flag + "'" +
                                 (m_words.empty() ? "" : " before a complete command"),
                             topic);
        }
        const auto option = std::find_if(spec->options.begin(), spec->options.end(),
                                         [&](const OptionSpec& o) { return o.name == name; });
        if (option == spec->options.end()) {
            throw UsageError(topic + ": unknown option '" + flag + "'", topic);
        }
        if (m_commandOptions.contains(name)) {
            throw UsageError(flag + " given twice", topic);
        }
        if (option->valueName.empty()) {
            if (inlineValue) {
                throw UsageError(flag + " takes no value", topic);
            }
            m_commandOptions[name] = "";
        } else {
            m_commandOptions[name] = valueOf(flag, inlineValue, option->valueName, topic);
        }
    }

    DatabaseTarget target(const std::optional<std::string>& dataDirFromEnv,
                          const std::filesystem::path& systemConfig) const {
        if (m_dbUrl && m_dataDir) {
            throw UsageError("give either --db or --data-dir, not both");
        }
        DatabaseTarget target;
        if (m_dbUrl) {
            target.url = m_dbUrl;
        } else if (m_dataDir) {
            target.dataDir = *m_dataDir;
        } else if (m_configFile) {
            target = targetOfConfig(*m_configFile, "");
        } else if (dataDirFromEnv && !dataDirFromEnv->empty()) {
            target.dataDir = *dataDirFromEnv;
        } else if (!systemConfig.empty() && isPresent(systemConfig)) {
            target = targetOfConfig(systemConfig.string(),
                                    "the packaged server's settings, used when no --db, "
                                    "--data-dir or $JCC_DATA names a database: ");
        } else {
            target.dataDir = "var";
        }
        return target;
    }

    /// Whether the system config file exists; a file that cannot be checked is a UsageError.
    static bool isPresent(const std::filesystem::path& file) {
        std::error_code error;
        const bool present = std::filesystem::exists(file, error);
        if (error) {
            throw UsageError("cannot check " + file.string() + ": " + error.message() +
                             "; give --db, --data-dir or --config");
        }
        return present;
    }

    /// The database a jcc-server with this config file uses (its `db`, else its `data-dir`);
    /// `context` comes before the reason when the file cannot be used.
    static DatabaseTarget targetOfConfig(const std::string& file, const std::string& context) {
        server::ServerConfig config;
        try {
            config = server::parseServerConfig({"--config", file});
        } catch (const server::ConfigError& e) {
            throw UsageError(context + e.what());
        }
        DatabaseTarget target;
        if (config.databaseUrl) {
            target.url = config.databaseUrl;
        } else {
            target.dataDir = config.dataDir;
        }
        return target;
    }

    const std::vector<std::string>& m_args;
    std::size_t m_index = 0;
    std::vector<std::string> m_words;
    std::optional<std::string> m_dbUrl;
    std::optional<std::string> m_dataDir;
    std::optional<std::string> m_configFile;
    bool m_json = false;
    OptionValues m_commandOptions;
};

} // namespace

AdminInvocation parseAdminArgs(const std::vector<std::string>& args,
                               const std::optional<std::string>& dataDirFromEnv,
                               const std::filesystem::path& systemConfig) {
    AdminInvocation invocation;
    const auto has = [&](std::string_view flag) {
        return std::find(args.begin(), args.end(), flag) != args.end();
    };
    if (has("--help") || has("-h") || (!args.empty() && args[0] == "help")) {
        invocation.action = AdminInvocation::Action::ShowHelp;
        invocation.helpText = helpFor(args);
        return invocation;
    }
    if (has("--version")) {
        invocation.action = AdminInvocation::Action::ShowVersion;
        return invocation;
    }
    return ArgumentParser(args).parse(dataDirFromEnv, systemConfig);
}

} // namespace jcc::admin
