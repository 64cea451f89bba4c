#include "server/core/LiaisonOverdueWatch.hpp"

#include "server/store/AuditLog.hpp"
#include "server/store/Database.hpp"
#include "server/store/EventLog.hpp"
#include "server/store/LiaisonRepository.hpp"

#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

namespace jcc::server {

namespace {
constexpr int kOverdueBatch = 100;
constexpr std::chrono::milliseconds kStopCheck{100};
} // namespace

LiaisonOverdueWatch::LiaisonOverdueWatch(std::string url, std::string nodeName,
                                         std::chrono::milliseconds interval)
    : m_url(std::move(url)), m_nodeName(std::move(nodeName)), m_interval(interval) {}

LiaisonOverdueWatch::~LiaisonOverdueWatch() {
    stop();
}

void LiaisonOverdueWatch::start() {
    m_thread = std::thread([this] { run(); });
}

void LiaisonOverdueWatch::stop() {
    m_stopping = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool LiaisonOverdueWatch::sleepUnlessStopping(std::chrono::milliseconds duration) {
    const auto until = std::chrono::steady_clock::now() + duration;
    while (!m_stopping && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(kStopCheck);
    }
    return !m_stopping;
}

std::size_t LiaisonOverdueWatch::markBatch(pqxx::connection_base& connection) {
    pqxx::work txn(connection, "liaison_overdue");
    store::EventLog::lockSequence(txn);
    const auto overdue = store::LiaisonRepository::markOverdue(txn, kOverdueBatch);
    const store::Actor system{std::nullopt, "system", "liaison-overdue-watch", m_nodeName};
    std::int64_t lastSeq = 0;
    for (const auto& request : overdue) {
        // The wire form does not change (its overdue flag follows from the due time): the record
        // says when the node noticed.
        store::AuditLog::append(txn, system,
                                {"liaison.overdue", "liaison_request", std::to_string(request.id),
                                 request.request, request.request});
        lastSeq = store::EventLog::append(txn, std::string(toString(Event::LiaisonOverdue)),
                                          "liaison_request", request.id, request.request);
    }
    if (lastSeq > 0) {
        store::EventLog::notify(txn, lastSeq);
    }
    txn.commit();
    for (const auto& request : overdue) {
        spdlog::info("liaison request {} is overdue (due {})", request.id,
                     request.request.value("due_at", ""));
    }
    return overdue.size();
}

void LiaisonOverdueWatch::run() {
    while (!m_stopping) {
        try {
            auto connection = store::openConnection(m_url);
            store::prepareStatements(*connection);
            while (!m_stopping) {
                while (markBatch(*connection) == static_cast<std::size_t>(kOverdueBatch)) {
                }
                if (!sleepUnlessStopping(m_interval)) {
                    return;
                }
            }
        } catch (const std::exception& e) {
            spdlog::error("liaison overdue watch: {}; reconnecting in 1s", e.what());
            sleepUnlessStopping(std::chrono::seconds(1));
        }
    }
}

} // namespace jcc::server
