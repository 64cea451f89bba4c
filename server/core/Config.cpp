#include "server/core/Config.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <charconv>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <tuple>
#include <unistd.h>

namespace jcc::server {

namespace {

using Setter = std::function<void(ServerConfig&, const std::string& flag, const std::string&)>;

std::uint64_t parseUnsigned(const std::string& flag, const std::string& value, std::uint64_t min,
                            std::uint64_t max) {
    std::uint64_t number = 0;
    const auto* end = value.data() + value.size();
    const auto [ptr, ec] = std::from_chars(value.data(), end, number);
    if (value.empty() || ec != std::errc() || ptr != end || number < min || number > max) {
        throw ConfigError(flag + ": expected a whole number from " + std::to_string(min) + " to " +
                          std::to_string(max) + ", got '" + value + "'");
    }
    return number;
}

double parsePositive(const std::string& flag, const std::string& value) {
    try {
        std::size_t used = 0;
        const double number = std::stod(value, &used);
        if (used == value.size() && number > 0 && number <= 1e6) {
            return number;
        }
    } catch (const std::exception&) {
    }
    throw ConfigError(flag + ": expected a positive number, got '" + value + "'");
}

/// "HOST:PORT" or "[V6]:PORT" → host and port.
std::pair<std::string, std::uint16_t> hostAndPort(const std::string& flag,
                                                  const std::string& value) {
    const auto colon = value.rfind(':');
    if (colon == std::string::npos || colon == 0) {
        throw ConfigError(flag + ": expected HOST:PORT (e.g. 0.0.0.0:8443), got '" + value + "'");
    }
    std::string host = value.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
        host = host.substr(1, host.size() - 2);
    }
    const auto port =
        static_cast<std::uint16_t>(parseUnsigned(flag, value.substr(colon + 1), 0, 65535));
    in_addr v4{};
    in6_addr v6{};
    if (inet_pton(AF_INET, host.c_str(), &v4) != 1 && inet_pton(AF_INET6, host.c_str(), &v6) != 1) {
        throw ConfigError(flag + ": '" + host +
                          "' is not an IP address (e.g. 0.0.0.0, 127.0.0.1 or [::]); host names "
                          "are not looked up");
    }
    return {host, port};
}

void parseListen(ServerConfig& config, const std::string& flag, const std::string& value) {
    std::tie(config.listenHost, config.listenPort) = hostAndPort(flag, value);
}

void parseMetricsListen(ServerConfig& config, const std::string& flag, const std::string& value) {
    if (value == "off") {
        config.metricsHost.reset();
        return;
    }
    auto [host, port] = hostAndPort(flag, value);
    config.metricsHost = std::move(host);
    config.metricsPort = port;
}

void parseMetricsToken(ServerConfig& config, const std::string& flag, const std::string& value) {
    const bool printable = std::all_of(value.begin(), value.end(),
                                       [](unsigned char c) { return c > 0x20 && c < 0x7f; });
    if (value.size() < 32 || value.size() > 256 || !printable) {
        throw ConfigError(flag + ": expected 32 to 256 printable characters without spaces (e.g. "
                                 "`openssl rand -hex 32`)");
    }
    config.metricsToken = value;
}

/// A part of the shift schedule; its ShiftScheduleError becomes a ConfigError naming `flag`.
template <class Parse> auto scheduleValue(const std::string& flag, Parse parse) {
    try {
        return parse();
    } catch (const ShiftScheduleError& error) {
        throw ConfigError(flag + ": " + error.what());
    }
}

const std::map<std::string, Setter>& setters() {
    static const std::map<std::string, Setter> table{
        {"listen", parseListen},
        {"db",
         [](ServerConfig& c, const std::string& flag, const std::string& v) {
             if (v.empty()) {
                 throw ConfigError(flag + ": expected a PostgreSQL URL, got an empty value");
             }
             c.databaseUrl = v;
         }},
        {"data-dir",
         [](ServerConfig& c, const std::string& flag, const std::string& v) {
             if (v.empty()) {
                 throw ConfigError(flag + ": expected a directory, got an empty value");
             }
             c.dataDir = v;
         }},
        {"tls-cert",
         [](ServerConfig& c, const std::string&, const std::string& v) { c.tlsCert = v; }},
        {"tls-key",
         [](ServerConfig& c, const std::string&, const std::string& v) { c.tlsKey = v; }},
        {"log-format",
         [](ServerConfig& c, const std::string& flag, const std::string& v) {
             if (v == "text") {
                 c.logFormat = LogFormat::Text;
             } else if (v == "json") {
                 c.logFormat = LogFormat::Json;
             } else {
                 throw ConfigError(flag + ": expected 'text' or 'json', got '" + v + "'");
             }
         }},
        {"log-level",
         [](ServerConfig& c, const std::string& flag, const std::string& v) {
             static const std::vector<std::string> levels{"trace", "debug", "info",
                                                          "warn",  "error", "critical"};
             if (std::find(levels.begin(), levels.end(), v) == levels.end()) {
                 throw ConfigError(flag +
                                   ": expected trace, debug, info, warn, error or critical, got '" +
                                   v + "'");
             }
             c.logLevel = v;
         }},
        {"node-name",
         [](ServerConfig& c, const std::string& flag, const std::string& v) {
             if (v.empty() || v.size() > 64) {
                 throw ConfigError(flag + ": expected 1 to 64 characters");
             }
             c.nodeName = v;
         }},
        {"max-connections",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.maxConnections = parseUnsigned(f, v, 1, 1'000'000);
         }},
        {"max-connections-per-address",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.maxConnectionsPerAddress = parseUnsigned(f, v, 0, 1'000'000);
         }},
        {"metrics-listen", parseMetricsListen},
        {"metrics-token", parseMetricsToken},
        {"max-frame-bytes",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.maxFrameBytes = parseUnsigned(f, v, 1024, 64ull * 1024 * 1024);
         }},
        {"rate-limit", [](ServerConfig& c, const std::string& f,
                          const std::string& v) { c.rateLimit = parsePositive(f, v); }},
        {"rate-burst",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.rateBurst = parsePositive(f, v);
             if (c.rateBurst < 1) {
                 throw ConfigError(f + ": expected at least 1, got '" + v + "'");
             }
         }},
        {"outbound-queue",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.outboundQueueLimit = parseUnsigned(f, v, 1, 1'000'000);
         }},
        {"outbound-bytes",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.outboundBytes = parseUnsigned(f, v, 65536, 1024ull * 1024 * 1024);
         }},
        {"handshake-timeout",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.handshakeTimeout = parseDuration(f, v);
         }},
        {"idle-timeout", [](ServerConfig& c, const std::string& f,
                            const std::string& v) { c.idleTimeout = parseDuration(f, v); }},
        {"login-timeout", [](ServerConfig& c, const std::string& f,
                             const std::string& v) { c.loginTimeout = parseDuration(f, v); }},
        {"session-idle-expiry",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.sessionIdleExpiry = parseDuration(f, v);
         }},
        {"session-lifetime", [](ServerConfig& c, const std::string& f,
                                const std::string& v) { c.sessionLifetime = parseDuration(f, v); }},
        {"shutdown-grace", [](ServerConfig& c, const std::string& f,
                              const std::string& v) { c.shutdownGrace = parseDuration(f, v); }},
        {"event-retention", [](ServerConfig& c, const std::string& f,
                               const std::string& v) { c.eventRetention = parseDuration(f, v); }},
        {"lockout-threshold",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.lockoutThreshold = static_cast<int>(parseUnsigned(f, v, 1, 100));
         }},
        {"lockout-duration", [](ServerConfig& c, const std::string& f,
                                const std::string& v) { c.lockoutDuration = parseDuration(f, v); }},
        {"logins-per-address",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.loginsPerAddress = parseUnsigned(f, v, 1, 100'000);
         }},
        {"login-delay-max",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.loginDelayMax = v == "0" ? std::chrono::seconds(0) : parseDuration(f, v);
             if (c.loginDelayMax > std::chrono::seconds(60)) {
                 throw ConfigError(f + ": expected at most 60s, got '" + v + "'");
             }
         }},
        {"login-workers",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.loginWorkers = static_cast<unsigned>(parseUnsigned(f, v, 1, 16));
         }},
        {"shift-starts",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.shifts.starts = scheduleValue(f, [&] { return ShiftSchedule::parseStarts(v); });
         }},
        {"shift-codes",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.shifts.codes = scheduleValue(f, [&] { return ShiftSchedule::parseCodes(v); });
         }},
        {"shift-zone",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.shifts.zone = scheduleValue(f, [&] { return ShiftSchedule::parseZone(v); });
         }},
        {"statement-timeout",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.statementTimeout = parseDuration(f, v);
         }},
        {"db-workers",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.dbWorkers = static_cast<unsigned>(parseUnsigned(f, v, 1, 64));
         }},
        {"io-threads",
         [](ServerConfig& c, const std::string& f, const std::string& v) {
             c.ioThreads = static_cast<unsigned>(parseUnsigned(f, v, 1, 64));
         }},
    };
    return table;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

