#include "server/core/Server.hpp"

#include "server/core/CommandWriter.hpp"
#include "server/core/ConnectionLimits.hpp"
#include "server/core/DbPool.hpp"
#include "server/core/EventFanout.hpp"
#include "server/core/LiaisonOverdueWatch.hpp"
#include "server/core/Listener.hpp"
#include "server/core/LoginThrottle.hpp"
#include "server/core/Metrics.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/RevocationListener.hpp"
#include "server/core/ServerContext.hpp"
#include "server/core/SessionRegistry.hpp"
#include "server/core/SystemdNotifier.hpp"
#include "server/core/TlsIdentity.hpp"
#include "server/store/DataDirLock.hpp"
#include "server/store/DataDirectory.hpp"
#include "server/store/Database.hpp"
#include "server/store/EmbeddedPostgres.hpp"
#include "server/store/EventLog.hpp"
#include "server/store/Migrator.hpp"
#include "server/store/RequestResults.hpp"
#include "server/store/SessionRepository.hpp"
#include "server/store/StatementObserver.hpp"
#include "server/store/StoreError.hpp"

#include <boost/asio/signal_set.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <openssl/ssl.h>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace jcc::server {

namespace {

constexpr std::chrono::minutes kSessionTouchInterval{5};
constexpr std::chrono::hours kPruneInterval{1};
/// Logins and resumes waiting for the login pool; more are answered unavailable.
constexpr std::size_t kLoginQueue = 64;

// Mozilla "intermediate" configuration (TLS 1.2 and 1.3).
constexpr const char* kIntermediateCiphers =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
    "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
    "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305";

void configureTls(ssl::context& tls, const TlsIdentity& identity) {
    tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                    ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 |
                    ssl::context::single_dh_use);
    SSL_CTX_set_min_proto_version(tls.native_handle(), TLS1_2_VERSION);
    SSL_CTX_set_cipher_list(tls.native_handle(), kIntermediateCiphers);
    SSL_CTX_set1_groups_list(tls.native_handle(), "X25519:prime256v1:secp384r1");
    boost::system::error_code ec;
    tls.use_certificate_chain_file(identity.certFile.string(), ec);
    if (ec) {
        throw std::runtime_error("cannot load TLS certificate " + identity.certFile.string() +
                                 ": " + ec.message());
    }
    tls.use_private_key_file(identity.keyFile.string(), ssl::context::pem, ec);
    if (ec) {
        throw std::runtime_error("cannot load TLS key " + identity.keyFile.string() + ": " +
                                 ec.message());
    }
}

/// Stops the embedded cluster when the server leaves, however it leaves.
struct EmbeddedStop {
    store::EmbeddedPostgres* postgres = nullptr;
    ~EmbeddedStop() {
        if (postgres == nullptr) {
            return;
        }
        try {
            postgres->stop();
        } catch (const std::exception& e) {
            spdlog::error("{}", e.what());
        }
    }
};

/// Raises the open-file limit to its hard limit (each connection is a descriptor) and warns when
/// that still does not cover --max-connections.
void raiseOpenFileLimit(const ServerConfig& config) {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        spdlog::warn("cannot read the open-file limit: {}", std::strerror(errno));
        return;
    }
    const auto soft = limit.rlim_cur;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0) {
            spdlog::warn("cannot raise the open-file limit from {} to {}: {}", soft, limit.rlim_max,
                         std::strerror(errno));
            limit.rlim_cur = soft;
        }
    }
    spdlog::info("open-file limit {} (was {})", limit.rlim_cur, soft);
    // Database connections, the data directory lock, logs and the listener need some too.
    constexpr rlim_t kReserved = 64;
    const auto needed = static_cast<rlim_t>(config.maxConnections) + config.dbWorkers +
                        config.loginWorkers + kReserved;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < needed) {
        spdlog::warn("the open-file limit {} is below what --max-connections {} needs ({}); "
                     "raise it (ulimit -n, LimitNOFILE=) or lower --max-connections",
                     limit.rlim_cur, config.maxConnections, needed);
    }
}

/// WATCHDOG=1 every half WatchdogSec= from the I/O loop: when the loop stops turning, the
/// keep-alives stop and systemd restarts the server. Stops with the loop (io.stop()).
void feedWatchdog(net::steady_timer& timer) {
    const auto period = SystemdNotifier::watchdogPeriod();
    if (!period) {
        return;
    }
    SystemdNotifier::watchdogAlive();
    timer.expires_after(*period);
    timer.async_wait([&timer](beast::error_code ec) {
        if (!ec) {
            feedWatchdog(timer);
        }
    });
}

std::string migrate(const std::string& url) {
    SystemdNotifier::status("migrating the database schema");
    auto connection = store::openConnection(url);
    store::Migrator migrator(*connection, store::bundledMigrations());
    const int applied = migrator.migrate();
    return "schema at version " + std::to_string(migrator.latestVersion()) +
           (applied > 0 ? " (" + std::to_string(applied) + " migration(s) applied)" : "");
}

