#pragma once
// Paces one of several clients that share a rate: `rate` sends per second over `clients`
// clients, this one offset by its index so that the sends interleave evenly.
#include "bench/BenchNet.hpp"

namespace jcc::bench {

class Pacer {
public:
    /// `rate` 0: flat out (every wait() returns at `start`, or at once after it).
    Pacer(double rate, unsigned clients, unsigned index, Clock::time_point start)
        : m_interval(rate > 0 ? std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(clients / rate))
                              : Clock::duration::zero()),
          m_next(start + m_interval * index / clients), m_start(start) {}

    /// Waits for this client's next turn.
    net::awaitable<void> wait() {
        if (m_interval == Clock::duration::zero()) {
            co_await sleepUntil(m_start);
        } else {
            co_await sleepUntil(m_next);
            m_next += m_interval;
        }
    }

private:
    Clock::duration m_interval;
    Clock::time_point m_next;
    Clock::time_point m_start;
};

} // namespace jcc::bench
