#include "server/core/SubscribeOps.hpp"

#include "common/Fields.hpp"
#include "server/core/OpTable.hpp"
#include "server/core/ServerContext.hpp"
#include "server/store/EventLog.hpp"
#include "server/store/Statement.hpp"

#include <optional>
#include <pqxx/pqxx>

namespace jcc::server {

namespace {

// More missed events than this are sent as a snapshot instead.
constexpr std::int64_t kMaxReplay = 100'000;
// Missed events are read this many at a time (one result set stays small).
constexpr std::size_t kReplayPage = 2000;

constexpr const char* kSnapshotSql = R"(
SELECT jsonb_build_object(
    'incidents', coalesce((SELECT jsonb_agg(incident_json(i) ORDER BY i.id) FROM incidents i
                           WHERE i.status NOT IN ('closed', 'cancelled')), '[]'::jsonb),
    'units', coalesce((SELECT jsonb_agg(unit_json(u) ORDER BY u.call_sign) FROM units u),
                      '[]'::jsonb),
    'liaison_requests', coalesce((SELECT jsonb_agg(liaison_json(l) ORDER BY l.id)
                                  FROM liaison_requests l
                                  WHERE l.status IN ('open', 'acknowledged', 'answered',
                                                     'accepted')),
                                 '[]'::jsonb),
    'agencies', (SELECT jsonb_agg(jsonb_build_object('code', code, 'name', name, 'short_name',
                                  short_name, 'country', country, 'kind', kind) ORDER BY code)
                 FROM agencies),
    'incident_types', (SELECT jsonb_agg(jsonb_build_object('code', code, 'name_cs', name_cs,
                       'name_sk', name_sk, 'name_en', name_en, 'default_priority',
                       default_priority) ORDER BY sort_order) FROM incident_types),
    'unit_types', (SELECT jsonb_agg(jsonb_build_object('code', code, 'name_cs', name_cs,
                   'name_sk', name_sk, 'name_en', name_en, 'heavy', heavy) ORDER BY code)
                   FROM unit_types),
    'response_plans', (SELECT jsonb_agg(jsonb_build_object('incident_type', incident_type,
                       'priority', priority, 'unit_type', unit_type, 'count', count,
                       'condition', condition)
                       ORDER BY incident_type, priority, sort_order, unit_type)
                       FROM response_plans),
    'tasking_grants', coalesce((SELECT jsonb_agg(jsonb_build_object('agency', agency,
                               'unit_agency', unit_agency) ORDER BY agency, unit_agency)
                               FROM tasking_grants), '[]'::jsonb)
)::text)";

/// The missed events after `sinceSeq` as pushes, or nullopt when they would take more than
/// `maxBytes` (a snapshot is then smaller and quicker for the console).
std::optional<std::vector<std::shared_ptr<const std::string>>>
readMissed(pqxx::transaction_base& txn, std::int64_t sinceSeq, std::int64_t lastSeq,
           std::size_t maxBytes) {
    std::vector<std::shared_ptr<const std::string>> pushes;
    pushes.reserve(static_cast<std::size_t>(lastSeq - sinceSeq));
    std::size_t bytes = 0;
    for (auto after = sinceSeq; after < lastSeq;) {
        const auto page = store::EventLog::readAfter(txn, after, kReplayPage);
        if (page.empty()) {
            break;
        }
        for (const auto& event : page) {
            // The stored JSON text goes out as it is, spliced into each push (never parsed).
            pushes.push_back(std::make_shared<const std::string>(store::EventLog::pushText(event)));
            bytes += pushes.back()->size();
        }
        if (bytes > maxBytes) {
            return std::nullopt;
        }
        after = page.back().seq;
    }
    return pushes;
}

std::optional<std::int64_t> readSinceSeq(const nlohmann::json& body) {
    allowOnlyFields(body, {"since_seq"});
    return optionalInt(body, "since_seq", 0, INT64_MAX);
}

OpOutcome subscribe(const OpInput& in, pqxx::connection_base& connection) {
    const auto sinceSeq = readSinceSeq(in.request.body);
    // One snapshot of the database: the seq and the data agree.
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> txn(connection, "subscribe");
    const auto lastSeq = store::EventLog::lastSeq(txn);
    OpOutcome outcome;
    outcome.subscribedAtSeq = lastSeq;
    std::string reason = "requested";
    if (sinceSeq && *sinceSeq > lastSeq) {
        reason = "since_seq is ahead of the server";
    } else if (sinceSeq && (lastSeq - *sinceSeq > kMaxReplay ||
                            *sinceSeq + 1 < store::EventLog::firstRetainedSeq(txn))) {
        reason = "missed events are no longer retained";
    } else if (sinceSeq) {
        // Half the console's outbound budget (--outbound-bytes): room for live events too.
        auto missed = readMissed(txn, *sinceSeq, lastSeq, in.context.config.outboundBytes / 2);
        if (missed) {
            outcome.pushes = std::move(*missed);
            outcome.result = {
                {"mode", "events"}, {"seq", lastSeq}, {"missed", outcome.pushes.size()}};
            return outcome;
        }
        reason = "missed events are more than a snapshot";
    }
    const auto snapshot =
        store::execSql(txn, "subscribe_snapshot", kSnapshotSql)[0][0].as<std::string>();
    outcome.rawResult = R"({"mode":"snapshot","seq":)" + std::to_string(lastSeq) +
                        R"(,"reason":")" + reason + R"(","snapshot":)" + snapshot + "}";
    return outcome;
}

} // namespace

void addSubscribeOps(OpTable& table) {
    table.add(Op::Subscribe, {.roles = kConsoleRoles,
                              .subscribes = true,
                              .checkFields = fieldsReadBy(readSinceSeq),
                              .onDatabase = subscribe});
}

} // namespace jcc::server