/// The consoles' listener and, unless --metrics-listen is off, the metrics listener.
struct Listeners {
    std::shared_ptr<Listener> consoles;
    std::shared_ptr<Listener> metrics;
};

/// Binds both listeners (throws std::runtime_error naming the endpoint that failed), logs where
/// they listen and starts the metrics listener; the consoles' one starts once the node is ready.
Listeners openListeners(net::io_context& io, ServerContext& context) {
    const auto& config = context.config;
    Listeners listeners;
    listeners.consoles = std::make_shared<Listener>(
        io, context, tcp::endpoint(net::ip::make_address(config.listenHost), config.listenPort));
    if (config.metricsHost) {
        listeners.metrics = std::make_shared<Listener>(
            io, context,
            tcp::endpoint(net::ip::make_address(*config.metricsHost), config.metricsPort),
            Listener::Role::Metrics);
        const auto endpoint = listeners.metrics->localEndpoint();
        // Logged before "listening on", which tells that the node is up (tests read both).
        spdlog::info("metrics on http://{}:{}/metrics", endpoint.address().to_string(),
                     endpoint.port());
        listeners.metrics->run();
    }
    const auto endpoint = listeners.consoles->localEndpoint();
    spdlog::info("listening on {}:{} as node {} (wss://.../ws, /healthz)",
                 endpoint.address().to_string(), endpoint.port(), config.nodeName);
    return listeners;
}

} // namespace

