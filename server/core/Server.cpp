#include "server/core/Server.hpp"

#include "server/core/GracefulStop.hpp"
#include "server/core/NodeDatabase.hpp"
#include "server/core/NodeListeners.hpp"
#include "server/core/NodeServices.hpp"
#include "server/core/OpenFileLimit.hpp"
#include "server/core/PeriodicJobs.hpp"
#include "server/core/PeriodicTasks.hpp"
#include "server/core/SystemdNotifier.hpp"
#include "server/core/TlsContext.hpp"
#include "server/store/DataDirectory.hpp"
#include "server/store/StoreError.hpp"

#include <filesystem>
#include <spdlog/spdlog.h>
#include <thread>

namespace fs = std::filesystem;

namespace jcc::server {

namespace {

/// A start-up step failed: the node exits with `exitCode` after logging the message.
class CannotStart : public std::runtime_error {
public:
    CannotStart(int exitCode, const std::string& message)
        : std::runtime_error(message), m_exitCode(exitCode) {}
    int exitCode() const { return m_exitCode; }

private:
    int m_exitCode;
};

/// Steps 1 to 3 of docs/architecture.md, "Start and stop": the data directory, its lock, the
/// database and its schema.
NodeDatabase openDatabase(const ServerConfig& config, const fs::path& dataDir) {
    try {
        store::createDataDirectory(dataDir);
    } catch (const std::exception& e) {
        throw CannotStart(kExitFailed, e.what());
    }
    try {
        return NodeDatabase(config, dataDir);
    } catch (const store::SchemaError& e) {
        SystemdNotifier::status(std::string("refusing to start: ") + e.what());
        throw CannotStart(kExitRefused, std::string("refusing to start: ") + e.what());
    } catch (const std::exception& e) {
        throw CannotStart(kExitFailed, std::string("cannot start: ") + e.what());
    }
}

TlsIdentity loadTls(ssl::context& tls, const fs::path& dataDir, const ServerConfig& config) {
    try {
        return configureTls(tls, dataDir, config);
    } catch (const std::exception& e) {
        throw CannotStart(kExitFailed, std::string("TLS: ") + e.what());
    }
}

NodeListeners bindListeners(net::io_context& io, ServerContext& context) {
    try {
        return openListeners(io, context);
    } catch (const std::exception& e) {
        throw CannotStart(kExitFailed, e.what());
    }
}

void notifyReady(const NodeListeners& listeners, const ServerConfig& config) {
    const auto endpoint = listeners.consoles->localEndpoint();
    SystemdNotifier::ready("listening on " + endpoint.address().to_string() + ":" +
                           std::to_string(endpoint.port()) + " as node " + config.nodeName);
}

/// Runs the I/O loop on --io-threads threads (this one included) until it stops.
void runIoThreads(net::io_context& io, unsigned ioThreads) {
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < ioThreads; ++i) {
        threads.emplace_back([&io] { io.run(); });
    }
    io.run();
    for (auto& thread : threads) {
        thread.join();
    }
}

/// Starts the node, serves until a signal has drained it, and stops it; throws CannotStart.
void runNode(const ServerConfig& config) {
    raiseOpenFileLimit(config);
    const fs::path dataDir = fs::absolute(config.dataDir);
    const NodeDatabase database = openDatabase(config, dataDir);
    ssl::context tls(ssl::context::tls_server);
    const TlsIdentity identity = loadTls(tls, dataDir, config);

    NodeServices services(config, database.url(), tls);
    services.startWriter();
    net::io_context io(static_cast<int>(config.ioThreads));
    const NodeListeners listeners = bindListeners(io, services.context);
    spdlog::info("TLS certificate {} SHA-256 fingerprint {}", identity.certFile.string(),
                 identity.fingerprint);
    services.startDatabaseListeners();
    listeners.consoles->run();
    notifyReady(listeners, config);

    PeriodicTasks periodic(io);
    addPeriodicJobs(periodic, services.context);
    periodic.start();
    GracefulStop stop(io, services.context, listeners);
    runIoThreads(io, config.ioThreads);
    services.stop();
    spdlog::info("stopped");
}

} // namespace

int runServer(const ServerConfig& config) {
    try {
        runNode(config);
        return kExitClean;
    } catch (const CannotStart& e) {
        spdlog::critical("{}", e.what());
        return e.exitCode();
    }
}

} // namespace jcc::server
