#include "console/supervisor/HandoverClient.hpp"

#include "console/store/Commands.hpp"

#include <QUuid>
#include <utility>

namespace jcc::console::supervisor {

namespace {

QJsonObject withShift(const QString& shift) {
    QJsonObject fields;
    if (!shift.isEmpty()) {
        fields.insert(QLatin1String("shift"), shift);
    }
    return fields;
}

} // namespace

HandoverClient::HandoverClient(ServerConnection& connection, QObject* parent)
    : QObject(parent), m_connection(connection) {
    connect(&m_connection, &ServerConnection::pushReceived, this,
            [this](const QString& event, qint64, const QJsonObject& data) { onPush(event, data); });
}

void HandoverClient::generate(const QString& shift, Handler handler) {
    send(Op::HandoverGenerate, withShift(shift), std::move(handler));
}

void HandoverClient::get(const QString& shift, Handler handler) {
    send(Op::HandoverGet, withShift(shift), std::move(handler));
}

void HandoverClient::list(const QString& from, const QString& to, const QString& query,
                          Handler handler) {
    QJsonObject fields;
    if (!from.isEmpty()) {
        fields.insert(QLatin1String("from"), from);
    }
    if (!to.isEmpty()) {
        fields.insert(QLatin1String("to"), to);
    }
    if (!query.trimmed().isEmpty()) {
        fields.insert(QLatin1String("q"), query.trimmed());
    }
    send(Op::HandoverList, fields, std::move(handler));
}

void HandoverClient::setRemarks(const QString& shift, const QString& text, int version,
                                Handler handler) {
    QJsonObject fields = withShift(shift);
    fields.insert(QLatin1String("text"), text);
    fields.insert(QLatin1String("version"), version);
    command(Op::HandoverRemarks, fields, std::move(handler));
}

void HandoverClient::sign(const QString& shift, const QString& password, Handler handler) {
    QJsonObject fields = withShift(shift);
    fields.insert(QLatin1String("password"), password);
    command(Op::HandoverSign, fields, std::move(handler));
}

void HandoverClient::acknowledge(const QString& shift, Handler handler) {
    command(Op::HandoverAcknowledge, withShift(shift), std::move(handler));
}

void HandoverClient::exchangeStats(const QString& from, const QString& to, const QString& groupBy,
                                   Handler handler) {
    send(Op::StatsExchange,
         {{QLatin1String("from"), from},
          {QLatin1String("to"), to},
          {QLatin1String("group_by"), groupBy}},
         std::move(handler));
}

void HandoverClient::send(Op op, const QJsonObject& fields, Handler handler) {
    // The connection calls the handler once: with the reply, or with not_connected.
    m_connection.sendRequest(wireName(op), fields, std::move(handler));
}

void HandoverClient::command(Op op, QJsonObject fields, Handler handler) {
    fields.insert(QLatin1String("request_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    send(op, fields, std::move(handler));
}

void HandoverClient::plans(Handler handler) {
    send(Op::PlanList, {}, std::move(handler));
}

void HandoverClient::onPush(const QString& event, const QJsonObject& data) {
    const auto known = eventFromString(event.toStdString());
    if (!known || (*known != Event::HandoverNoted && *known != Event::HandoverRemarksUpdated &&
                   *known != Event::HandoverSigned && *known != Event::HandoverAcknowledged)) {
        return;
    }
    const QString shift = data.value(QLatin1String("shift_id")).toString();
    if (!shift.isEmpty()) {
        Q_EMIT reportChanged(shift);
    }
}

} // namespace jcc::console::supervisor
