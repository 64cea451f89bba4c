#include "server/store/EmbeddedPostgres.hpp"

#include "server/store/Database.hpp"
#include "server/store/Statement.hpp"
#include "server/store/StoreError.hpp"
#include "server/store/Subprocess.hpp"

#include <csignal>
#include <fstream>
#include <pqxx/pqxx>
#include <pwd.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace jcc::store {

namespace {

constexpr const char* kDatabase = "jcc";
constexpr const char* kSuperuser = "jcc";
constexpr std::size_t kMaxSocketPath = 100; // sockaddr_un.sun_path is 108 bytes

fs::path findPostgresBinDir() {
    if (const char* configured = std::getenv("JCC_PG_BINDIR"); configured && *configured) {
        return configured;
    }
    fs::path best;
    int bestVersion = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
        const auto name = entry.path().filename().string();
        const int version = std::atoi(name.c_str());
        if (version > bestVersion && fs::exists(entry.path() / "bin" / "initdb")) {
            bestVersion = version;
            best = entry.path() / "bin";
        }
    }
    if (best.empty()) {
        throw StoreError("PostgreSQL server programs not found under /usr/lib/postgresql "
                         "(install the 'postgresql' package or set JCC_PG_BINDIR)");
    }
    return best;
}

std::string tailOf(const fs::path& file, std::size_t lines) {
    std::ifstream in(file);
    std::vector<std::string> all;
    for (std::string line; std::getline(in, line);) {
        all.push_back(line);
    }
    std::string out;
    for (std::size_t i = all.size() > lines ? all.size() - lines : 0; i < all.size(); ++i) {
        out += "\n  " + all[i];
    }
    return out;
}

bool processIsPostgres(pid_t pid) {
    if (pid <= 0 || (kill(pid, 0) != 0 && errno == ESRCH)) {
        return false;
    }
    // /proc/PID/stat is "PID (comm) STATE ..."; a zombie (Z) no longer runs.
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    const auto close = line.rfind(')');
    if (close == std::string::npos || close + 2 >= line.size()) {
        return false;
    }
    const auto open = line.find('(');
    return line.substr(open + 1, close - open - 1) == "postgres" && line[close + 2] != 'Z';
}

pid_t pidFromFile(const fs::path& pidFile) {
    std::ifstream in(pidFile);
    long pid = 0;
    in >> pid;
    return in ? static_cast<pid_t>(pid) : 0;
}

