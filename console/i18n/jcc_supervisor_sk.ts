<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK" sourcelanguage="en">
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../supervisor/ReportDocument.cpp" line="+36"/>
        <source>Shift handover report %1</source>
        <translation>Protokol o odovzdaní zmeny %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>cannot write %1</source>
        <translation>nedá sa zapísať %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>JCC Dispatch · Shift handover report</source>
        <translation>JCC Dispatch · Protokol o odovzdaní zmeny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift %1</source>
        <translation>Zmena %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft – not signed</source>
        <translation>Koncept – nepodpísané</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page %1 of %2</source>
        <translation>Strana %1 z %2</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../supervisor/ReportHtml.cpp" line="+61"/>
        <source>en</source>
        <extracomment>The code of this catalogue&apos;s language: cs, sk or en. The handover report&apos;s headings are taken from common/HandoverLabels.cpp in that language.</extracomment>
        <translation>sk</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Draft – not signed</source>
        <translation>Koncept – nepodpísané</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by %1 at %2</source>
        <translation>Podpísal %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledged by %1 at %2</source>
        <translation>prevzal %1 %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>SHA-256 digest:</source>
        <translation>Odtlačok SHA-256:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches the signed snapshot</source>
        <translation>zodpovedá podpísanému záznamu</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ExchangeStatsView</name>
    <message>
        <location filename="../supervisor/ExchangeStatsView.cpp" line="+324"/>
        <source>The statistics could not be loaded: %1</source>
        <translation>Štatistiky sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>wk %1</source>
        <translation>%1. týždeň</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Liaison requests sent per direction</source>
        <translation>Odoslané styčné žiadosti podľa smeru</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>requests</source>
        <translation>žiadosti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Median response time per direction</source>
        <translation>Medián času odpovede podľa smeru</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>minutes</source>
        <translation>minúty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents by type</source>
        <translation>Udalosti podľa typu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>incidents</source>
        <translation>udalosti</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Choose the dates and the grouping, then Show.</source>
        <translation>Zvoľte dátumy a zoskupenie a potom Zobraziť.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2: %3 liaison requests sent, %4 answered; %5 incidents.</source>
        <translation>%1 až %2: odoslaných styčných žiadostí %3, zodpovedaných %4; udalostí %5.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Zoskupiť po:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>dňoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>týždňoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>mesiacoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Zobraziť</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::HandoverListModel</name>
    <message>
        <location filename="../supervisor/HandoverListModel.cpp" line="+86"/>
        <source>SHA-256 digest: %1</source>
        <translation>Odtlačok SHA-256: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Shift</source>
        <translation>Zmena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Začiatok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Záznamy</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::HandoverWindow</name>
    <message>
        <location filename="../supervisor/HandoverWindow.cpp" line="+65"/>
        <source>Shift handover – %1</source>
        <translation>Odovzdanie zmeny – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report</source>
        <translation>&amp;Protokol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Past reports</source>
        <translation>&amp;Staršie protokoly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistics</source>
        <translation>Š&amp;tatistiky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response p&amp;lans</source>
        <translation>P&amp;lány nasadenia</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ReportHistory</name>
    <message>
        <location filename="../supervisor/ReportHistory.cpp" line="+150"/>
        <source>The end date must not be before the start date.</source>
        <translation>Koncový dátum nesmie byť pred počiatočným.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search failed: %1</source>
        <translation>Hľadanie zlyhalo: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The report could not be loaded: %1</source>
        <translation>Protokol sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words in remarks or notes (diacritics optional)</source>
        <translation>Slová v poznámkach alebo záznamoch (diakritika nepovinná)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Hľadať</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in the report tab</source>
        <translation>&amp;Otvoriť na karte Protokol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the reports of shifts that started between the two dates.</source>
        <translation>Vyhľadá protokoly zmien, ktoré začali medzi oboma dátumami.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) found.</source>
        <translation>
            <numerusform>Nájdený %n protokol.</numerusform>
            <numerusform>Nájdené %n protokoly.</numerusform>
            <numerusform>Nájdených %n protokolov.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reports found; the newest %2 are listed.</source>
        <translation>Nájdených protokolov: %1; zobrazených najnovších %2.</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ReportView</name>
    <message>
        <location filename="../supervisor/ReportView.cpp" line="+178"/>
        <source>The report could not be loaded: %1</source>
        <translation>Protokol sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+218"/>
        <source>Shift handover report</source>
        <translation>Protokol o odovzdaní zmeny</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Shift %1</source>
        <translation>Zmena %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acknowledged</source>
        <translation>Prevzaté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Podpísané</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 digest:</source>
        <translation>Odtlačok SHA-256:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches the signed snapshot</source>
        <translation>zodpovedá podpísanému záznamu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not match the snapshot</source>
        <translation>nezodpovedá podpísanému záznamu</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only supervisors write remarks, sign and acknowledge handover reports.</source>
        <translation>Poznámky píšu, protokoly podpisujú a preberajú len vedúci zmien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is signed and can no longer be changed.</source>
        <translation>Protokol je podpísaný a už sa nedá meniť.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save or undo your changes to the remarks first.</source>
        <translation>Najprv uložte alebo vráťte zmeny poznámok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the report with your password; it becomes final.</source>
        <translation>Podpíšte protokol svojím heslom; tým sa stane konečným.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a signed report can be acknowledged.</source>
        <translation>Prevziať sa dá len podpísaný protokol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report has been acknowledged already.</source>
        <translation>Protokol už bol prevzatý.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supervisor of the next shift acknowledges the report you signed.</source>
        <translation>Vami podpísaný protokol preberá vedúci nasledujúcej zmeny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm that you have taken over the shift with this report.</source>
        <translation>Potvrďte, že ste zmenu s týmto protokolom prevzali.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remarks saved.</source>
        <translation>Poznámky uložené.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed the remarks while you were editing. Your text is still in the editor and the report above now shows theirs; compare them and save again to replace it.</source>
        <translation>Počas vašich úprav poznámky zmenil niekto iný. Váš text zostal v editore a protokol vyššie teraz ukazuje jeho znenie; porovnajte ich a opätovným uložením ho nahradíte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The remarks were not saved: %1</source>
        <translation>Poznámky neboli uložené: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The report of shift %1 is signed.</source>
        <translation>Protokol zmeny %1 je podpísaný.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You acknowledged the report of shift %1.</source>
        <translation>Prevzali ste protokol zmeny %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was not acknowledged: %1</source>
        <translation>Protokol nebol prevzatý: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no report is shown</source>
        <translation>nie je zobrazený žiadny protokol</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the report to PDF</source>
        <translation>Export protokolu do PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report was exported to %1.</source>
        <translation>Protokol bol uložený do %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was not exported: %1</source>
        <translation>Protokol nebol exportovaný: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shift handover report %1</source>
        <translation>Protokol o odovzdaní zmeny %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the handover report</source>
        <translation>Tlač protokolu o odovzdaní</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be printed on %1.</source>
        <translation>Protokol sa nedá vytlačiť na %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Current shift</source>
        <translation>&amp;Aktuálna zmena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Obnoviť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;Tlač…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor remarks</source>
        <translation>Poznámky vedúceho zmeny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks for the next shift: what to watch, what is pending, what happened.</source>
        <translation>Poznámky pre ďalšiu zmenu: na čo dohliadnuť, čo zostáva, čo sa stalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve remarks</source>
        <translation>&amp;Uložiť poznámky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Podpísať…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>Pre&amp;vziať</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ResponsePlansView</name>
    <message>
        <location filename="../supervisor/ResponsePlansView.cpp" line="+43"/>
        <source>The plans could not be loaded: %1</source>
        <translation>Plány sa nepodarilo načítať: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 if people are injured</source>
        <translation>%1 pri zranení osôb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 if the power is out</source>
        <translation>%1 pri výpadku prúdu</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n plan line(s). Administrators change them with jcc-admin plan set and plan reset; recommendations use them at once.</source>
        <translation>
            <numerusform>%n riadok plánu. Menia ich správcovia príkazmi jcc-admin plan set a plan reset; odporúčania ich použijú hneď.</numerusform>
            <numerusform>%n riadky plánov. Menia ich správcovia príkazmi jcc-admin plan set a plan reset; odporúčania ich použijú hneď.</numerusform>
            <numerusform>%n riadkov plánov. Menia ich správcovia príkazmi jcc-admin plan set a plan reset; odporúčania ich použijú hneď.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh</source>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident type</source>
        <translation>Typ udalosti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Potreby</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each kind of incident needs, by priority.</source>
        <translation>Čo ktorý druh udalosti potrebuje, podľa priority.</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::SignDialog</name>
    <message>
        <location filename="../supervisor/SignDialog.cpp" line="+61"/>
        <source>Sign the handover report</source>
        <translation>Podpis protokolu o odovzdaní</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing the report of shift %1 makes it final: the figures, lists and remarks are frozen and protected by a SHA-256 digest, and nobody can change them afterwards. Enter your login password to sign.</source>
        <translation>Podpisom sa protokol zmeny %1 stane konečným: údaje, zoznamy a poznámky sa zmrazia, chráni ich odtlačok SHA-256 a nikto ich už nemôže zmeniť. Na podpis zadajte svoje prihlasovacie heslo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shift runs until %1: whatever happens after you sign is not in the report.</source>
        <translation>Zmena trvá do %1: čo sa stane po podpise, už v protokole nebude.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign</source>
        <translation>&amp;Podpísať</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Zadajte svoje heslo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected to the server. The report was not signed; sign again once the connection is back.</source>
        <translation>Bez spojenia so serverom. Protokol nebol podpísaný; podpíšte ho znova, keď sa spojenie obnoví.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong password. The report was not signed; enter your own login password.</source>
        <translation>Nesprávne heslo. Protokol nebol podpísaný; zadajte svoje prihlasovacie heslo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account is locked after too many wrong passwords, so the report was not signed. Ask an administrator to unlock it. (%1)</source>
        <translation>Váš účet je po príliš mnohých chybných heslách zablokovaný, protokol preto nebol podpísaný. Požiadajte správcu o odblokovanie. (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was not signed: %1</source>
        <translation>Protokol nebol podpísaný: %1</translation>
    </message>
</context>
</TS>
