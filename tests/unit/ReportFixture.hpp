#pragma once
// One shift handover report as handover.generate sends it (docs/protocol.md, "The report"), with
// a row of every kind: for the report model (common/ReportModel.hpp) and its two writers.
#include <nlohmann/json.hpp>

namespace jcc::test {

inline nlohmann::json sampleReport() {
    return nlohmann::json::parse(R"({
  "shift": {"id": "2026-03-10D", "zone": "Europe/Prague",
            "starts_at": "2026-03-10T05:00:00.000Z", "ends_at": "2026-03-10T17:00:00.000Z",
            "local_start": "2026-03-10T06:00:00+01:00", "local_end": "2026-03-10T18:00:00+01:00",
            "duration_s": 43200},
  "language": "en",
  "generated_at": "2026-03-10T17:20:03.996Z",
  "as_of": "2026-03-10T17:00:00.000Z",
  "figures": {
    "incidents": {
      "opened": 5, "closed": 2, "cancelled": 1, "still_open": 4,
      "by_type": [
        {"type": "traffic_accident", "name": "Traffic accident", "opened": 3, "closed": 0, "cancelled": 0, "still_open": 2},
        {"type": "fire", "name": "Fire", "opened": 2, "closed": 1, "cancelled": 1, "still_open": 0}
      ],
      "by_priority": [
        {"priority": 1, "opened": 2, "closed": 1, "cancelled": 1, "still_open": 0},
        {"priority": 2, "opened": 2, "closed": 0, "cancelled": 0, "still_open": 3},
        {"priority": 3, "opened": 1, "closed": 1, "cancelled": 0, "still_open": 1},
        {"priority": 4, "opened": 0, "closed": 0, "cancelled": 0, "still_open": 0}
      ]
    },
    "time_to_dispatch": {"incidents": 5, "dispatched": 4, "median_s": 450, "p90_s": 1020},
    "liaison": [
      {"direction": "CZ→SK", "sent": 4, "answered": 2, "open": 2, "overdue": 1, "median_response_s": 1200, "custody_handovers": 1},
      {"direction": "SK→CZ", "sent": 2, "answered": 2, "open": 1, "overdue": 0, "median_response_s": 13200, "custody_handovers": 0}
    ],
    "assistance": [
      {"direction": "CZ→SK", "to_agency": "HAZZ-TT", "sent": 2, "accepted": 1, "declined": 1, "median_accept_s": 240},
      {"direction": "SK→CZ", "to_agency": "HZS-JMK", "sent": 1, "accepted": 0, "declined": 0, "median_accept_s": null}
    ]
  },
  "lists": {
    "open_incidents": [
      {"id": 4, "ref": "JCC-2026-000004", "type": "fire", "type_name": "Fire", "priority": 1,
       "status": "dispatched", "created_at": "2026-03-10T15:00:00.000Z", "closed_at": null,
       "location": "Hlavní 3, Mikulov", "units": ["U3", "U4"], "latest_entry": null},
      {"id": 2, "ref": "JCC-2026-000002", "type": "traffic_accident", "type_name": "Traffic accident",
       "priority": 2, "status": "on_scene", "created_at": "2026-03-10T06:00:00.000Z", "closed_at": null,
       "location": "D2 km 48, Břeclav", "units": ["U1"],
       "latest_entry": {"id": 2, "at": "2026-03-10T07:00:00.000Z", "author": "novak", "kind": "note", "body": "Towing ordered"}}
    ],
    "priority1_incidents": [
      {"id": 1, "ref": "JCC-2026-000001", "type": "fire", "type_name": "Fire", "priority": 1,
       "status": "closed", "created_at": "2026-03-10T05:30:00.000Z", "closed_at": "2026-03-10T09:00:00.000Z",
       "location": "Sládkova 1, Břeclav", "units": ["U3"]}
    ],
    "units_out_of_service": [
      {"id": 5, "call_sign": "U5", "agency": "PZSR", "type": "patrol_car", "type_name": "Patrol car",
       "reason": "Engine failure", "since": "2026-03-10T07:00:00.000Z"},
      {"id": 6, "call_sign": "U6", "agency": "PCR", "type": "patrol_car", "type_name": "Patrol car",
       "reason": "", "since": "2026-03-09T20:00:00.000Z"}
    ],
    "liaison_open": [
      {"id": 3, "direction": "CZ→SK", "from_agency": "PCR", "to_agency": "PZSR", "kind": "assistance_request",
       "subject": "L3", "priority": 2, "status": "open", "created_at": "2026-03-10T14:00:00.000Z",
       "due_at": "2026-03-10T15:00:00.000Z", "overdue": true},
      {"id": 7, "direction": "SK→CZ", "from_agency": "PZSR", "to_agency": "PCR", "kind": "person_vehicle_check",
       "subject": "L7", "priority": 1, "status": "acknowledged", "created_at": "2026-03-10T16:30:00.000Z",
       "due_at": "2026-03-10T17:30:00.000Z", "overdue": false}
    ],
    "notes": [
      {"id": 1, "at": "2026-03-10T08:12:40.000Z", "author": "novak", "author_name": "Jan Novák", "text": "Bridge at Lanžhot closed"},
      {"id": 2, "at": "2026-03-10T12:00:00.000Z", "author": "horvath", "author_name": "", "text": "Road & rail detour via Valtice"}
    ]
  },
  "remarks": {"text": "A quiet shift", "by": "dvorak", "at": "2026-03-10T16:50:02.000Z"},
  "signature": {"signed_by": "dvorak", "signed_by_name": "Petr Dvořák", "signed_at": "2026-03-10T17:20:03.996Z"}
})");
}

/// The report's state (docs/protocol.md, "The handover report state"): signed, not acknowledged.
inline nlohmann::json sampleHandover() {
    return nlohmann::json::parse(R"({
  "id": 1, "shift_id": "2026-03-10D",
  "starts_at": "2026-03-10T05:00:00.000Z", "ends_at": "2026-03-10T17:00:00.000Z",
  "remarks": "A quiet shift", "remarks_by": "dvorak", "remarks_at": "2026-03-10T16:50:02.000Z",
  "notes": 2, "signed": true, "signed_by": "dvorak", "signed_at": "2026-03-10T17:20:03.996Z",
  "digest": "374fbf3cd6046051b1e3e35b2b8f18f371af711f0844819bbc3c85e5c85f6a5e",
  "acknowledged_by": null, "acknowledged_at": null, "version": 2
})");
}

} // namespace jcc::test
