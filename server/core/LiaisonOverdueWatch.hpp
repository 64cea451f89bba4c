#pragma once
// Raises liaison.overdue once for each liaison request that passes its due time unanswered (open
// or acknowledged). Every node runs one, on its own connection and thread; the rows are claimed
// with FOR UPDATE SKIP LOCKED and stamped in the same transaction as their event and audit
// record, so each request gets exactly one event whichever node sees it first.
#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace pqxx {
class connection_base;
}

namespace jcc::server {

class LiaisonOverdueWatch {
public:
    /// How often a node looks for newly overdue requests.
    static constexpr std::chrono::milliseconds kDefaultInterval{5000};

    LiaisonOverdueWatch(std::string url, std::string nodeName,
                        std::chrono::milliseconds interval = kDefaultInterval);
    ~LiaisonOverdueWatch();
    void start();
    void stop();

private:
    void run();
    /// Marks one batch; returns how many requests it marked.
    std::size_t markBatch(pqxx::connection_base& connection);
    bool sleepUnlessStopping(std::chrono::milliseconds duration);

    std::string m_url;
    std::string m_nodeName;
    std::chrono::milliseconds m_interval;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace jcc::server
