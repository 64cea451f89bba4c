#include "server/core/RevocationListener.hpp"

#include "server/core/SessionRegistry.hpp"
#include "server/store/AccountService.hpp"
#include "server/store/Database.hpp"
#include "server/store/SessionRepository.hpp"

#include <chrono>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::server {

namespace {

constexpr std::chrono::seconds kSweepInterval{10};

class Receiver : public pqxx::notification_receiver {
public:
    Receiver(pqxx::connection_base& connection, SessionRegistry& registry)
        : pqxx::notification_receiver(connection, store::kRevocationChannel), m_registry(registry) {
    }

    void operator()(const std::string& payload, int) override {
        const auto message = nlohmann::json::parse(payload, nullptr, false);
        if (message.is_discarded() || !message.contains("user_id") ||
            !message["user_id"].is_number_integer()) {
            spdlog::warn("ignoring a malformed revocation notice: {}", payload);
            return;
        }
        const auto userId = message["user_id"].get<std::int64_t>();
        const std::string reason = message.value("reason", std::string("session revoked"));
        const int closed = m_registry.closeUser(userId, reason);
        spdlog::info("revocation for user {} ({}): closing {} connection(s)", userId, reason,
                     closed);
    }

private:
    SessionRegistry& m_registry;
};

} // namespace

void RevocationListener::closeEndedSessions(pqxx::connection_base& connection) {
    const auto live = m_registry.liveSessionIds();
    if (live.empty()) {
        return;
    }
    pqxx::read_transaction txn(connection, "find_ended_sessions");
    const auto ended = store::SessionRepository::findEnded(txn, live, m_sessionLifetime);
    txn.commit();
    if (!ended.empty()) {
        // Revoked, disabled or past --session-lifetime: the console asks for the password.
        const int closed = m_registry.closeSessions(ended, "session ended");
        spdlog::info("closing {} connection(s) whose session ended", closed);
    }
}

RevocationListener::RevocationListener(std::string url, SessionRegistry& registry,
                                       std::chrono::seconds sessionLifetime)
    : m_url(std::move(url)), m_registry(registry), m_sessionLifetime(sessionLifetime) {}

RevocationListener::~RevocationListener() {
    stop();
}

void RevocationListener::start() {
    m_thread = std::thread([this] { listen(); });
}

void RevocationListener::stop() {
    m_stopping = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void RevocationListener::listen() {
    while (!m_stopping) {
        try {
            auto connection = store::openConnection(m_url);
            store::prepareStatements(*connection);
            Receiver receiver(*connection, m_registry);
            // LISTEN is issued lazily; a round trip makes it take effect now.
            connection->get_notifs();
            // Notices sent while we were not listening are lost: the sweep finds what they said,
            // and doubles as a check that the connection still works.
            auto nextSweep = std::chrono::steady_clock::now();
            while (!m_stopping) {
                if (std::chrono::steady_clock::now() >= nextSweep) {
                    closeEndedSessions(*connection);
                    nextSweep = std::chrono::steady_clock::now() + kSweepInterval;
                }
                connection->await_notification(0, 200'000);
            }
        } catch (const std::exception& e) {
            spdlog::error("revocation listener: {}; reconnecting in 1s", e.what());
            for (int i = 0; i < 10 && !m_stopping; ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
    }
}

} // namespace jcc::server
