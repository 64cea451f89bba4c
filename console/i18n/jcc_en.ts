<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>DomainText</name>
    <message>
        <location filename="../models/DomainText.cpp" line="+11"/>
        <source>new</source>
        <comment>incident status</comment>
        <translation>new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispatched</source>
        <comment>incident status</comment>
        <translation>dispatched</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on scene</source>
        <comment>incident status</comment>
        <translation>on scene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <comment>incident status</comment>
        <translation>resolved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <comment>incident status</comment>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>incident status</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>available</source>
        <comment>unit status</comment>
        <translation>available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispatched</source>
        <comment>unit status</comment>
        <translation>dispatched</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en route</source>
        <comment>unit status</comment>
        <translation>en route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on scene</source>
        <comment>unit status</comment>
        <translation>on scene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>returning</source>
        <comment>unit status</comment>
        <translation>returning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of service</source>
        <comment>unit status</comment>
        <translation>out of service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>assigned</source>
        <comment>assignment status</comment>
        <translation>assigned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <comment>assignment status</comment>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleared</source>
        <comment>assignment status</comment>
        <translation>cleared</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open</source>
        <comment>liaison request status</comment>
        <translation>open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <comment>liaison request status</comment>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <comment>liaison request status</comment>
        <translation>answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <comment>liaison request status</comment>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <comment>liaison request status</comment>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <comment>liaison request status</comment>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>information request</source>
        <comment>liaison request kind</comment>
        <translation>information request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assistance request</source>
        <comment>liaison request kind</comment>
        <translation>assistance request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hot pursuit notice</source>
        <comment>liaison request kind</comment>
        <translation>hot pursuit notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person/vehicle check</source>
        <comment>liaison request kind</comment>
        <translation>person/vehicle check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>equipment loan</source>
        <comment>liaison request kind</comment>
        <translation>equipment loan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custody handover</source>
        <comment>liaison request kind</comment>
        <translation>custody handover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P1 urgent</source>
        <translation>P1 urgent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P2 high</source>
        <translation>P2 high</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P3 normal</source>
        <translation>P3 normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P4 low</source>
        <translation>P4 low</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <location filename="../models/TimelineText.cpp" line="+36"/>
        <source>Incident created</source>
        <translation>Incident created</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 assigned</source>
        <translation>%1 assigned</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident resolved and closed</source>
        <translation>Incident resolved and closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident closed</source>
        <translation>Incident closed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident cancelled: %1</source>
        <translation>Incident cancelled: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident cancelled: %1; cleared %2</source>
        <translation>Incident cancelled: %1; cleared %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>priority %1 → %2</source>
        <translation>priority %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type %1 → %2</source>
        <translation>type %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>place %1</source>
        <translation>place %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requested from %1: %2 × %3 (%4 suggested)</source>
        <translation>Requested from %1: %2 × %3 (%4 suggested)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 accepted request %2 (by telephone: %3)</source>
        <translation>%1 accepted request %2 (by telephone: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepted request %2</source>
        <translation>%1 accepted request %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 proposes %2 instead (request %3)</source>
        <translation>%1 proposes %2 instead (request %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offered to %1: %2</source>
        <translation>Offered to %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken over by %1 (responsible until now: %2)</source>
        <translation>Taken over by %1 (responsible until now: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declined by %1: %2</source>
        <translation>Declined by %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer to %1 withdrawn: %2</source>
        <translation>Offer to %1 withdrawn: %2</translation>
    </message>
</context>
<context>
    <name>jcc::console::AlertBanner</name>
    <message>
        <location filename="../widgets/AlertBanner.cpp" line="+64"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>jcc::console::AssignDialog</name>
    <message>
        <location filename="../widgets/AssignDialog.cpp" line="+90"/>
        <source>No recommendation from the server (%1); distances are straight lines from the store.</source>
        <translation>No recommendation from the server (%1); distances are straight lines from the store.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assign</source>
        <translation>assign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request from %1</source>
        <translation>request from %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Assign units to %1</source>
        <translation>Assign units to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available units; those the incident&apos;s plan needs (green) first. Select one or more and press Enter: units of other agencies are requested from them.</source>
        <translation>Available units; those the incident&apos;s plan needs (green) first. Select one or more and press Enter: units of other agencies are requested from them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call sign</source>
        <translation>Call sign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home station</source>
        <translation>Home station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fills</source>
        <translation>Fills</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>jcc::console::AssignmentsModel</name>
    <message>
        <location filename="../models/AssignmentsModel.cpp" line="+89"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On scene</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
</context>
<context>
    <name>jcc::console::ConnectionIndicator</name>
    <message>
        <location filename="../widgets/ConnectionIndicator.cpp" line="+38"/>
        <source>Connected to %1 (node %2)</source>
        <translation>Connected to %1 (node %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting… (attempt %1)</source>
        <translation>Reconnecting… (attempt %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging out…</source>
        <translation>Logging out…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last event %1</source>
        <translation>last event %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n command(s) pending</source>
        <translation>
            <numerusform>%n command pending</numerusform>
            <numerusform>%n commands pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcc::console::ConsoleApp</name>
    <message>
        <location filename="../ConsoleApp.cpp" line="+25"/>
        <source>The server sends no updates to this console: %1</source>
        <translation>The server sends no updates to this console: %1</translation>
    </message>
</context>
<context>
    <name>jcc::console::IncidentDetailWidget</name>
    <message>
        <location filename="../widgets/IncidentDetailWidget.cpp" line="+337"/>
        <source>No incident selected. F2 logs a new one.</source>
        <translation>No incident selected. F2 logs a new one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3 · %4, %5 · created %6 by %7 · version %8</source>
        <translation>%1 · %2 · %3 · %4, %5 · created %6 by %7 · version %8</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed meanwhile (now version %1, %2) — reload or re-apply your changes.</source>
        <translation>Changed meanwhile (now version %1, %2) — reload or re-apply your changes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by %1 at %2 (now version %3) — reload or re-apply your changes.</source>
        <translation>Changed by %1 at %2 (now version %3) — reload or re-apply your changes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not closed: %1</source>
        <translation>Not closed: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel incident</source>
        <translation>Cancel incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (e.g. false alarm, duplicate):</source>
        <translation>Reason (e.g. false alarm, duplicate):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not cancelled: %1</source>
        <translation>Not cancelled: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Caller details</source>
        <translation>Caller details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller details are personal data; every look is recorded.
Why do you need them? (at least 10 characters)</source>
        <translation>Caller details are personal data; every look is recorded.
Why do you need them? (at least 10 characters)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Caller details not shown: %1</source>
        <translation>Caller details not shown: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No caller details were taken.</source>
        <translation>No caller details were taken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller: %1 · %2 %3</source>
        <translation>Caller: %1 · %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an assignment first.</source>
        <translation>Select an assignment first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step refused: %1</source>
        <translation>Step refused: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ocation:</source>
        <translation>L&amp;ocation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign… (F4)</source>
        <translation>Assign… (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close incident</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel incident…</source>
        <translation>Cancel incident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show caller…</source>
        <translation>Show caller…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-apply my changes</source>
        <translation>Re-apply my changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On scene</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a note and press Enter</source>
        <translation>Add a note and press Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>jcc::console::IncidentModel</name>
    <message>
        <location filename="../models/IncidentModel.cpp" line="+186"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>jcc::console::IncidentQueueWidget</name>
    <message>
        <location filename="../widgets/IncidentQueueWidget.cpp" line="+141"/>
        <source>Incident queue</source>
        <translation>Incident queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: reference, place, text, unit… (Ctrl+F)</source>
        <translation>Filter: reference, place, text, unit… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P1 only</source>
        <translation>P1 only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P1–P2</source>
        <translation>P1–P2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P1–P3</source>
        <translation>P1–P3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CZ + SK</source>
        <translation>CZ + SK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents my side answers for, is offered or was asked to help with</source>
        <translation>Incidents my side answers for, is offered or was asked to help with</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CZ side</source>
        <translation>CZ side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK side</source>
        <translation>SK side</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 shown · P1 %2 · P2 %3 · unassigned %4</source>
        <translation>%1 shown · P1 %2 · P2 %3 · unassigned %4</translation>
    </message>
</context>
<context>
    <name>jcc::console::LiaisonModel</name>
    <message>
        <location filename="../models/LiaisonModel.cpp" line="+126"/>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>jcc::console::LiaisonPanel</name>
    <message>
        <location filename="../widgets/LiaisonPanel.cpp" line="+252"/>
        <source>Select a request to read it and answer.</source>
        <translation>Select a request to read it and answer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 → %3 · %4 · %5 · due %6</source>
        <translation>%1 · %2 → %3 · %4 · %5 · due %6</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reject request</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 has no available unit; decline or propose later.</source>
        <translation>%1 has no available unit; decline or propose later.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Accept request</source>
        <translation>Accept request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted on the telephone by (e.g. KOPIS JMK):</source>
        <translation>Accepted on the telephone by (e.g. KOPIS JMK):</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Units to send:</source>
        <translation>Units to send:</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>active: %1 · overdue: %2</source>
        <translation>active: %1 · overdue: %2</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Propose other units</source>
        <translation>Propose other units</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units to offer:</source>
        <translation>Units to offer:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply and press Enter</source>
        <translation>Reply and press Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose…</source>
        <translation>Propose…</translation>
    </message>
</context>
<context>
    <name>jcc::console::LiaisonRequestDialog</name>
    <message>
        <location filename="../widgets/LiaisonRequestDialog.cpp" line="+95"/>
        <source>Enter a subject and the request.</source>
        <translation>Enter a subject and the request.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New liaison request</source>
        <translation>New liaison request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request:</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>jcc::console::LoginDialog</name>
    <message>
        <location filename="../LoginDialog.cpp" line="+179"/>
        <source>Login cancelled.</source>
        <translation>Login cancelled.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JCC Dispatch – Log in</source>
        <translation>JCC Dispatch – Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JCC Dispatch</source>
        <translation>JCC Dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint Czech–Slovak police contact centre</source>
        <translation>Joint Czech–Slovak police contact centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the server address, for example %1.</source>
        <translation>Enter the server address, for example %1.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Confirm the server certificate</source>
        <translation>Confirm the server certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer does not know the certificate of the server %1 yet.</source>
        <translation>This computer does not know the certificate of the server %1 yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trust it only if its SHA-256 fingerprint is the one your administrator gave you (jcc-server writes it to its log when it starts):</source>
        <translation>Trust it only if its SHA-256 fingerprint is the one your administrator gave you (jcc-server writes it to its log when it starts):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The console remembers a trusted certificate for this server and refuses a different one later.</source>
        <translation>The console remembers a trusted certificate for this server and refuses a different one later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the system does not trust it:</source>
        <translation>Why the system does not trust it:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Trust and connect</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The certificate of %1 was not confirmed, so the console did not connect.</source>
        <translation>The certificate of %1 was not confirmed, so the console did not connect.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging in as %1…</source>
        <translation>Logging in as %1…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is an administrator account. Administrators work with jcc-admin on the server; log in with an operator or supervisor account.</source>
        <translation>The account %1 is an administrator account. Administrators work with jcc-admin on the server; log in with an operator or supervisor account.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>The account %1 is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This console and the server speak different protocol versions (%1). Install the console version that matches the server.</source>
        <translation>This console and the server speak different protocol versions (%1). Install the console version that matches the server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused the login: %1 (%2).</source>
        <translation>The server refused the login: %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach the server at %1: %2.</source>
        <translation>Cannot reach the server at %1: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for you to confirm the certificate of %1…</source>
        <translation>Waiting for you to confirm the certificate of %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate of %1 does not match the one your administrator set for it in %3, so the console refused to connect: someone may be intercepting the connection. Its fingerprint is now:
%2
Tell your administrator; if they replaced the certificate, they must also update %3.</source>
        <translation>The certificate of %1 does not match the one your administrator set for it in %3, so the console refused to connect: someone may be intercepting the connection. Its fingerprint is now:
%2
Tell your administrator; if they replaced the certificate, they must also update %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of %1 has changed since it was confirmed, so the console refused to connect: someone may be intercepting the connection. Its fingerprint is now:
%2
If your administrator replaced the certificate, check this fingerprint with them; they can make the console forget the old one with:
jcc-console --forget-certificate %1</source>
        <translation>The certificate of %1 has changed since it was confirmed, so the console refused to connect: someone may be intercepting the connection. Its fingerprint is now:
%2
If your administrator replaced the certificate, check this fingerprint with them; they can make the console forget the old one with:
jcc-console --forget-certificate %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server ended your session: %1. Log in again, or ask an administrator if you cannot.</source>
        <translation>The server ended your session: %1. Log in again, or ask an administrator if you cannot.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server is shutting down. Log in again when it is back.</source>
        <translation>The server is shutting down. Log in again when it is back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the server was lost (%1). Log in again.</source>
        <translation>The connection to the server was lost (%1). Log in again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have logged out.</source>
        <translation>You have logged out.</translation>
    </message>
</context>
<context>
    <name>jcc::console::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="+194"/>
        <source>Offline: the incident is queued and will be sent on reconnect.</source>
        <translation>Offline: the incident is queued and will be sent on reconnect.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server refused %1: %2</source>
        <translation>The server refused %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Handover note</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the next shift (it goes into this shift&apos;s handover report):</source>
        <translation>A note for the next shift (it goes into this shift&apos;s handover report):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handover note saved.</source>
        <translation>Handover note saved.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in queue</source>
        <translation>&amp;Find in queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mine / all incidents</source>
        <translation>&amp;Mine / all incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign units…</source>
        <translation>&amp;Assign units…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Shift</source>
        <translation>&amp;Shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift &amp;handover report…</source>
        <translation>Shift &amp;handover report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add handover &amp;note…</source>
        <translation>Add handover &amp;note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison requests</source>
        <translation>Liaison requests</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>JCC Dispatch</source>
        <translation>JCC Dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JCC Dispatch – %1</source>
        <translation>JCC Dispatch – %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Logged in as %1 (%2, %3)</source>
        <translation>Logged in as %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server: %1 — node %2, %3 %4</source>
        <translation>Server: %1 — node %2, %3 %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 offers you %2: %3</source>
        <translation>%1 offers you %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New priority 1 incident %1: %2, %3</source>
        <translation>New priority 1 incident %1: %2, %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asks for help: %2</source>
        <translation>%1 asks for help: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liaison request %1 is overdue: %2</source>
        <translation>Liaison request %1 is overdue: %2</translation>
    </message>
</context>
<context>
    <name>jcc::console::MapPanel</name>
    <message>
        <location filename="../widgets/MapPanel.cpp" line="+143"/>
        <source>Pick a point</source>
        <translation>Pick a point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the map to set the position of a new incident (Esc cancels)</source>
        <translation>Click the map to set the position of a new incident (Esc cancels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole region</source>
        <translation>Whole region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole border region (Home)</source>
        <translation>Show the whole border region (Home)</translation>
    </message>
</context>
<context>
    <name>jcc::console::MapView</name>
    <message>
        <location filename="../map/MapView.cpp" line="+365"/>
        <source>Czechia</source>
        <translation>Czechia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slovakia</source>
        <translation>Slovakia</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Borders: Natural Earth</source>
        <translation>Borders: Natural Earth</translation>
    </message>
</context>
<context>
    <name>jcc::console::NewIncidentDialog</name>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="+250"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start typing, e.g. accident</source>
        <translation>start typing, e.g. accident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town, border crossing or station; diacritics not needed</source>
        <translation>town, border crossing or station; diacritics not needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street, number, landmark</source>
        <translation>street, number, landmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Caller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach to &amp;existing</source>
        <translation>Attach to &amp;existing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Map point %1, %2</source>
        <translation>Map point %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No position yet: pick a place or a point on the map.</source>
        <translation>No position yet: pick a place or a point on the map.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Place search failed: %1</source>
        <translation>Place search failed: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 · %2 · %3 · %4 m · %5 ago</source>
        <translation>%1 · %2 · %3 · %4 m · %5 ago</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Possible duplicates (same type, within 500 m, last 30 minutes): attach the report to one of them, or save a new incident.</source>
        <translation>Possible duplicates (same type, within 500 m, last 30 minutes): attach the report to one of them, or save a new incident.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No possible duplicates.</source>
        <translation>No possible duplicates.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose an incident type from the list.</source>
        <translation>Choose an incident type from the list.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a place or an address.</source>
        <translation>Enter a place or an address.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server refused the incident: %1</source>
        <translation>The server refused the incident: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Further report: %1</source>
        <translation>Further report: %1</translation>
    </message>
</context>
<context>
    <name>jcc::console::PlanNeedsView</name>
    <message>
        <location filename="../widgets/PlanNeedsView.cpp" line="+58"/>
        <location line="+139"/>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>other units proposed</source>
        <translation>other units proposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due in %1</source>
        <translation>due in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERDUE by %1</source>
        <translation>OVERDUE by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested from %1: %2, waiting %3, %4</source>
        <translation>Requested from %1: %2, waiting %3, %4</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 ×%2 if people are injured</source>
        <translation>%1 ×%2 if people are injured</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ×%2 if the power is out</source>
        <translation>%1 ×%2 if the power is out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requested</source>
        <translation>%1 requested</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
</context>
<context>
    <name>jcc::console::ResponsibilityBar</name>
    <message>
        <location filename="../widgets/ResponsibilityBar.cpp" line="+70"/>
        <source>Responsible: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offered to %1 by %2 at %3: %4</source>
        <translation>offered to %1 by %2 at %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hand over to %1…</source>
        <translation>Hand over to %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw offer…</source>
        <translation>Withdraw offer…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand over to %1</source>
        <translation>Hand over to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why %1 should take over (they see this):</source>
        <translation>Why %1 should take over (they see this):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not offered: %1</source>
        <translation>Not offered: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not taken over: %1</source>
        <translation>Not taken over: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decline the hand-over</source>
        <translation>Decline the hand-over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you do not take it over (they see this):</source>
        <translation>Why you do not take it over (they see this):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the offer</source>
        <translation>Withdraw the offer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not declined: %1</source>
        <translation>Not declined: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer the responsibility for this incident to the other side</source>
        <translation>Offer the responsibility for this incident to the other side</translation>
    </message>
</context>
<context>
    <name>jcc::console::ServerConnection</name>
    <message>
        <location filename="../ServerConnection.cpp" line="+73"/>
        <source>the address must have the form wss://host:port/ws</source>
        <translation>the address must have the form wss://host:port/ws</translation>
    </message>
    <message>
        <location filename="../Reply.cpp" line="+11"/>
        <source>not connected to the server</source>
        <translation>not connected to the server</translation>
    </message>
    <message>
        <location filename="../ServerConnection.cpp" line="+157"/>
        <source>hello refused: %1</source>
        <translation>hello refused: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the server&apos;s login reply does not describe the user</source>
        <translation>the server&apos;s login reply does not describe the user</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>resume refused: %1</source>
        <translation>resume refused: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the server went silent</source>
        <translation>the server went silent</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server closed the connection before the login finished</source>
        <translation>the server closed the connection before the login finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection: %1 (code %2)</source>
        <translation>the server closed the connection: %1 (code %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>connection closed (code %1)</source>
        <translation>connection closed (code %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the server presented no TLS certificate</source>
        <translation>the server presented no TLS certificate</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the certificate of %1 is not confirmed</source>
        <translation>the certificate of %1 is not confirmed</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the server did not answer within %1 seconds</source>
        <translation>the server did not answer within %1 seconds</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer within %1 seconds</source>
        <translation>no answer within %1 seconds</translation>
    </message>
</context>
<context>
    <name>jcc::console::TimelineModel</name>
    <message>
        <location filename="../models/TimelineModel.cpp" line="+118"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
</context>
<context>
    <name>jcc::console::UnitBoardWidget</name>
    <message>
        <location filename="../widgets/UnitBoardWidget.cpp" line="+141"/>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 out of service?</source>
        <translation>Why is %1 out of service?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not assigned to an incident.</source>
        <translation>%1 is not assigned to an incident.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter units</source>
        <translation>Filter units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys: A available · R returning · O out of service · K acknowledged · E en route · S on scene · C cleared</source>
        <translation>Keys: A available · R returning · O out of service · K acknowledged · E en route · S on scene · C cleared</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 available of %2</source>
        <translation>%1 available of %2</translation>
    </message>
</context>
<context>
    <name>jcc::console::UnitChoiceDialog</name>
    <message>
        <location filename="../widgets/UnitChoiceDialog.cpp" line="+21"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>jcc::console::UnitModel</name>
    <message>
        <location filename="../models/UnitModel.cpp" line="+126"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call sign</source>
        <translation>Call sign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In status</source>
        <translation>In status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home station</source>
        <translation>Home station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="+21"/>
        <source>JCC Dispatch console for operators and supervisors.</source>
        <translation>JCC Dispatch console for operators and supervisors.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address, e.g. wss://127.0.0.1:8443/ws.</source>
        <translation>Server address, e.g. wss://127.0.0.1:8443/ws.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the confirmed certificate of a server whose certificate was replaced, then exit.</source>
        <translation>Forget the confirmed certificate of a server whose certificate was replaced, then exit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No certificate of %1 was confirmed; the address must be written host:port, e.g. 127.0.0.1:8443.</source>
        <translation>No certificate of %1 was confirmed; the address must be written host:port, e.g. 127.0.0.1:8443.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot the certificate of %1; the next login asks to confirm the new one.</source>
        <translation>Forgot the certificate of %1; the next login asks to confirm the new one.</translation>
    </message>
</context>
</TS>
