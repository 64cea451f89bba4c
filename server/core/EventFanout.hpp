#pragma once
// Fan-out through the database (docs/design.md, decision 3): LISTENs on the event channel with its
// own connection and thread, reads new events in seq order and hands each, serialised once, to
// every subscribed console of this node. The node that made a change learns of it the same way.
#include <atomic>
#include <cstdint>
#include <string>
#include <thread>

namespace pqxx {
class connection_base;
}

namespace jcc::server {

class SessionRegistry;

class EventFanout {
public:
    EventFanout(std::string url, SessionRegistry& registry);
    ~EventFanout();
    /// Starts from the current last seq (earlier events reach consoles by subscribe).
    void start();
    void stop();

private:
    void run();
    void forwardNewEvents(pqxx::connection_base& connection);

    std::string m_url;
    SessionRegistry& m_registry;
    std::int64_t m_lastSeq = -1; ///< -1 until read from the database
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace jcc::server
