<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../supervisor/ReportDocument.cpp" line="+36"/>
        <source>Shift handover report %1</source>
        <translation>Shift handover report %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>JCC Dispatch · Shift handover report</source>
        <translation>JCC Dispatch · Shift handover report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift %1</source>
        <translation>Shift %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft – not signed</source>
        <translation>Draft – not signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../supervisor/ReportHtml.cpp" line="+61"/>
        <source>en</source>
        <extracomment>The code of this catalogue&apos;s language: cs, sk or en. The handover report&apos;s headings are taken from common/HandoverLabels.cpp in that language.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Draft – not signed</source>
        <translation>Draft – not signed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by %1 at %2</source>
        <translation>Signed by %1 at %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledged by %1 at %2</source>
        <translation>acknowledged by %1 at %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>SHA-256 digest:</source>
        <translation>SHA-256 digest:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches the signed snapshot</source>
        <translation>matches the signed snapshot</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ExchangeStatsView</name>
    <message>
        <location filename="../supervisor/ExchangeStatsView.cpp" line="+324"/>
        <source>The statistics could not be loaded: %1</source>
        <translation>The statistics could not be loaded: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>wk %1</source>
        <translation>wk %1</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Liaison requests sent per direction</source>
        <translation>Liaison requests sent per direction</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>requests</source>
        <translation>requests</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Median response time per direction</source>
        <translation>Median response time per direction</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents by type</source>
        <translation>Incidents by type</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Choose the dates and the grouping, then Show.</source>
        <translation>Choose the dates and the grouping, then Show.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2: %3 liaison requests sent, %4 answered; %5 incidents.</source>
        <translation>%1 to %2: %3 liaison requests sent, %4 answered; %5 incidents.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::HandoverListModel</name>
    <message>
        <location filename="../supervisor/HandoverListModel.cpp" line="+86"/>
        <source>SHA-256 digest: %1</source>
        <translation>SHA-256 digest: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::HandoverWindow</name>
    <message>
        <location filename="../supervisor/HandoverWindow.cpp" line="+65"/>
        <source>Shift handover – %1</source>
        <translation>Shift handover – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Past reports</source>
        <translation>&amp;Past reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response p&amp;lans</source>
        <translation>Response p&amp;lans</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ReportHistory</name>
    <message>
        <location filename="../supervisor/ReportHistory.cpp" line="+150"/>
        <source>The end date must not be before the start date.</source>
        <translation>The end date must not be before the start date.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The report could not be loaded: %1</source>
        <translation>The report could not be loaded: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in remarks or notes (diacritics optional)</source>
        <translation>Words in remarks or notes (diacritics optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in the report tab</source>
        <translation>&amp;Open in the report tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the reports of shifts that started between the two dates.</source>
        <translation>Search the reports of shifts that started between the two dates.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) found.</source>
        <translation>
            <numerusform>%n report found.</numerusform>
            <numerusform>%n reports found.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reports found; the newest %2 are listed.</source>
        <translation>%1 reports found; the newest %2 are listed.</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ReportView</name>
    <message>
        <location filename="../supervisor/ReportView.cpp" line="+178"/>
        <source>The report could not be loaded: %1</source>
        <translation>The report could not be loaded: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+218"/>
        <source>Shift handover report</source>
        <translation>Shift handover report</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Shift %1</source>
        <translation>Shift %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 digest:</source>
        <translation>SHA-256 digest:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches the signed snapshot</source>
        <translation>matches the signed snapshot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not match the snapshot</source>
        <translation>does not match the snapshot</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only supervisors write remarks, sign and acknowledge handover reports.</source>
        <translation>Only supervisors write remarks, sign and acknowledge handover reports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is signed and can no longer be changed.</source>
        <translation>The report is signed and can no longer be changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save or undo your changes to the remarks first.</source>
        <translation>Save or undo your changes to the remarks first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the report with your password; it becomes final.</source>
        <translation>Sign the report with your password; it becomes final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a signed report can be acknowledged.</source>
        <translation>Only a signed report can be acknowledged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report has been acknowledged already.</source>
        <translation>The report has been acknowledged already.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supervisor of the next shift acknowledges the report you signed.</source>
        <translation>The supervisor of the next shift acknowledges the report you signed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm that you have taken over the shift with this report.</source>
        <translation>Confirm that you have taken over the shift with this report.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remarks saved.</source>
        <translation>Remarks saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed the remarks while you were editing. Your text is still in the editor and the report above now shows theirs; compare them and save again to replace it.</source>
        <translation>Someone else changed the remarks while you were editing. Your text is still in the editor and the report above now shows theirs; compare them and save again to replace it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The remarks were not saved: %1</source>
        <translation>The remarks were not saved: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The report of shift %1 is signed.</source>
        <translation>The report of shift %1 is signed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You acknowledged the report of shift %1.</source>
        <translation>You acknowledged the report of shift %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was not acknowledged: %1</source>
        <translation>The report was not acknowledged: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no report is shown</source>
        <translation>no report is shown</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the report to PDF</source>
        <translation>Export the report to PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report was exported to %1.</source>
        <translation>The report was exported to %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was not exported: %1</source>
        <translation>The report was not exported: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shift handover report %1</source>
        <translation>Shift handover report %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the handover report</source>
        <translation>Print the handover report</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be printed on %1.</source>
        <translation>The report could not be printed on %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Current shift</source>
        <translation>&amp;Current shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor remarks</source>
        <translation>Supervisor remarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks for the next shift: what to watch, what is pending, what happened.</source>
        <translation>Remarks for the next shift: what to watch, what is pending, what happened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve remarks</source>
        <translation>Sa&amp;ve remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ResponsePlansView</name>
    <message>
        <location filename="../supervisor/ResponsePlansView.cpp" line="+43"/>
        <source>The plans could not be loaded: %1</source>
        <translation>The plans could not be loaded: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 if people are injured</source>
        <translation>%1 if people are injured</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 if the power is out</source>
        <translation>%1 if the power is out</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n plan line(s). Administrators change them with jcc-admin plan set and plan reset; recommendations use them at once.</source>
        <translation>
            <numerusform>%n plan line. Administrators change them with jcc-admin plan set and plan reset; recommendations use them at once.</numerusform>
            <numerusform>%n plan lines. Administrators change them with jcc-admin plan set and plan reset; recommendations use them at once.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident type</source>
        <translation>Incident type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each kind of incident needs, by priority.</source>
        <translation>What each kind of incident needs, by priority.</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::SignDialog</name>
    <message>
        <location filename="../supervisor/SignDialog.cpp" line="+61"/>
        <source>Sign the handover report</source>
        <translation>Sign the handover report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing the report of shift %1 makes it final: the figures, lists and remarks are frozen and protected by a SHA-256 digest, and nobody can change them afterwards. Enter your login password to sign.</source>
        <translation>Signing the report of shift %1 makes it final: the figures, lists and remarks are frozen and protected by a SHA-256 digest, and nobody can change them afterwards. Enter your login password to sign.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shift runs until %1: whatever happens after you sign is not in the report.</source>
        <translation>The shift runs until %1: whatever happens after you sign is not in the report.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected to the server. The report was not signed; sign again once the connection is back.</source>
        <translation>Not connected to the server. The report was not signed; sign again once the connection is back.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong password. The report was not signed; enter your own login password.</source>
        <translation>Wrong password. The report was not signed; enter your own login password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account is locked after too many wrong passwords, so the report was not signed. Ask an administrator to unlock it. (%1)</source>
        <translation>Your account is locked after too many wrong passwords, so the report was not signed. Ask an administrator to unlock it. (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was not signed: %1</source>
        <translation>The report was not signed: %1</translation>
    </message>
</context>
</TS>
