<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ" sourcelanguage="en">
<context>
    <name>jcc::console::LoginDialog</name>
    <message>
        <location filename="../LoginDialog.cpp" line="+159"/>
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
        <location line="+45"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>&amp;Quit</source>
        <translation>U&amp;končit</translation>
    </message>
    <message>
        <location line="-29"/>
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
        <location line="+49"/>
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
        <location line="+27"/>
        <source>Wrong username or password.</source>
        <translation>Nesprávné uživatelské jméno nebo heslo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is locked after too many failed logins. An administrator can unlock it; otherwise it unlocks by itself later.</source>
        <translation>Účet %1 je po příliš mnoha neúspěšných pokusech o přihlášení zablokován. Odblokovat ho může administrátor, jinak se po čase odblokuje sám.</translation>
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
        <location line="+6"/>
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
        <location filename="../MainWindow.cpp" line="+79"/>
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
        <source>L&amp;anguage</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+8"/>
        <source>JCC Dispatch</source>
        <translation>JCC Dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JCC Dispatch – %1</source>
        <translation>JCC Dispatch – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1 (%2, %3)</source>
        <translation>Přihlášený uživatel: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1 — node %2, %3 %4</source>
        <translation>Server: %1 — uzel %2, %3 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected to %1</source>
        <translation>Připojeno k %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <translation>Připojování…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging out…</source>
        <translation>Odhlašování…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected</source>
        <translation>Odpojeno</translation>
    </message>
</context>
<context>
    <name>jcc::console::ServerConnection</name>
    <message>
        <location filename="../ServerConnection.cpp" line="+43"/>
        <source>the address must have the form wss://host:port/ws</source>
        <translation>adresa musí mít tvar wss://počítač:port/ws</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>the server&apos;s login reply does not describe the user</source>
        <translation>odpověď serveru na přihlášení neobsahuje údaje o uživateli</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the server closed the connection before the login finished</source>
        <translation>server ukončil spojení dříve, než přihlášení skončilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection: %1 (code %2)</source>
        <translation>server ukončil spojení: %1 (kód %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the server presented no TLS certificate</source>
        <translation>server nepředložil žádný certifikát TLS</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the server did not answer within %1 seconds</source>
        <translation>server neodpověděl do %1 sekund</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="+20"/>
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
