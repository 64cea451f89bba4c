#pragma once
// The live WebSocket sessions of this node, indexed by user, so a revocation or a shutdown can
// reach them. Thread-safe; holds only weak references.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace jcc::server {

class WebSocketSession;

class SessionRegistry {
public:
    void add(const std::shared_ptr<WebSocketSession>& session);
    void remove(const WebSocketSession* session);
    /// Records which user and login session the connection is logged in as (0, 0 after logout).
    void setLogin(const WebSocketSession* session, std::int64_t userId, std::int64_t sessionId);
    /// Login sessions of the live connections.
    std::vector<std::int64_t> liveSessionIds() const;
    /// Closes the connections of these login sessions (policy violation, with `reason`).
    int closeSessions(const std::vector<std::int64_t>& sessionIds, const std::string& reason);
    /// Closes every session of the user (policy violation, with `reason`); returns how many.
    int closeUser(std::int64_t userId, const std::string& reason);
    /// Marks the session as wanting events (after subscribe).
    void setSubscribed(const WebSocketSession* session);
    /// Hands an event to every subscribed session of this node, in seq order per call order.
    void broadcastEvent(std::int64_t seq, const std::shared_ptr<const std::string>& push);
    /// Asks every session to finish its request in flight and close with "going away".
    void shutdownAll();
    std::size_t size() const;

private:
    struct Entry {
        std::weak_ptr<WebSocketSession> session;
        std::int64_t userId = 0;    ///< 0 while not logged in
        std::int64_t sessionId = 0; ///< 0 while not logged in
        bool subscribed = false;
    };
    mutable std::mutex m_mutex;
    std::unordered_map<const WebSocketSession*, Entry> m_sessions;
};

} // namespace jcc::server
