#pragma once
// The live WebSocket sessions of this node, indexed by user, so a revocation or a shutdown can
// reach them. Thread-safe; holds only weak references.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace jcc::server {

class WebSocketSession;

class SessionRegistry {
public:
    void add(const std::shared_ptr<WebSocketSession>& session);
    void remove(const WebSocketSession* session);
    /// Records which user the session is logged in as (nullopt after logout).
    void setUser(const WebSocketSession* session, std::optional<std::int64_t> userId);
    /// Closes every session of the user (policy violation, with `reason`); returns how many.
    int closeUser(std::int64_t userId, const std::string& reason);
    /// Asks every session to finish its request in flight and close with "going away".
    void shutdownAll();
    std::size_t size() const;

private:
    struct Entry {
        std::weak_ptr<WebSocketSession> session;
        std::optional<std::int64_t> userId;
    };
    mutable std::mutex m_mutex;
    std::unordered_map<const WebSocketSession*, Entry> m_sessions;
};

} // namespace jcc::server
