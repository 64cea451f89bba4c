#include "server/store/HandoverRepository.hpp"

#include "common/HandoverLabels.hpp"
#include "common/User.hpp"
#include "server/store/Statement.hpp"

#include <pqxx/pqxx>

namespace jcc::store {

namespace {

nlohmann::json parsed(const pqxx::field& field) {
    return nlohmann::json::parse(field.c_str());
}

/// The handover.list filters on handover_reports h: $1 zone; $2, $3 first and last local start
/// date or null; $4 search text or null. The dates bound starts_at itself, so that the index
/// handover_reports_starts_at_id serves them.
constexpr const char* kHandoverFilter =
    "($2::date IS NULL OR h.starts_at >= ($2::date::timestamp AT TIME ZONE $1))"
    " AND ($3::date IS NULL OR h.starts_at < (($3::date + 1)::timestamp AT TIME ZONE $1))"
    " AND ($4::text IS NULL OR strpos(search_key(h.remarks), search_key($4)) > 0"
    "  OR EXISTS (SELECT 1 FROM handover_notes n WHERE n.report_id = h.id"
    "   AND strpos(search_key(n.body), search_key($4)) > 0))";

/// The name of type row `t` in the language of parameter `language` ("$3").
std::string typeNameIn(const std::string& language) {
    return "CASE " + language +
           " WHEN 'cs' THEN t.name_cs WHEN 'sk' THEN t.name_sk ELSE t.name_en END";
}

/// The members of an incident in the report's lists; `language` is the parameter of the language.
std::string incidentItem(const std::string& language) {
    return "'id', i.id, 'ref', i.ref, 'type', i.incident_type, 'type_name', " +
           typeNameIn(language) +
           ", 'priority', i.priority, 'status', i.status, 'created_at', iso_time(i.created_at),"
           "  'closed_at', iso_time(i.closed_at),"
           "  'location', i.location_text || coalesce(', ' || i.municipality, '')";
}

// The report's statements count between the start of the shift and the time the figures are
// counted up to, min(now, end), called "the end" below.
void prepareReport(pqxx::connection_base& connection) {
    // $1 the start, $2 the end, $3 the language.
    // Incidents opened in the shift, closed or cancelled in it, and open at its end (not closed
    // or cancelled by then; a resolved incident is open until it is closed).
    connection.prepare(
        "handover_report_incidents",
        "WITH inc AS ("
        "  SELECT i.incident_type, i.priority,"
        "    i.created_at >= $1::timestamptz AS opened,"
        "    i.status = 'closed' AND i.closed_at >= $1::timestamptz AS closed,"
        "    i.status = 'cancelled' AND i.closed_at >= $1::timestamptz AS cancelled,"
        "    i.closed_at IS NULL OR i.closed_at >= $2::timestamptz AS still_open"
        "  FROM incidents i WHERE i.created_at < $2::timestamptz"
        "  AND (i.closed_at IS NULL OR i.closed_at >= $1::timestamptz)), "
        "counted AS ("
        "  SELECT incident_type, priority, count(*) FILTER (WHERE opened) AS opened,"
        "    count(*) FILTER (WHERE closed AND NOT still_open) AS closed,"
        "    count(*) FILTER (WHERE cancelled AND NOT still_open) AS cancelled,"
        "    count(*) FILTER (WHERE still_open) AS still_open"
        "  FROM inc GROUP BY incident_type, priority) "
        "SELECT jsonb_build_object("
        "  'opened', coalesce(sum(opened), 0), 'closed', coalesce(sum(closed), 0),"
        "  'cancelled', coalesce(sum(cancelled), 0), 'still_open', coalesce(sum(still_open), 0),"
        "  'by_type', coalesce((SELECT jsonb_agg(jsonb_build_object('type', t.code, 'name', " +
            typeNameIn("$3") +
            ", 'opened', c.opened, 'closed', c.closed, 'cancelled', c.cancelled,"
            "      'still_open', c.still_open) ORDER BY t.sort_order)"
            "    FROM incident_types t JOIN (SELECT incident_type, sum(opened)::bigint AS opened,"
            "      sum(closed)::bigint AS closed, sum(cancelled)::bigint AS cancelled,"
            "      sum(still_open)::bigint AS still_open FROM counted GROUP BY incident_type) c"
            "    ON c.incident_type = t.code), '[]'),"
            "  'by_priority', (SELECT jsonb_agg(jsonb_build_object('priority', p,"
            "      'opened', coalesce(c.opened, 0), 'closed', coalesce(c.closed, 0),"
            "      'cancelled', coalesce(c.cancelled, 0), 'still_open', coalesce(c.still_open, 0))"
            "      ORDER BY p)"
            "    FROM generate_series(1, 4) AS p LEFT JOIN (SELECT priority,"
            "      sum(opened)::bigint AS opened, sum(closed)::bigint AS closed,"
            "      sum(cancelled)::bigint AS cancelled, sum(still_open)::bigint AS still_open"
            "      FROM counted GROUP BY priority) c ON c.priority = p)"
            ")::text FROM counted");
    // Seconds from creation to the first assignment, of the incidents opened in the shift.
    connection.prepare(
        "handover_report_dispatch",
        "WITH d AS ("
        "  SELECT extract(epoch FROM (SELECT min(a.assigned_at) FROM assignments a"
        "    WHERE a.incident_id = i.id AND a.assigned_at < $2::timestamptz) - i.created_at)"
        "    AS seconds"
        "  FROM incidents i WHERE i.created_at >= $1::timestamptz"
        "  AND i.created_at < $2::timestamptz) "
        "SELECT jsonb_build_object('incidents', count(*), 'dispatched', count(seconds),"
        "  'median_s', round(percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds))::bigint,"
        "  'p90_s', round(percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds))::bigint)::text "
        "FROM d");
    // Per direction: sent in the shift, answered in it, open (not answered, closed or rejected)
    // and overdue at its end, the median time to the first answer of those answered in it, and
    // custody handovers sent in it.
    // Assistance requests sent in the shift, per direction and agency asked: how many were
    // accepted or declined by its end, and the median time to acceptance.
    connection.prepare(
        "handover_report_assistance",
        "SELECT coalesce(jsonb_agg(jsonb_build_object('direction', direction, 'to_agency',"
        "  to_agency, 'sent', sent, 'accepted', accepted, 'declined', declined,"
        "  'median_accept_s', median_accept_s) ORDER BY direction, to_agency), '[]')::text "
        "FROM (SELECT f.country || '→' || t.country AS direction, r.to_agency, count(*) AS sent,"
        "  count(*) FILTER (WHERE r.accepted_at < $2::timestamptz) AS accepted,"
        "  count(*) FILTER (WHERE r.status = 'rejected' AND r.closed_at < $2::timestamptz)"
        "   AS declined,"
        "  round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM"
        "   r.accepted_at - r.created_at)) FILTER (WHERE r.accepted_at < $2::timestamptz))::bigint"
        "   AS median_accept_s"
        "  FROM liaison_requests r JOIN agencies f ON f.code = r.from_agency"
        "  JOIN agencies t ON t.code = r.to_agency"
        "  WHERE r.kind = 'assistance_request' AND r.created_at >= $1::timestamptz"
        "  AND r.created_at < $2::timestamptz GROUP BY 1, 2) x");
    connection.prepare(
        "handover_report_liaison",
        "WITH l AS ("
        "  SELECT f.country || '→' || t.country AS direction, r.kind, r.created_at,"
        "    r.answered_at, r.due_at,"
        "    r.created_at >= $1::timestamptz AS sent,"
        "    r.answered_at >= $1::timestamptz AND r.answered_at < $2::timestamptz AS answered,"
        "    (r.answered_at IS NULL OR r.answered_at >= $2::timestamptz)"
        "    AND (r.closed_at IS NULL OR r.closed_at >= $2::timestamptz) AS open"
        "  FROM liaison_requests r JOIN agencies f ON f.code = r.from_agency"
        "  JOIN agencies t ON t.code = r.to_agency"
        "  WHERE r.created_at < $2::timestamptz), "
        "directions AS (SELECT unnest(ARRAY['CZ→SK', 'SK→CZ']) AS direction"
        "  UNION SELECT direction FROM l) "
        "SELECT coalesce(jsonb_agg(jsonb_build_object('direction', d.direction,"
        "  'sent', (SELECT count(*) FROM l WHERE l.direction = d.direction AND sent),"
        "  'answered', (SELECT count(*) FROM l WHERE l.direction = d.direction AND answered),"
        "  'open', (SELECT count(*) FROM l WHERE l.direction = d.direction AND open),"
        "  'overdue', (SELECT count(*) FROM l WHERE l.direction = d.direction AND open"
        "    AND due_at < $2::timestamptz),"
        "  'median_response_s', (SELECT round(percentile_cont(0.5) WITHIN GROUP"
        "    (ORDER BY extract(epoch FROM answered_at - created_at)))::bigint FROM l"
        "    WHERE l.direction = d.direction AND answered),"
        "  'custody_handovers', (SELECT count(*) FROM l WHERE l.direction = d.direction"
        "    AND sent AND kind = 'custody_handover'))"
        "  ORDER BY d.direction <> 'CZ→SK', d.direction <> 'SK→CZ', d.direction), '[]')::text "
        "FROM directions d");
    // $1 the end, $2 the language.
    connection.prepare(
        "handover_report_open_incidents",
        "SELECT coalesce(jsonb_agg(jsonb_build_object(" + incidentItem("$2") +
            ",  'units', coalesce((SELECT jsonb_agg(u.call_sign ORDER BY a.id) FROM assignments a"
            "    JOIN units u ON u.id = a.unit_id WHERE a.incident_id = i.id"
            "    AND a.assigned_at < $1::timestamptz"
            "    AND (a.cleared_at IS NULL OR a.cleared_at >= $1::timestamptz)), '[]'),"
            "  'latest_entry', (SELECT timeline_json(e) - 'incident_id' FROM timeline_entries e"
            "    WHERE e.incident_id = i.id AND e.at < $1::timestamptz"
            "    ORDER BY e.at DESC, e.id DESC LIMIT 1))"
            "  ORDER BY i.priority, i.created_at, i.id), '[]')::text "
            "FROM incidents i JOIN incident_types t ON t.code = i.incident_type "
            "WHERE i.created_at < $1::timestamptz "
            "AND (i.closed_at IS NULL OR i.closed_at >= $1::timestamptz)");
    // $1 the start, $2 the end, $3 the language.
    connection.prepare(
        "handover_report_priority1",
        "SELECT coalesce(jsonb_agg(jsonb_build_object(" + incidentItem("$3") +
            ",  'units', coalesce((SELECT jsonb_agg(u.call_sign ORDER BY a.id) FROM assignments a"
            "    JOIN units u ON u.id = a.unit_id WHERE a.incident_id = i.id"
            "    AND a.assigned_at < $2::timestamptz), '[]'))"
            "  ORDER BY i.created_at, i.id), '[]')::text "
            "FROM incidents i JOIN incident_types t ON t.code = i.incident_type "
            "WHERE i.priority = 1 AND i.created_at >= $1::timestamptz "
            "AND i.created_at < $2::timestamptz");
    // Unit statuses have no history: the units out of service now that were so at the end.
    // $1 the end, $2 the language.
    connection.prepare(
        "handover_report_units_out",
        "SELECT coalesce(jsonb_agg(jsonb_build_object('id', u.id, 'call_sign', u.call_sign,"
        "  'agency', u.agency, 'type', u.unit_type, 'type_name', " +
            typeNameIn("$2") +
            ", 'reason', u.status_reason, 'since', iso_time(u.status_since))"
            "  ORDER BY u.status_since, u.call_sign), '[]')::text "
            "FROM units u JOIN unit_types t ON t.code = u.unit_type "
            "WHERE u.status = 'out_of_service' AND u.status_since < $1::timestamptz");
    // Requests not answered, closed or rejected at the end; $1 the end.
    connection.prepare(
        "handover_report_liaison_open",
        "SELECT coalesce(jsonb_agg(jsonb_build_object('id', r.id,"
        "  'direction', f.country || '→' || t.country, 'from_agency', r.from_agency,"
        "  'to_agency', r.to_agency, 'kind', r.kind, 'subject', r.subject,"
        "  'priority', r.priority, 'status', r.status, 'created_at', iso_time(r.created_at),"
        "  'due_at', iso_time(r.due_at), 'overdue', r.due_at < $1::timestamptz)"
        "  ORDER BY r.due_at, r.id), '[]')::text "
        "FROM liaison_requests r JOIN agencies f ON f.code = r.from_agency "
        "JOIN agencies t ON t.code = r.to_agency "
        "WHERE r.created_at < $1::timestamptz "
        "AND (r.answered_at IS NULL OR r.answered_at >= $1::timestamptz) "
        "AND (r.closed_at IS NULL OR r.closed_at >= $1::timestamptz)");
    connection.prepare("handover_report_notes",
                       "SELECT coalesce(jsonb_agg(handover_note_json(n) - 'shift_id' "
                       "ORDER BY n.at, n.id), '[]')::text "
                       "FROM handover_notes n JOIN handover_reports h ON h.id = n.report_id "
                       "WHERE h.shift_id = $1");
    connection.prepare("handover_report_times",
                       "SELECT iso_time(now()), iso_time(least(now(), $1::timestamptz))");
}

} // namespace

void HandoverRepository::prepare(pqxx::connection_base& connection) {
    connection.prepare("handover_shift_now",
                       "SELECT shift_id_at(now(), $1, $2::time[], $3::text[])");
    connection.prepare("handover_period",
                       "SELECT iso_time(starts_at), iso_time(ends_at),"
                       "  local_iso_time(starts_at, $3), local_iso_time(ends_at, $3),"
                       "  extract(epoch FROM ends_at - starts_at)::bigint,"
                       "  starts_at <= now(), ends_at <= now() "
                       "FROM shift_bounds($1::date, $2, $3, $4::time[])");
    connection.prepare("handover_create",
                       "INSERT INTO handover_reports (shift_id, starts_at, ends_at) "
                       "VALUES ($1, $2::timestamptz, $3::timestamptz) "
                       "ON CONFLICT (shift_id) DO NOTHING");
    connection.prepare("handover_lock",
                       "SELECT id, version, signed_by, acknowledged_at IS NOT NULL "
                       "FROM handover_reports WHERE shift_id = $1 FOR UPDATE");
    connection.prepare("handover_json", "SELECT handover_json(h)::text FROM handover_reports h "
                                        "WHERE h.shift_id = $1");
    connection.prepare("handover_note_insert",
                       "INSERT INTO handover_notes (report_id, author_user_id, body) "
                       "VALUES ($1, $2, $3) RETURNING handover_note_json(handover_notes)::text");
    connection.prepare("handover_set_remarks",
                       "UPDATE handover_reports SET remarks = $2, remarks_by = $3, "
                       "remarks_at = now(), version = version + 1 WHERE id = $1");
    connection.prepare("handover_sign",
                       "UPDATE handover_reports SET signed_by = $2, signed_at = now(), "
                       "snapshot = $3, digest = $4, version = version + 1 WHERE id = $1");
    connection.prepare("handover_acknowledge",
                       "UPDATE handover_reports SET acknowledged_by = $2, acknowledged_at = now(), "
                       "version = version + 1 WHERE id = $1");
    connection.prepare("handover_signature", "SELECT snapshot, digest FROM handover_reports "
                                             "WHERE shift_id = $1 AND signed_at IS NOT NULL");
    // $1..$4 the filters (kHandoverFilter), $5 and $6 the key the page continues below, $7 the
    // number of rows to read.
    connection.prepare("handover_page",
                       std::string("SELECT epoch_us(h.starts_at), h.id, handover_json(h)::text "
                                   "FROM handover_reports h WHERE ") +
                           kHandoverFilter +
                           " AND (h.starts_at, h.id) < (from_epoch_us($5), $6::bigint)"
                           " ORDER BY h.starts_at DESC, h.id DESC LIMIT $7");
    connection.prepare(
        "handover_count",
        cappedCountSql(std::string("SELECT 1 FROM handover_reports h WHERE ") + kHandoverFilter));
    connection.prepare("handover_local_time",
                       "SELECT to_char($1::timestamptz AT TIME ZONE $2, 'YYYY-MM-DD HH24:MI')");
    prepareReport(connection);
}

std::string HandoverRepository::localTime(pqxx::transaction_base& txn, const std::string& isoUtc,
                                          const std::string& zone) {
    return exec1(txn, "handover_local_time", isoUtc, zone)[0].as<std::string>();
}

std::string HandoverRepository::currentShiftId(pqxx::transaction_base& txn,
                                               const ShiftSchedule& schedule) {
    return exec1(txn, "handover_shift_now", schedule.zone, schedule.startsArray(),
                 schedule.codesArray())[0]
        .as<std::string>();
}

ShiftPeriod HandoverRepository::period(pqxx::transaction_base& txn, const ShiftSchedule& schedule,
                                       const ShiftRef& shift) {
    const auto row = exec1(txn, "handover_period", shift.date, shift.index, schedule.zone,
                           schedule.startsArray());
    return ShiftPeriod{shift.id,
                       row[0].as<std::string>(),
                       row[1].as<std::string>(),
                       row[2].as<std::string>(),
                       row[3].as<std::string>(),
                       row[4].as<std::int64_t>(),
                       row[5].as<bool>(),
                       row[6].as<bool>()};
}

HandoverState HandoverRepository::lockOrCreate(pqxx::transaction_base& txn,
                                               const ShiftPeriod& shift) {
    exec(txn, "handover_create", shift.id, shift.startsAt, shift.endsAt);
    const auto row = exec1(txn, "handover_lock", shift.id);
    HandoverState state;
    state.id = row[0].as<std::int64_t>();
    state.version = row[1].as<int>();
    if (!row[2].is_null()) {
        state.signedBy = row[2].as<std::int64_t>();
    }
    state.acknowledged = row[3].as<bool>();
    return state;
}

nlohmann::json HandoverRepository::json(pqxx::transaction_base& txn, const ShiftPeriod& shift) {
    if (const auto row = execOptional(txn, "handover_json", shift.id)) {
        return parsed((*row)[0]);
    }
    return {{"id", nullptr},
            {"shift_id", shift.id},
            {"starts_at", shift.startsAt},
            {"ends_at", shift.endsAt},
            {"remarks", ""},
            {"remarks_by", nullptr},
            {"remarks_at", nullptr},
            {"notes", 0},
            {"signed", false},
            {"signed_by", nullptr},
            {"signed_at", nullptr},
            {"digest", nullptr},
            {"acknowledged_by", nullptr},
            {"acknowledged_at", nullptr},
            {"version", 0}};
}

nlohmann::json HandoverRepository::addNote(pqxx::transaction_base& txn, std::int64_t reportId,
                                           std::int64_t authorId, const std::string& text) {
    return parsed(exec1(txn, "handover_note_insert", reportId, authorId, text)[0]);
}

void HandoverRepository::setRemarks(pqxx::transaction_base& txn, std::int64_t reportId,
                                    std::int64_t authorId, const std::string& text) {
    exec(txn, "handover_set_remarks", reportId, text, authorId);
}

void HandoverRepository::sign(pqxx::transaction_base& txn, std::int64_t reportId,
                              std::int64_t signerId, const SignedHandover& signature) {
    exec(txn, "handover_sign", reportId, signerId, signature.snapshot, signature.digest);
}

void HandoverRepository::acknowledge(pqxx::transaction_base& txn, std::int64_t reportId,
                                     std::int64_t userId) {
    exec(txn, "handover_acknowledge", reportId, userId);
}

std::optional<SignedHandover> HandoverRepository::signature(pqxx::transaction_base& txn,
                                                            const std::string& shiftId) {
    const auto row = execOptional(txn, "handover_signature", shiftId);
    if (!row) {
        return std::nullopt;
    }
    return SignedHandover{(*row)[0].as<std::string>(), (*row)[1].as<std::string>()};
}

Page HandoverRepository::list(pqxx::transaction_base& txn, const HandoverFilter& filter,
                              const PageKey& after, int limit) {
    return pageOf(exec(txn, "handover_page", filter.zone, filter.from, filter.to, filter.query,
                       after.atMicros, after.id, limit + 1),
                  limit);
}

std::int64_t HandoverRepository::count(pqxx::transaction_base& txn, const HandoverFilter& filter) {
    return exec1(txn, "handover_count", filter.zone, filter.from, filter.to, filter.query)[0]
        .as<std::int64_t>();
}

nlohmann::json HandoverRepository::buildReport(pqxx::transaction_base& txn,
                                               const ShiftPeriod& shift, const std::string& zone,
                                               const std::string& language) {
    const auto times = exec1(txn, "handover_report_times", shift.endsAt);
    const auto asOf = times[1].as<std::string>();
    const auto part = [&](const char* statement) {
        return parsed(exec1(txn, statement, shift.startsAt, asOf, language)[0]);
    };
    const auto window = [&](const char* statement) {
        return parsed(exec1(txn, statement, shift.startsAt, asOf)[0]);
    };
    const auto state = json(txn, shift);
    return {
        {"shift",
         {{"id", shift.id},
          {"zone", zone},
          {"starts_at", shift.startsAt},
          {"ends_at", shift.endsAt},
          {"local_start", shift.localStart},
          {"local_end", shift.localEnd},
          {"duration_s", shift.durationSeconds}}},
        {"language", language},
        {"generated_at", times[0].as<std::string>()},
        {"as_of", asOf},
        {"figures",
         {{"incidents", part("handover_report_incidents")},
          {"time_to_dispatch", window("handover_report_dispatch")},
          {"liaison", window("handover_report_liaison")},
          {"assistance", window("handover_report_assistance")}}},
        {"lists",
         {{"open_incidents",
           parsed(exec1(txn, "handover_report_open_incidents", asOf, language)[0])},
          {"priority1_incidents", part("handover_report_priority1")},
          {"units_out_of_service",
           parsed(exec1(txn, "handover_report_units_out", asOf, language)[0])},
          {"liaison_open", parsed(exec1(txn, "handover_report_liaison_open", asOf)[0])},
          {"notes", parsed(exec1(txn, "handover_report_notes", shift.id)[0])}}},
        {"remarks",
         {{"text", state["remarks"]}, {"by", state["remarks_by"]}, {"at", state["remarks_at"]}}},
        {"labels", handoverLabels(languageFromString(language).value_or(Language::En))},
    };
}

} // namespace jcc::store
