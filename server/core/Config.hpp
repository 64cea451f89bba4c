#pragma once
// jcc-server settings from defaults, then a --config file, then command-line flags; every key of
// the file is a flag's name without "--".
#include "common/ShiftSchedule.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace jcc::server {

/// A bad flag or value; the message names the flag. jcc-server exits 2 on it.
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class LogFormat { Text, Json };

struct ServerConfig {
    std::string listenHost = "127.0.0.1";
    std::uint16_t listenPort = 8443;
    std::optional<std::string> databaseUrl; ///< nullopt: embedded cluster under dataDir
    std::string dataDir = "var";
    std::optional<std::string> tlsCert;
    std::optional<std::string> tlsKey;
    LogFormat logFormat = LogFormat::Text;
    std::string logLevel = "info";
    std::string nodeName; ///< defaults to the host name
    /// Plain-HTTP listener for GET /metrics (and /healthz); nullopt: none ("off").
    std::optional<std::string> metricsHost = "127.0.0.1";
    std::uint16_t metricsPort = 9464;
    /// When set, GET /metrics on the main port answers a request bearing this token.
    std::optional<std::string> metricsToken;

    std::size_t maxConnections = 10000;
    /// Open connections from one client address (0: no cap of its own).
    std::size_t maxConnectionsPerAddress = 50;
    std::size_t maxFrameBytes = 1024 * 1024;
    double rateLimit = 20;                 ///< sustained requests per second per connection
    double rateBurst = 40;                 ///< requests a connection may send at once
    std::size_t outboundQueueLimit = 1024; ///< messages waiting for a slow console
    /// Bytes that may wait for one console, replies, replayed events and snapshots included.
    std::size_t outboundBytes = 16 * 1024 * 1024;
    std::chrono::seconds handshakeTimeout{10};
    std::chrono::seconds idleTimeout{60};
    std::chrono::seconds loginTimeout{30};
    /// The longest a request's database statement may run (or wait for a lock).
    std::chrono::seconds statementTimeout{10};
    std::chrono::seconds sessionIdleExpiry{12 * 3600};
    /// A session ends this long after its login however much it is used.
    std::chrono::seconds sessionLifetime{24 * 3600};
    std::chrono::seconds shutdownGrace{10};
    /// Events and request results older than this are deleted (hourly); a console away longer
    /// resumes with a snapshot.
    std::chrono::seconds eventRetention{7 * 86400};
    int lockoutThreshold = 5;
    /// Password logins one client address may try per minute.
    std::size_t loginsPerAddress = 60;
    /// The most a login from an address with recent failures waits before it is checked (0: no
    /// delay); see LoginThrottle.hpp.
    std::chrono::seconds loginDelayMax{2};
    /// Threads (and database connections) that run login and resume, apart from dbWorkers.
    unsigned loginWorkers = 2;
    std::chrono::seconds lockoutDuration{15 * 60};
    /// Shifts for handover reports (--shift-starts, --shift-codes, --shift-zone).
    ShiftSchedule shifts;
    unsigned dbWorkers = 4;
    unsigned ioThreads = 2;

    bool showHelp = false;
    bool showVersion = false;
};

/// Parses argv (without argv[0]); reads the --config file when given. Throws ConfigError.
ServerConfig parseServerConfig(const std::vector<std::string>& args);
/// Applies the `key = value` lines of a config file's text onto `config`. Throws ConfigError
/// naming the line.
void applyConfigText(ServerConfig& config, const std::string& text, const std::string& origin);
/// "90", "90s", "15m", "12h", "2d" → seconds. Throws ConfigError naming `flag`.
std::chrono::seconds parseDuration(const std::string& flag, const std::string& value);
/// The --help text.
std::string serverUsage();

} // namespace jcc::server
