<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ" sourcelanguage="en">
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../supervisor/ReportDocument.cpp" line="+36"/>
        <source>Shift handover report %1</source>
        <translation>Předávací protokol směny %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>cannot write %1</source>
        <translation>nelze zapsat %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>JCC Dispatch · Shift handover report</source>
        <translation>JCC Dispatch · Předávací protokol směny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift %1</source>
        <translation>Směna %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft – not signed</source>
        <translation>Koncept – nepodepsáno</translation>
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
        <translation>cs</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Draft – not signed</source>
        <translation>Koncept – nepodepsáno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by %1 at %2</source>
        <translation>Podepsal %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acknowledged by %1 at %2</source>
        <translation>převzal %1 %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>SHA-256 digest:</source>
        <translation>Otisk SHA-256:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches the signed snapshot</source>
        <translation>odpovídá podepsanému záznamu</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ExchangeStatsView</name>
    <message>
        <location filename="../supervisor/ExchangeStatsView.cpp" line="+324"/>
        <source>The statistics could not be loaded: %1</source>
        <translation>Statistiky se nepodařilo načíst: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>wk %1</source>
        <translation>%1. týden</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Liaison requests sent per direction</source>
        <translation>Odeslané styčné žádosti podle směru</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>requests</source>
        <translation>žádosti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Median response time per direction</source>
        <translation>Medián doby odpovědi podle směru</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents by type</source>
        <translation>Události podle typu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>incidents</source>
        <translation>události</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Choose the dates and the grouping, then Show.</source>
        <translation>Zvolte data a seskupení a pak Zobrazit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2: %3 liaison requests sent, %4 answered; %5 incidents.</source>
        <translation>%1 až %2: odesláno styčných žádostí %3, zodpovězeno %4; událostí %5.</translation>
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
        <translation>&amp;Seskupit po:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>dnech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>týdnech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>měsících</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Zobrazit</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::HandoverListModel</name>
    <message>
        <location filename="../supervisor/HandoverListModel.cpp" line="+86"/>
        <source>SHA-256 digest: %1</source>
        <translation>Otisk SHA-256: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Shift</source>
        <translation>Směna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Konec</translation>
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
        <translation>Předání směny – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report</source>
        <translation>&amp;Protokol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Past reports</source>
        <translation>&amp;Dřívější protokoly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistiky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response p&amp;lans</source>
        <translation>P&amp;lány nasazení</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ReportHistory</name>
    <message>
        <location filename="../supervisor/ReportHistory.cpp" line="+150"/>
        <source>The end date must not be before the start date.</source>
        <translation>Koncové datum nesmí být před počátečním.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search failed: %1</source>
        <translation>Hledání selhalo: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The report could not be loaded: %1</source>
        <translation>Protokol se nepodařilo načíst: %1</translation>
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
        <translation>Slova v poznámkách nebo záznamech (diakritika nepovinná)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Hledat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in the report tab</source>
        <translation>&amp;Otevřít na kartě Protokol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the reports of shifts that started between the two dates.</source>
        <translation>Vyhledá protokoly směn, které začaly mezi oběma daty.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) found.</source>
        <translation>
            <numerusform>Nalezen %n protokol.</numerusform>
            <numerusform>Nalezeny %n protokoly.</numerusform>
            <numerusform>Nalezeno %n protokolů.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reports found; the newest %2 are listed.</source>
        <translation>Nalezeno protokolů: %1; zobrazeno nejnovějších %2.</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ReportView</name>
    <message>
        <location filename="../supervisor/ReportView.cpp" line="+178"/>
        <source>The report could not be loaded: %1</source>
        <translation>Protokol se nepodařilo načíst: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+218"/>
        <source>Shift handover report</source>
        <translation>Předávací protokol směny</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Shift %1</source>
        <translation>Směna %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acknowledged</source>
        <translation>Převzato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Podepsáno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 digest:</source>
        <translation>Otisk SHA-256:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches the signed snapshot</source>
        <translation>odpovídá podepsanému záznamu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not match the snapshot</source>
        <translation>neodpovídá podepsanému záznamu</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Only supervisors write remarks, sign and acknowledge handover reports.</source>
        <translation>Poznámky píší, protokoly podepisují a přebírají jen vedoucí směn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is signed and can no longer be changed.</source>
        <translation>Protokol je podepsán a už jej nelze měnit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save or undo your changes to the remarks first.</source>
        <translation>Nejprve uložte nebo vraťte změny poznámek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the report with your password; it becomes final.</source>
        <translation>Podepište protokol svým heslem; tím se stane konečným.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a signed report can be acknowledged.</source>
        <translation>Převzít lze jen podepsaný protokol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report has been acknowledged already.</source>
        <translation>Protokol už byl převzat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supervisor of the next shift acknowledges the report you signed.</source>
        <translation>Vámi podepsaný protokol přebírá vedoucí následující směny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm that you have taken over the shift with this report.</source>
        <translation>Potvrďte, že jste směnu s tímto protokolem převzal(a).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remarks saved.</source>
        <translation>Poznámky uloženy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed the remarks while you were editing. Your text is still in the editor and the report above now shows theirs; compare them and save again to replace it.</source>
        <translation>Během vašich úprav poznámky změnil někdo jiný. Váš text zůstal v editoru a protokol výše nyní ukazuje jeho znění; porovnejte je a uložením znovu jej nahradíte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The remarks were not saved: %1</source>
        <translation>Poznámky nebyly uloženy: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The report of shift %1 is signed.</source>
        <translation>Protokol směny %1 je podepsán.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You acknowledged the report of shift %1.</source>
        <translation>Převzal(a) jste protokol směny %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was not acknowledged: %1</source>
        <translation>Protokol nebyl převzat: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no report is shown</source>
        <translation>není zobrazen žádný protokol</translation>
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
        <translation>Protokol byl uložen do %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report was not exported: %1</source>
        <translation>Protokol nebyl exportován: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shift handover report %1</source>
        <translation>Předávací protokol směny %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the handover report</source>
        <translation>Tisk předávacího protokolu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be printed on %1.</source>
        <translation>Protokol nelze vytisknout na %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Current shift</source>
        <translation>&amp;Aktuální směna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;Tisk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor remarks</source>
        <translation>Poznámky vedoucího směny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks for the next shift: what to watch, what is pending, what happened.</source>
        <translation>Poznámky pro další směnu: na co dohlédnout, co zbývá, co se stalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve remarks</source>
        <translation>&amp;Uložit poznámky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Podepsat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>Pře&amp;vzít</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::ResponsePlansView</name>
    <message>
        <location filename="../supervisor/ResponsePlansView.cpp" line="+43"/>
        <source>The plans could not be loaded: %1</source>
        <translation>Plány se nepodařilo načíst: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 if people are injured</source>
        <translation>%1 při zranění osob</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 if the power is out</source>
        <translation>%1 při výpadku proudu</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n plan line(s). Administrators change them with jcc-admin plan set and plan reset; recommendations use them at once.</source>
        <translation>
            <numerusform>%n řádek plánu. Mění je správci příkazy jcc-admin plan set a plan reset; doporučení je použijí ihned.</numerusform>
            <numerusform>%n řádky plánů. Mění je správci příkazy jcc-admin plan set a plan reset; doporučení je použijí ihned.</numerusform>
            <numerusform>%n řádků plánů. Mění je správci příkazy jcc-admin plan set a plan reset; doporučení je použijí ihned.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident type</source>
        <translation>Typ události</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Potřeby</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each kind of incident needs, by priority.</source>
        <translation>Co který druh události potřebuje, podle priority.</translation>
    </message>
