#pragma once
// Shifts and their handover reports: which shift an instant falls in and when a shift starts and
// ends (PostgreSQL's time zone arithmetic, db/migrations/0004), the handover_reports and
// handover_notes tables, and the report of a shift built from the record.
#include "common/ShiftSchedule.hpp"
#include "server/store/KeysetPage.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

/// One shift of a schedule, with its times as ISO 8601 UTC and in local time.
struct ShiftPeriod {
    std::string id;         ///< "2026-03-28N"
    std::string startsAt;   ///< "2026-03-28T17:00:00.000Z"
    std::string endsAt;     ///< "2026-03-29T04:00:00.000Z"
    std::string localStart; ///< "2026-03-28T18:00:00+01:00"
    std::string localEnd;   ///< "2026-03-29T06:00:00+02:00"
    std::int64_t durationSeconds = 0;
    bool started = false; ///< starts_at <= now
    bool ended = false;   ///< ends_at <= now
};

/// The columns a command checks before changing a report.
struct HandoverState {
    std::int64_t id = 0;
    int version = 0;
    std::optional<std::int64_t> signedBy;
    bool acknowledged = false;
};

/// A report's signed form.
struct SignedHandover {
    std::string snapshot; ///< JSON text, exactly what the digest covers
    std::string digest;   ///< hex SHA-256 of snapshot
};

/// handover.list filters: reports whose shift starts on local dates `from`..`to` of `zone`
/// (inclusive, "YYYY-MM-DD", either may be absent) and whose remarks or notes contain `query`
/// (ignoring case and diacritics).
struct HandoverFilter {
    std::string zone;
    std::optional<std::string> from{};
    std::optional<std::string> to{};
    std::optional<std::string> query{};
};

class HandoverRepository {
public:
    static void prepare(pqxx::connection_base& connection);

    /// The shift of `schedule` that the current time falls in.
    static std::string currentShiftId(pqxx::transaction_base& txn, const ShiftSchedule& schedule);
    static ShiftPeriod period(pqxx::transaction_base& txn, const ShiftSchedule& schedule,
                              const ShiftRef& shift);

    /// Creates the report row of `shift` when there is none, then locks it until the
    /// transaction ends.
    static HandoverState lockOrCreate(pqxx::transaction_base& txn, const ShiftPeriod& shift);
    /// handover_json of the report, or for a shift without one the same shape with version 0.
    static nlohmann::json json(pqxx::transaction_base& txn, const ShiftPeriod& shift);
    /// Appends a handover note; returns it (handover_note_json).
    static nlohmann::json addNote(pqxx::transaction_base& txn, std::int64_t reportId,
                                  std::int64_t authorId, const std::string& text);
    static void setRemarks(pqxx::transaction_base& txn, std::int64_t reportId,
                           std::int64_t authorId, const std::string& text);
    static void sign(pqxx::transaction_base& txn, std::int64_t reportId, std::int64_t signerId,
                     const SignedHandover& signature);
    static void acknowledge(pqxx::transaction_base& txn, std::int64_t reportId,
                            std::int64_t userId);
    /// The signed form of a shift's report; nullopt while it is not signed.
    static std::optional<SignedHandover> signature(pqxx::transaction_base& txn,
                                                   const std::string& shiftId);
    /// Reports whose shift starts below `after` (starts_at, then id) and matches `filter`, newest
    /// shift first: at most `limit`, read from the index handover_reports_starts_at_id.
    static Page list(pqxx::transaction_base& txn, const HandoverFilter& filter,
                     const PageKey& after, int limit);
    /// How many reports match `filter`.
    /// The matching reports, counted up to kMaxCounted + 1 (KeysetPage.hpp).
    static std::int64_t count(pqxx::transaction_base& txn, const HandoverFilter& filter);

    /// An ISO 8601 time as local time in `zone` for people: "2026-03-10 09:12".
    static std::string localTime(pqxx::transaction_base& txn, const std::string& isoUtc,
                                 const std::string& zone);

    /// The report of `shift` as its record stands now, in `language` ("cs", "sk" or "en"), with
    /// the figures counted up to min(now, end of shift); docs/protocol.md gives its shape.
    static nlohmann::json buildReport(pqxx::transaction_base& txn, const ShiftPeriod& shift,
                                      const std::string& zone, const std::string& language);
};

} // namespace jcc::store
