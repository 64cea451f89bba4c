#pragma once
// The events table: every committed change with a gap-free seq in commit order (docs/design.md,
// decision 2). Appending locks the single event_counter row until the transaction ends, so
// writers on every node take seqs in the order they commit. A writing transaction takes that lock
// first (lockSequence), before any other row, so writers never wait for each other in a cycle.
#include <chrono>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

/// NOTIFY channel; the payload is the new last seq.
inline constexpr const char* kEventChannel = "jcc_events";

struct StoredEvent {
    std::int64_t seq = 0;
    std::string event;
    std::string dataJson; ///< the entity as it was after the change, JSON text
};

class EventLog {
public:
    static void prepare(pqxx::connection_base& connection);

    /// Locks the event_counter row until the transaction ends; the first thing a writer does.
    static void lockSequence(pqxx::transaction_base& txn);
    /// Appends an event inside the caller's transaction; returns its seq.
    static std::int64_t append(pqxx::transaction_base& txn, const std::string& event,
                               const std::string& entity, std::int64_t entityId,
                               const nlohmann::json& data);
    /// Wakes every node at commit (NOTIFY jcc_events); once per transaction that appended.
    static void notify(pqxx::transaction_base& txn, std::int64_t lastSeq);
    /// Events with seq > afterSeq, in order, at most `limit`.
    static std::vector<StoredEvent> readAfter(pqxx::transaction_base& txn, std::int64_t afterSeq,
                                              std::size_t limit);
    /// The seq of the last committed event (0 when none).
    static std::int64_t lastSeq(pqxx::transaction_base& txn);
    /// The smallest seq still retained (lastSeq + 1 when the log is empty).
    static std::int64_t firstRetainedSeq(pqxx::transaction_base& txn);
    /// Deletes events older than `retention`, keeping the last one; returns how many.
    static long prune(pqxx::transaction_base& txn, std::chrono::seconds retention);
    /// The push frame of an event: {"event": ..., "seq": N, "data": {...}}.
    static std::string pushText(const StoredEvent& event);
};

} // namespace jcc::store
