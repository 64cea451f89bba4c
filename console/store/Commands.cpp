#include "console/store/Commands.hpp"

#include "console/ServerConnection.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUuid>

namespace jcc::console {

namespace {

// At most this many commands wait for replies at once (the server accepts 64 waiting requests).
constexpr int kMaxInFlight = 16;
constexpr int kRetryMs = 1'000;

bool isTransient(const ServerError& error) {
    return error.is(ErrorCode::Unavailable) || error.is(ErrorCode::ShuttingDown) ||
           error.is(ErrorCode::RateLimited);
}

QJsonObject withId(const char* name, qint64 id, QJsonObject fields = {}) {
    fields.insert(QLatin1String(name), id);
    return fields;
}

} // namespace

Commands::Commands(ServerConnection& connection, QObject* parent)
    : QObject(parent), m_connection(connection) {
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &Commands::flush);
    connect(&m_connection, &ServerConnection::loggedIn, this, &Commands::onLoggedIn);
    connect(&m_connection, &ServerConnection::resumed, this, &Commands::flush);
    connect(&m_connection, &ServerConnection::stateChanged, this,
            [this](ServerConnection::State state) {
                const bool online = state == ServerConnection::State::LoggedIn;
                if (!online) {
                    onConnectionDown();
                }
                Q_EMIT onlineChanged(online);
            });
}

QString Commands::send(Op op, const QJsonObject& fields, Handler handler, Keep keep) {
    Q_ASSERT(kindOf(op) == OpKind::Command);
    PendingCommand command;
    command.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.op = wireName(op);
    command.fields = fields;
    command.createdAt = QDateTime::currentDateTimeUtc();
    command.keptInSettings = keep == Keep::InSettings;
    if (handler) {
        m_handlers.insert(command.requestId, std::move(handler));
    }
    m_pending.append(command);
    save();
    flush();
    Q_EMIT queueChanged(queuedCount());
    return command.requestId;
}

void Commands::query(Op op, const QJsonObject& fields, Handler handler) {
    Q_ASSERT(kindOf(op) == OpKind::Read);
    if (m_connection.state() != ServerConnection::State::LoggedIn) {
        handler(Reply::notConnected(wireName(op)));
        return;
    }
    // Without an open socket sendRequest answers the handler itself.
    m_connection.sendRequest(wireName(op), fields, std::move(handler));
}

bool Commands::online() const {
    return m_connection.state() == ServerConnection::State::LoggedIn;
}

int Commands::queuedCount() const {
    return static_cast<int>(std::count_if(m_pending.begin(), m_pending.end(),
                                          [](const PendingCommand& c) { return !c.inFlight; }));
}

void Commands::flush() {
    if (m_connection.state() != ServerConnection::State::LoggedIn) {
        return;
    }
    int inFlight = static_cast<int>(m_pending.size()) - queuedCount();
    for (PendingCommand& command : m_pending) {
        if (inFlight >= kMaxInFlight) {
            break;
        }
        if (!command.inFlight) {
            sendOne(command);
            ++inFlight;
        }
    }
    Q_EMIT queueChanged(queuedCount());
}

void Commands::sendOne(PendingCommand& command) {
    QJsonObject fields = command.fields;
    fields.insert(QLatin1String("request_id"), command.requestId);
    const QString requestId = command.requestId;
    const qint64 id = m_connection.sendRequest(
        command.op, fields, [this, requestId](const Reply& reply) { onReply(requestId, reply); });
    command.inFlight = id != 0;
}

