#include "server/core/Config.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace jcc::server;

namespace {
std::string errorOf(const std::vector<std::string>& args) {
    try {
        parseServerConfig(args);
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "no error";
}
} // namespace

TEST_CASE("defaults hold without flags") {
    const auto config = parseServerConfig({});
    CHECK(config.listenHost == "127.0.0.1");
    CHECK(config.listenPort == 8443);
    CHECK_FALSE(config.databaseUrl.has_value());
    CHECK(config.dataDir == "var");
    CHECK(config.maxFrameBytes == 1024 * 1024);
    CHECK(config.sessionIdleExpiry == std::chrono::hours(12));
    CHECK(config.lockoutThreshold == 5);
    CHECK(config.lockoutDuration == std::chrono::minutes(15));
    CHECK_FALSE(config.nodeName.empty());
}

TEST_CASE("flags take both --flag value and --flag=value") {
    const auto config =
        parseServerConfig({"--listen", "0.0.0.0:9443", "--db=host=/tmp dbname=x", "--data-dir",
                           "/srv/jcc", "--log-format", "json", "--idle-timeout", "2m",
                           "--max-connections=7", "--rate-limit", "2.5"});
    CHECK(config.listenHost == "0.0.0.0");
    CHECK(config.listenPort == 9443);
    CHECK(config.databaseUrl == "host=/tmp dbname=x");
    CHECK(config.dataDir == "/srv/jcc");
    CHECK(config.logFormat == LogFormat::Json);
    CHECK(config.idleTimeout == std::chrono::seconds(120));
    CHECK(config.maxConnections == 7);
    CHECK(config.rateLimit == 2.5);
}

TEST_CASE("IPv6 listen addresses in brackets") {
    const auto config = parseServerConfig({"--listen", "[::1]:8443"});
    CHECK(config.listenHost == "::1");
}

TEST_CASE("bad flags and values name the flag") {
    CHECK(errorOf({"--bogus", "1"}) == "--bogus: unknown flag (see jcc-server --help)");
    CHECK(errorOf({"--bogus=1"}).starts_with("--bogus:"));
    CHECK(errorOf({"--listen", "8443"}).starts_with("--listen: expected HOST:PORT"));
    CHECK(errorOf({"--listen", "x:99999"}).starts_with("--listen: expected a whole number"));
    CHECK(errorOf({"--max-connections", "-3"}).starts_with("--max-connections:"));
    CHECK(errorOf({"--max-connections", "12abc"}).starts_with("--max-connections:"));
    CHECK(errorOf({"--log-format", "xml"}) == "--log-format: expected 'text' or 'json', got 'xml'");
    CHECK(errorOf({"--idle-timeout", "soon"}).starts_with("--idle-timeout: expected a duration"));
    CHECK(errorOf({"--idle-timeout", "0"}).starts_with("--idle-timeout:"));
    CHECK(errorOf({"--rate-limit", "-1"}).starts_with("--rate-limit:"));
    CHECK(errorOf({"--db"}) == "--db: missing value");
    CHECK(errorOf({"stray"}).starts_with("stray: unexpected argument"));
    CHECK(errorOf({"--tls-cert", "a.pem"}) == "--tls-cert and --tls-key must be given together");
    CHECK(errorOf({"--config", "/nonexistent/jcc.conf"}) ==
          "--config: cannot read '/nonexistent/jcc.conf'");
}

TEST_CASE("abuse limits, the metrics listener and session lifetime") {
    const auto defaults = parseServerConfig({});
    CHECK(defaults.maxConnectionsPerAddress == 50);
    CHECK(defaults.metricsHost == "127.0.0.1");
    CHECK(defaults.metricsPort == 9464);
    CHECK_FALSE(defaults.metricsToken.has_value());
    CHECK(defaults.sessionLifetime == std::chrono::hours(24));
    CHECK(defaults.loginsPerAddress == 60);
    CHECK(defaults.loginDelayMax == std::chrono::seconds(2));

    const std::string token(40, 'k');
    const auto config = parseServerConfig(
        {"--metrics-listen", "0.0.0.0:9100", "--metrics-token", token, "--login-delay-max", "0",
         "--max-connections-per-address", "0", "--session-lifetime", "8h"});
    CHECK(config.metricsHost == "0.0.0.0");
    CHECK(config.metricsPort == 9100);
    CHECK(config.metricsToken == token);
    CHECK(config.loginDelayMax == std::chrono::seconds(0));
    CHECK(config.maxConnectionsPerAddress == 0);
    CHECK(config.sessionLifetime == std::chrono::hours(8));
    CHECK_FALSE(parseServerConfig({"--metrics-listen", "off"}).metricsHost.has_value());

    CHECK(errorOf({"--metrics-token", "short"}).starts_with("--metrics-token: expected 32"));
    CHECK(errorOf({"--metrics-token", std::string(40, 'k') + " x"})
              .starts_with("--metrics-token: expected 32"));
    CHECK(
        errorOf({"--metrics-listen", "9464"}).starts_with("--metrics-listen: expected HOST:PORT"));
    CHECK(errorOf({"--metrics-listen", "bogus:9464"}) ==
          "--metrics-listen: 'bogus' is not an IP address (e.g. 0.0.0.0, 127.0.0.1 or [::]); host "
          "names are not looked up");
    CHECK(errorOf({"--listen", "localhost:8443"}).starts_with("--listen: 'localhost' is not"));
    CHECK(errorOf({"--login-delay-max", "2m"}).starts_with("--login-delay-max: expected at most"));
    CHECK(errorOf({"--logins-per-address", "0"}).starts_with("--logins-per-address:"));
}

TEST_CASE("durations") {
    CHECK(parseDuration("--x", "90") == std::chrono::seconds(90));
    CHECK(parseDuration("--x", "90s") == std::chrono::seconds(90));
    CHECK(parseDuration("--x", "15m") == std::chrono::minutes(15));
    CHECK(parseDuration("--x", "12h") == std::chrono::hours(12));
    CHECK(parseDuration("--x", "2d") == std::chrono::hours(48));
    CHECK_THROWS_AS(parseDuration("--x", "m"), ConfigError);
    CHECK_THROWS_AS(parseDuration("--x", "1.5h"), ConfigError);
    CHECK_THROWS_AS(parseDuration("--x", "999d"), ConfigError);
}

TEST_CASE("a config file holds the same settings; flags override it") {
    const auto path = std::filesystem::temp_directory_path() / "jcc-config-test.conf";
    {
        std::ofstream out(path);
        out << "# comment\nlisten = 0.0.0.0:7443\n\nlockout-threshold = 3  # trailing\n"
               "log-format=json\n";
    }
    const auto config = parseServerConfig({"--config", path.string(), "--listen", "[::]:1"});
    CHECK(config.lockoutThreshold == 3);
    CHECK(config.logFormat == LogFormat::Json);
    CHECK(config.listenPort == 1);

    ServerConfig other;
    CHECK_THROWS_WITH(applyConfigText(other, "listen 1\n", "f.conf"),
                      "f.conf:1: expected 'key = value', got 'listen 1'");
    CHECK_THROWS_WITH(applyConfigText(other, "\nbogus = 1\n", "f.conf"),
                      "f.conf:2: bogus: unknown setting (see jcc-server --help)");
    CHECK_THROWS_WITH(applyConfigText(other, "max-frame-bytes = 10\n", "f.conf"),
                      Catch::Matchers::StartsWith("f.conf:1: max-frame-bytes: expected"));
    std::filesystem::remove(path);
}

TEST_CASE("a '#' inside a value is kept; ' #' starts a comment") {
    ServerConfig config;
    applyConfigText(config, "db = host=/x password=a#b  # the database\n", "f.conf");
    CHECK(config.databaseUrl == "host=/x password=a#b");
    CHECK_THROWS_WITH(parseServerConfig({"--rate-burst", "0.5"}),
                      "--rate-burst: expected at least 1, got '0.5'");
}

namespace {

std::string packagedConfigText() {
    std::ifstream in(std::filesystem::path(JCC_SOURCE_DIR) / "packaging/etc/jcc-server.conf");
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The text with every "# key = value" line made a setting.
std::string uncommented(const std::string& text) {
    std::istringstream lines(text);
    std::string out;
    static const std::regex setting(R"(^# ([a-z-]+ = .*)$)");
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        out += (std::regex_match(line, match, setting) ? match[1].str() : line) + "\n";
    }
    return out;
}

/// The flag names --help lists (the settings a config file may hold).
std::set<std::string> settingNames() {
    std::set<std::string> names;
    static const std::regex flag(R"(--([a-z-]+))");
    const std::string usage = serverUsage();
    for (std::sregex_iterator it(usage.begin(), usage.end(), flag), end; it != end; ++it) {
        names.insert((*it)[1]);
    }
    for (const char* notSetting : {"help", "version", "config"}) {
        names.erase(notSetting);
    }
    return names;
}

} // namespace

TEST_CASE("the packaged /etc/jcc/jcc-server.conf: every setting, commented, at its default") {
    const std::string text = packagedConfigText();
    // As shipped, only the package's data directory is set.
    ServerConfig shipped;
    applyConfigText(shipped, text, "jcc-server.conf");
    CHECK(shipped.dataDir == "/var/lib/jcc");

    // Every setting is there.
    std::set<std::string> present;
    static const std::regex key(R"(^(?:# )?([a-z-]+) = )");
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (std::regex_search(line, match, key)) {
            present.insert(match[1]);
        }
    }
    CHECK(present == settingNames());