</context>
<context>
    <name>jcc::console::supervisor::SignDialog</name>
    <message>
        <location filename="../supervisor/SignDialog.cpp" line="+61"/>
        <source>Sign the handover report</source>
        <translation>Podpis předávacího protokolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing the report of shift %1 makes it final: the figures, lists and remarks are frozen and protected by a SHA-256 digest, and nobody can change them afterwards. Enter your login password to sign.</source>
        <translation>Podpisem se protokol směny %1 stane konečným: údaje, seznamy a poznámky se zmrazí, chrání je otisk SHA-256 a nikdo je už nemůže změnit. Pro podpis zadejte své přihlašovací heslo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shift runs until %1: whatever happens after you sign is not in the report.</source>
        <translation>Směna trvá do %1: co se stane po podpisu, už v protokolu nebude.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign</source>
        <translation>&amp;Podepsat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Zadejte své heslo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected to the server. The report was not signed; sign again once the connection is back.</source>
        <translation>Bez spojení se serverem. Protokol nebyl podepsán; podepište jej znovu, až bude spojení obnoveno.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong password. The report was not signed; enter your own login password.</source>
        <translation>Nesprávné heslo. Protokol nebyl podepsán; zadejte své přihlašovací heslo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account is locked after too many wrong passwords, so the report was not signed. Ask an administrator to unlock it. (%1)</source>
        <translation>Váš účet je po příliš mnoha chybných heslech zablokován, protokol proto nebyl podepsán. Požádejte správce o odblokování. (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was not signed: %1</source>
        <translation>Protokol nebyl podepsán: %1</translation>
    </message>
</context>
</TS>
