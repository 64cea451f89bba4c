#include "server/core/SessionRegistry.hpp"

#include "server/core/WebSocketSession.hpp"

#include <vector>

namespace jcc::server {

void SessionRegistry::add(const std::shared_ptr<WebSocketSession>& session) {
    std::lock_guard lock(m_mutex);
    m_sessions[session.get()] = Entry{session, std::nullopt};
}

void SessionRegistry::remove(const WebSocketSession* session) {
    std::lock_guard lock(m_mutex);
    m_sessions.erase(session);
}

void SessionRegistry::setUser(const WebSocketSession* session, std::optional<std::int64_t> userId) {
    std::lock_guard lock(m_mutex);
    if (auto it = m_sessions.find(session); it != m_sessions.end()) {
        it->second.userId = userId;
    }
}

int SessionRegistry::closeUser(std::int64_t userId, const std::string& reason) {
    std::vector<std::shared_ptr<WebSocketSession>> targets;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [key, entry] : m_sessions) {
            if (entry.userId == userId) {
                if (auto session = entry.session.lock()) {
                    targets.push_back(std::move(session));
                }
            }
        }
    }
    for (const auto& session : targets) {
        session->closeForRevocation(reason);
    }
    return static_cast<int>(targets.size());
}

void SessionRegistry::shutdownAll() {
    std::vector<std::shared_ptr<WebSocketSession>> targets;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [key, entry] : m_sessions) {
            if (auto session = entry.session.lock()) {
                targets.push_back(std::move(session));
            }
        }
    }
    for (const auto& session : targets) {
        session->beginShutdown();
    }
}

std::size_t SessionRegistry::size() const {
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

} // namespace jcc::server
