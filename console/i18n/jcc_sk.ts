<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk_SK" sourcelanguage="en">
<context>
    <name>jcc::console::LoginDialog</name>
    <message>
        <location filename="../LoginDialog.cpp" line="+159"/>
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
        <location line="+45"/>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>&amp;Quit</source>
        <translation>U&amp;končiť</translation>
    </message>
    <message>
        <location line="-29"/>
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
        <location line="+49"/>
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
        <location line="+27"/>
        <source>Wrong username or password.</source>
        <translation>Nesprávne používateľské meno alebo heslo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is locked after too many failed logins. An administrator can unlock it; otherwise it unlocks by itself later.</source>
        <translation>Účet %1 je po príliš mnohých neúspešných pokusoch o prihlásenie zablokovaný. Odblokovať ho môže administrátor, inak sa po čase odblokuje sám.</translation>
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
        <location line="+6"/>
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
        <location filename="../MainWindow.cpp" line="+79"/>
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
        <translation>supervízor</translation>
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
        <translation>Prihlásený používateľ: %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1 — node %2, %3 %4</source>
        <translation>Server: %1 — uzol %2, %3 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected to %1</source>
        <translation>Pripojené k %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <translation>Pripájanie…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging out…</source>
        <translation>Odhlasovanie…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected</source>
        <translation>Odpojené</translation>
    </message>
</context>
<context>
    <name>jcc::console::ServerConnection</name>
    <message>
        <location filename="../ServerConnection.cpp" line="+43"/>
        <source>the address must have the form wss://host:port/ws</source>
        <translation>adresa musí mať tvar wss://počítač:port/ws</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>the server&apos;s login reply does not describe the user</source>
        <translation>odpoveď servera na prihlásenie neobsahuje údaje o používateľovi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the server closed the connection before the login finished</source>
        <translation>server ukončil spojenie skôr, ako sa prihlásenie skončilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection: %1 (code %2)</source>
        <translation>server ukončil spojenie: %1 (kód %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the server presented no TLS certificate</source>
        <translation>server nepredložil žiadny certifikát TLS</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the server did not answer within %1 seconds</source>
        <translation>server neodpovedal do %1 sekúnd</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="+20"/>
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