void apply(ServerConfig& config, const std::string& key, const std::string& flag,
           const std::string& value) {
    const auto it = setters().find(key);
    if (it == setters().end()) {
        throw ConfigError(flag + ": unknown setting (see jcc-server --help)");
    }
    it->second(config, flag, value);
}

std::string hostName() {
    char name[256] = {};
    if (gethostname(name, sizeof(name) - 1) != 0 || name[0] == '\0') {
        return "jcc-server";
    }
    return name;
}

} // namespace

std::chrono::seconds parseDuration(const std::string& flag, const std::string& value) {
    std::string digits = value;
    std::uint64_t unit = 1;
    if (!value.empty()) {
        switch (value.back()) {
        case 's':
            unit = 1;
            digits.pop_back();
            break;
        case 'm':
            unit = 60;
            digits.pop_back();
            break;
        case 'h':
            unit = 3600;
            digits.pop_back();
            break;
        case 'd':
            unit = 86400;
            digits.pop_back();
            break;
        default:
            break;
        }
    }
    std::uint64_t number = 0;
    const auto* end = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), end, number);
    if (digits.empty() || ec != std::errc() || ptr != end || number == 0 ||
        number > 365ull * 86400 / unit) {
        throw ConfigError(flag + ": expected a duration such as 90s, 15m, 12h or 2d, got '" +
                          value + "'");
    }
    return std::chrono::seconds(number * unit);
}

