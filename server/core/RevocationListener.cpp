#include "server/core/RevocationListener.hpp"

#include "server/core/SessionRegistry.hpp"
#include "server/store/AccountService.hpp"
#include "server/store/Database.hpp"

#include <chrono>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::server {

namespace {

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

RevocationListener::RevocationListener(std::string url, SessionRegistry& registry)
    : m_url(std::move(url)), m_registry(registry) {}

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
            Receiver receiver(*connection, m_registry);
            // LISTEN is issued lazily; a round trip makes it take effect now.
            connection->get_notifs();
            while (!m_stopping) {
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
