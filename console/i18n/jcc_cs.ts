<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ" sourcelanguage="en">
<context>
    <name>DomainText</name>
    <message>
        <location filename="../models/DomainText.cpp" line="+11"/>
        <source>new</source>
        <comment>incident status</comment>
        <translation>nová</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispatched</source>
        <comment>incident status</comment>
        <translation>vysláno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on scene</source>
        <comment>incident status</comment>
        <translation>na místě</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <comment>incident status</comment>
        <translation>vyřešená</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <comment>incident status</comment>
        <translation>uzavřená</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>incident status</comment>
        <translation>zrušená</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>available</source>
        <comment>unit status</comment>
        <translation>volná</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispatched</source>
        <comment>unit status</comment>
        <translation>vyslaná</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en route</source>
        <comment>unit status</comment>
        <translation>na cestě</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on scene</source>
        <comment>unit status</comment>
        <translation>na místě</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>returning</source>
        <comment>unit status</comment>
        <translation>vrací se</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of service</source>
        <comment>unit status</comment>
        <translation>mimo službu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>assigned</source>
        <comment>assignment status</comment>
        <translation>přiděleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <comment>assignment status</comment>
        <translation>potvrzeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleared</source>
        <comment>assignment status</comment>
        <translation>uvolněno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open</source>
        <comment>liaison request status</comment>
        <translation>otevřená</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <comment>liaison request status</comment>
        <translation>potvrzená</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <comment>liaison request status</comment>
        <translation>zodpovězená</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <comment>liaison request status</comment>
        <translation>přijato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <comment>liaison request status</comment>
        <translation>uzavřená</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <comment>liaison request status</comment>
        <translation>odmítnutá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>information request</source>
        <comment>liaison request kind</comment>
        <translation>žádost o informace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assistance request</source>
        <comment>liaison request kind</comment>
        <translation>žádost o součinnost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hot pursuit notice</source>
        <comment>liaison request kind</comment>
        <translation>oznámení o pronásledování</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person/vehicle check</source>
        <comment>liaison request kind</comment>
        <translation>lustrace osoby/vozidla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>equipment loan</source>
        <comment>liaison request kind</comment>
        <translation>zápůjčka techniky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custody handover</source>
        <comment>liaison request kind</comment>
        <translation>předání zadržené osoby</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P1 urgent</source>
        <translation>P1 naléhavá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P2 high</source>
        <translation>P2 vysoká</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P3 normal</source>
        <translation>P3 běžná</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P4 low</source>
        <translation>P4 nízká</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <location filename="../models/TimelineText.cpp" line="+36"/>
        <source>Incident created</source>
        <translation>Událost založena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 assigned</source>
        <translation>%1 přidělena</translation>
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
        <translation>Událost vyřešena a uzavřena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident closed</source>
        <translation>Událost uzavřena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident cancelled: %1</source>
        <translation>Událost zrušena: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident cancelled: %1; cleared %2</source>
        <translation>Událost zrušena: %1; uvolněny %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>priority %1 → %2</source>
        <translation>priorita %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type %1 → %2</source>
        <translation>typ %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>place %1</source>
        <translation>místo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>popis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed: %1</source>
        <translation>Změněno: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requested from %1: %2 × %3 (%4 suggested)</source>
        <translation>Vyžádáno od %1: %2 × %3 (navržena %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 accepted request %2 (by telephone: %3)</source>
        <translation>%1 přijala žádost %2 (telefonicky: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepted request %2</source>
        <translation>%1 přijala žádost %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 proposes %2 instead (request %3)</source>
        <translation>%1 navrhuje místo toho %2 (žádost %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offered to %1: %2</source>
        <translation>Nabídnuto straně %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken over by %1 (responsible until now: %2)</source>
        <translation>Převzala strana %1 (dosud odpovídala %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declined by %1: %2</source>
        <translation>Strana %1 odmítla: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer to %1 withdrawn: %2</source>
        <translation>Nabídka straně %1 vzata zpět: %2</translation>
    </message>
</context>
<context>
    <name>jcc::console::AlertBanner</name>
    <message>
        <location filename="../widgets/AlertBanner.cpp" line="+64"/>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>jcc::console::AssignDialog</name>
    <message>
        <location filename="../widgets/AssignDialog.cpp" line="+90"/>
        <source>No recommendation from the server (%1); distances are straight lines from the store.</source>
        <translation>Server nedal doporučení (%1); vzdálenosti jsou vzdušnou čarou podle posledních poloh.</translation>
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
        <translation>přidělit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request from %1</source>
        <translation>požádat %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Assign units to %1</source>
        <translation>Přidělit jednotky k %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available units; those the incident&apos;s plan needs (green) first. Select one or more and press Enter: units of other agencies are requested from them.</source>
        <translation>Dostupné jednotky; ty, které plán události potřebuje (zeleně), jsou první. Vyberte jednu nebo více a stiskněte Enter: o jednotky jiných složek se požádá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call sign</source>
        <translation>Volací znak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agency</source>
        <translation>Složka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance</source>
        <translation>Vzdálenost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA</source>
        <translation>Dojezd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home station</source>
        <translation>Domovská služebna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fills</source>
        <translation>Plní</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign</source>
        <translation>&amp;Přidělit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>jcc::console::AssignmentsModel</name>
    <message>
        <location filename="../models/AssignmentsModel.cpp" line="+89"/>
        <source>Unit</source>
        <translation>Jednotka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned</source>
        <translation>Přiděleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En route</source>
        <translation>Na cestě</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On scene</source>
        <translation>Na místě</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared</source>
        <translation>Uvolněno</translation>
    </message>
</context>
<context>
    <name>jcc::console::ConnectionIndicator</name>
    <message>
        <location filename="../widgets/ConnectionIndicator.cpp" line="+38"/>
        <source>Connected to %1 (node %2)</source>
        <translation>Připojeno k %1 (uzel %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>Obnovuji spojení…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting… (attempt %1)</source>
        <translation>Obnovuji spojení… (pokus %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Připojuji…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging out…</source>
        <translation>Odhlašuji…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline</source>
        <translation>Bez spojení</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last event %1</source>
        <translation>poslední událost %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n command(s) pending</source>
        <translation>
            <numerusform>%n příkaz čeká na odeslání</numerusform>
            <numerusform>%n příkazy čekají na odeslání</numerusform>
            <numerusform>%n příkazů čeká na odeslání</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcc::console::ConsoleApp</name>
    <message>
        <location filename="../ConsoleApp.cpp" line="+25"/>
        <source>The server sends no updates to this console: %1</source>
        <translation>Server této konzoli neposílá změny: %1</translation>
    </message>
</context>
<context>
    <name>jcc::console::IncidentDetailWidget</name>
    <message>
        <location filename="../widgets/IncidentDetailWidget.cpp" line="+337"/>
        <source>No incident selected. F2 logs a new one.</source>
        <translation>Není vybrána žádná událost. F2 založí novou.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3 · %4, %5 · created %6 by %7 · version %8</source>
        <translation>%1 · %2 · %3 · %4, %5 · založeno %6, %7 · verze %8</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not saved: %1</source>
        <translation>Neuloženo: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed meanwhile (now version %1, %2) — reload or re-apply your changes.</source>
        <translation>Mezitím změněno (nyní verze %1, %2) — načtěte znovu, nebo použijte své změny znovu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by %1 at %2 (now version %3) — reload or re-apply your changes.</source>
        <translation>Změnil(a) %1 v %2 (nyní verze %3) — načtěte znovu, nebo použijte své změny znovu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not closed: %1</source>
        <translation>Neuzavřeno: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel incident</source>
        <translation>Zrušit událost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (e.g. false alarm, duplicate):</source>
        <translation>Důvod (např. planý poplach, duplicita):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not cancelled: %1</source>
        <translation>Nezrušeno: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Caller details</source>
        <translation>Údaje o oznamovateli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller details are personal data; every look is recorded.
Why do you need them? (at least 10 characters)</source>
        <translation>Údaje o oznamovateli jsou osobní údaje; každé nahlédnutí se zaznamenává.
Proč je potřebujete? (alespoň 10 znaků)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Caller details not shown: %1</source>
        <translation>Údaje o oznamovateli nezobrazeny: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No caller details were taken.</source>
        <translation>Údaje o oznamovateli nebyly zapsány.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller: %1 · %2 %3</source>
        <translation>Oznamovatel: %1 · %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an assignment first.</source>
        <translation>Nejdřív vyberte přidělení.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step refused: %1</source>
        <translation>Krok odmítnut: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorita:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ocation:</source>
        <translation>&amp;Místo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>P&amp;opis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Uložit změny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign… (F4)</source>
        <translation>Přidělit… (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close incident</source>
        <translation>Uzavřít událost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel incident…</source>
        <translation>Zrušit událost…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show caller…</source>
        <translation>Zobrazit oznamovatele…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Načíst znovu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-apply my changes</source>
        <translation>Použít mé změny znovu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Přidělené jednotky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En route</source>
        <translation>Na cestě</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On scene</source>
        <translation>Na místě</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Uvolněno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Průběh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a note and press Enter</source>
        <translation>Napište poznámku a stiskněte Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Přidat poznámku</translation>
    </message>
</context>
<context>
    <name>jcc::console::IncidentModel</name>
    <message>
        <location filename="../models/IncidentModel.cpp" line="+186"/>
        <source>Reference</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Místo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Strana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Stáří</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Jednotky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
</context>
<context>
    <name>jcc::console::IncidentQueueWidget</name>
    <message>
        <location filename="../widgets/IncidentQueueWidget.cpp" line="+141"/>
        <source>Incident queue</source>
        <translation>Fronta událostí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: reference, place, text, unit… (Ctrl+F)</source>
        <translation>Filtr: číslo, místo, text, jednotka… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Otevřené</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All priorities</source>
        <translation>Všechny priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P1 only</source>
        <translation>Jen P1</translation>
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
        <translation>Moje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents my side answers for, is offered or was asked to help with</source>
        <translation>Události, za které odpovídá moje strana, které jsou jí nabídnuty nebo u nichž byla požádána o pomoc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CZ side</source>
        <translation>Česká strana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK side</source>
        <translation>Slovenská strana</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All types</source>
        <translation>Všechny typy</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 shown · P1 %2 · P2 %3 · unassigned %4</source>
        <translation>zobrazeno %1 · P1 %2 · P2 %3 · bez jednotky %4</translation>
    </message>
</context>
<context>
    <name>jcc::console::LiaisonModel</name>
    <message>
        <location filename="../models/LiaisonModel.cpp" line="+126"/>
        <source>incoming</source>
        <translation>příchozí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outgoing</source>
        <translation>odchozí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>jiná</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>in %1</source>
        <translation>za %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue %1</source>
        <translation>po termínu %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No.</source>
        <translation>Č.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Směr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From → to</source>
        <translation>Od → komu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
</context>
<context>
    <name>jcc::console::LiaisonPanel</name>
    <message>
        <location filename="../widgets/LiaisonPanel.cpp" line="+252"/>
        <source>Select a request to read it and answer.</source>
        <translation>Vyberte žádost, abyste si ji přečetli a odpověděli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 → %3 · %4 · %5 · due %6</source>
        <translation>%1 · %2 → %3 · %4 · %5 · termín %6</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rejected: %1</source>
        <translation>Odmítnuto: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reject request</source>
        <translation>Odmítnout žádost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>Důvod:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 has no available unit; decline or propose later.</source>
        <translation>%1 nemá žádnou dostupnou jednotku; odmítněte, nebo navrhněte později.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Accept request</source>
        <translation>Přijmout žádost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted on the telephone by (e.g. KOPIS JMK):</source>
        <translation>Telefonicky přijal (např. KOPIS JMK):</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Units to send:</source>
        <translation>Jednotky k vyslání:</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>active: %1 · overdue: %2</source>
        <translation>aktivní: %1 · po termínu: %2</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Propose other units</source>
        <translation>Navrhnout jiné jednotky</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units to offer:</source>
        <translation>Nabízené jednotky:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Příchozí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Odchozí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Všechny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New request…</source>
        <translation>Nová žádost…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply and press Enter</source>
        <translation>Napište odpověď a stiskněte Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Odpovědět</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Potvrdit převzetí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Uzavřít</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Odmítnout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept…</source>
        <translation>Přijmout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose…</source>
        <translation>Navrhnout…</translation>
    </message>
</context>
<context>
    <name>jcc::console::LiaisonRequestDialog</name>
    <message>
        <location filename="../widgets/LiaisonRequestDialog.cpp" line="+95"/>
        <source>Enter a subject and the request.</source>
        <translation>Vyplňte předmět a text žádosti.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New liaison request</source>
        <translation>Nová žádost o součinnost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Komu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorita:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>Př&amp;edmět:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request:</source>
        <translation>Ž&amp;ádost:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Odeslat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>jcc::console::LoginDialog</name>
    <message>
        <location filename="../LoginDialog.cpp" line="+179"/>
        <source>Login cancelled.</source>
        <translation>Přihlášení zrušeno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JCC Dispatch – Log in</source>
        <translation>JCC Dispatch – přihlášení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JCC Dispatch</source>
        <translation>JCC Dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint Czech–Slovak police contact centre</source>
        <translation>Společné kontaktní pracoviště české a slovenské policie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>&amp;Uživatelské jméno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log in</source>
        <translation>&amp;Přihlásit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>&amp;Quit</source>
        <translation>U&amp;končit</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Enter your username.</source>
        <translation>Zadejte uživatelské jméno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Zadejte heslo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the server address, for example %1.</source>
        <translation>Zadejte adresu serveru, například %1.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Confirm the server certificate</source>
        <translation>Potvrzení certifikátu serveru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer does not know the certificate of the server %1 yet.</source>
        <translation>Tento počítač zatím nezná certifikát serveru %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trust it only if its SHA-256 fingerprint is the one your administrator gave you (jcc-server writes it to its log when it starts):</source>
        <translation>Důvěřujte mu, jen pokud se jeho otisk SHA-256 shoduje s otiskem, který vám dal administrátor (jcc-server ho při spuštění zapisuje do svého logu):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The console remembers a trusted certificate for this server and refuses a different one later.</source>
        <translation>Konzole si důvěryhodný certifikát tohoto serveru zapamatuje a později jiný odmítne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the system does not trust it:</source>
        <translation>Proč mu systém nedůvěřuje:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Důvěřovat a připojit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The certificate of %1 was not confirmed, so the console did not connect.</source>
        <translation>Certifikát serveru %1 nebyl potvrzen, konzole se proto nepřipojila.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Připojování k %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging in as %1…</source>
        <translation>Přihlašování jako %1…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Wrong username or password.</source>
        <translation>Nesprávné uživatelské jméno nebo heslo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is an administrator account. Administrators work with jcc-admin on the server; log in with an operator or supervisor account.</source>
        <translation>Účet %1 je účet administrátora. Administrátoři pracují s jcc-admin na serveru; přihlaste se účtem operátora nebo vedoucího směny.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>Účet %1 je deaktivován. Požádejte administrátora, aby ho aktivoval.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This console and the server speak different protocol versions (%1). Install the console version that matches the server.</source>
        <translation>Tato konzole a server používají různé verze protokolu (%1). Nainstalujte verzi konzole, která odpovídá serveru.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused the login: %1 (%2).</source>
        <translation>Server přihlášení odmítl: %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach the server at %1: %2.</source>
        <translation>Server %1 není dostupný: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for you to confirm the certificate of %1…</source>
        <translation>Čeká se na vaše potvrzení certifikátu serveru %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate of %1 does not match the one your administrator set for it in %3, so the console refused to connect: someone may be intercepting the connection. Its fingerprint is now:
%2
Tell your administrator; if they replaced the certificate, they must also update %3.</source>
        <translation>Certifikát serveru %1 neodpovídá certifikátu, který pro něj administrátor nastavil v %3, konzole se proto odmítla připojit: spojení může někdo odposlouchávat. Jeho otisk je nyní:
%2
Oznamte to administrátorovi; pokud certifikát vyměnil, musí upravit i %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of %1 has changed since it was confirmed, so the console refused to connect: someone may be intercepting the connection. Its fingerprint is now:
%2
If your administrator replaced the certificate, check this fingerprint with them; they can make the console forget the old one with:
jcc-console --forget-certificate %1</source>
        <translation>Certifikát serveru %1 se od potvrzení změnil, konzole se proto odmítla připojit: spojení může někdo odposlouchávat. Jeho otisk je nyní:
%2
Pokud certifikát vyměnil administrátor, ověřte si s ním tento otisk; starý certifikát může z konzole odstranit příkazem:
jcc-console --forget-certificate %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server ended your session: %1. Log in again, or ask an administrator if you cannot.</source>
        <translation>Server ukončil vaši relaci: %1. Přihlaste se znovu, a pokud to nejde, obraťte se na administrátora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server is shutting down. Log in again when it is back.</source>
        <translation>Server se vypíná. Přihlaste se znovu, až bude opět v provozu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the server was lost (%1). Log in again.</source>
        <translation>Spojení se serverem bylo přerušeno (%1). Přihlaste se znovu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have logged out.</source>
        <translation>Byli jste odhlášeni.</translation>
    </message>
</context>
<context>
    <name>jcc::console::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="+194"/>
        <source>Offline: the incident is queued and will be sent on reconnect.</source>
        <translation>Bez spojení: událost čeká ve frontě a odešle se po obnovení spojení.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server refused %1: %2</source>
        <translation>Server odmítl %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Handover note</source>
        <translation>Poznámka k předání směny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the next shift (it goes into this shift&apos;s handover report):</source>
        <translation>Poznámka pro další směnu (bude v předávacím protokolu této směny):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handover note saved.</source>
        <translation>Poznámka k předání směny uložena.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Session</source>
        <translation>&amp;Relace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log out</source>
        <translation>&amp;Odhlásit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incident</source>
        <translation>&amp;Událost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New incident…</source>
        <translation>&amp;Nová událost…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in queue</source>
        <translation>&amp;Hledat ve frontě</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mine / all incidents</source>
        <translation>&amp;Moje / všechny události</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign units…</source>
        <translation>&amp;Přidělit jednotky…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Shift</source>
        <translation>&amp;Směna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift &amp;handover report…</source>
        <translation>Předávací pr&amp;otokol směny…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add handover &amp;note…</source>
        <translation>Přidat &amp;poznámku k předání…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Jednotky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison requests</source>
        <translation>Žádosti o součinnost</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>operator</source>
        <translation>operátor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisor</source>
        <translation>supervizor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation>administrátor</translation>
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
        <translation>Přihlášený uživatel: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server: %1 — node %2, %3 %4</source>
        <translation>Server: %1 — uzel %2, %3 %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 offers you %2: %3</source>
        <translation>%1 vám předává %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New priority 1 incident %1: %2, %3</source>
        <translation>Nová událost s prioritou 1 %1: %2, %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asks for help: %2</source>
        <translation>%1 žádá o pomoc: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liaison request %1 is overdue: %2</source>
        <translation>Žádost o součinnost %1 je po termínu: %2</translation>
    </message>
</context>
<context>
    <name>jcc::console::MapPanel</name>
    <message>
        <location filename="../widgets/MapPanel.cpp" line="+143"/>
        <source>Pick a point</source>
        <translation>Vybrat bod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the map to set the position of a new incident (Esc cancels)</source>
        <translation>Klepnutím do mapy určíte polohu nové události (Esc zruší)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole region</source>
        <translation>Celý region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole border region (Home)</source>
        <translation>Zobrazit celý příhraniční region (Home)</translation>
    </message>
</context>
<context>
    <name>jcc::console::MapView</name>
    <message>
        <location filename="../map/MapView.cpp" line="+365"/>
        <source>Czechia</source>
        <translation>Česko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slovakia</source>
        <translation>Slovensko</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Borders: Natural Earth</source>
        <translation>Hranice: Natural Earth</translation>
    </message>
</context>
<context>
    <name>jcc::console::NewIncidentDialog</name>
    <message>
        <location filename="../widgets/NewIncidentDialog.cpp" line="+250"/>
        <source>New incident</source>
        <translation>Nová událost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start typing, e.g. accident</source>
        <translation>začněte psát, např. nehoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorita:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Obec:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town, border crossing or station; diacritics not needed</source>
        <translation>obec, hraniční přechod nebo služebna; bez diakritiky stačí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street, number, landmark</source>
        <translation>ulice, číslo, orientační bod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Popis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>Oz&amp;namovatel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>jméno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach to &amp;existing</source>
        <translation>Připojit k &amp;existující</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Map point %1, %2</source>
        <translation>Bod z mapy %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No position yet: pick a place or a point on the map.</source>
        <translation>Zatím bez polohy: vyberte obec nebo bod na mapě.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Place search failed: %1</source>
        <translation>Hledání místa selhalo: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 · %2 · %3 · %4 m · %5 ago</source>
        <translation>%1 · %2 · %3 · %4 m · před %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Possible duplicates (same type, within 500 m, last 30 minutes): attach the report to one of them, or save a new incident.</source>
        <translation>Možné duplicity (stejný typ, do 500 m, posledních 30 minut): připojte oznámení k některé z nich, nebo uložte novou událost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No possible duplicates.</source>
        <translation>Žádné možné duplicity.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose an incident type from the list.</source>
        <translation>Vyberte typ události ze seznamu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a place or an address.</source>
        <translation>Zadejte obec nebo adresu.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server refused the incident: %1</source>
        <translation>Server událost odmítl: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Further report: %1</source>
        <translation>Další oznámení: %1</translation>
    </message>
</context>
<context>
    <name>jcc::console::PlanNeedsView</name>
    <message>
        <location filename="../widgets/PlanNeedsView.cpp" line="+58"/>
        <location line="+139"/>
        <source>Plan:</source>
        <translation>Plán:</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>other units proposed</source>
        <translation>navrženy jiné jednotky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due in %1</source>
        <translation>lhůta za %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERDUE by %1</source>
        <translation>PO LHŮTĚ o %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested from %1: %2, waiting %3, %4</source>
        <translation>Vyžádáno od %1: %2, čeká %3, %4</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 ×%2 if people are injured</source>
        <translation>%1 ×%2 při zranění osob</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ×%2 if the power is out</source>
        <translation>%1 ×%2 při výpadku proudu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requested</source>
        <translation>%1 vyžádáno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 open</source>
        <translation>%1 chybí</translation>
    </message>
</context>
<context>
    <name>jcc::console::ResponsibilityBar</name>
    <message>
        <location filename="../widgets/ResponsibilityBar.cpp" line="+70"/>
        <source>Responsible: %1</source>
        <translation>Odpovídá: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offered to %1 by %2 at %3: %4</source>
        <translation>nabídnuto %1, %2 v %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hand over to %1…</source>
        <translation>Předat %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline…</source>
        <translation>Odmítnout…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw offer…</source>
        <translation>Vzít nabídku zpět…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand over to %1</source>
        <translation>Předat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why %1 should take over (they see this):</source>
        <translation>Proč by měla převzít strana %1 (uvidí to):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not offered: %1</source>
        <translation>Nenabídnuto: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not taken over: %1</source>
        <translation>Nepřevzato: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decline the hand-over</source>
        <translation>Odmítnout převzetí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you do not take it over (they see this):</source>
        <translation>Proč událost nepřebíráte (druhá strana to uvidí):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the offer</source>
        <translation>Vzít nabídku zpět</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why:</source>
        <translation>Důvod:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not declined: %1</source>
        <translation>Neodmítnuto: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take over</source>
        <translation>Převzít</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer the responsibility for this incident to the other side</source>
        <translation>Nabídnout odpovědnost za tuto událost druhé straně</translation>
    </message>
</context>
<context>
    <name>jcc::console::ServerConnection</name>
    <message>
        <location filename="../ServerConnection.cpp" line="+73"/>
        <source>the address must have the form wss://host:port/ws</source>
        <translation>adresa musí mít tvar wss://počítač:port/ws</translation>
    </message>
    <message>
        <location filename="../Reply.cpp" line="+11"/>
        <source>not connected to the server</source>
        <translation>bez spojení se serverem</translation>
    </message>
    <message>
        <location filename="../ServerConnection.cpp" line="+157"/>
        <source>hello refused: %1</source>
        <translation>hello odmítnuto: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the server&apos;s login reply does not describe the user</source>
        <translation>odpověď serveru na přihlášení neobsahuje údaje o uživateli</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>resume refused: %1</source>
        <translation>obnovení relace odmítnuto: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the server went silent</source>
        <translation>server přestal odpovídat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server closed the connection before the login finished</source>
        <translation>server ukončil spojení dříve, než přihlášení skončilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection: %1 (code %2)</source>
        <translation>server ukončil spojení: %1 (kód %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>connection closed (code %1)</source>
        <translation>spojení ukončeno (kód %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the server presented no TLS certificate</source>
        <translation>server nepředložil žádný certifikát TLS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the certificate of %1 is not confirmed</source>
        <translation>certifikát %1 není potvrzen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the server did not answer within %1 seconds</source>
        <translation>server neodpověděl do %1 sekund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer within %1 seconds</source>
        <translation>žádná odpověď do %1 sekund</translation>
    </message>
</context>
<context>
    <name>jcc::console::TimelineModel</name>
    <message>
        <location filename="../models/TimelineModel.cpp" line="+118"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Záznam</translation>
    </message>
</context>
<context>
    <name>jcc::console::UnitBoardWidget</name>
    <message>
        <location filename="../widgets/UnitBoardWidget.cpp" line="+141"/>
        <source>Out of service</source>
        <translation>Mimo službu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 out of service?</source>
        <translation>Proč je %1 mimo službu?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not assigned to an incident.</source>
        <translation>%1 není přidělena k žádné události.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Units</source>
        <translation>Jednotky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter units</source>
        <translation>Filtr jednotek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys: A available · R returning · O out of service · K acknowledged · E en route · S on scene · C cleared</source>
        <translation>Klávesy: A volná · R vrací se · O mimo službu · K potvrzeno · E na cestě · S na místě · C uvolněno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 available of %2</source>
        <translation>volných %1 z %2</translation>
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
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>jcc::console::UnitModel</name>
    <message>
        <location filename="../models/UnitModel.cpp" line="+126"/>
        <source>Agency</source>
        <translation>Složka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call sign</source>
        <translation>Volací znak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In status</source>
        <translation>Ve stavu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Událost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home station</source>
        <translation>Domovská služebna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Vybavení</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="+21"/>
        <source>JCC Dispatch console for operators and supervisors.</source>
        <translation>Konzole JCC Dispatch pro operátory a supervizory.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address, e.g. wss://127.0.0.1:8443/ws.</source>
        <translation>Adresa serveru, např. wss://127.0.0.1:8443/ws.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>adresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the confirmed certificate of a server whose certificate was replaced, then exit.</source>
        <translation>Zapomenout potvrzený certifikát serveru, jehož certifikát byl vyměněn, a skončit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host:port</source>
        <translation>počítač:port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No certificate of %1 was confirmed; the address must be written host:port, e.g. 127.0.0.1:8443.</source>
        <translation>Pro %1 nebyl potvrzen žádný certifikát; adresa se zapisuje jako počítač:port, např. 127.0.0.1:8443.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot the certificate of %1; the next login asks to confirm the new one.</source>
        <translation>Certifikát serveru %1 byl zapomenut; při příštím přihlášení se konzole zeptá na potvrzení nového.</translation>
    </message>
</context>
</TS>