void applyConfigText(ServerConfig& config, const std::string& text, const std::string& origin) {
    std::istringstream lines(text);
    int number = 0;
    for (std::string line; std::getline(lines, line);) {
        ++number;
        // A comment is a line starting with '#', or ' #' after a value.
        std::string content = trimmed(line);
        if (content.starts_with('#')) {
            continue;
        }
        for (std::size_t at = content.find('#'); at != std::string::npos;
             at = content.find('#', at + 1)) {
            if (at > 0 && (content[at - 1] == ' ' || content[at - 1] == '\t')) {
                content = trimmed(content.substr(0, at));
                break;
            }
        }
        if (content.empty()) {
            continue;
        }
        const auto equals = content.find('=');
        const std::string where = origin + ":" + std::to_string(number);
        if (equals == std::string::npos) {
            throw ConfigError(where + ": expected 'key = value', got '" + content + "'");
        }
        const std::string key = trimmed(content.substr(0, equals));
        if (key == "config") {
            throw ConfigError(where + ": a config file cannot name another config file");
        }
        apply(config, key, where + ": " + key, trimmed(content.substr(equals + 1)));
    }
}

ServerConfig parseServerConfig(const std::vector<std::string>& args) {
    std::vector<std::pair<std::string, std::string>> flags;
    std::optional<std::string> configFile;
    ServerConfig config;
    if (const char* dataDir = std::getenv("JCC_DATA"); dataDir && *dataDir) {
        config.dataDir = dataDir;
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            config.showHelp = true;
            continue;
        }
        if (arg == "--version") {
            config.showVersion = true;
            continue;
        }
        if (!arg.starts_with("--") || arg.size() == 2) {
            throw ConfigError(arg + ": unexpected argument (flags start with --; see --help)");
        }
        std::string key = arg.substr(2);
        std::string value;
        if (const auto equals = key.find('='); equals != std::string::npos) {
            value = key.substr(equals + 1);
            key = key.substr(0, equals);
        } else {
            if (key != "config" && !setters().contains(key)) {
                throw ConfigError("--" + key + ": unknown flag (see jcc-server --help)");
            }
            if (i + 1 >= args.size()) {
                throw ConfigError("--" + key + ": missing value");
            }
            value = args[++i];
        }
        if (key == "config") {
            configFile = value;
        } else {
            flags.emplace_back(key, value);
        }
    }
    if (configFile) {
        std::ifstream in(*configFile);
        if (!in) {
            throw ConfigError("--config: cannot read '" + *configFile + "'");
        }
        std::stringstream text;
        text << in.rdbuf();
        applyConfigText(config, text.str(), *configFile);
    }
    for (const auto& [key, value] : flags) {
        apply(config, key, "--" + key, value);
    }
    if (config.nodeName.empty()) {
        config.nodeName = hostName();
    }
    scheduleValue("--shift-codes", [&] {
        config.shifts.check();
        return 0;
    });
    if (config.tlsCert.has_value() != config.tlsKey.has_value()) {
        throw ConfigError("--tls-cert and --tls-key must be given together");
    }
    return config;
}

