#pragma once
// Who hears of every database statement the store runs (store::exec and its variants, in
// Statement.hpp): the server's Metrics, which keeps a time histogram per statement name. The
// store cannot include the server's core, so the core registers itself here at start-up.
#include <string_view>

namespace jcc::store {

class StatementObserver {
public:
    virtual ~StatementObserver() = default;
    /// Statement `statement` took `seconds`, whether it succeeded or failed. Called on the thread
    /// that ran it, from every database thread at once: must be thread-safe and quick.
    virtual void statementFinished(std::string_view statement, double seconds) noexcept = 0;
};

/// Makes `observer` hear of every statement for as long as this object lives (one at a time).
/// Create it before the threads that run statements start, and let it go after they stopped.
class StatementObserverScope {
public:
    explicit StatementObserverScope(StatementObserver& observer);
    ~StatementObserverScope();
    StatementObserverScope(const StatementObserverScope&) = delete;
    StatementObserverScope& operator=(const StatementObserverScope&) = delete;
};

/// Tells the registered observer, if any, that `statement` took `seconds`.
void reportStatement(std::string_view statement, double seconds) noexcept;

} // namespace jcc::store
