#include "server/core/EventFanout.hpp"

#include "server/core/SessionRegistry.hpp"
#include "server/store/Database.hpp"
#include "server/store/EventLog.hpp"

#include <chrono>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::server {

namespace {

constexpr std::size_t kEventBatch = 1000;
// A lost notice (or a notice that arrived while reconnecting) is caught by this poll.
constexpr std::chrono::milliseconds kPollInterval{1000};

class Wakeup : public pqxx::notification_receiver {
public:
    Wakeup(pqxx::connection_base& connection, bool& woken)
        : pqxx::notification_receiver(connection, store::kEventChannel), m_woken(woken) {}
    void operator()(const std::string&, int) override { m_woken = true; }

private:
    bool& m_woken;
};

} // namespace

EventFanout::EventFanout(std::string url, SessionRegistry& registry)
    : m_url(std::move(url)), m_registry(registry) {}

EventFanout::~EventFanout() {
    stop();
}

void EventFanout::start() {
    m_thread = std::thread([this] { run(); });
}

void EventFanout::stop() {
    m_stopping = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void EventFanout::forwardNewEvents(pqxx::connection_base& connection) {
    for (;;) {
        pqxx::read_transaction txn(connection, "fanout");
        const auto events = store::EventLog::readAfter(txn, m_lastSeq, kEventBatch);
        txn.commit();
        for (const auto& event : events) {
            m_registry.broadcastEvent(
                event.seq, std::make_shared<const std::string>(store::EventLog::pushText(event)));
            m_lastSeq = event.seq;
        }
        if (events.size() < kEventBatch) {
            return;
        }
    }
}

void EventFanout::run() {
    while (!m_stopping) {
        try {
            auto connection = store::openConnection(m_url);
            store::prepareStatements(*connection);
            bool woken = false;
            Wakeup wakeup(*connection, woken);
            connection->get_notifs();
            if (m_lastSeq < 0) {
                pqxx::read_transaction txn(*connection, "fanout_start");
                m_lastSeq = store::EventLog::lastSeq(txn);
            }
            auto nextPoll = std::chrono::steady_clock::now();
            while (!m_stopping) {
                if (woken || std::chrono::steady_clock::now() >= nextPoll) {
                    woken = false;
                    forwardNewEvents(*connection);
                    nextPoll = std::chrono::steady_clock::now() + kPollInterval;
                }
                connection->await_notification(0, 100'000);
                connection->get_notifs();
            }
        } catch (const std::exception& e) {
            spdlog::error("event fan-out: {}; reconnecting in 1s", e.what());
            for (int i = 0; i < 10 && !m_stopping; ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
    }
}

} // namespace jcc::server
