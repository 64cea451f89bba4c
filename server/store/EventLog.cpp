#include "server/store/EventLog.hpp"

#include "server/store/Statement.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

namespace jcc::store {

void EventLog::prepare(pqxx::connection_base& connection) {
    connection.prepare("event_lock_sequence", "SELECT last_seq FROM event_counter FOR UPDATE");
    // The next seq and the event in one round trip.
    connection.prepare("event_append",
                       "WITH next AS (UPDATE event_counter SET last_seq = last_seq + 1 "
                       "RETURNING last_seq) "
                       "INSERT INTO events (seq, event, entity, entity_id, data) "
                       "SELECT last_seq, $1, $2, $3, $4::jsonb FROM next RETURNING seq");
    connection.prepare("event_notify", "SELECT pg_notify('jcc_events', $1::text)");
    connection.prepare("event_read_after",
                       "SELECT seq, event, data::text FROM events WHERE seq > $1 "
                       "ORDER BY seq LIMIT $2");
    connection.prepare("event_last_seq", "SELECT last_seq FROM event_counter");
    connection.prepare("event_first_retained",
                       "SELECT coalesce(min(seq), (SELECT last_seq + 1 FROM event_counter)) "
                       "FROM events");
    connection.prepare("event_prune",
                       "DELETE FROM events WHERE at < now() - make_interval(secs => $1) "
                       "AND seq < (SELECT last_seq FROM event_counter)");
}

void EventLog::lockSequence(pqxx::transaction_base& txn) {
    exec(txn, "event_lock_sequence");
}

std::int64_t EventLog::append(pqxx::transaction_base& txn, const std::string& event,
                              const std::string& entity, std::int64_t entityId,
                              const nlohmann::json& data) {
    return exec1(txn, "event_append", event, entity, entityId, data.dump())[0].as<std::int64_t>();
}

void EventLog::notify(pqxx::transaction_base& txn, std::int64_t lastSeq) {
    exec(txn, "event_notify", lastSeq);
}

std::vector<StoredEvent> EventLog::readAfter(pqxx::transaction_base& txn, std::int64_t afterSeq,
                                             std::size_t limit) {
    std::vector<StoredEvent> events;
    const auto rows = exec(txn, "event_read_after", afterSeq, static_cast<long>(limit));
    events.reserve(rows.size());
    for (const auto& row : rows) {
        events.push_back(
            {row[0].as<std::int64_t>(), row[1].as<std::string>(), row[2].as<std::string>()});
    }
    return events;
}

std::int64_t EventLog::lastSeq(pqxx::transaction_base& txn) {
    return exec1(txn, "event_last_seq")[0].as<std::int64_t>();
}

std::int64_t EventLog::firstRetainedSeq(pqxx::transaction_base& txn) {
    return exec1(txn, "event_first_retained")[0].as<std::int64_t>();
}

long EventLog::prune(pqxx::transaction_base& txn, std::chrono::seconds retention) {
    return static_cast<long>(
        exec(txn, "event_prune", static_cast<double>(retention.count())).affected_rows());
}

std::string EventLog::pushText(const StoredEvent& event) {
    // Event names are fixed ASCII identifiers and the data is already JSON: splice, don't parse.
    std::string text;
    text.reserve(event.dataJson.size() + event.event.size() + 48);
    text += R"({"event":")";
    text += event.event;
    text += R"(","seq":)";
    text += std::to_string(event.seq);
    text += R"(,"data":)";
    text += event.dataJson;
    text += '}';
    return text;
}

} // namespace jcc::store
