#pragma once
// Feeds pushed-event frames into a Store at a steady rate, the way the network delivers them:
// a 1 ms timer on the UI thread parses and applies every frame that is due, in seq order.
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace jcc::console {
class Store;
}

namespace jcc::console::bench {

class EventFeed : public QObject {
    Q_OBJECT
public:
    EventFeed(Store& store, QList<QByteArray> frames, int perSecond, QObject* parent = nullptr);

    void start();
    void stop();
    /// Frames applied so far.
    int applied() const { return m_next; }
    /// How long each tick's batch took to parse and apply, in milliseconds.
    const QList<double>& batchMs() const { return m_batchMs; }
    /// Why the feed stopped early (an event the store did not apply), or empty.
    const QString& failure() const { return m_failure; }

private:
    void tick();

    Store& m_store;
    QList<QByteArray> m_frames;
    int m_perSecond;
    int m_next = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<double> m_batchMs;
    QString m_failure;
};

} // namespace jcc::console::bench