    // Uncommented, the values are the program's defaults (but for the examples of settings
    // that have none, and the package's data directory).
    ServerConfig all;
    applyConfigText(all, uncommented(text), "jcc-server.conf, uncommented");
    const ServerConfig defaults;
    CHECK(all.listenHost == defaults.listenHost);
    CHECK(all.listenPort == defaults.listenPort);
    CHECK(all.logFormat == defaults.logFormat);
    CHECK(all.logLevel == defaults.logLevel);
    CHECK(all.maxConnections == defaults.maxConnections);
    CHECK(all.maxFrameBytes == defaults.maxFrameBytes);
    CHECK(all.rateLimit == defaults.rateLimit);
    CHECK(all.rateBurst == defaults.rateBurst);
    CHECK(all.outboundQueueLimit == defaults.outboundQueueLimit);
    CHECK(all.handshakeTimeout == defaults.handshakeTimeout);
    CHECK(all.idleTimeout == defaults.idleTimeout);
    CHECK(all.loginTimeout == defaults.loginTimeout);
    CHECK(all.sessionIdleExpiry == defaults.sessionIdleExpiry);
    CHECK(all.shutdownGrace == defaults.shutdownGrace);
    CHECK(all.eventRetention == defaults.eventRetention);
    CHECK(all.lockoutThreshold == defaults.lockoutThreshold);
    CHECK(all.lockoutDuration == defaults.lockoutDuration);
    CHECK(all.shifts.starts == defaults.shifts.starts);
    CHECK(all.shifts.codes == defaults.shifts.codes);
    CHECK(all.shifts.zone == defaults.shifts.zone);
    CHECK(all.dbWorkers == defaults.dbWorkers);
    CHECK(all.ioThreads == defaults.ioThreads);
    CHECK(all.maxConnectionsPerAddress == defaults.maxConnectionsPerAddress);
    CHECK(all.metricsHost == defaults.metricsHost);
    CHECK(all.metricsPort == defaults.metricsPort);
    CHECK(all.sessionLifetime == defaults.sessionLifetime);
    CHECK(all.loginsPerAddress == defaults.loginsPerAddress);
    CHECK(all.loginDelayMax == defaults.loginDelayMax);
    CHECK(all.loginWorkers == defaults.loginWorkers);
    CHECK(all.outboundBytes == defaults.outboundBytes);
}
