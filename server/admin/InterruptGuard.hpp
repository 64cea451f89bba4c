#pragma once
// While a guard lives, SIGINT, SIGTERM and SIGHUP only set a flag (a second signal ends the
// process at once), so jcc-admin can restore the terminal and stop an embedded cluster it started.
#include <csignal>

namespace jcc::admin {

class InterruptGuard {
public:
    /// Guards nest; only the outermost one installs and removes the handlers.
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    /// True once one of the signals arrived while a guard was alive.
    static bool interrupted();

private:
    struct sigaction m_previous[3];
};

} // namespace jcc::admin
