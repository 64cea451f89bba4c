#include "server/admin/InterruptGuard.hpp"

namespace jcc::admin {

namespace {

constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
volatile std::sig_atomic_t g_interrupted = 0;
int g_depth = 0;

void onSignal(int signal) {
    if (g_interrupted != 0) {
        // Asked twice: stop waiting for the current step.
        std::signal(signal, SIG_DFL);
        std::raise(signal);
        return;
    }
    g_interrupted = 1;
}

} // namespace

InterruptGuard::InterruptGuard() : m_previous{} {
    if (g_depth++ > 0) {
        return;
    }
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: the password prompt's wait returns EINTR at once and sees the flag.
    action.sa_flags = 0;
    for (int i = 0; i < 3; ++i) {
        sigaction(kSignals[i], &action, &m_previous[i]);
    }
}

InterruptGuard::~InterruptGuard() {
    if (--g_depth > 0) {
        return;
    }
    for (int i = 0; i < 3; ++i) {
        sigaction(kSignals[i], &m_previous[i], nullptr);
    }
}

bool InterruptGuard::interrupted() {
    return g_interrupted != 0;
}

} // namespace jcc::admin
