#pragma once
// LISTENs on the revocation channel with its own connection and thread, and closes the live
// sessions of a user whose sessions were revoked on any node (within a second). Every few seconds
// it also looks up whether any live session ended (a lost notice, or --session-lifetime passed).
#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace pqxx {
class connection_base;
}

namespace jcc::server {

class SessionRegistry;

class RevocationListener {
public:
    RevocationListener(std::string url, SessionRegistry& registry,
                       std::chrono::seconds sessionLifetime);
    ~RevocationListener();
    void start();
    void stop();

private:
    void listen();
    void closeEndedSessions(pqxx::connection_base& connection);

    std::string m_url;
    SessionRegistry& m_registry;
    std::chrono::seconds m_sessionLifetime;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace jcc::server
