<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>jcc::console::LoginDialog</name>
    <message>
        <location filename="../LoginDialog.cpp" line="+159"/>
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
        <location line="+45"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="-29"/>
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
        <location line="+49"/>
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
        <location line="+27"/>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is locked after too many failed logins. An administrator can unlock it; otherwise it unlocks by itself later.</source>
        <translation>The account %1 is locked after too many failed logins. An administrator can unlock it; otherwise it unlocks by itself later.</translation>
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
        <location line="+6"/>
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
        <location filename="../MainWindow.cpp" line="+79"/>
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
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <translation>Logged in as %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: %1 — node %2, %3 %4</source>
        <translation>Server: %1 — node %2, %3 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
</context>
<context>
    <name>jcc::console::ServerConnection</name>
    <message>
        <location filename="../ServerConnection.cpp" line="+43"/>
        <source>the address must have the form wss://host:port/ws</source>
        <translation>the address must have the form wss://host:port/ws</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>the server&apos;s login reply does not describe the user</source>
        <translation>the server&apos;s login reply does not describe the user</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the server closed the connection before the login finished</source>
        <translation>the server closed the connection before the login finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection: %1 (code %2)</source>
        <translation>the server closed the connection: %1 (code %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the server presented no TLS certificate</source>
        <translation>the server presented no TLS certificate</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the server did not answer within %1 seconds</source>
        <translation>the server did not answer within %1 seconds</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.cpp" line="+20"/>
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
