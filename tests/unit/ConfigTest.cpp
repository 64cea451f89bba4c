#include "server/core/Config.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

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
