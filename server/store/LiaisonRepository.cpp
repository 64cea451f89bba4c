#include "server/store/LiaisonRepository.hpp"

#include "server/store/KeysetPage.hpp"
#include "server/store/OptionalField.hpp"
#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

void LiaisonRepository::prepare(pqxx::connection_base& connection) {
    connection.prepare("liaison_incident_exists", "SELECT 1 FROM incidents WHERE id = $1");
    connection.prepare(
        "liaison_insert",
        "INSERT INTO liaison_requests (from_agency, to_agency, kind, incident_id, subject, body, "
        "priority, due_at, created_by, needs, suggested_unit_ids) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, now() + $8 * interval '1 second', $9, $10::jsonb, "
        "ARRAY(SELECT jsonb_array_elements_text($11::jsonb)::bigint)) RETURNING id");
    connection.prepare("liaison_lock",
                       "SELECT id, status, version, liaison_side(from_agency, to_agency, $2, $3), "
                       "kind, to_agency, incident_id, liaison_at_desk(from_agency, to_agency), "
                       "array_to_json(proposed_unit_ids)::text "
                       "FROM liaison_requests WHERE id = $1 FOR UPDATE");
    connection.prepare("liaison_pending_for",
                       "SELECT id FROM liaison_requests WHERE incident_id = $1 "
                       "AND kind = 'assistance_request' "
                       "AND status IN ('open', 'acknowledged', 'answered') "
                       "AND $2 = ANY (suggested_unit_ids) ORDER BY id LIMIT 1");
    connection.prepare("liaison_accept",
                       "UPDATE liaison_requests SET status = 'accepted', version = version + 1, "
                       "accepted_at = now(), desk_record = $2::jsonb WHERE id = $1");
    connection.prepare("liaison_propose",
                       "UPDATE liaison_requests SET status = 'answered', version = version + 1, "
                       "answered_at = coalesce(answered_at, now()), "
                       "proposed_unit_ids = ARRAY(SELECT jsonb_array_elements_text($2::jsonb)"
                       "::bigint) WHERE id = $1");
    connection.prepare("liaison_side", "SELECT liaison_side(from_agency, to_agency, $2, $3) "
                                       "FROM liaison_requests WHERE id = $1");
    connection.prepare("liaison_json",
                       "SELECT liaison_json(l)::text FROM liaison_requests l WHERE l.id = $1");
    connection.prepare(
        "liaison_set_status",
        "UPDATE liaison_requests SET status = $2, version = version + 1, "
        "acknowledged_at = CASE WHEN $2 = 'acknowledged' THEN now() ELSE acknowledged_at END, "
        "answered_at = CASE WHEN $2 = 'answered' THEN coalesce(answered_at, now()) "
        "ELSE answered_at END, "
        "closed_at = CASE WHEN $2 IN ('closed', 'rejected') THEN now() ELSE closed_at END, "
        "reject_reason = coalesce($3, reject_reason) "
        "WHERE id = $1");
    connection.prepare("liaison_reply_insert",
                       "INSERT INTO liaison_replies (request_id, author_user_id, agency, body) "
                       "VALUES ($1, $2, $3, $4)");
    // $1 statuses (JSON array) or null; $2 side or null; $3, $4 the viewer; $5 limit; $6 offset.
    connection.prepare(
        "liaison_list",
        "WITH matching AS NOT MATERIALIZED ("
        "  SELECT id, created_at FROM liaison_requests "
        "  WHERE ($1::jsonb IS NULL OR status IN (SELECT jsonb_array_elements_text($1::jsonb))) "
        "  AND ($2::text IS NULL OR liaison_side(from_agency, to_agency, $3, $4) = $2)), "
        "page AS (SELECT id FROM matching ORDER BY created_at DESC, id DESC LIMIT $5 OFFSET $6) "
        "SELECT (" +
            cappedCountSql("SELECT 1 FROM matching") +
            "), "
            "coalesce((SELECT jsonb_agg(liaison_json(l) ORDER BY l.created_at DESC, l.id DESC) "
            "FROM liaison_requests l JOIN page USING (id)), '[]')::text");
    // SKIP LOCKED: nodes running this at once each take different rows and never wait; a row a
    // command holds is taken on a later run if it is still unanswered then.
    connection.prepare("liaison_mark_overdue",
                       "WITH due AS ("
                       "  SELECT id FROM liaison_requests "
                       "  WHERE status IN ('open', 'acknowledged') AND due_at < now() "
                       "  AND overdue_notified_at IS NULL "
                       "  ORDER BY due_at, id LIMIT $1 FOR UPDATE SKIP LOCKED), "
                       "marked AS ("
                       "  UPDATE liaison_requests l SET overdue_notified_at = now() FROM due "
                       "  WHERE l.id = due.id RETURNING l.id, l.due_at, liaison_json(l) AS data) "
                       "SELECT id, data::text FROM marked ORDER BY due_at, id");
}

