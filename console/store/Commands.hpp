#pragma once
// The one way widgets change anything on the server (docs/design.md, decision 5). Every command
// gets a client-made request_id and waits in an outbox until the server answers it: sent at once
// when logged in, otherwise queued (kept in the settings per user, so a restart keeps them) and
// sent with its original request_id after the next login or resume. The server answers a repeated
// request_id with the first result, so a command is applied once however often it is sent.
#include "common/Catalogue.hpp"
#include "console/Reply.hpp"
#include "console/store/WireName.hpp"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>

namespace jcc::console {

class ServerConnection;

/// A command not yet answered by the server.
struct PendingCommand {
    QString requestId;
    QString op;
    QJsonObject fields;
    QDateTime createdAt; ///< UTC
    bool inFlight = false;
    bool keptInSettings = true; ///< false for a command carrying a secret (Commands::Keep)
};

class Commands : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const Reply&)>;

    /// `connection` must outlive this object.
    explicit Commands(ServerConnection& connection, QObject* parent = nullptr);

    /// Where a queued command waits: in the settings, so that a restart keeps it, or only in
    /// memory, for a command that carries a secret (handover.sign's password).
    enum class Keep { InSettings, InMemoryOnly };

    /// Queues `op` with `fields` and a new request_id, sends it when possible; returns the
    /// request_id. `handler` gets the reply (only in this run of the console).
    QString send(Op op, const QJsonObject& fields, Handler handler = {},
                 Keep keep = Keep::InSettings);
    /// A read (incident.get, place.search, unit.recommend, …): sent now, never queued. `handler`
    /// is called once: with the reply, or with ErrorCode::NotConnected when offline (at once) or
    /// when the connection breaks before the reply.
    void query(Op op, const QJsonObject& fields, Handler handler);

    QString createIncident(const QJsonObject& fields, Handler handler = {});
    QString updateIncident(qint64 incidentId, qint64 version, const QJsonObject& changes,
                           Handler handler = {});
    QString addNote(qint64 incidentId, const QString& text, Handler handler = {});
    QString closeIncident(qint64 incidentId, qint64 version, Handler handler = {});
    QString cancelIncident(qint64 incidentId, qint64 version, const QString& reason,
                           Handler handler = {});
    /// A step of handing the responsibility for an incident to the other side.
    enum class Transfer { Offer, Accept, Decline };
    /// incident.transfer_offer, _accept or _decline; `reason` is needed to offer and decline.
    QString transferIncident(Transfer step, qint64 incidentId, qint64 version,
                             const QString& reason = {}, Handler handler = {});
    QString assign(qint64 incidentId, qint64 unitId, Handler handler = {});
    QString setAssignmentStatus(qint64 assignmentId, const QString& status, Handler handler = {});
    QString setUnitStatus(qint64 unitId, qint64 version, const QString& status,
                          const QString& reason = {}, Handler handler = {});
    QString createLiaison(const QJsonObject& fields, Handler handler = {});
    QString acknowledgeLiaison(qint64 liaisonId, qint64 version, Handler handler = {});
    /// liaison.accept: sends `unitIds` for an assistance request; `deskContact`, when not empty,
    /// records who accepted by telephone (a request to an agency without users in the centre).
    QString acceptLiaison(qint64 liaisonId, qint64 version, const QList<qint64>& unitIds,
                          const QString& deskContact, Handler handler = {});
    /// liaison.propose: offers `unitIds` instead of what an assistance request suggested.
    QString proposeLiaison(qint64 liaisonId, qint64 version, const QList<qint64>& unitIds,
                           Handler handler = {});
    QString replyLiaison(qint64 liaisonId, const QString& body, Handler handler = {});
    QString closeLiaison(qint64 liaisonId, qint64 version, Handler handler = {});
    QString rejectLiaison(qint64 liaisonId, qint64 version, const QString& reason,
                          Handler handler = {});

    /// Whether commands go to the server now (logged in), rather than into the queue.
    bool online() const;
    /// Commands waiting for an answer, oldest first.
    const QList<PendingCommand>& pending() const { return m_pending; }
    /// Commands not yet sent on the current connection (the "N pending" of the status bar).
    int queuedCount() const;

Q_SIGNALS:
    /// Commands now go to the server at once (`online`), or wait in the outbox.
    void onlineChanged(bool online);
    /// The outbox changed: `queued` commands wait for a connection.
    void queueChanged(int queued);
    /// The server answered the command (ok or a final error).
    void finished(const QString& requestId, const jcc::console::Reply& reply);
    /// A command the server refused for good (conflict, invalid_transition, …).
    void failed(const jcc::console::PendingCommand& command,
                const jcc::console::ServerError& error);

private:
    void flush();
    void sendOne(PendingCommand& command);
    void onReply(const QString& requestId, const Reply& reply);
    void onLoggedIn();
    void onConnectionDown();
    QString settingsKey() const;
    void save() const;
    void load();

    ServerConnection& m_connection;
    QList<PendingCommand> m_pending;
    QHash<QString, Handler> m_handlers;
    QString m_user; ///< whose outbox this is
    QTimer m_retry; ///< after a transient error (unavailable, rate_limited, shutting_down)
};

} // namespace jcc::console

Q_DECLARE_METATYPE(jcc::console::PendingCommand)