std::string quoted(const fs::path& path) {
    std::string out = "'";
    for (char c : path.string()) {
        if (c == '\'' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "'";
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(fs::path dataDir)
    : m_dataDir(fs::absolute(dataDir).lexically_normal()), m_clusterDir(m_dataDir / "pg"),
      m_socketDir(m_dataDir / "run"), m_binDir(findPostgresBinDir()) {
    if (geteuid() == 0) {
        if (getpwnam("postgres") == nullptr) {
            throw StoreError("running as root, PostgreSQL needs the unprivileged 'postgres' "
                             "account (install the 'postgresql' package) or run as another user");
        }
        m_owner = "postgres";
    }
}

EmbeddedPostgres::~EmbeddedPostgres() = default;

fs::path EmbeddedPostgres::logFile() const {
    return m_dataDir / "postgresql.log";
}

std::string EmbeddedPostgres::url() const {
    return "host=" + quoted(m_socketDir) + " dbname=" + kDatabase + " user=" + kSuperuser;
}

std::vector<std::string> EmbeddedPostgres::asClusterOwner(std::vector<std::string> argv) const {
    if (m_owner.empty()) {
        return argv;
    }
    std::vector<std::string> wrapped{"runuser", "-u", m_owner, "--"};
    wrapped.insert(wrapped.end(), argv.begin(), argv.end());
    return wrapped;
}

void EmbeddedPostgres::run(const std::vector<std::string>& argv, const std::string& what) const {
    const int rc = runProgram(asClusterOwner(argv), logFile());
    if (rc != 0) {
        throw StoreError(what + " failed (exit " + std::to_string(rc) + "); from " +
                         logFile().string() + ":" + tailOf(logFile(), 8));
    }
}

void EmbeddedPostgres::chownToOwner(const fs::path& path) const {
    if (m_owner.empty()) {
        return;
    }
    const passwd* account = getpwnam(m_owner.c_str());
    if (account == nullptr || chown(path.c_str(), account->pw_uid, account->pw_gid) != 0) {
        throw StoreError("cannot give " + path.string() + " to the '" + m_owner + "' account");
    }
}

bool EmbeddedPostgres::isRunning() const {
    return processIsPostgres(pidFromFile(m_clusterDir / "postmaster.pid"));
}

void EmbeddedPostgres::removeStalePidFile() const {
    const auto pidFile = m_clusterDir / "postmaster.pid";
    if (fs::exists(pidFile) && !isRunning()) {
        spdlog::warn("removing stale {} left by a PostgreSQL that no longer runs (pid {})",
                     pidFile.string(), pidFromFile(pidFile));
        fs::remove(pidFile);
    }
}

void EmbeddedPostgres::initialise() {
    spdlog::info("creating the embedded PostgreSQL cluster in {}", m_clusterDir.string());
    fs::create_directories(m_clusterDir);
    fs::permissions(m_clusterDir, fs::perms::owner_all, fs::perm_options::replace);
    chownToOwner(m_clusterDir);
    run({(m_binDir / "initdb").string(), "-D", m_clusterDir.string(), "-U", kSuperuser,
         "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"},
        "initdb");
    std::ofstream conf(m_clusterDir / "postgresql.conf", std::ios::app);
    conf << "\n# Settings that jcc-server rewrites at every start.\ninclude_if_exists = "
            "'jcc.conf'\n";
}

void EmbeddedPostgres::writeSettings() const {
    const auto path = m_clusterDir / "jcc.conf";
    {
        std::ofstream conf(path, std::ios::trunc);
        conf << "# Written by jcc-server at start; edits are overwritten.\n"
             << "listen_addresses = ''\n"
             << "unix_socket_directories = " << quoted(m_socketDir) << "\n"
             << "unix_socket_permissions = 0700\n"
             // Dispatch queries are short; and jcc-server.service forbids writable-executable
             // memory (MemoryDenyWriteExecute=), which LLVM's JIT would need.
             << "jit = off\n";
        if (!conf) {
            throw StoreError("cannot write " + path.string());
        }
    }
    chownToOwner(path);
}

void EmbeddedPostgres::createDatabase() const {
    auto connection =
        openConnection("host=" + quoted(m_socketDir) + " dbname=postgres user=" + kSuperuser);
    pqxx::nontransaction txn(*connection);
    if (execSql(txn, "embedded_database_exists", "SELECT 1 FROM pg_database WHERE datname = $1",
                std::string(kDatabase))
            .empty()) {
        execSql(txn, "embedded_database_create", std::string("CREATE DATABASE ") + kDatabase);
        spdlog::info("created database '{}'", kDatabase);
    }
}

bool EmbeddedPostgres::start() {
    if ((m_socketDir / ".s.PGSQL.5432").string().size() > kMaxSocketPath) {
        throw StoreError("data directory path " + m_dataDir.string() +
                         " is too long for PostgreSQL's unix socket; use a shorter --data-dir");
    }
    fs::create_directories(m_dataDir);
    if (!m_owner.empty() &&
        runProgram({"runuser", "-u", m_owner, "--", "test", "-x", m_dataDir.string()},
                   "/dev/null") != 0) {
        throw StoreError("the '" + m_owner + "' account that runs PostgreSQL cannot enter " +
                         m_dataDir.string() +
                         " (a parent directory is not searchable by others); choose a data "
                         "directory it can reach, e.g. under /var/lib, or run as another user");
    }
    if (!fs::exists(logFile())) {
        std::ofstream{logFile()};
    }
    // The log may quote statements and their data: its owner's alone, whatever the umask.
    fs::permissions(logFile(), fs::perms::owner_read | fs::perms::owner_write,
                    fs::perm_options::replace);
    chownToOwner(logFile());
    if (!fs::exists(m_socketDir)) {
        fs::create_directories(m_socketDir);
        fs::permissions(m_socketDir, fs::perms::owner_all, fs::perm_options::replace);
    }
    chownToOwner(m_socketDir);
    if (!fs::exists(m_clusterDir / "PG_VERSION")) {
        initialise();
    }
    writeSettings();
    if (isRunning()) {
        spdlog::info("embedded PostgreSQL already runs in {}", m_clusterDir.string());
        createDatabase();
        return false;
    }
    removeStalePidFile();
    run({(m_binDir / "pg_ctl").string(), "-D", m_clusterDir.string(), "-l", logFile().string(),
         "-w", "-t", "60", "start"},
        "starting PostgreSQL");
    spdlog::info("embedded PostgreSQL started in {}", m_clusterDir.string());
    createDatabase();
    return true;
}

void EmbeddedPostgres::stop() {
    if (!isRunning()) {
        return;
    }
    run({(m_binDir / "pg_ctl").string(), "-D", m_clusterDir.string(), "-m", "fast", "-w", "-t",
         "60", "stop"},
        "stopping PostgreSQL");
    spdlog::info("embedded PostgreSQL stopped");
}

} // namespace jcc::store
