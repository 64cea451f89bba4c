#include "bench/console/LagProbe.hpp"

namespace jcc::console::bench {

namespace {
constexpr int intervalMs = 1;
}

LagProbe::LagProbe(QObject* parent) : QObject(parent) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LagProbe::tick);
}

void LagProbe::start() {
    m_lagsMs.clear();
    m_clock.start();
    m_previousNs = 0;
    m_timer.start();
}

void LagProbe::stop() {
    m_timer.stop();
}

void LagProbe::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 lateNs = now - m_previousNs - qint64(intervalMs) * 1'000'000;
    m_previousNs = now;
    m_lagsMs.append(double(qMax<qint64>(0, lateNs)) / 1e6);
}

} // namespace jcc::console::bench
