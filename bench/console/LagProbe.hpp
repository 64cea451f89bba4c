#pragma once
// How late the UI thread's event loop runs a 1 ms timer: each tick records how much longer than
// the interval passed since the previous tick (0 when on time).
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace jcc::console::bench {

class LagProbe : public QObject {
    Q_OBJECT
public:
    explicit LagProbe(QObject* parent = nullptr);

    void start();
    void stop();
    /// The lag of every tick since start(), in milliseconds.
    const QList<double>& lagsMs() const { return m_lagsMs; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_previousNs = 0;
    QList<double> m_lagsMs;
};

} // namespace jcc::console::bench
