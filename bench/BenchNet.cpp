#include "bench/BenchNet.hpp"

#include <memory>

namespace jcc::bench {

net::awaitable<void> sleepFor(Clock::duration duration) {
    co_await sleepUntil(Clock::now() + duration);
}

net::awaitable<void> sleepUntil(Clock::time_point at) {
    net::steady_timer timer(co_await net::this_coro::executor);
    timer.expires_at(at);
    co_await timer.async_wait(net::use_awaitable);
}

net::awaitable<void> runAll(std::vector<net::awaitable<void>> tasks) {
    struct State {
        std::size_t remaining = 0;
        std::exception_ptr failure;
    };
    auto state = std::make_shared<State>();
    state->remaining = tasks.size();
    const auto executor = co_await net::this_coro::executor;
    for (auto& task : tasks) {
        net::co_spawn(executor, std::move(task), [state](std::exception_ptr failure) {
            if (failure && !state->failure) {
                state->failure = failure;
            }
            --state->remaining;
        });
    }
    while (state->remaining > 0) {
        co_await sleepFor(std::chrono::milliseconds(20));
    }
    if (state->failure) {
        std::rethrow_exception(state->failure);
    }
}

} // namespace jcc::bench