void Commands::onReply(const QString& requestId, const Reply& reply) {
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [&](const PendingCommand& c) { return c.requestId == requestId; });
    if (it == m_pending.end()) {
        return;
    }
    if (!reply.ok && reply.error.is(ErrorCode::NotConnected)) {
        // Not sent, or its connection broke first: it goes again, with the same request_id,
        // after the next login or resume.
        it->inFlight = false;
        Q_EMIT queueChanged(queuedCount());
        return;
    }
    if (!reply.ok && isTransient(reply.error)) {
        qWarning("%s %s: %s; retrying", qPrintable(it->op), qPrintable(requestId),
                 qPrintable(reply.error.message));
        it->inFlight = false;
        m_retry.start();
        Q_EMIT queueChanged(queuedCount());
        return;
    }
    const PendingCommand command = *it;
    m_pending.erase(it);
    save();
    if (const Handler handler = m_handlers.take(requestId)) {
        handler(reply);
    }
    if (!reply.ok) {
        qWarning("%s %s refused: %s (%s)", qPrintable(command.op), qPrintable(requestId),
                 qPrintable(reply.error.message), qPrintable(reply.error.code));
        Q_EMIT failed(command, reply.error);
    }
    Q_EMIT finished(requestId, reply);
    flush();
}

void Commands::onLoggedIn() {
    const QString user = m_connection.user().username;
    if (user != m_user) {
        // Another user's commands stay in their outbox until they log in again.
        m_pending.clear();
        m_handlers.clear();
        m_user = user;
        load();
    }
    flush();
}

void Commands::onConnectionDown() {
    // Replies to commands in flight are lost with the connection; they go again with the same
    // request_id, and the server answers a repeat with the first result.
    for (PendingCommand& command : m_pending) {
        command.inFlight = false;
    }
    m_retry.stop();
    Q_EMIT queueChanged(queuedCount());
}

QString Commands::settingsKey() const {
    return QStringLiteral("outbox/") + m_user;
}

void Commands::save() const {
    if (m_user.isEmpty()) {
        return;
    }
    QJsonArray entries;
    for (const PendingCommand& command : m_pending) {
        if (!command.keptInSettings) {
            continue;
        }
        entries.append(QJsonObject{
            {QLatin1String("request_id"), command.requestId},
            {QLatin1String("op"), command.op},
            {QLatin1String("fields"), command.fields},
            {QLatin1String("created_at"), command.createdAt.toString(Qt::ISODateWithMs)}});
    }
    QSettings settings;
    if (entries.isEmpty()) {
        settings.remove(settingsKey());
    } else {
        settings.setValue(settingsKey(),
                          QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact)));
    }
}

void Commands::load() {
    const QByteArray saved = QSettings().value(settingsKey()).toString().toUtf8();
    for (const QJsonValue& entry : QJsonDocument::fromJson(saved).array()) {
        PendingCommand command;
        command.requestId = entry[QLatin1String("request_id")].toString();
        command.op = entry[QLatin1String("op")].toString();
        command.fields = entry[QLatin1String("fields")].toObject();
        command.createdAt =
            QDateTime::fromString(entry[QLatin1String("created_at")].toString(), Qt::ISODateWithMs);
        if (!command.requestId.isEmpty() && !command.op.isEmpty()) {
            m_pending.append(command);
        }
    }
    if (!m_pending.isEmpty()) {
        qInfo("outbox of %s: %lld commands from an earlier run", qPrintable(m_user),
              static_cast<long long>(m_pending.size()));
    }
}

QString Commands::createIncident(const QJsonObject& fields, Handler handler) {
    return send(Op::IncidentCreate, fields, std::move(handler));
}

QString Commands::updateIncident(qint64 incidentId, qint64 version, const QJsonObject& changes,
                                 Handler handler) {
    return send(Op::IncidentUpdate,
                withId("incident_id", incidentId,
                       {{QLatin1String("version"), version}, {QLatin1String("changes"), changes}}),
                std::move(handler));
}

QString Commands::addNote(qint64 incidentId, const QString& text, Handler handler) {
    return send(Op::IncidentNote,
                withId("incident_id", incidentId, {{QLatin1String("text"), text}}),
                std::move(handler));
}

QString Commands::closeIncident(qint64 incidentId, qint64 version, Handler handler) {
    return send(Op::IncidentClose,
                withId("incident_id", incidentId, {{QLatin1String("version"), version}}),
                std::move(handler));
}

QString Commands::cancelIncident(qint64 incidentId, qint64 version, const QString& reason,
                                 Handler handler) {
    return send(Op::IncidentCancel,
                withId("incident_id", incidentId,
                       {{QLatin1String("version"), version}, {QLatin1String("reason"), reason}}),
                std::move(handler));
}

