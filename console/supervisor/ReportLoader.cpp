#include "console/supervisor/ReportLoader.hpp"

#include "console/supervisor/HandoverClient.hpp"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPointer>

namespace jcc::console::supervisor {

namespace {

LoadedReport failed(const Reply& reply) {
    LoadedReport loaded;
    loaded.error = reply.error;
    return loaded;
}

/// A signed report from handover.get's reply: the snapshot parsed, its digest recomputed.
LoadedReport fromSnapshot(const QJsonObject& result) {
    LoadedReport loaded;
    loaded.handover = result.value(QLatin1String("handover")).toObject();
    const QByteArray snapshot = result.value(QLatin1String("snapshot")).toString().toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(snapshot, &parseError);
    if (!document.isObject()) {
        // The server sent something it cannot have signed: an internal error, named here.
        loaded.error = {QString::fromLatin1(toString(ErrorCode::Internal)),
                        QStringLiteral("the signed snapshot is not a JSON object: %1")
                            .arg(parseError.errorString()),
                        QStringLiteral("snapshot"),
                        {}};
        return loaded;
    }
    loaded.report = document.object();
    loaded.digestVerified =
        QCryptographicHash::hash(snapshot, QCryptographicHash::Sha256).toHex() ==
        loaded.handover.value(QLatin1String("digest")).toString().toLatin1();
    loaded.ok = true;
    return loaded;
}

void generate(HandoverClient& client, const QString& shift, QPointer<QObject> context,
              ReportLoader::Done done) {
    client.generate(shift, [&client, context, done](const Reply& reply) {
        if (context.isNull()) {
            return;
        }
        if (!reply.ok) {
            return done(failed(reply));
        }
        LoadedReport loaded;
        loaded.handover = reply.result.value(QLatin1String("handover")).toObject();
        loaded.report = reply.result.value(QLatin1String("report")).toObject();
        loaded.ok = true;
        if (!loaded.handover.value(QLatin1String("signed")).toBool()) {
            return done(loaded);
        }
        // Signed meanwhile (or the current shift was signed already): show the snapshot with
        // its digest checked.
        const QString id = loaded.handover.value(QLatin1String("shift_id")).toString();
        client.get(id, [context, done](const Reply& got) {
            if (context.isNull()) {
                return;
            }
            done(got.ok ? fromSnapshot(got.result) : failed(got));
        });
    });
}

} // namespace

void ReportLoader::load(HandoverClient& client, const QString& shift, QObject* context, Done done) {
    QPointer<QObject> guard(context);
    if (shift.isEmpty()) {
        return generate(client, shift, guard, std::move(done));
    }
    client.get(shift, [&client, shift, guard, done](const Reply& reply) {
        if (guard.isNull()) {
            return;
        }
        if (!reply.ok) {
            return done(failed(reply));
        }
        if (reply.result.value(QLatin1String("snapshot")).isString()) {
            return done(fromSnapshot(reply.result));
        }
        generate(client, shift, guard, done);
    });
}

} // namespace jcc::console::supervisor