bool LiaisonRepository::incidentExists(pqxx::transaction_base& txn, std::int64_t id) {
    return !exec(txn, "liaison_incident_exists", id).empty();
}

std::int64_t LiaisonRepository::insert(pqxx::transaction_base& txn, const NewLiaison& request) {
    return exec1(txn, "liaison_insert", request.fromAgency, request.toAgency, request.kind,
                 request.incidentId, request.subject, request.body, request.priority,
                 request.responseSeconds, request.createdBy, request.needs.dump(),
                 nlohmann::json(request.suggestedUnitIds).dump())[0]
        .as<std::int64_t>();
}

std::optional<LiaisonState> LiaisonRepository::lock(pqxx::transaction_base& txn, std::int64_t id,
                                                    const LiaisonViewer& viewer) {
    const auto found = execOptional(txn, "liaison_lock", id, viewer.agency, viewer.country);
    if (!found) {
        return std::nullopt;
    }
    const auto& row = *found;
    return LiaisonState{row[0].as<std::int64_t>(),
                        row[1].as<std::string>(),
                        row[2].as<int>(),
                        optionalField<std::string>(row[3]),
                        row[4].as<std::string>(),
                        row[5].as<std::string>(),
                        optionalField<std::int64_t>(row[6]),
                        row[7].as<bool>(),
                        nlohmann::json::parse(row[8].c_str()).get<std::vector<std::int64_t>>()};
}

std::optional<std::int64_t> LiaisonRepository::pendingRequestFor(pqxx::transaction_base& txn,
                                                                 std::int64_t incidentId,
                                                                 std::int64_t unitId) {
    const auto row = execOptional(txn, "liaison_pending_for", incidentId, unitId);
    return row ? std::optional((*row)[0].as<std::int64_t>()) : std::nullopt;
}

void LiaisonRepository::accept(pqxx::transaction_base& txn, std::int64_t id,
                               const std::optional<nlohmann::json>& deskRecord) {
    std::optional<std::string> record;
    if (deskRecord) {
        record = deskRecord->dump();
    }
    exec(txn, "liaison_accept", id, record);
}

void LiaisonRepository::propose(pqxx::transaction_base& txn, std::int64_t id,
                                const std::vector<std::int64_t>& unitIds) {
    exec(txn, "liaison_propose", id, nlohmann::json(unitIds).dump());
}

std::optional<std::string> LiaisonRepository::side(pqxx::transaction_base& txn, std::int64_t id,
                                                   const LiaisonViewer& viewer) {
    const auto row = execOptional(txn, "liaison_side", id, viewer.agency, viewer.country);
    return row ? optionalField<std::string>((*row)[0]) : std::nullopt;
}

nlohmann::json LiaisonRepository::json(pqxx::transaction_base& txn, std::int64_t id) {
    const auto row = execOptional(txn, "liaison_json", id);
    return row ? nlohmann::json::parse((*row)[0].c_str()) : nlohmann::json();
}

void LiaisonRepository::setStatus(pqxx::transaction_base& txn, std::int64_t id,
                                  const std::string& status,
                                  const std::optional<std::string>& rejectReason) {
    exec(txn, "liaison_set_status", id, status, rejectReason);
}

void LiaisonRepository::appendReply(pqxx::transaction_base& txn, std::int64_t id,
                                    std::int64_t authorId, const std::string& agency,
                                    const std::string& body) {
    exec(txn, "liaison_reply_insert", id, authorId, agency, body);
}

LiaisonPage LiaisonRepository::list(pqxx::transaction_base& txn, const LiaisonFilter& filter,
                                    const LiaisonViewer& viewer) {
    std::optional<std::string> statuses;
    if (filter.statuses) {
        statuses = nlohmann::json(*filter.statuses).dump();
    }
    const auto row = exec1(txn, "liaison_list", statuses, filter.side, viewer.agency,
                           viewer.country, filter.limit, filter.offset);
    return {nlohmann::json::parse(row[1].c_str()), row[0].as<std::int64_t>()};
}

std::vector<OverdueLiaison> LiaisonRepository::markOverdue(pqxx::transaction_base& txn, int limit) {
    const auto rows = exec(txn, "liaison_mark_overdue", limit);
    std::vector<OverdueLiaison> overdue;
    overdue.reserve(rows.size());
    for (const auto& row : rows) {
        overdue.push_back({row[0].as<std::int64_t>(), nlohmann::json::parse(row[1].c_str())});
    }
    return overdue;
}

} // namespace jcc::store
