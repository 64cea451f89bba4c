#pragma once
// Synthetic but wire-shaped dispatch data for the console benchmark: incidents as the server's
// incident_json gives them (docs/protocol.md), a subscribe snapshot holding them, and a stream of
// incident.created / incident.updated frames in seq order. Deterministic for a given seed.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

namespace jcc::console::bench {

class SyntheticIncidents {
public:
    explicit SyntheticIncidents(quint32 seed = 20261125);

    /// A subscribe snapshot with incidents 1..`count` and the incident types.
    QJsonObject snapshot(int count);
    /// `count` event frames ({"event", "seq", "data"} as UTF-8 JSON text), seqs from `firstSeq`:
    /// nine in ten update a random existing incident (status, priority, assignments, version),
    /// one in ten creates a new incident after the last id.
    QList<QByteArray> eventFrames(int count, qint64 firstSeq);

private:
    QJsonObject incident(qint64 id);
    QJsonObject changed(QJsonObject incident);

    QRandomGenerator m_random;
    qint64 m_lastId = 0;
    QList<QJsonObject> m_incidents; ///< by id - 1, as last sent
};

} // namespace jcc::console::bench