QString Commands::transferIncident(Transfer step, qint64 incidentId, qint64 version,
                                   const QString& reason, Handler handler) {
    QJsonObject fields{{QLatin1String("version"), version}};
    if (step != Transfer::Accept) {
        fields.insert(QLatin1String("reason"), reason);
    }
    const Op op = step == Transfer::Offer    ? Op::IncidentTransferOffer
                  : step == Transfer::Accept ? Op::IncidentTransferAccept
                                             : Op::IncidentTransferDecline;
    return send(op, withId("incident_id", incidentId, fields), std::move(handler));
}

QString Commands::assign(qint64 incidentId, qint64 unitId, Handler handler) {
    return send(Op::AssignmentCreate,
                withId("incident_id", incidentId, {{QLatin1String("unit_id"), unitId}}),
                std::move(handler));
}

QString Commands::setAssignmentStatus(qint64 assignmentId, const QString& status, Handler handler) {
    return send(Op::AssignmentSetStatus,
                withId("assignment_id", assignmentId, {{QLatin1String("status"), status}}),
                std::move(handler));
}

QString Commands::setUnitStatus(qint64 unitId, qint64 version, const QString& status,
                                const QString& reason, Handler handler) {
    QJsonObject fields{{QLatin1String("version"), version}, {QLatin1String("status"), status}};
    if (!reason.isEmpty()) {
        fields.insert(QLatin1String("reason"), reason);
    }
    return send(Op::UnitSetStatus, withId("unit_id", unitId, fields), std::move(handler));
}

QString Commands::createLiaison(const QJsonObject& fields, Handler handler) {
    return send(Op::LiaisonCreate, fields, std::move(handler));
}

QString Commands::acknowledgeLiaison(qint64 liaisonId, qint64 version, Handler handler) {
    return send(Op::LiaisonAck,
                withId("liaison_id", liaisonId, {{QLatin1String("version"), version}}),
                std::move(handler));
}

QString Commands::replyLiaison(qint64 liaisonId, const QString& body, Handler handler) {
    return send(Op::LiaisonReply, withId("liaison_id", liaisonId, {{QLatin1String("body"), body}}),
                std::move(handler));
}

namespace {
QJsonArray idArray(const QList<qint64>& ids) {
    QJsonArray array;
    for (const qint64 id : ids) {
        array.append(id);
    }
    return array;
}
} // namespace

QString Commands::proposeLiaison(qint64 liaisonId, qint64 version, const QList<qint64>& unitIds,
                                 Handler handler) {
    return send(Op::LiaisonPropose,
                withId("liaison_id", liaisonId,
                       {{QLatin1String("version"), version},
                        {QLatin1String("unit_ids"), idArray(unitIds)}}),
                std::move(handler));
}

QString Commands::acceptLiaison(qint64 liaisonId, qint64 version, const QList<qint64>& unitIds,
                                const QString& deskContact, Handler handler) {
    QJsonObject fields{{QLatin1String("version"), version},
                       {QLatin1String("unit_ids"), idArray(unitIds)}};
    if (!deskContact.isEmpty()) {
        fields[QLatin1String("desk")] = QJsonObject{{QLatin1String("contact"), deskContact}};
    }
    return send(Op::LiaisonAccept, withId("liaison_id", liaisonId, fields), std::move(handler));
}

QString Commands::closeLiaison(qint64 liaisonId, qint64 version, Handler handler) {
    return send(Op::LiaisonClose,
                withId("liaison_id", liaisonId, {{QLatin1String("version"), version}}),
                std::move(handler));
}

QString Commands::rejectLiaison(qint64 liaisonId, qint64 version, const QString& reason,
                                Handler handler) {
    return send(Op::LiaisonReject,
                withId("liaison_id", liaisonId,
                       {{QLatin1String("version"), version}, {QLatin1String("reason"), reason}}),
                std::move(handler));
}

} // namespace jcc::console
