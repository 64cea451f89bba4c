#include "server/store/StatementObserver.hpp"

#include <atomic>

namespace jcc::store {

namespace {
// Set once at start-up and read by every database thread: an atomic pointer costs one load.
std::atomic<StatementObserver*> g_observer{nullptr};
} // namespace

StatementObserverScope::StatementObserverScope(StatementObserver& observer) {
    g_observer.store(&observer, std::memory_order_release);
}

StatementObserverScope::~StatementObserverScope() {
    g_observer.store(nullptr, std::memory_order_release);
}

void reportStatement(std::string_view statement, double seconds) noexcept {
    if (auto* observer = g_observer.load(std::memory_order_acquire)) {
        observer->statementFinished(statement, seconds);
    }
}

} // namespace jcc::store
