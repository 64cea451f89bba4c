#pragma once
// The incidents table and its timeline entries. JSON comes from the database's incident_json()
// and timeline_json(), so replies, snapshots and events share one wire form.
#include "server/store/KeysetPage.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace jcc::store {

struct IncidentLocation {
    std::string text;
    std::optional<std::string> municipality;
    std::optional<std::string> countrySide;
    std::optional<double> lat;
    std::optional<double> lon;

    bool operator==(const IncidentLocation&) const = default;
};

/// What operators describe of an incident: set by incident.create, changed by incident.update.
struct IncidentDetails {
    std::string type;
    int priority = 3;
    IncidentLocation location;
    std::string description;

    bool operator==(const IncidentDetails&) const = default;
};

struct NewIncident {
    IncidentDetails details;
    std::optional<nlohmann::json> caller;
    std::int64_t createdBy = 0;
};

/// The columns a command checks before changing an incident.
struct IncidentState {
    std::int64_t id = 0;
    std::string status;
    int version = 0;
};

/// incident.list filters; an absent one does not filter.
struct IncidentFilter {
    std::optional<std::vector<std::string>> statuses;
    std::optional<std::vector<int>> priorities;
    std::optional<std::vector<std::string>> types;
    std::optional<std::string> countrySide;
    std::optional<std::string> from; ///< created at or after, ISO 8601
    std::optional<std::string> to;   ///< created before, ISO 8601
};

/// The most possible duplicates a new incident's reply lists.
inline constexpr int kMaxDuplicates = 10;
/// The most open incidents of the type near the place that are measured to find them (read
/// nearest first from an index).
inline constexpr int kDuplicateCandidates = 200;

class IncidentRepository {
public:
    static void prepare(pqxx::connection_base& connection);

    static bool typeExists(pqxx::transaction_base& txn, const std::string& type);
    /// Inserts with the next JCC-YYYY-NNNNNN reference of the current year (Europe/Prague).
    static std::int64_t insert(pqxx::transaction_base& txn, const NewIncident& incident);
    /// Locks the row until the transaction ends (FOR NO KEY UPDATE: commands changing it wait,
    /// rows that only refer to it do not); nullopt when there is no such incident.
    static std::optional<IncidentState> lock(pqxx::transaction_base& txn, std::int64_t id);
    static nlohmann::json json(pqxx::transaction_base& txn, std::int64_t id);
    /// Replaces the described fields; bumps the version.
    static void update(pqxx::transaction_base& txn, std::int64_t id,
                       const IncidentDetails& details);
    /// Sets the status (closed and cancelled also set closed_at); bumps the version.
    static void setStatus(pqxx::transaction_base& txn, std::int64_t id, const std::string& status);
    /// Offers the incident to side `to` (a hand-over of responsibility); bumps the version.
    static void offerTransfer(pqxx::transaction_base& txn, std::int64_t id, const std::string& to,
                              std::int64_t offeredBy, const std::string& reason);
    /// Ends the pending offer: the offered side becomes responsible when `accepted`; bumps the
    /// version.
    static void settleTransfer(pqxx::transaction_base& txn, std::int64_t id, bool accepted);
    /// The incidents matching `filter` below `after`, newest first (created_at, then id): at
    /// most `limit`, read from the index incidents_created_at_id.
    static Page list(pqxx::transaction_base& txn, const IncidentFilter& filter,
                     const PageKey& after, int limit);
    /// How many incidents match `filter`.
    /// The matching incidents, counted up to kMaxCounted + 1 (KeysetPage.hpp).
    static std::int64_t count(pqxx::transaction_base& txn, const IncidentFilter& filter);
    /// The caller details (null when none were taken); nullopt when there is no such incident.
    static std::optional<nlohmann::json> caller(pqxx::transaction_base& txn, std::int64_t id);
    /// Open incidents of `type` within 500 m of (lat, lon) created in the last 30 minutes: at
    /// most kMaxDuplicates, nearest first, each as a summary (id, ref, type, priority, status,
    /// distance_m, created_at). Reads at most kDuplicateCandidates rows.
    static nlohmann::json possibleDuplicates(pqxx::transaction_base& txn, const std::string& type,
                                             double lat, double lon);
    static nlohmann::json timeline(pqxx::transaction_base& txn, std::int64_t id);
    /// Appends a timeline entry of `kind` with its `data` (an object) and `body` (a note's text,
    /// or a system entry in English); authorId 0 for none. Returns the entry's JSON.
    static nlohmann::json appendTimeline(pqxx::transaction_base& txn, std::int64_t incidentId,
                                         std::int64_t authorId, const std::string& kind,
                                         const nlohmann::json& data, const std::string& body);
    /// The nearest gazetteer place within 15 km: {"name", "country"} or null.
    static nlohmann::json nearestPlace(pqxx::transaction_base& txn, double lat, double lon);
};

} // namespace jcc::store
