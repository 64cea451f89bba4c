#include "tests/support/ShiftActivity.hpp"

#include "server/store/Database.hpp"

#include <pqxx/pqxx>

namespace jcc::test {

namespace {

// Incidents (S = 2026-03-10 05:00Z, the start; E = 17:00Z, the end):
//   I1 fire P1        05:30Z, unit U3 at 05:32Z (120 s), closed 09:00Z
//   I2 traffic P2     06:00Z, unit U1 at 06:05Z (300 s), on scene; notes 06:10Z, 07:00Z, 18:00Z
//   I3 theft P3       10:00Z, new, never dispatched
//   I4 fire P1        12:00Z, unit U3 at 12:10Z (600 s), cancelled 12:30Z
//   I5 theft P3       03-09 20:00Z, closed 03-10 08:00Z
//   I6 assault P2     03-09 22:00Z, unit U2 at 22:10Z, dispatched
//   I7 traffic P2     16:00Z, unit U4 at 16:20Z (1200 s) cleared 18:50Z, closed 19:00Z
//   I8 flood P2       18:00Z (after the shift)
//   I9 other P3       03-09 10:00Z, closed 03-09 12:00Z
// Units: U5 out of service since 07:00Z ("Engine failure"), U6 since 20:00Z.
// Liaison requests (PCR is CZ, PZSR is SK):
//   L1 CZ→SK information_request    05:10Z, answered 05:40Z (1800 s), due 06:10Z
//   L2 CZ→SK custody_handover       08:00Z, answered 08:10Z (600 s), closed 09:00Z
//   L3 CZ→SK assistance_request     14:00Z, open, due 15:00Z (overdue at E)
//   L4 SK→CZ person_vehicle_check   09:00Z, answered 10:00Z (3600 s)
//   L5 SK→CZ information_request    16:30Z, open, due 20:00Z
//   L6 SK→CZ custody_handover       03-09 23:00Z, answered 03-10 05:20Z (22800 s)
//   L7 CZ→SK information_request    16:50Z, answered 17:30Z (2400 s, after E), due 17:50Z
constexpr const char* kActivity = R"SQL(
CREATE TEMP TABLE fixture_user AS SELECT id FROM users WHERE username = $USER$;
INSERT INTO units (call_sign, agency, unit_type, home_station, status, status_since, status_reason)
VALUES ('U1', 'PCR', 'patrol_car', 'OOP Břeclav', 'on_scene', '2026-03-10T06:30Z', NULL),
       ('U2', 'PCR', 'patrol_car', 'OOP Hodonín', 'dispatched', '2026-03-09T22:10Z', NULL),
       ('U3', 'HZS-JMK', 'fire_engine', 'HS Břeclav', 'available', '2026-03-10T12:30Z', NULL),
       ('U4', 'PCR', 'patrol_car', 'OOP Břeclav', 'available', '2026-03-10T18:50Z', NULL),
       ('U5', 'PZSR', 'patrol_car', 'OO PZ Holíč', 'out_of_service', '2026-03-10T07:00Z',
        'Engine failure'),
       ('U6', 'PZSR', 'patrol_car', 'OO PZ Skalica', 'out_of_service', '2026-03-10T20:00Z',
        'Tyres');
INSERT INTO incidents (ref, incident_type, priority, status, location_text, municipality,
                       created_by, created_at, updated_at, closed_at)
SELECT v.ref, v.type, v.priority, v.status, v.place, 'Břeclav', (SELECT id FROM fixture_user),
       v.created::timestamptz, v.created::timestamptz, v.closed::timestamptz
FROM (VALUES
    ('JCC-2026-000001', 'fire', 1, 'closed', 'Sládkova 1', '2026-03-10T05:30Z', '2026-03-10T09:00Z'),
    ('JCC-2026-000002', 'traffic_accident', 2, 'on_scene', 'D2 km 48', '2026-03-10T06:00Z', NULL),
    ('JCC-2026-000003', 'theft', 3, 'new', 'Nádražní 3', '2026-03-10T10:00Z', NULL),
    ('JCC-2026-000004', 'fire', 1, 'cancelled', 'Lesní 4', '2026-03-10T12:00Z', '2026-03-10T12:30Z'),
    ('JCC-2026-000005', 'theft', 3, 'closed', 'Polní 5', '2026-03-09T20:00Z', '2026-03-10T08:00Z'),
    ('JCC-2026-000006', 'assault', 2, 'dispatched', 'Náměstí 6', '2026-03-09T22:00Z', NULL),
    ('JCC-2026-000007', 'traffic_accident', 2, 'closed', 'I/55 km 7', '2026-03-10T16:00Z',
     '2026-03-10T19:00Z'),
    ('JCC-2026-000008', 'flood', 2, 'new', 'Dyje 8', '2026-03-10T18:00Z', NULL),
    ('JCC-2026-000009', 'other', 3, 'closed', 'Školní 9', '2026-03-09T10:00Z', '2026-03-09T12:00Z')
) AS v (ref, type, priority, status, place, created, closed);
INSERT INTO assignments (incident_id, unit_id, assigned_by, assigned_at, cleared_at)
SELECT (SELECT id FROM incidents WHERE ref = v.ref), (SELECT id FROM units WHERE call_sign = v.unit),
       (SELECT id FROM fixture_user), v.assigned::timestamptz, v.cleared::timestamptz
FROM (VALUES
    ('JCC-2026-000001', 'U3', '2026-03-10T05:32Z', '2026-03-10T09:00Z'),
    ('JCC-2026-000002', 'U1', '2026-03-10T06:05Z', NULL),
    ('JCC-2026-000004', 'U3', '2026-03-10T12:10Z', '2026-03-10T12:30Z'),
    ('JCC-2026-000006', 'U2', '2026-03-09T22:10Z', NULL),
    ('JCC-2026-000007', 'U4', '2026-03-10T16:20Z', '2026-03-10T18:50Z')
) AS v (ref, unit, assigned, cleared);
INSERT INTO timeline_entries (incident_id, at, author_user_id, kind, body)
SELECT (SELECT id FROM incidents WHERE ref = 'JCC-2026-000002'), v.at::timestamptz,
       (SELECT id FROM fixture_user), 'note', v.body
FROM (VALUES ('2026-03-10T06:10Z', 'Two cars, no injuries'),
             ('2026-03-10T07:00Z', 'Towing ordered'),
             ('2026-03-10T18:00Z', 'Road open again')) AS v (at, body);
INSERT INTO liaison_requests (from_agency, to_agency, kind, subject, body, priority, status,
                              due_at, created_by, created_at, answered_at, closed_at)
SELECT v.from_agency, v.to_agency, v.kind, v.subject, 'Details', 2, v.status, v.due::timestamptz,
       (SELECT id FROM fixture_user), v.created::timestamptz, v.answered::timestamptz,
       v.closed::timestamptz
FROM (VALUES
    ('PCR', 'PZSR', 'information_request', 'L1', 'answered', '2026-03-10T06:10Z',
     '2026-03-10T05:10Z', '2026-03-10T05:40Z', NULL),
    ('PCR', 'PZSR', 'custody_handover', 'L2', 'closed', '2026-03-10T09:00Z',
     '2026-03-10T08:00Z', '2026-03-10T08:10Z', '2026-03-10T09:00Z'),
    ('PCR', 'PZSR', 'assistance_request', 'L3', 'open', '2026-03-10T15:00Z',
     '2026-03-10T14:00Z', NULL, NULL),
    ('PZSR', 'PCR', 'person_vehicle_check', 'L4', 'answered', '2026-03-10T11:00Z',
     '2026-03-10T09:00Z', '2026-03-10T10:00Z', NULL),
    ('PZSR', 'PCR', 'information_request', 'L5', 'open', '2026-03-10T20:00Z',
     '2026-03-10T16:30Z', NULL, NULL),
    ('PZSR', 'PCR', 'custody_handover', 'L6', 'answered', '2026-03-10T07:00Z',
     '2026-03-09T23:00Z', '2026-03-10T05:20Z', NULL),
    ('PCR', 'PZSR', 'information_request', 'L7', 'answered', '2026-03-10T17:50Z',
     '2026-03-10T16:50Z', '2026-03-10T17:30Z', NULL)
) AS v (from_agency, to_agency, kind, subject, status, due, created, answered, closed);
DROP TABLE fixture_user;
)SQL";

} // namespace

void insertShiftActivity(const std::string& dbUrl, const std::string& username) {
    auto connection = store::openConnection(dbUrl);
    pqxx::work txn(*connection);
    std::string sql = kActivity;
    sql.replace(sql.find("$USER$"), 6, txn.quote(username));
    txn.exec(sql);
    txn.commit();
}

} // namespace jcc::test
