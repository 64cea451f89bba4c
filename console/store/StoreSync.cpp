#include "console/store/StoreSync.hpp"

#include "console/store/Store.hpp"
#include "console/store/WireName.hpp"

namespace jcc::console {

StoreSync::StoreSync(ServerConnection& connection, Store& store, QObject* parent)
    : QObject(parent), m_connection(connection), m_store(store) {
    connect(&m_connection, &ServerConnection::loggedIn, this, &StoreSync::subscribe);
    connect(&m_connection, &ServerConnection::resumed, this, &StoreSync::subscribe);
    connect(&m_connection, &ServerConnection::stateChanged, this,
            [this](ServerConnection::State state) {
                if (state != ServerConnection::State::LoggedIn) {
                    m_synced = false;
                    m_subscribing = false;
                }
            });
    connect(&m_connection, &ServerConnection::pushReceived, this, &StoreSync::onPush);
    connect(&m_store, &Store::gapDetected, this, [this](qint64 lastSeq, qint64 receivedSeq) {
        qWarning("store: event seq %lld arrived after %lld; re-subscribing from %lld", receivedSeq,
                 lastSeq, lastSeq);
        subscribe();
    });
}

void StoreSync::subscribe() {
    if (m_subscribing || m_connection.state() != ServerConnection::State::LoggedIn) {
        return;
    }
    QJsonObject fields;
    if (m_store.hasBaseline()) {
        fields.insert(QLatin1String("since_seq"), m_store.lastSeq());
    }
    m_subscribing = true;
    m_synced = false;
    m_connection.sendRequest(wireName(Op::Subscribe), fields,
                             [this](const Reply& reply) { onSubscribeReply(reply); });
}

void StoreSync::onSubscribeReply(const Reply& reply) {
    m_subscribing = false;
    if (!reply.ok) {
        qWarning("subscribe refused: %s (%s)", qPrintable(reply.error.message),
                 qPrintable(reply.error.code));
        Q_EMIT subscribeFailed(reply.error);
        return;
    }
    m_lastMode = reply.result.value(QLatin1String("mode")).toString();
    if (m_lastMode == QLatin1String("snapshot")) {
        m_store.applySnapshot(reply.result.value(QLatin1String("snapshot")).toObject(),
                              reply.result.value(QLatin1String("seq")).toInteger());
    }
    // In "events" mode the missed events follow as pushes, in order.
    m_synced = true;
    Q_EMIT synced();
}

void StoreSync::onPush(const QString& event, qint64 seq, const QJsonObject& data) {
    if (m_subscribing) {
        // The subscribe in flight replays everything after the store's last seq.
        return;
    }
    m_store.applyEvent(event, seq, data);
}

} // namespace jcc::console
