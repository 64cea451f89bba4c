<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK" sourcelanguage="en">
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
        <translation>vyslané</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on scene</source>
        <comment>incident status</comment>
        <translation>na mieste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <comment>incident status</comment>
        <translation>vyriešená</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <comment>incident status</comment>
        <translation>uzavretá</translation>
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
        <translation>voľná</translation>
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
        <translation>na ceste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on scene</source>
        <comment>unit status</comment>
        <translation>na mieste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>returning</source>
        <comment>unit status</comment>
        <translation>vracia sa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of service</source>
        <comment>unit status</comment>
        <translation>mimo služby</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>assigned</source>
        <comment>assignment status</comment>
        <translation>pridelené</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <comment>assignment status</comment>
        <translation>potvrdené</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleared</source>
        <comment>assignment status</comment>
        <translation>uvoľnené</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open</source>
        <comment>liaison request status</comment>
        <translation>otvorená</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <comment>liaison request status</comment>
        <translation>potvrdená</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <comment>liaison request status</comment>
        <translation>zodpovedaná</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <comment>liaison request status</comment>
        <translation>prijatá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <comment>liaison request status</comment>
        <translation>uzavretá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <comment>liaison request status</comment>
        <translation>odmietnutá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>information request</source>
        <comment>liaison request kind</comment>
        <translation>žiadosť o informácie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assistance request</source>
        <comment>liaison request kind</comment>
        <translation>žiadosť o súčinnosť</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hot pursuit notice</source>
        <comment>liaison request kind</comment>
        <translation>oznámenie o prenasledovaní</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person/vehicle check</source>
        <comment>liaison request kind</comment>
        <translation>lustrácia osoby/vozidla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>equipment loan</source>
        <comment>liaison request kind</comment>
        <translation>zapožičanie techniky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custody handover</source>
        <comment>liaison request kind</comment>
        <translation>odovzdanie zadržanej osoby</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P1 urgent</source>
        <translation>P1 naliehavá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P2 high</source>
        <translation>P2 vysoká</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P3 normal</source>
        <translation>P3 bežná</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P4 low</source>
        <translation>P4 nízka</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <location filename="../models/TimelineText.cpp" line="+36"/>
        <source>Incident created</source>
        <translation>Udalosť založená</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 assigned</source>
        <translation>%1 pridelená</translation>
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
        <translation>Udalosť vyriešená a uzavretá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident closed</source>
        <translation>Udalosť uzavretá</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident cancelled: %1</source>
        <translation>Udalosť zrušená: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident cancelled: %1; cleared %2</source>
        <translation>Udalosť zrušená: %1; uvoľnené %2</translation>
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
        <translation>miesto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>popis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed: %1</source>
        <translation>Zmenené: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requested from %1: %2 × %3 (%4 suggested)</source>
        <translation>Vyžiadané od %1: %2 × %3 (navrhnutá %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 accepted request %2 (by telephone: %3)</source>
        <translation>%1 prijala žiadosť %2 (telefonicky: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepted request %2</source>
        <translation>%1 prijala žiadosť %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 proposes %2 instead (request %3)</source>
        <translation>%1 navrhuje namiesto toho %2 (žiadosť %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offered to %1: %2</source>
        <translation>Ponúknuté strane %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken over by %1 (responsible until now: %2)</source>
        <translation>Prevzala strana %1 (doteraz zodpovedala %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declined by %1: %2</source>
        <translation>Strana %1 odmietla: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer to %1 withdrawn: %2</source>
        <translation>Ponuka strane %1 stiahnutá: %2</translation>
    </message>
</context>
<context>
    <name>jcc::console::AlertBanner</name>
    <message>
        <location filename="../widgets/AlertBanner.cpp" line="+64"/>
        <source>Show</source>
        <translation>Zobraziť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Zavrieť</translation>
    </message>
</context>
<context>
    <name>jcc::console::AssignDialog</name>
    <message>
        <location filename="../widgets/AssignDialog.cpp" line="+90"/>
        <source>No recommendation from the server (%1); distances are straight lines from the store.</source>
        <translation>Server nedal odporúčanie (%1); vzdialenosti sú vzdušnou čiarou podľa posledných polôh.</translation>
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
        <translation>prideliť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request from %1</source>
        <translation>požiadať %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Assign units to %1</source>
        <translation>Prideliť jednotky k %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available units; those the incident&apos;s plan needs (green) first. Select one or more and press Enter: units of other agencies are requested from them.</source>
        <translation>Dostupné jednotky; tie, ktoré plán udalosti potrebuje (zelené), sú prvé. Vyberte jednu alebo viac a stlačte Enter: o jednotky iných zložiek sa požiada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call sign</source>
        <translation>Volací znak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agency</source>
        <translation>Zložka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance</source>
        <translation>Vzdialenosť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA</source>
        <translation>Dojazd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home station</source>
        <translation>Domovská služobňa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fills</source>
        <translation>Plní</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Akcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign</source>
        <translation>&amp;Prideliť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
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
        <translation>Pridelené</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Potvrdené</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En route</source>
        <translation>Na ceste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On scene</source>
        <translation>Na mieste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared</source>
        <translation>Uvoľnené</translation>
    </message>
</context>
<context>
    <name>jcc::console::ConnectionIndicator</name>
    <message>
        <location filename="../widgets/ConnectionIndicator.cpp" line="+38"/>
        <source>Connected to %1 (node %2)</source>
        <translation>Pripojené k %1 (uzol %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>Obnovujem spojenie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting… (attempt %1)</source>
        <translation>Obnovujem spojenie… (pokus %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Pripájam…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging out…</source>
        <translation>Odhlasujem…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline</source>
        <translation>Bez spojenia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last event %1</source>
        <translation>posledná udalosť %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n command(s) pending</source>
        <translation>
            <numerusform>%n príkaz čaká na odoslanie</numerusform>
            <numerusform>%n príkazy čakajú na odoslanie</numerusform>
            <numerusform>%n príkazov čaká na odoslanie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcc::console::ConsoleApp</name>
    <message>
        <location filename="../ConsoleApp.cpp" line="+25"/>
        <source>The server sends no updates to this console: %1</source>
        <translation>Server tejto konzole neposiela zmeny: %1</translation>
    </message>
</context>
<context>
    <name>jcc::console::IncidentDetailWidget</name>
    <message>
        <location filename="../widgets/IncidentDetailWidget.cpp" line="+337"/>
        <source>No incident selected. F2 logs a new one.</source>
        <translation>Nie je vybraná žiadna udalosť. F2 založí novú.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3 · %4, %5 · created %6 by %7 · version %8</source>
        <translation>%1 · %2 · %3 · %4, %5 · založené %6, %7 · verzia %8</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not saved: %1</source>
        <translation>Neuložené: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed meanwhile (now version %1, %2) — reload or re-apply your changes.</source>
        <translation>Medzitým zmenené (teraz verzia %1, %2) — načítajte znova, alebo použite svoje zmeny znova.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by %1 at %2 (now version %3) — reload or re-apply your changes.</source>
        <translation>Zmenil(a) %1 o %2 (teraz verzia %3) — načítajte znova, alebo použite svoje zmeny znova.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not closed: %1</source>
        <translation>Neuzavreté: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel incident</source>
        <translation>Zrušiť udalosť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (e.g. false alarm, duplicate):</source>
        <translation>Dôvod (napr. planý poplach, duplicita):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not cancelled: %1</source>
        <translation>Nezrušené: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Caller details</source>
        <translation>Údaje o oznamovateľovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller details are personal data; every look is recorded.
Why do you need them? (at least 10 characters)</source>
        <translation>Údaje o oznamovateľovi sú osobné údaje; každé nahliadnutie sa zaznamenáva.
Prečo ich potrebujete? (aspoň 10 znakov)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Caller details not shown: %1</source>
        <translation>Údaje o oznamovateľovi nezobrazené: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No caller details were taken.</source>
        <translation>Údaje o oznamovateľovi neboli zapísané.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller: %1 · %2 %3</source>
        <translation>Oznamovateľ: %1 · %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an assignment first.</source>
        <translation>Najprv vyberte pridelenie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step refused: %1</source>
        <translation>Krok odmietnutý: %1</translation>
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
        <translation>&amp;Miesto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>P&amp;opis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save changes</source>
        <translation>Uložiť zmeny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign… (F4)</source>
        <translation>Prideliť… (F4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close incident</source>
        <translation>Uzavrieť udalosť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel incident…</source>
        <translation>Zrušiť udalosť…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show caller…</source>
        <translation>Zobraziť oznamovateľa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Načítať znova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-apply my changes</source>
        <translation>Použiť moje zmeny znova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Pridelené jednotky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Potvrdené</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En route</source>
        <translation>Na ceste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On scene</source>
        <translation>Na mieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Uvoľnené</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Priebeh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a note and press Enter</source>
        <translation>Napíšte poznámku a stlačte Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Pridať poznámku</translation>
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
        <translation>Miesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Strana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Vek</translation>
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
        <translation>Front udalostí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: reference, place, text, unit… (Ctrl+F)</source>
        <translation>Filter: číslo, miesto, text, jednotka… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Otvorené</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Všetky stavy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All priorities</source>
        <translation>Všetky priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P1 only</source>
        <translation>Len P1</translation>
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
        <translation>Udalosti, za ktoré zodpovedá moja strana, ktoré sú jej ponúknuté alebo pri ktorých bola požiadaná o pomoc</translation>
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
        <translation>Všetky typy</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 shown · P1 %2 · P2 %3 · unassigned %4</source>
        <translation>zobrazené %1 · P1 %2 · P2 %3 · bez jednotky %4</translation>
    </message>
</context>
<context>
    <name>jcc::console::LiaisonModel</name>
    <message>
        <location filename="../models/LiaisonModel.cpp" line="+126"/>
        <source>incoming</source>
        <translation>prichádzajúca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outgoing</source>
        <translation>odchádzajúca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>iná</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>in %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue %1</source>
        <translation>po termíne %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No.</source>
        <translation>Č.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Smer</translation>
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
        <translation>Predmet</translation>
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
        <translation>Vyberte žiadosť, aby ste si ju prečítali a odpovedali.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 → %3 · %4 · %5 · due %6</source>
        <translation>%1 · %2 → %3 · %4 · %5 · termín %6</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rejected: %1</source>
        <translation>Odmietnuté: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reject request</source>
        <translation>Odmietnuť žiadosť</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>Dôvod:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 has no available unit; decline or propose later.</source>
        <translation>%1 nemá žiadnu dostupnú jednotku; odmietnite alebo navrhnite neskôr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Accept request</source>
        <translation>Prijať žiadosť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted on the telephone by (e.g. KOPIS JMK):</source>
        <translation>Telefonicky prijal (napr. KOPIS JMK):</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Units to send:</source>
        <translation>Jednotky na vyslanie:</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>active: %1 · overdue: %2</source>
        <translation>aktívne: %1 · po termíne: %2</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Propose other units</source>
        <translation>Navrhnúť iné jednotky</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units to offer:</source>
        <translation>Ponúkané jednotky:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Active</source>
        <translation>Aktívne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Prichádzajúce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Odchádzajúce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Všetky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New request…</source>
        <translation>Nová žiadosť…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply and press Enter</source>
        <translation>Napíšte odpoveď a stlačte Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Odpovedať</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Potvrdiť prevzatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Uzavrieť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Odmietnuť…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept…</source>
        <translation>Prijať…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose…</source>
        <translation>Navrhnúť…</translation>
    </message>
</context>
<context>
    <name>jcc::console::LiaisonRequestDialog</name>
    <message>
        <location filename="../widgets/LiaisonRequestDialog.cpp" line="+95"/>
        <source>Enter a subject and the request.</source>
        <translation>Vyplňte predmet a text žiadosti.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New liaison request</source>
        <translation>Nová žiadosť o súčinnosť</translation>
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
        <translation>Pr&amp;edmet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request:</source>
        <translation>Ž&amp;iadosť:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Odoslať</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
</context>
<context>
    <name>jcc::console::LoginDialog</name>
    <message>
        <location filename="../LoginDialog.cpp" line="+179"/>
        <source>Login cancelled.</source>
        <translation>Prihlásenie zrušené.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JCC Dispatch – Log in</source>
        <translation>JCC Dispatch – prihlásenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JCC Dispatch</source>
        <translation>JCC Dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint Czech–Slovak police contact centre</source>
        <translation>Spoločné kontaktné pracovisko českej a slovenskej polície</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>&amp;Používateľské meno:</translation>
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
        <translation>Prih&amp;lásiť</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>&amp;Quit</source>
        <translation>U&amp;končiť</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Enter your username.</source>
        <translation>Zadajte používateľské meno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Zadajte heslo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the server address, for example %1.</source>
        <translation>Zadajte adresu servera, napríklad %1.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Confirm the server certificate</source>
        <translation>Potvrdenie certifikátu servera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer does not know the certificate of the server %1 yet.</source>
        <translation>Tento počítač zatiaľ nepozná certifikát servera %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trust it only if its SHA-256 fingerprint is the one your administrator gave you (jcc-server writes it to its log when it starts):</source>
        <translation>Dôverujte mu, iba ak sa jeho odtlačok SHA-256 zhoduje s odtlačkom, ktorý vám dal administrátor (jcc-server ho pri spustení zapisuje do svojho logu):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The console remembers a trusted certificate for this server and refuses a different one later.</source>
        <translation>Konzola si dôveryhodný certifikát tohto servera zapamätá a neskôr iný odmietne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the system does not trust it:</source>
        <translation>Prečo mu systém nedôveruje:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Dôverovať a pripojiť</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The certificate of %1 was not confirmed, so the console did not connect.</source>
        <translation>Certifikát servera %1 nebol potvrdený, konzola sa preto nepripojila.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to %1…</source>
        <translation>Pripájanie k %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging in as %1…</source>
        <translation>Prihlasovanie ako %1…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Wrong username or password.</source>
        <translation>Nesprávne používateľské meno alebo heslo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is an administrator account. Administrators work with jcc-admin on the server; log in with an operator or supervisor account.</source>
        <translation>Účet %1 je účet administrátora. Administrátori pracujú s jcc-admin na serveri; prihláste sa účtom operátora alebo vedúceho zmeny.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>Účet %1 je deaktivovaný. Požiadajte administrátora, aby ho aktivoval.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This console and the server speak different protocol versions (%1). Install the console version that matches the server.</source>
        <translation>Táto konzola a server používajú rôzne verzie protokolu (%1). Nainštalujte verziu konzoly, ktorá zodpovedá serveru.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused the login: %1 (%2).</source>
        <translation>Server prihlásenie odmietol: %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach the server at %1: %2.</source>
        <translation>Server %1 nie je dostupný: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for you to confirm the certificate of %1…</source>
        <translation>Čaká sa na vaše potvrdenie certifikátu servera %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate of %1 does not match the one your administrator set for it in %3, so the console refused to connect: someone may be intercepting the connection. Its fingerprint is now:
%2
Tell your administrator; if they replaced the certificate, they must also update %3.</source>
        <translation>Certifikát servera %1 nezodpovedá certifikátu, ktorý preň administrátor nastavil v %3, konzola sa preto odmietla pripojiť: spojenie môže niekto odpočúvať. Jeho odtlačok je teraz:
%2
Oznámte to administrátorovi; ak certifikát vymenil, musí upraviť aj %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of %1 has changed since it was confirmed, so the console refused to connect: someone may be intercepting the connection. Its fingerprint is now:
%2
If your administrator replaced the certificate, check this fingerprint with them; they can make the console forget the old one with:
jcc-console --forget-certificate %1</source>
        <translation>Certifikát servera %1 sa od potvrdenia zmenil, konzola sa preto odmietla pripojiť: spojenie môže niekto odpočúvať. Jeho odtlačok je teraz:
%2
Ak certifikát vymenil administrátor, overte si s ním tento odtlačok; starý certifikát môže z konzoly odstrániť príkazom:
jcc-console --forget-certificate %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server ended your session: %1. Log in again, or ask an administrator if you cannot.</source>
        <translation>Server ukončil vašu reláciu: %1. Prihláste sa znova, a ak to nejde, obráťte sa na administrátora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server is shutting down. Log in again when it is back.</source>
        <translation>Server sa vypína. Prihláste sa znova, keď bude opäť v prevádzke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the server was lost (%1). Log in again.</source>
        <translation>Spojenie so serverom sa prerušilo (%1). Prihláste sa znova.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have logged out.</source>
        <translation>Boli ste odhlásení.</translation>
    </message>
</context>
<context>
    <name>jcc::console::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="+194"/>
        <source>Offline: the incident is queued and will be sent on reconnect.</source>
        <translation>Bez spojenia: udalosť čaká vo fronte a odošle sa po obnovení spojenia.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server refused %1: %2</source>
        <translation>Server odmietol %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Handover note</source>
        <translation>Poznámka k odovzdaniu zmeny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the next shift (it goes into this shift&apos;s handover report):</source>
        <translation>Poznámka pre ďalšiu zmenu (bude v protokole o odovzdaní tejto zmeny):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handover note saved.</source>
        <translation>Poznámka k odovzdaniu zmeny uložená.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Session</source>
        <translation>&amp;Relácia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log out</source>
        <translation>&amp;Odhlásiť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incident</source>
        <translation>&amp;Udalosť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New incident…</source>
        <translation>&amp;Nová udalosť…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in queue</source>
        <translation>&amp;Hľadať vo fronte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mine / all incidents</source>
        <translation>&amp;Moje / všetky udalosti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign units…</source>
        <translation>&amp;Prideliť jednotky…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Zobrazenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Shift</source>
        <translation>Z&amp;mena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift &amp;handover report…</source>
        <translation>P&amp;rotokol o odovzdaní zmeny…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add handover &amp;note…</source>
        <translation>Pridať &amp;poznámku k odovzdaniu…</translation>
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
        <translation>Žiadosti o súčinnosť</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>operator</source>
        <translation>operátor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisor</source>
        <translation>supervízor</translation>
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
        <translation>Prihlásený používateľ: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server: %1 — node %2, %3 %4</source>
        <translation>Server: %1 — uzol %2, %3 %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 offers you %2: %3</source>
        <translation>%1 vám odovzdáva %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New priority 1 incident %1: %2, %3</source>
        <translation>Nová udalosť s prioritou 1 %1: %2, %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asks for help: %2</source>
        <translation>%1 žiada o pomoc: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liaison request %1 is overdue: %2</source>
        <translation>Žiadosť o súčinnosť %1 je po termíne: %2</translation>
    </message>
</context>
<context>
    <name>jcc::console::MapPanel</name>
    <message>
        <location filename="../widgets/MapPanel.cpp" line="+143"/>
        <source>Pick a point</source>
        <translation>Vybrať bod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the map to set the position of a new incident (Esc cancels)</source>
        <translation>Kliknutím do mapy určíte polohu novej udalosti (Esc zruší)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole region</source>
        <translation>Celý región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole border region (Home)</source>
        <translation>Zobraziť celý prihraničný región (Home)</translation>
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
        <translation>Nová udalosť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start typing, e.g. accident</source>
        <translation>začnite písať, napr. nehoda</translation>
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
        <translation>obec, hraničný priechod alebo služobňa; stačí bez diakritiky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street, number, landmark</source>
        <translation>ulica, číslo, orientačný bod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Popis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>Oz&amp;namovateľ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>meno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach to &amp;existing</source>
        <translation>Pripojiť k &amp;existujúcej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
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
        <translation>Zatiaľ bez polohy: vyberte obec alebo bod na mape.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Place search failed: %1</source>
        <translation>Hľadanie miesta zlyhalo: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 · %2 · %3 · %4 m · %5 ago</source>
        <translation>%1 · %2 · %3 · %4 m · pred %5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Possible duplicates (same type, within 500 m, last 30 minutes): attach the report to one of them, or save a new incident.</source>
        <translation>Možné duplicity (rovnaký typ, do 500 m, posledných 30 minút): pripojte oznámenie k niektorej z nich, alebo uložte novú udalosť.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No possible duplicates.</source>
        <translation>Žiadne možné duplicity.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose an incident type from the list.</source>
        <translation>Vyberte typ udalosti zo zoznamu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a place or an address.</source>
        <translation>Zadajte obec alebo adresu.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server refused the incident: %1</source>
        <translation>Server udalosť odmietol: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Further report: %1</source>
        <translation>Ďalšie oznámenie: %1</translation>
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
        <translation>navrhnuté iné jednotky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due in %1</source>
        <translation>lehota o %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERDUE by %1</source>
        <translation>PO LEHOTE o %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested from %1: %2, waiting %3, %4</source>
        <translation>Vyžiadané od %1: %2, čaká %3, %4</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 ×%2 if people are injured</source>
        <translation>%1 ×%2 pri zranení osôb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ×%2 if the power is out</source>
        <translation>%1 ×%2 pri výpadku prúdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requested</source>
        <translation>%1 vyžiadané</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 open</source>
        <translation>%1 chýba</translation>
    </message>
</context>
<context>
    <name>jcc::console::ResponsibilityBar</name>
    <message>
        <location filename="../widgets/ResponsibilityBar.cpp" line="+70"/>
        <source>Responsible: %1</source>
        <translation>Zodpovedá: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offered to %1 by %2 at %3: %4</source>
        <translation>ponúknuté %1, %2 o %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hand over to %1…</source>
        <translation>Odovzdať %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decline…</source>
        <translation>Odmietnuť…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw offer…</source>
        <translation>Stiahnuť ponuku…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand over to %1</source>
        <translation>Odovzdať %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why %1 should take over (they see this):</source>
        <translation>Prečo by mala prevziať strana %1 (uvidí to):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not offered: %1</source>
        <translation>Neponúknuté: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not taken over: %1</source>
        <translation>Neprevzaté: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decline the hand-over</source>
        <translation>Odmietnuť prevzatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you do not take it over (they see this):</source>
        <translation>Prečo udalosť nepreberáte (druhá strana to uvidí):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the offer</source>
        <translation>Stiahnuť ponuku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why:</source>
        <translation>Dôvod:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not declined: %1</source>
        <translation>Neodmietnuté: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take over</source>
        <translation>Prevziať</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer the responsibility for this incident to the other side</source>
        <translation>Ponúknuť zodpovednosť za túto udalosť druhej strane</translation>
    </message>
</context>
<context>
    <name>jcc::console::ServerConnection</name>
    <message>
        <location filename="../ServerConnection.cpp" line="+73"/>
        <source>the address must have the form wss://host:port/ws</source>
        <translation>adresa musí mať tvar wss://počítač:port/ws</translation>
    </message>
    <message>
        <location filename="../Reply.cpp" line="+11"/>
        <source>not connected to the server</source>
        <translation>bez spojenia so serverom</translation>
    </message>
    <message>
        <location filename="../ServerConnection.cpp" line="+157"/>
        <source>hello refused: %1</source>
        <translation>hello odmietnuté: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the server&apos;s login reply does not describe the user</source>
        <translation>odpoveď servera na prihlásenie neobsahuje údaje o používateľovi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>resume refused: %1</source>
        <translation>obnovenie relácie odmietnuté: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the server went silent</source>
        <translation>server prestal odpovedať</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server closed the connection before the login finished</source>
        <translation>server ukončil spojenie skôr, ako sa prihlásenie skončilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection: %1 (code %2)</source>
        <translation>server ukončil spojenie: %1 (kód %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>connection closed (code %1)</source>
        <translation>spojenie ukončené (kód %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the server presented no TLS certificate</source>
        <translation>server nepredložil žiadny certifikát TLS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the certificate of %1 is not confirmed</source>
        <translation>certifikát %1 nie je potvrdený</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the server did not answer within %1 seconds</source>
        <translation>server neodpovedal do %1 sekúnd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer within %1 seconds</source>
        <translation>žiadna odpoveď do %1 sekúnd</translation>
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
        <translation>Mimo služby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 out of service?</source>
        <translation>Prečo je %1 mimo služby?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not assigned to an incident.</source>
        <translation>%1 nie je pridelená k žiadnej udalosti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Units</source>
        <translation>Jednotky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter units</source>
        <translation>Filter jednotiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys: A available · R returning · O out of service · K acknowledged · E en route · S on scene · C cleared</source>
        <translation>Klávesy: A voľná · R vracia sa · O mimo služby · K potvrdené · E na ceste · S na mieste · C uvoľnené</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 available of %2</source>
        <translation>voľných %1 z %2</translation>
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
        <translation>Zrušiť</translation>
    </message>
</context>
<context>
    <name>jcc::console::UnitModel</name>
    <message>
        <location filename="../models/UnitModel.cpp" line="+126"/>
        <source>Agency</source>
        <translation>Zložka</translation>
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
        <translation>V stave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Udalosť</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home station</source>
        <translation>Domovská služobňa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Vybavenie</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="+21"/>
        <source>JCC Dispatch console for operators and supervisors.</source>
        <translation>Konzola JCC Dispatch pre operátorov a supervízorov.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address, e.g. wss://127.0.0.1:8443/ws.</source>
        <translation>Adresa servera, napr. wss://127.0.0.1:8443/ws.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>adresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the confirmed certificate of a server whose certificate was replaced, then exit.</source>
        <translation>Zabudnúť potvrdený certifikát servera, ktorého certifikát bol vymenený, a skončiť.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host:port</source>
        <translation>počítač:port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No certificate of %1 was confirmed; the address must be written host:port, e.g. 127.0.0.1:8443.</source>
        <translation>Pre %1 nebol potvrdený žiadny certifikát; adresa sa zapisuje ako počítač:port, napr. 127.0.0.1:8443.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot the certificate of %1; the next login asks to confirm the new one.</source>
        <translation>Certifikát servera %1 bol zabudnutý; pri ďalšom prihlásení sa konzola opýta na potvrdenie nového.</translation>
    </message>
</context>
</TS>
