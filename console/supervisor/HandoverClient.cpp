#include "console/supervisor/HandoverClient.hpp"

#include "console/store/Commands.hpp"
#include "console/store/Store.hpp"

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

HandoverClient::HandoverClient(Commands& commands, Store& store, UserInfo user, QObject* parent)
    : QObject(parent), m_commands(commands), m_user(std::move(user)) {
    connect(&store, &Store::eventApplied, this,
            [this](Event event, qint64, const QJsonObject& data) { onEvent(event, data); });
    connect(&m_commands, &Commands::onlineChanged, this, &HandoverClient::onlineChanged);
}

bool HandoverClient::online() const {
    return m_commands.online();
}

void HandoverClient::generate(const QString& shift, Handler handler) {
    read(Op::HandoverGenerate, withShift(shift), std::move(handler));
}

void HandoverClient::get(const QString& shift, Handler handler) {
    read(Op::HandoverGet, withShift(shift), std::move(handler));
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
    read(Op::HandoverList, fields, std::move(handler));
}

void HandoverClient::setRemarks(const QString& shift, const QString& text, int version,
                                Handler handler) {
    QJsonObject fields = withShift(shift);
    fields.insert(QLatin1String("text"), text);
    fields.insert(QLatin1String("version"), version);
    m_commands.send(Op::HandoverRemarks, fields, std::move(handler));
}

void HandoverClient::sign(const QString& shift, const QString& password, Handler handler) {
    QJsonObject fields = withShift(shift);
    fields.insert(QLatin1String("password"), password);
    m_commands.send(Op::HandoverSign, fields, std::move(handler), Commands::Keep::InMemoryOnly);
}

void HandoverClient::acknowledge(const QString& shift, Handler handler) {
    m_commands.send(Op::HandoverAcknowledge, withShift(shift), std::move(handler));
}

void HandoverClient::exchangeStats(const QString& from, const QString& to, const QString& groupBy,
                                   Handler handler) {
    read(Op::StatsExchange,
         {{QLatin1String("from"), from},
          {QLatin1String("to"), to},
          {QLatin1String("group_by"), groupBy}},
         std::move(handler));
}

void HandoverClient::read(Op op, const QJsonObject& fields, Handler handler) {
    m_commands.query(op, fields, std::move(handler));
}

void HandoverClient::plans(Handler handler) {
    read(Op::PlanList, {}, std::move(handler));
}

void HandoverClient::onEvent(Event event, const QJsonObject& data) {
    if (event != Event::HandoverNoted && event != Event::HandoverRemarksUpdated &&
        event != Event::HandoverSigned && event != Event::HandoverAcknowledged) {
        return;
    }
    const QString shift = data.value(QLatin1String("shift_id")).toString();
    if (!shift.isEmpty()) {
        Q_EMIT reportChanged(shift);
    }
}

} // namespace jcc::console::supervisor
