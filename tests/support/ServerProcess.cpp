#include "tests/support/ServerProcess.hpp"

#include <algorithm>
#include <csignal>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace jcc::test {

fs::path makeTempDir(const std::string& prefix) {
    std::string pattern = (fs::temp_directory_path() / (prefix + "XXXXXX")).string();
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    fs::permissions(pattern, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                 fs::perms::others_read | fs::perms::others_exec);
    return pattern;
}

ServerProcess::ServerProcess(std::optional<std::string> dbUrl,
                             const std::vector<std::string>& extraArgs,
                             std::optional<fs::path> dataDir) {
    if (dataDir) {
        m_dataDir = *dataDir;
    } else {
        m_dataDir = makeTempDir("jcc-server-");
        m_ownsDataDir = true;
    }
    m_logFile = m_dataDir / "server.log";
    std::ofstream(m_logFile, std::ios::trunc).close();
    // JCC_TEST_SERVER_BINARY runs the tests against another build, e.g. an older one, to show
    // that a new test fails there.
    const char* binary = std::getenv("JCC_TEST_SERVER_BINARY");
    std::vector<std::string> argv{binary ? binary : JCC_SERVER_BINARY,
                                  "--listen",
                                  "127.0.0.1:0",
                                  "--data-dir",
                                  m_dataDir.string(),
                                  "--log-level",
                                  "debug"};
    if (dbUrl) {
        argv.push_back("--db");
        argv.push_back(*dbUrl);
    }
    // Every test server has a metrics listener of its own on a free port, unless the test says
    // otherwise (or runs another build, which may not know the flag).
    const bool ownMetrics = std::any_of(extraArgs.begin(), extraArgs.end(), [](const auto& arg) {
        return arg.starts_with("--metrics-listen");
    });
    if (!ownMetrics && binary == nullptr) {
        argv.insert(argv.end(), {"--metrics-listen", "127.0.0.1:0"});
    }
    argv.insert(argv.end(), extraArgs.begin(), extraArgs.end());
    m_process = std::make_unique<ChildProcess>(argv, m_logFile);
    static const std::regex listening(R"(listening on 127\.0\.0\.1:(\d+))");
    static const std::regex metrics(R"(metrics on http://127\.0\.0\.1:(\d+)/metrics)");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        const std::string text = waitForText(m_logFile, "listening on", std::chrono::seconds(1));
        std::smatch match;
        if (std::regex_search(text, match, listening)) {
            m_port = static_cast<unsigned short>(std::stoi(match[1]));
            if (std::regex_search(text, match, metrics)) {
                m_metricsPort = static_cast<unsigned short>(std::stoi(match[1]));
            }
            return;
        }
        if (!m_process->running()) {
            break;
        }
    }
    throw std::runtime_error("jcc-server did not start; its log:\n" + log());
}

ServerProcess::~ServerProcess() {
    if (m_process && m_process->running()) {
        stop(std::chrono::seconds(20));
    }
    m_process.reset();
    if (m_ownsDataDir) {
        std::error_code ignored;
        fs::remove_all(m_dataDir, ignored);
    }
}

std::string ServerProcess::log() const {
    std::ifstream in(m_logFile);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

int ServerProcess::stop(std::chrono::milliseconds timeout) {
    m_process->signal(SIGTERM);
    return m_process->wait(timeout);
}

} // namespace jcc::test