std::string serverUsage() {
    return R"(Usage: jcc-server [--config FILE] [flags]

JCC Dispatch server: TLS WebSocket at /ws and GET /healthz on one port; GET /metrics on a
plain-HTTP listener of its own (by default only on this host).

  --listen HOST:PORT          address to listen on (default 127.0.0.1:8443)
  --db URL                    PostgreSQL URL; without it an embedded cluster runs under --data-dir
  --data-dir DIR              data directory (default $JCC_DATA, else ./var): database, TLS pair
  --tls-cert FILE --tls-key FILE   PEM certificate and key (default: self-signed pair in DIR)
  --config FILE               settings file: one 'flag-name = value' per line, '#' comments
  --log-format text|json      log line format (default text)
  --log-level LEVEL           trace, debug, info, warn, error, critical (default info)
  --node-name NAME            name of this node in logs and replies (default: host name)
  --max-connections N         open connections allowed (default 10000)
  --max-connections-per-address N   open connections from one client address (default 50; 0: no cap)
  --metrics-listen HOST:PORT|off    listener for GET /metrics (default 127.0.0.1:9464)
  --metrics-token TOKEN       also serve /metrics on the main port to 'Authorization: Bearer TOKEN'
  --max-frame-bytes N         largest WebSocket message accepted (default 1048576)
  --rate-limit N              requests per second per connection (default 20)
  --rate-burst N              requests a connection may send at once (default 40)
  --outbound-queue N          messages queued for a slow console before it is disconnected (default 1024)
  --outbound-bytes N          bytes queued for one console, snapshots and replays included, before
                              it is disconnected (default 16777216)
  --handshake-timeout DUR     TLS, HTTP and WebSocket handshake limit (default 10s)
  --idle-timeout DUR          silence before a connection is pinged and then closed (default 60s)
  --login-timeout DUR         time a connection may stay without logging in (default 30s)
  --session-idle-expiry DUR   unused session tokens expire after this (default 12h)
  --session-lifetime DUR      a session ends this long after its login, used or not (default 24h)
  --shutdown-grace DUR        time in-flight requests get on SIGTERM (default 10s)
  --event-retention DUR       keep events and request results this long (default 7d)
  --lockout-threshold N       failed logins from one address that lock it out (default 5)
  --lockout-duration DUR      how long a locked-out address stays out (default 15m)
  --logins-per-address N      password logins one address may try per minute (default 60)
  --login-delay-max DUR       longest wait before checking a login after failures (default 2s; 0: none)
  --login-workers N           threads and connections for login and resume (default 2)
  --shift-starts HH:MM,...    local start times of the shifts (default 06:00,18:00)
  --shift-codes X,...         one capital letter per start, naming the shifts (default D,N)
  --shift-zone ZONE           time zone of the shift schedule (default Europe/Prague)
  --db-workers N              database worker threads and connections (default 4)
  --statement-timeout DUR     longest a request's database statement may run (default 10s)
  --io-threads N              network threads (default 2)
  --help, --version

Durations: 90s, 15m, 12h, 2d (a bare number is seconds). Exit: 0 after a clean stop, 1 on a
runtime failure, 2 on bad flags.
)";
}

} // namespace jcc::server
