#pragma once
// The liaison_requests table and its replies. JSON comes from the database's liaison_json(), so
// replies, snapshots and events share one wire form; which side of a request a user acts for
// comes from liaison_side().
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

struct NewLiaison {
    std::string fromAgency;
    std::string toAgency;
    std::string kind;
    std::optional<std::int64_t> incidentId;
    std::string subject;
    std::string body;
    int priority = 3;
    std::int64_t responseSeconds = 0; ///< due time = creation time + this
    std::int64_t createdBy = 0;
    /// An assistance request's wants: [{"unit_type": "fire_engine", "count": 1}, ...].
    nlohmann::json needs = nlohmann::json::array();
    std::vector<std::int64_t> suggestedUnitIds;
};

/// The columns a command checks before changing a request, and the acting user's side of it.
struct LiaisonState {
    std::int64_t id = 0;
    std::string status;
    int version = 0;
    std::optional<std::string> side; ///< "requesting", "receiving" or none
    std::string kind;
    std::string toAgency;
    std::optional<std::int64_t> incidentId;
    /// No one in the centre receives it: the requesting side records the telephone outcome.
    bool atDesk = false;
    std::vector<std::int64_t> proposedUnitIds;
};

/// Who asks, for liaison_side(): the user's agency and country.
struct LiaisonViewer {
    std::string agency;
    std::string country;
};

struct LiaisonFilter {
    std::optional<std::vector<std::string>> statuses;
    std::optional<std::string> side; ///< "requesting" or "receiving"
    int limit = 50;
    int offset = 0;
};

struct LiaisonPage {
    nlohmann::json requests; ///< array of liaison_json, newest first
    std::int64_t total = 0;  ///< how many match the filter, counted up to kMaxCounted + 1
};

/// A request marked overdue: its id and its JSON afterwards.
struct OverdueLiaison {
    std::int64_t id = 0;
    nlohmann::json request;
};

class LiaisonRepository {
public:
    static void prepare(pqxx::connection_base& connection);

    static bool incidentExists(pqxx::transaction_base& txn, std::int64_t id);
    static std::int64_t insert(pqxx::transaction_base& txn, const NewLiaison& request);
    /// Locks the row until the transaction ends; nullopt when there is no such request.
    static std::optional<LiaisonState> lock(pqxx::transaction_base& txn, std::int64_t id,
                                            const LiaisonViewer& viewer);
    /// The viewer's side of a request, without locking; nullopt for neither side.
    static std::optional<std::string> side(pqxx::transaction_base& txn, std::int64_t id,
                                           const LiaisonViewer& viewer);
    /// Null when there is no such request.
    static nlohmann::json json(pqxx::transaction_base& txn, std::int64_t id);
    /// Sets the status (it may stay the same), stamps acknowledged_at, answered_at (first time)
    /// or closed_at (closed and rejected) to match, keeps a rejection's reason, bumps the version.
    static void setStatus(pqxx::transaction_base& txn, std::int64_t id, const std::string& status,
                          const std::optional<std::string>& rejectReason = std::nullopt);
    /// A pending assistance request (open, acknowledged or answered) about `incidentId` that
    /// suggests `unitId`; nullopt when there is none.
    static std::optional<std::int64_t>
    pendingRequestFor(pqxx::transaction_base& txn, std::int64_t incidentId, std::int64_t unitId);
    /// Marks an assistance request accepted (accepted_at, a desk's record of the call).
    static void accept(pqxx::transaction_base& txn, std::int64_t id,
                       const std::optional<nlohmann::json>& deskRecord);
    /// Records the units the receiving side offers instead and marks the request answered.
    static void propose(pqxx::transaction_base& txn, std::int64_t id,
                        const std::vector<std::int64_t>& unitIds);
    static void appendReply(pqxx::transaction_base& txn, std::int64_t id, std::int64_t authorId,
                            const std::string& agency, const std::string& body);
    static LiaisonPage list(pqxx::transaction_base& txn, const LiaisonFilter& filter,
                            const LiaisonViewer& viewer);
    /// Stamps overdue_notified_at on at most `limit` open or acknowledged requests past their due
    /// time and not stamped before, skipping rows other transactions hold; oldest due first.
    static std::vector<OverdueLiaison> markOverdue(pqxx::transaction_base& txn, int limit);
};

} // namespace jcc::store
