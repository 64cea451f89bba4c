#include "bench/ServerNode.hpp"

#include "bench/BenchClock.hpp"

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace jcc::bench {

namespace {

bool waitExit(int pid, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (Clock::now() < deadline) {
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

} // namespace

std::vector<std::string> ServerNode::benchFlags() {
    // Every console of a run connects and logs in from 127.0.0.1, and the nodes of a run share
    // the host: no per-address caps, and metrics listeners on free ports.
    return {"--rate-limit",
            "1000000",
            "--rate-burst",
            "1000000",
            "--max-connections",
            "20000",
            "--lockout-threshold",
            "100",
            "--max-connections-per-address",
            "0",
            "--logins-per-address",
            "100000",
            "--login-delay-max",
            "0",
            "--metrics-listen",
            "127.0.0.1:0"};
}

ServerNode::ServerNode(const fs::path& binary, const std::string& nodeName,
                       const std::string& databaseUrl, const fs::path& nodeDir,
                       const std::vector<std::string>& extraFlags) {
    fs::create_directories(nodeDir);
    m_logFile = nodeDir / "server.log";
    std::vector<std::string> args{binary.string(),  "--listen",    "127.0.0.1:0",
                                  "--db",           databaseUrl,   "--data-dir",
                                  nodeDir.string(), "--node-name", nodeName};
    for (const auto& flag : benchFlags()) {
        args.push_back(flag);
    }
    args.insert(args.end(), extraFlags.begin(), extraFlags.end());
    const int log = ::open(m_logFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (log < 0) {
        throw std::runtime_error("cannot create " + m_logFile.string());
    }
    m_pid = fork();
    if (m_pid == 0) {
        dup2(log, STDOUT_FILENO);
        dup2(log, STDERR_FILENO);
        std::vector<char*> argv;
        for (auto& arg : args) {
            argv.push_back(arg.data());
        }
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    ::close(log);
    if (m_pid < 0) {
        throw std::runtime_error("fork failed");
    }
    static const std::regex listening(R"(listening on 127\.0\.0\.1:(\d+))");
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (Clock::now() < deadline) {
        std::ifstream in(m_logFile);
        std::stringstream text;
        text << in.rdbuf();
        const std::string content = text.str();
        std::smatch match;
        if (std::regex_search(content, match, listening)) {
            m_port = static_cast<unsigned short>(std::stoi(match[1]));
            return;
        }
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    const std::string tail = logTail();
    stop();
    throw std::runtime_error("jcc-server " + binary.string() + " did not start; its log:\n" + tail);
}

ServerNode::~ServerNode() {
    stop();
}

void ServerNode::stop() {
    if (m_pid <= 0) {
        return;
    }
    kill(m_pid, SIGTERM);
    if (!waitExit(m_pid, std::chrono::seconds(30))) {
        kill(m_pid, SIGKILL);
        waitExit(m_pid, std::chrono::seconds(5));
    }
    m_pid = -1;
}

std::string ServerNode::logTail() const {
    std::ifstream in(m_logFile);
    std::string line, tail;
    std::vector<std::string> lines;
    while (std::getline(in, line)) {
        lines.push_back(line);
    }
    for (std::size_t i = lines.size() > 30 ? lines.size() - 30 : 0; i < lines.size(); ++i) {
        tail += "  " + lines[i] + "\n";
    }
    return tail;
}

} // namespace jcc::bench