int runServer(const ServerConfig& config) {
    raiseOpenFileLimit(config);
    const fs::path dataDir = fs::absolute(config.dataDir);
    try {
        store::createDataDirectory(dataDir);
    } catch (const std::exception& e) {
        spdlog::critical("{}", e.what());
        return kExitFailed;
    }
    std::unique_ptr<store::DataDirLock> lock;
    std::unique_ptr<store::EmbeddedPostgres> postgres;
    EmbeddedStop embeddedStop;
    std::string url;
    try {
        lock = store::DataDirLock::tryAcquire(dataDir);
        if (!lock) {
            throw std::runtime_error("the data directory " + dataDir.string() +
                                     " is in use by another jcc-server or a jcc-admin command; "
                                     "wait for it, or give this node its own --data-dir");
        }
        if (config.databaseUrl) {
            url = *config.databaseUrl;
            spdlog::info("using database {}", store::redactedUrl(url));
        } else {
            postgres = std::make_unique<store::EmbeddedPostgres>(dataDir);
            SystemdNotifier::status("starting the embedded PostgreSQL in " + dataDir.string());
            postgres->start();
            embeddedStop.postgres = postgres.get();
            url = postgres->url();
        }
        spdlog::info("{}", migrate(url));
    } catch (const store::SchemaError& e) {
        spdlog::critical("refusing to start: {}", e.what());
        SystemdNotifier::status(std::string("refusing to start: ") + e.what());
        return kExitRefused;
    } catch (const std::exception& e) {
        spdlog::critical("cannot start: {}", e.what());
        return kExitFailed;
    }

    ssl::context tls(ssl::context::tls_server);
    TlsIdentity identity;
    try {
        identity = loadOrCreateTlsIdentity(dataDir, config.tlsCert.value_or(""),
                                           config.tlsKey.value_or(""));
        configureTls(tls, identity);
    } catch (const std::exception& e) {
        spdlog::critical("TLS: {}", e.what());
        return kExitFailed;
    }

    Metrics metrics;
    // Every statement's time goes to the metrics while the node's threads run (it outlives them).
    store::StatementObserverScope statementTimes(metrics);
    SessionRegistry registry;
    const OpTable ops = makeOpTable();
    DbPool db(url, config.statementTimeout, config.dbWorkers, 4096, metrics);
    DbPool logins(url, config.statementTimeout, config.loginWorkers, kLoginQueue, metrics);
    ConnectionLimits connections(config.maxConnections, config.maxConnectionsPerAddress);
    LoginThrottle loginThrottle(config.loginsPerAddress, config.loginDelayMax);
    CommandWriter writer(url, config.statementTimeout, 4096, metrics);
    store::AccountSettings accounts{.lockoutThreshold = config.lockoutThreshold,
                                    .lockoutDuration = config.lockoutDuration,
                                    .sessionIdleExpiry = config.sessionIdleExpiry,
                                    .sessionLifetime = config.sessionLifetime,
                                    .node = config.nodeName};
    accounts.onFailureAlert = [&metrics](const User& user, int failures) {
        metrics.loginFailureAlert();
        spdlog::warn("account {}: {} failed logins since its last successful login, from any "
                     "address; someone may be guessing its password",
                     user.username, failures);
    };
    ServerContext context{config,  accounts, tls, db,          logins,       writer,
                          metrics, registry, ops, connections, loginThrottle};
    writer.start(context);

    net::io_context io(static_cast<int>(config.ioThreads));
    Listeners listeners;
    try {
        listeners = openListeners(io, context);
    } catch (const std::exception& e) {
        spdlog::critical("{}", e.what());
        return kExitFailed;
    }
    auto& listener = listeners.consoles;
    auto& metricsListener = listeners.metrics;
    const auto endpoint = listener->localEndpoint();
    spdlog::info("TLS certificate {} SHA-256 fingerprint {}", identity.certFile.string(),
                 identity.fingerprint);

    RevocationListener revocations(url, registry, config.sessionLifetime);
    revocations.start();
    EventFanout fanout(url, registry);
    fanout.start();
    LiaisonOverdueWatch overdueWatch(url, config.nodeName);
    overdueWatch.start();
    listener->run();
    SystemdNotifier::ready("listening on " + endpoint.address().to_string() + ":" +
                           std::to_string(endpoint.port()) + " as node " + config.nodeName);
    net::steady_timer watchdogTimer(io);
    feedWatchdog(watchdogTimer);

    // Idle expiry counts from the last use: keep the sessions of open connections fresh.
    net::steady_timer touchTimer(io);
    std::function<void()> touchLiveSessions = [&] {
        touchTimer.expires_after(kSessionTouchInterval);
        touchTimer.async_wait([&](beast::error_code ec) {
            if (ec || context.shuttingDown) {
                return;
            }
            if (auto ids = registry.liveSessionIds(); !ids.empty()) {
                db.post({[ids](pqxx::connection_base& connection) {
                             try {
                                 pqxx::work txn(connection, "touch_live_sessions");
                                 store::SessionRepository::touchAll(txn, ids);
                                 txn.commit();
                             } catch (const std::exception& e) {
                                 spdlog::warn("cannot record session use: {}", e.what());
                             }
                         },
                         [](const std::string&) {}});
            }
            touchLiveSessions();
        });
    };
    touchLiveSessions();

    // Bounded event log: old events and request results go (consoles away longer get a snapshot).
    net::steady_timer pruneTimer(io);
    std::function<void()> pruneLog = [&] {
        db.post({[retention = config.eventRetention](pqxx::connection_base& connection) {
                     try {
                         pqxx::work txn(connection, "prune_event_log");
                         const auto events = store::EventLog::prune(txn, retention);
                         const auto results = store::RequestResults::prune(txn, retention);
                         txn.commit();
                         if (events + results > 0) {
                             spdlog::info("pruned {} event(s) and {} request result(s)", events,
                                          results);
                         }
                     } catch (const std::exception& e) {
                         spdlog::warn("cannot prune the event log: {}", e.what());
                     }
                 },
                 [](const std::string&) {}});
        pruneTimer.expires_after(kPruneInterval);
        pruneTimer.async_wait([&](beast::error_code ec) {
            if (!ec && !context.shuttingDown) {
                pruneLog();
            }
        });
    };
    pruneLog();

    net::signal_set signals(io, SIGINT, SIGTERM);
    net::steady_timer drainTimer(io);
    const auto drainDeadline = std::make_shared<std::chrono::steady_clock::time_point>();
    std::function<void()> waitForDrain = [&] {
        drainTimer.expires_after(std::chrono::milliseconds(50));
        drainTimer.async_wait([&](beast::error_code ec) {
            if (ec) {
                return;
            }
            if (connections.open() == 0 || std::chrono::steady_clock::now() > *drainDeadline) {
                if (connections.open() > 0) {
                    spdlog::warn("{} connection(s) still open after the grace period",
                                 connections.open());
                }
                io.stop();
                return;
            }
            waitForDrain();
        });
    };
    signals.async_wait([&](beast::error_code ec, int signal) {
        if (ec) {
            return;
        }
        spdlog::info("signal {}: draining {} connection(s)", signal, connections.open());
        context.shuttingDown = true;
        SystemdNotifier::stopping("draining " + std::to_string(connections.open()) +
                                  " connection(s)");
        touchTimer.cancel();
        pruneTimer.cancel();
        listener->stop();
        if (metricsListener) {
            metricsListener->stop();
        }
        registry.shutdownAll();
        *drainDeadline = std::chrono::steady_clock::now() + config.shutdownGrace;
        waitForDrain();
    });

    std::vector<std::thread> threads;
    for (unsigned i = 1; i < config.ioThreads; ++i) {
        threads.emplace_back([&io] { io.run(); });
    }
    io.run();
    for (auto& thread : threads) {
        thread.join();
    }
    overdueWatch.stop();
    fanout.stop();
    revocations.stop();
    writer.stop();
    logins.stop();
    db.stop();
    spdlog::info("stopped");
    return kExitClean;
}

} // namespace jcc::server
