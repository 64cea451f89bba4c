#include "bench/console/EventFeed.hpp"

#include "console/store/Store.hpp"

#include <QJsonDocument>

namespace jcc::console::bench {

EventFeed::EventFeed(Store& store, QList<QByteArray> frames, int perSecond, QObject* parent)
    : QObject(parent), m_store(store), m_frames(std::move(frames)), m_perSecond(perSecond) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &EventFeed::tick);
}

void EventFeed::start() {
    m_clock.start();
    m_timer.start();
}

void EventFeed::stop() {
    m_timer.stop();
}

void EventFeed::tick() {
    const qint64 due =
        qMin<qint64>(m_frames.size(), m_clock.nsecsElapsed() * m_perSecond / 1'000'000'000);
    if (due <= m_next) {
        return;
    }
    QElapsedTimer batch;
    batch.start();
    for (; m_next < due; ++m_next) {
        const QJsonObject frame = QJsonDocument::fromJson(m_frames[m_next]).object();
        const qint64 seq = frame[QLatin1String("seq")].toInteger();
        if (m_store.applyEvent(frame[QLatin1String("event")].toString(), seq,
                               frame[QLatin1String("data")].toObject()) !=
            Store::EventResult::Applied) {
            m_failure = QStringLiteral("event seq %1 was not applied (store at seq %2)")
                            .arg(seq)
                            .arg(m_store.lastSeq());
            stop();
            return;
        }
    }
    m_batchMs.append(double(batch.nsecsElapsed()) / 1e6);
}

} // namespace jcc::console::bench
