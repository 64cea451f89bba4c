#include "server/core/SessionRegistry.hpp"

#include "server/core/WebSocketSession.hpp"

#include <algorithm>
#include <vector>

namespace jcc::server {

void SessionRegistry::add(const std::shared_ptr<WebSocketSession>& session) {
    std::lock_guard lock(m_mutex);
    m_sessions[session.get()] = Entry{session};
}

void SessionRegistry::remove(const WebSocketSession* session) {
    std::lock_guard lock(m_mutex);
    m_sessions.erase(session);
}

void SessionRegistry::setLogin(const WebSocketSession* session, std::int64_t userId,
                               std::int64_t sessionId) {
    std::lock_guard lock(m_mutex);
    if (auto it = m_sessions.find(session); it != m_sessions.end()) {
        it->second.userId = userId;
        it->second.sessionId = sessionId;
    }
}

void SessionRegistry::setSubscribed(const WebSocketSession* session) {
    std::lock_guard lock(m_mutex);
    if (auto it = m_sessions.find(session); it != m_sessions.end()) {
        it->second.subscribed = true;
    }
}

void SessionRegistry::broadcastEvent(std::int64_t seq,
                                     const std::shared_ptr<const std::string>& push) {
    std::vector<std::shared_ptr<WebSocketSession>> targets;
    {
        std::lock_guard lock(m_mutex);
        targets.reserve(m_sessions.size());
        for (const auto& [key, entry] : m_sessions) {
            if (entry.subscribed) {
                if (auto session = entry.session.lock()) {
                    targets.push_back(std::move(session));
                }
            }
        }
    }
    for (const auto& session : targets) {
        session->deliverEvent(seq, push);
    }
}

std::vector<std::int64_t> SessionRegistry::liveSessionIds() const {
    std::lock_guard lock(m_mutex);
    std::vector<std::int64_t> ids;
    for (const auto& [key, entry] : m_sessions) {
        if (entry.sessionId != 0) {
            ids.push_back(entry.sessionId);
        }
    }
    return ids;
}

int SessionRegistry::closeSessions(const std::vector<std::int64_t>& sessionIds,
                                   const std::string& reason) {
    std::vector<std::shared_ptr<WebSocketSession>> targets;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [key, entry] : m_sessions) {
            if (entry.sessionId != 0 && std::find(sessionIds.begin(), sessionIds.end(),
                                                  entry.sessionId) != sessionIds.end()) {
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
