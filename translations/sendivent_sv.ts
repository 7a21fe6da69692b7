<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="35"/>
        <source>Developer console for the Sendivent notification API, with a local emulator of the /v1 API.

Subcommand:
  render   render a template or an event (see &apos;sendivent-console render --help&apos;)</source>
        <translation>Utvecklarkonsol för Sendivents notifierings-API, med en lokal emulator av /v1-API:t.

Underkommando:
  render   renderar en mall eller en händelse (se &apos;sendivent-console render --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="41"/>
        <source>Run only the local server, without a window.</source>
        <translation>Kör bara den lokala servern, utan fönster.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="42"/>
        <source>Address to bind (default 127.0.0.1).</source>
        <translation>Adress att lyssna på (standard 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="43"/>
        <source>Port to listen on; 0 picks a free one (default 8787).</source>
        <translation>Port att lyssna på; 0 väljer en ledig (standard 8787).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="44"/>
        <source>Folder of the database and settings.</source>
        <translation>Mapp för databasen och inställningarna.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <source>Accept this API key (test_… sandbox, live_… production); may repeat.</source>
        <translation>Godta den här API-nyckeln (test_… sandlåda, live_… produktion); kan upprepas.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="46"/>
        <source>Import a workspace fixture (JSON) at start.</source>
        <translation>Importera en arbetsytefil (JSON) vid start.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="47"/>
        <source>Inject faults by the rules of this JSON file (local emulation only, not with --proxy).</source>
        <translation>Injicera fel enligt reglerna i denna JSON-fil (bara lokal emulering, inte med --proxy).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48"/>
        <source>Enforce rate limits and quotas: on or off (default on).</source>
        <translation>Tillämpa anropsgränser och kvoter: on eller off (standard on).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="49"/>
        <source>Seconds between webhook attempts, comma-separated.</source>
        <translation>Sekunder mellan webhookförsök, kommaseparerade.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="50"/>
        <source>Forward /v1 to a remote API: sandbox, production or a URL.</source>
        <translation>Vidarebefordra /v1 till ett fjärr-API: sandbox, production eller en URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51"/>
        <source>Permit --proxy production.</source>
        <translation>Tillåt --proxy production.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="52"/>
        <source>Base URL of the remote API.</source>
        <translation>Bas-URL för fjärr-API:t.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="53"/>
        <source>Log format on stderr: text or json (default text).</source>
        <translation>Loggformat på stderr: text eller json (standard text).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54"/>
        <source>normal: a commit survives a crash of the program; full: also a power loss, at a price in speed (default normal).</source>
        <translation>normal: en incheckning överlever att programmet kraschar; full: även ett strömavbrott, till priset av lägre hastighet (standard normal).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="55"/>
        <source>The emulator&apos;s time at start: real (runs with the wall clock) or frozen (stands still until moved through /_local/clock); default real.</source>
        <translation>Emulatorns tid vid start: real (följer datorns klocka) eller frozen (står still tills den flyttas via /_local/clock); standard real.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="56"/>
        <source>Allow releasing captured email to a real SMTP server: smtp://[USER@]HOST[:PORT] (STARTTLS required), smtps://… (implicit TLS) or smtp://…?security=none (a local sink). The password comes from SENDIVENT_SMTP_PASSWORD or the keychain. Off by default.</source>
        <translation>Tillåt att fångad e-post släpps till en riktig SMTP-server: smtp://[ANVÄNDARE@]VÄRD[:PORT] (STARTTLS krävs), smtps://… (TLS från start) eller smtp://…?security=none (en lokal mottagare). Lösenordet kommer från SENDIVENT_SMTP_PASSWORD eller nyckelringen. Av som standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="57"/>
        <source>Trust the CA certificates in FILE for the SMTP server (a self-signed one).</source>
        <translation>Lita på CA-certifikaten i FIL för SMTP-servern (en självsignerad).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="58"/>
        <source>From of released email (default: the workspace&apos;s verified sender).</source>
        <translation>Avsändare (From) för släppt e-post (standard: arbetsytans verifierade avsändare).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="59"/>
        <source>Recipient of released email that replaces the captured one (your inbox).</source>
        <translation>Mottagare av släppt e-post som ersätter den fångade (din inkorg).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="60"/>
        <source>Release every new sandbox email to --release-to as it is captured.</source>
        <translation>Släpp varje nytt e-postmeddelande i sandlådan till --release-to när det fångas.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="61"/>
        <source>Keep at most N deliveries (with their timelines and webhook messages), removing the oldest; 0 or off keeps all (default: as set on the Server page, else 100000).</source>
        <translation>Behåll högst N leveranser (med deras tidslinjer och webhookmeddelanden) och ta bort de äldsta; 0 eller off behåller alla (standard: som inställt på sidan Server, annars 100000).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="62"/>
        <source>Remove deliveries and journal entries older than this, e.g. 7d, 12h, 30m; 0 or off keeps all (default: as set, else 30d).</source>
        <translation>Ta bort leveranser och journalposter som är äldre än så här, t.ex. 7d, 12h, 30m; 0 eller off behåller alla (standard: som inställt, annars 30d).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="63"/>
        <source>Keep at most N requests in the request journal; 0 or off keeps all (default: as set, else 5000).</source>
        <translation>Behåll högst N anrop i anropsjournalen; 0 eller off behåller alla (standard: som inställt, annars 5000).</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="35"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="36"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="37"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="38"/>
        <source>External id</source>
        <translation>Externt id</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="39"/>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="40"/>
        <source>Avatar URL</source>
        <translation>Avatar-URL</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="41"/>
        <source>Slack user ID</source>
        <translation>Slack-användar-id</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="42"/>
        <source>Telegram user ID</source>
        <translation>Telegram-användar-id</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="43"/>
        <source>Discord user ID</source>
        <translation>Discord-användar-id</translation>
    </message>
</context>
<context>
    <name>DataSourceBanner</name>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="44"/>
        <source>Send to production?</source>
        <translation>Skicka till produktion?</translation>
    </message>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="45"/>
        <source>%1 goes to the production API: it reaches real people and counts against the production quota.</source>
        <translation>%1 går till produktions-API:t: det når riktiga människor och räknas mot produktionskvoten.</translation>
    </message>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="52"/>
        <source>Send to production</source>
        <translation>Skicka till produktion</translation>
    </message>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="66"/>
        <source>Read-only: templates and simulations belong to the local workspace. The %1 API&apos;s events are edited in the Sendivent dashboard.</source>
        <translation>Skrivskyddat: mallar och simuleringar hör till den lokala arbetsytan. Händelserna i %1-API:t redigeras i Sendivents instrumentpanel.</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="41"/>
        <source>Queued</source>
        <translation>Köad</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="42"/>
        <source>Rendered</source>
        <translation>Renderad</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="43"/>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="44"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="45"/>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="46"/>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="47"/>
        <source>Bounced</source>
        <translation>Studsad</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="48"/>
        <source>Complained</source>
        <translation>Spamanmäld</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="49"/>
        <source>Released to inbox</source>
        <translation>Släppt till inkorg</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="50"/>
        <source>Release failed</source>
        <translation>Släppet misslyckades</translation>
    </message>
</context>
<context>
    <name>ProxyStartup</name>
    <message>
        <location filename="../app/cli/proxystartup.cpp" line="36"/>
        <source>Proxy to production</source>
        <translation>Proxy till produktion</translation>
    </message>
    <message>
        <location filename="../app/cli/proxystartup.cpp" line="37"/>
        <source>Requests to this local server will be forwarded to the production API at %1. Sends reach real people.

Start in proxy mode anyway?</source>
        <translation>Anrop till den här lokala servern vidarebefordras till produktions-API:t på %1. Utskick når riktiga människor.

Starta i proxyläge ändå?</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="156"/>
        <source>Sendivent Console</source>
        <translation>Sendivent Console</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="251"/>
        <source>Choose a Data Folder</source>
        <translation>Välj en datamapp</translation>
    </message>
</context>
<context>
    <name>sendivent::CredentialStore</name>
    <message>
        <location filename="../core/remote/credentialstore.cpp" line="51"/>
        <source>the system keychain did not answer</source>
        <translation>systemets nyckelring svarade inte</translation>
    </message>
    <message>
        <location filename="../core/remote/credentialstore.cpp" line="93"/>
        <source>An API key cannot be empty</source>
        <translation>En API-nyckel kan inte vara tom</translation>
    </message>
    <message>
        <location filename="../core/remote/credentialstore.cpp" line="133"/>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>Nyckeln kunde inte tas bort från systemets nyckelring: %1</translation>
    </message>
</context>
<context>
    <name>sendivent::DataSource</name>
    <message>
        <location filename="../core/backend/datasource.cpp" line="104"/>
        <source>A production API key starts with live_</source>
        <translation>En API-nyckel för produktion börjar med live_</translation>
    </message>
    <message>
        <location filename="../core/backend/datasource.cpp" line="105"/>
        <source>A sandbox API key starts with test_</source>
        <translation>En API-nyckel för sandlådan börjar med test_</translation>
    </message>
</context>
<context>
    <name>sendivent::LocalBackend</name>
    <message>
        <location filename="../core/backend/localbackend.cpp" line="202"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
</context>
<context>
    <name>sendivent::RemoteBackend</name>
    <message>
        <location filename="../core/remote/remotebackend.cpp" line="76"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../core/remote/remotebackend.cpp" line="76"/>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
</context>
<context>
    <name>sendivent::RemoteClient</name>
    <message>
        <location filename="../core/remote/remoteclient.cpp" line="172"/>
        <source>The remote API at %1 did not answer within %2 s</source>
        <translation>Fjärr-API:t på %1 svarade inte inom %2 s</translation>
    </message>
    <message>
        <location filename="../core/remote/remoteclient.cpp" line="177"/>
        <source>Cannot reach the remote API at %1: %2</source>
        <translation>Når inte fjärr-API:t på %1: %2</translation>
    </message>
</context>
<context>
    <name>sendivent::app::AboutDialog</name>
    <message>
        <location filename="../app/aboutdialog.cpp" line="32"/>
        <source>About Sendivent Console</source>
        <translation>Om Sendivent Console</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="38"/>
        <source>Sendivent Console %1</source>
        <translation>Sendivent Console %1</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="39"/>
        <source>The desktop developer console for the Sendivent notification API, with a local emulator of the API inside.</source>
        <translation>Skrivbordskonsolen för utvecklare av Sendivents notifierings-API, med en lokal emulator av API:et inbyggd.</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="42"/>
        <source>Built with Qt %1, running on Qt %2 (%3).</source>
        <translation>Byggd med Qt %1, körs på Qt %2 (%3).</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="50"/>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="57"/>
        <source>Libraries and data in this program</source>
        <translation>Bibliotek och data i programmet</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="58"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="59"/>
        <source>GNU LGPL version 3; linked dynamically, so you may replace it</source>
        <translation>GNU LGPL version 3; dynamiskt länkat, så du kan byta ut det</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="60"/>
        <source>BSD 3-clause licence</source>
        <translation>BSD-licens med tre klausuler</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="61"/>
        <source>MIT licence</source>
        <translation>MIT-licens</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="62"/>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="62"/>
        <source>Public domain</source>
        <translation>Allmän egendom (public domain)</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="64"/>
        <source>curl licence (MIT/X style)</source>
        <translation>curl-licens (i MIT/X-stil)</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="65"/>
        <source>Email client support data from caniemail.com (npm caniemail)</source>
        <translation>Data om stöd i e-postklienter från caniemail.com (npm caniemail)</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="66"/>
        <source>MIT licence; © Avi Goldman, Andrew Powell and caniemail.com&apos;s contributors</source>
        <translation>MIT-licens; © Avi Goldman, Andrew Powell och caniemail.coms bidragsgivare</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="67"/>
        <source>The demo workspace, the OpenAPI document and the icons</source>
        <translation>Demoarbetsytan, OpenAPI-dokumentet och ikonerna</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="68"/>
        <source>Part of Sendivent Console, under its licence</source>
        <translation>Del av Sendivent Console, under dess licens</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ApiKeyDialog</name>
    <message>
        <location filename="../app/apikeydialog.cpp" line="34"/>
        <source>Production API key</source>
        <translation>API-nyckel för produktion</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="34"/>
        <source>Sandbox API key</source>
        <translation>API-nyckel för sandlådan</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="38"/>
        <source>Enter the API key of the production API (it starts with live_). With it the console reads real data and sends reach real people.</source>
        <translation>Ange API-nyckeln till produktions-API:t (den börjar med live_). Med den läser konsolen riktiga data och utskick når riktiga människor.</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="40"/>
        <source>Enter the API key of the sandbox API (it starts with test_).</source>
        <translation>Ange API-nyckeln till sandlådans API (den börjar med test_).</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="66"/>
        <source>The key is stored in the system keychain, never in a file.</source>
        <translation>Nyckeln sparas i systemets nyckelring, aldrig i en fil.</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="67"/>
        <source>No system keychain is available: the key is kept for this session only and asked for again at the next start.</source>
        <translation>Ingen nyckelring finns i systemet: nyckeln sparas bara under den här sessionen och efterfrågas igen vid nästa start.</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="82"/>
        <source>A %1 key starts with %2.</source>
        <translation>En nyckel för %1 börjar med %2.</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="83"/>
        <source>production</source>
        <translation>produktion</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="84"/>
        <source>sandbox</source>
        <translation>sandlådan</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ApiKeysPanel</name>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="39"/>
        <source>Create key</source>
        <translation>Skapa nyckel</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="40"/>
        <location filename="../app/server/apikeyspanel.cpp" line="228"/>
        <source>Revoke</source>
        <translation>Återkalla</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="55"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="55"/>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="55"/>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="55"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="60"/>
        <source>Label, e.g. “CI” or “Jane&apos;s laptop”</source>
        <translation>Etikett, t.ex. ”CI” eller ”Janes laptop”</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="61"/>
        <source>Sandbox (test_)</source>
        <translation>Sandlåda (test_)</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="62"/>
        <source>Production (live_)</source>
        <translation>Produktion (live_)</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="63"/>
        <source>Production keys act as production here too: their deliveries are marked production and the production limits apply. Nothing leaves this computer.</source>
        <translation>Produktionsnycklar gäller som produktion även här: deras leveranser märks som produktion och produktionens gränser gäller. Ingenting lämnar den här datorn.</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="66"/>
        <source>Requests with the selected key are refused (401) from now on</source>
        <translation>Anrop med den valda nyckeln nekas (401) från och med nu</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="72"/>
        <source>Your new key. Copy it now: it is shown only this once, the console keeps nothing but its hash.</source>
        <translation>Din nya nyckel. Kopiera den nu: den visas bara den här gången, konsolen sparar bara dess hash.</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="76"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="78"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="99"/>
        <source>Keys your apps and tests use with this server. Keys given with --api-key and the console&apos;s own session key are not listed: they last for this run only.</source>
        <translation>Nycklar som dina appar och tester använder mot den här servern. Nycklar givna med --api-key och konsolens egen sessionsnyckel visas inte: de gäller bara den här körningen.</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="153"/>
        <source>Could not read the keys: %1</source>
        <translation>Kunde inte läsa nycklarna: %1</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="160"/>
        <source>production</source>
        <translation>produktion</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="160"/>
        <source>sandbox</source>
        <translation>sandlåda</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="180"/>
        <location filename="../app/server/apikeyspanel.cpp" line="198"/>
        <source>The local database is not open</source>
        <translation>Den lokala databasen är inte öppen</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="184"/>
        <source>Could not create the key: %1</source>
        <translation>Kunde inte skapa nyckeln: %1</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="201"/>
        <source>Could not revoke the key: %1</source>
        <translation>Kunde inte återkalla nyckeln: %1</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="223"/>
        <source>Revoke API key?</source>
        <translation>Återkalla API-nyckeln?</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="224"/>
        <source>Requests with %1 (%2) will be refused from now on. This cannot be undone.</source>
        <translation>Anrop med %1 (%2) nekas från och med nu. Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="225"/>
        <source>no label</source>
        <translation>ingen etikett</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ChatPreview</name>
    <message>
        <location filename="../app/studio/chatpreview.cpp" line="63"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../app/studio/chatpreview.cpp" line="87"/>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <location filename="../app/studio/chatpreview.cpp" line="98"/>
        <source>BOT</source>
        <translation>BOT</translation>
    </message>
    <message>
        <location filename="../app/studio/chatpreview.cpp" line="266"/>
        <source>Text Message · %1 %2</source>
        <translation>SMS · %1 %2</translation>
    </message>
</context>
<context>
    <name>sendivent::app::CheckTemplatesCommand</name>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="36"/>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="42"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 är inte giltig JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="58"/>
        <source>%1 is not a workspace fixture: %2</source>
        <translation>%1 är ingen arbetsytefixtur: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="68"/>
        <source>no workspace in %1 (start sendivent-console once, or pass --workspace or --data-dir)</source>
        <translation>ingen arbetsyta i %1 (starta sendivent-console en gång, eller ange --workspace eller --data-dir)</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="89"/>
        <source>--payloads: no folder %1</source>
        <translation>--payloads: ingen mapp %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="102"/>
        <source>%1 must hold a payload object or a list of them</source>
        <translation>%1 måste innehålla ett payload-objekt eller en lista med sådana</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="119"/>
        <source>Check every template of a workspace: syntax, the values it reads, missing translations, email client support (caniemail.com), links and images, and each channel&apos;s limits.
Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage error.</source>
        <translation>Kontrollera varje mall i en arbetsyta: syntax, värdena den läser, saknade översättningar, stöd i e-postklienter (caniemail.com), länkar och bilder samt varje kanals gränser.
Slutstatus: 0 inga fynd, 1 fynd på eller över --fail-on, 2 användningsfel.</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="123"/>
        <source>A workspace fixture file (JSON) to check.</source>
        <translation>En arbetsytefixtur (JSON) att kontrollera.</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="123"/>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="124"/>
        <source>Check the workspace stored in this folder.</source>
        <translation>Kontrollera arbetsytan som lagras i den här mappen.</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="124"/>
        <location filename="../app/cli/checktemplatescommand.cpp" line="125"/>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="125"/>
        <source>Folder of sample payloads: EVENT.json, an object or a list of objects.</source>
        <translation>Mapp med exempel-payloads: HÄNDELSE.json, ett objekt eller en lista med objekt.</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="126"/>
        <source>Email clients to check, comma-separated: ids or families (gmail, outlook-windows, apple-mail, …).</source>
        <translation>E-postklienter att kontrollera, kommaseparerade: id:n eller familjer (gmail, outlook-windows, apple-mail, …).</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="126"/>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="127"/>
        <source>Output: text, json or junit.</source>
        <translation>Utdata: text, json eller junit.</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="127"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="128"/>
        <source>Lowest severity that fails the check: error, warning or info.</source>
        <translation>Lägsta allvarlighetsgrad som fäller kontrollen: error, warning eller info.</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="128"/>
        <source>severity</source>
        <translation>allvarlighetsgrad</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="129"/>
        <source>Most SMS segments a message may take.</source>
        <translation>Högsta antal SMS-segment ett meddelande får ta.</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="129"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="130"/>
        <source>List the email client ids and exit.</source>
        <translation>Lista e-postklienternas id:n och avsluta.</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="131"/>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="147"/>
        <source>Data: %1, updated %2
</source>
        <translation>Data: %1, uppdaterad %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="151"/>
        <source>check-templates takes no arguments, only options (see --help)
</source>
        <translation>check-templates tar inga argument, bara flaggor (se --help)
</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="155"/>
        <source>--workspace and --data-dir exclude each other
</source>
        <translation>--workspace och --data-dir utesluter varandra
</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="160"/>
        <source>--format must be text, json or junit
</source>
        <translation>--format måste vara text, json eller junit
</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="165"/>
        <source>--fail-on must be error, warning or info
</source>
        <translation>--fail-on måste vara error, warning eller info
</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="172"/>
        <source>--sms-max-segments must be a whole number of at least 1
</source>
        <translation>--sms-max-segments måste vara ett heltal, minst 1
</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="179"/>
        <source>--clients: unknown email client &apos;%1&apos; (see --list-clients)
</source>
        <translation>--clients: okänd e-postklient &apos;%1&apos; (se --list-clients)
</translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="207"/>
        <source>%1 templates checked: %2 errors, %3 warnings, %4 notes
</source>
        <translation>%1 mallar kontrollerade: %2 fel, %3 varningar, %4 noteringar
</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ChecksPanel</name>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="33"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="34"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="35"/>
        <source>Note</source>
        <translation>Notering</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="106"/>
        <source>Show in the template</source>
        <translation>Visa i mallen</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="108"/>
        <location filename="../app/studio/checkspanel.cpp" line="152"/>
        <source>Learn more on caniemail.com</source>
        <translation>Läs mer på caniemail.com</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="131"/>
        <source>event</source>
        <translation>händelse</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="161"/>
        <source>Checks (%1)</source>
        <translation>Kontroller (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="161"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="170"/>
        <source>No problems found in this event&apos;s templates.</source>
        <translation>Inga problem i den här händelsens mallar.</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="172"/>
        <source>%1 errors, %2 warnings, %3 notes. Double-click one to show it in its template.</source>
        <translation>%1 fel, %2 varningar, %3 noteringar. Dubbelklicka på ett fynd för att visa det i mallen.</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="190"/>
        <location filename="../app/studio/checkspanel.cpp" line="242"/>
        <source>Email clients to check</source>
        <translation>E-postklienter att kontrollera</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="200"/>
        <source>Support data from caniemail.com (%1).</source>
        <translation>Stöddata från caniemail.com (%1).</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="239"/>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="239"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="239"/>
        <source>Finding</source>
        <translation>Fynd</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="240"/>
        <source>Email clients (%1)…</source>
        <translation>E-postklienter (%1)…</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="241"/>
        <source>Choose the email clients whose support is checked</source>
        <translation>Välj de e-postklienter vars stöd kontrolleras</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="243"/>
        <source>Template check findings</source>
        <translation>Fynd från mallkontrollen</translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="244"/>
        <source>The selected finding</source>
        <translation>Det valda fyndet</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ClockPanel</name>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="38"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="40"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="42"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="44"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="46"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="63"/>
        <source>Clock: %1</source>
        <translation>Klocka: %1</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="65"/>
        <source>Clock frozen at %1</source>
        <translation>Klockan stoppad vid %1</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="74"/>
        <source>The local server&apos;s clock is not real time: it is %1 (%2 the wall clock). New deliveries, timelines and webhook attempts are dated by it; quotas, rate limits, webhook retries and idempotency keys follow it. Change it on the Server page.</source>
        <translation>Den lokala serverns klocka visar inte verklig tid: den är %1 (%2 jämfört med datorns klocka). Nya leveranser, tidslinjer och webhook-försök dateras efter den; kvoter, hastighetsgränser, webhook-omförsök och idempotensnycklar följer den. Ändra den på sidan Server.</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="83"/>
        <source>+1 hour</source>
        <translation>+1 timme</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="84"/>
        <source>+1 day</source>
        <translation>+1 dag</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="86"/>
        <source>Advance</source>
        <translation>Flytta fram</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="87"/>
        <source>Freeze</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="88"/>
        <source>Back to real time</source>
        <translation>Tillbaka till verklig tid</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="103"/>
        <source>e.g. 90m, 5h, 2d</source>
        <translation>t.ex. 90m, 5h, 2d</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="106"/>
        <source>A duration: 30s, 90m, 5h, 2d, combined (1h30m), or ISO 8601 (PT5H)</source>
        <translation>En varaktighet: 30s, 90m, 5h, 2d, kombinerat (1h30m) eller ISO 8601 (PT5H)</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="107"/>
        <source>Move the emulated time one hour forward: webhook retries due by then are sent at once</source>
        <translation>Flytta den emulerade tiden en timme framåt: webhook-omförsök som då är aktuella skickas genast</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="108"/>
        <source>Move the emulated time one day forward: a new UTC day resets the daily quotas</source>
        <translation>Flytta den emulerade tiden en dag framåt: ett nytt UTC-dygn nollställer dygnskvoterna</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="109"/>
        <source>Stop the emulated time where it is; it moves only when you advance it</source>
        <translation>Stoppa den emulerade tiden där den är; den rör sig bara när du flyttar fram den</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="110"/>
        <source>Run with the computer&apos;s clock again (not possible while stored deliveries are dated after it: reset the traffic first)</source>
        <translation>Gå efter datorns klocka igen (inte möjligt så länge sparade leveranser är daterade efter den: återställ trafiken först)</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="172"/>
        <source>Real time</source>
        <translation>Verklig tid</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="179"/>
        <source>real time</source>
        <translation>verklig tid</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="181"/>
        <source>frozen</source>
        <translation>stoppad</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="183"/>
        <source>%1 ahead</source>
        <translation>%1 före</translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="218"/>
        <source>“%1” is not a duration: try 30s, 90m, 5h, 2d or PT5H</source>
        <translation>”%1” är ingen varaktighet: prova 30s, 90m, 5h, 2d eller PT5H</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ContactDialog</name>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="100"/>
        <source>Edit contact</source>
        <translation>Redigera kontakt</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="100"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="125"/>
        <source>At least one of email, phone, external id, Slack, Telegram or Discord is needed.</source>
        <translation>Minst en av e-post, telefon, externt id, Slack, Telegram eller Discord behövs.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="132"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="132"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="135"/>
        <source>Values that are JSON (42, true, {&quot;a&quot;: 1}) are stored as such; anything else as text.</source>
        <translation>Värden som är JSON (42, true, {&quot;a&quot;: 1}) sparas som sådana; allt annat som text.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="136"/>
        <source>Add field</source>
        <translation>Lägg till fält</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="137"/>
        <source>Remove field</source>
        <translation>Ta bort fält</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="144"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="156"/>
        <source>Add token</source>
        <translation>Lägg till token</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="157"/>
        <source>Remove token</source>
        <translation>Ta bort token</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="164"/>
        <source>Push tokens</source>
        <translation>Push-tokens</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="177"/>
        <source>Deliveries</source>
        <translation>Leveranser</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="179"/>
        <source>Close this dialog (without saving) and show the deliveries to this contact</source>
        <translation>Stäng dialogen (utan att spara) och visa leveranserna till den här kontakten</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="182"/>
        <source>The %1 API cannot list one contact&apos;s deliveries.</source>
        <translation>%1-API:t kan inte lista en kontakts leveranser.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="279"/>
        <source>Not an email address.</source>
        <translation>Inte en e-postadress.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="284"/>
        <source>Not an E.164 number: + and the country code, then 8–15 digits in all (+46701234567).</source>
        <translation>Inte ett E.164-nummer: + och landsnumret, sedan 8–15 siffror totalt (+46701234567).</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="288"/>
        <source>Give at least one identifier below.</source>
        <translation>Ange minst en identifierare nedan.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="298"/>
        <source>The key “%1” is given twice.</source>
        <translation>Nyckeln ”%1” finns två gånger.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ContactsCsvJob</name>
    <message>
        <location filename="../app/contacts/contactscsv.cpp" line="157"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactscsv.cpp" line="162"/>
        <source>%1 is empty: the first line must name the columns (email, phone, name, …).</source>
        <translation>%1 är tom: första raden ska namnge kolumnerna (email, phone, name, …).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactscsv.cpp" line="175"/>
        <source>Cancelled after %n row(s).</source>
        <translation>
            <numerusform>Avbröts efter %n rad.</numerusform>
            <numerusform>Avbröts efter %n rader.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contacts/contactscsv.cpp" line="193"/>
        <source>No identifier: give an email, phone, externalId, slack, telegram or discord.</source>
        <translation>Ingen identifierare: ange email, phone, externalId, slack, telegram eller discord.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactscsv.cpp" line="211"/>
        <location filename="../app/contacts/contactscsv.cpp" line="235"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactscsv.cpp" line="222"/>
        <source>Cancelled; the file was not written.</source>
        <translation>Avbrutet; filen skrevs inte.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ContactsModel</name>
    <message numerus="yes">
        <location filename="../app/contacts/contactsmodel.cpp" line="26"/>
        <source>Push (%n)</source>
        <translation>
            <numerusform>Push (%n)</numerusform>
            <numerusform>Push (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="97"/>
        <source>Contacts are listed oldest first, as the API pages them: sorting a column would read and sort every contact on each page.</source>
        <translation>Kontakterna listas äldst först, så som API:t delar upp dem i sidor: att sortera en kolumn skulle läsa och sortera alla kontakter för varje sida.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="102"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="103"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="104"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="105"/>
        <source>External id</source>
        <translation>Externt id</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="106"/>
        <source>Also reachable on</source>
        <translation>Nås även på</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="107"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ContactsPage</name>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="60"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="61"/>
        <location filename="../app/contacts/contactspage.cpp" line="261"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="62"/>
        <location filename="../app/contacts/contactspage.cpp" line="274"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="63"/>
        <source>Deliveries</source>
        <translation>Leveranser</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="64"/>
        <source>Import CSV…</source>
        <translation>Importera CSV…</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="65"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="67"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="90"/>
        <source>Search by email, name or phone (Ctrl+F)</source>
        <translation>Sök på e-post, namn eller telefon (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="92"/>
        <source>Add or update contacts from a CSV file whose first line names the columns (email, phone, name, externalId, …; other columns go to meta)</source>
        <translation>Lägg till eller uppdatera kontakter från en CSV-fil vars första rad namnger kolumnerna (email, phone, name, externalId, …; övriga kolumner hamnar i meta)</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="94"/>
        <source>Save every contact to a CSV file</source>
        <translation>Spara alla kontakter i en CSV-fil</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="95"/>
        <source>Erase the contact and their personal data, including the messages sent to them</source>
        <translation>Radera kontakten och dess personuppgifter, även meddelandena som skickats till den</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="120"/>
        <source>Rows the import skipped</source>
        <translation>Rader som importen hoppade över</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="126"/>
        <location filename="../app/contacts/contactspage.cpp" line="127"/>
        <source>Dismiss the import&apos;s problems</source>
        <translation>Stäng importens problem</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="76"/>
        <location filename="../app/contacts/contactspage.cpp" line="144"/>
        <location filename="../app/contacts/contactspage.cpp" line="216"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="209"/>
        <source>Erase the selected contact</source>
        <translation>Radera den markerade kontakten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="245"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="246"/>
        <source>%Ln contact(s) match “%1”</source>
        <translation>
            <numerusform>%Ln kontakt matchar ”%1”</numerusform>
            <numerusform>%Ln kontakter matchar ”%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="257"/>
        <source>Show deliveries</source>
        <translation>Visa leveranser</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="269"/>
        <source>Copy UUID</source>
        <translation>Kopiera UUID</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="270"/>
        <source>Copy email</source>
        <translation>Kopiera e-post</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="271"/>
        <source>Copy phone</source>
        <translation>Kopiera telefon</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="272"/>
        <source>Copy external id</source>
        <translation>Kopiera externt id</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="287"/>
        <source>The deliveries to this contact, on the Deliveries page</source>
        <translation>Leveranserna till den här kontakten, på sidan Leveranser</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="288"/>
        <source>The %1 API cannot list one contact&apos;s deliveries.</source>
        <translation>%1-API:t kan inte lista en kontakts leveranser.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="342"/>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="342"/>
        <source>Updated %1.</source>
        <translation>Uppdaterade %1.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="357"/>
        <source>Delete contact?</source>
        <translation>Ta bort kontakten?</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="358"/>
        <source>Delete %1 for good? The contact and their personal data are erased: their identifiers, profile, meta, push tokens and the messages sent to them. This cannot be undone.</source>
        <translation>Ta bort %1 för gott? Kontakten och dess personuppgifter raderas: identifierare, profil, meta, push-tokens och meddelandena som skickats till den. Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="364"/>
        <source>Erase contact</source>
        <translation>Radera kontakten</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="386"/>
        <source>Erased %1 and their personal data.</source>
        <translation>Raderade %1 och dess personuppgifter.</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="402"/>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="419"/>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="422"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %n kontakt till %1.</numerusform>
            <numerusform>Exporterade %n kontakter till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="453"/>
        <source>Imported: %n added</source>
        <translation>
            <numerusform>Importerat: %n tillagd</numerusform>
            <numerusform>Importerat: %n tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="454"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterad</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="455"/>
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n rad med problem</numerusform>
            <numerusform>%n rader med problem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="458"/>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="476"/>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="477"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="485"/>
        <source>Export contacts</source>
        <translation>Exportera kontakter</translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="486"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>sendivent::app::CopyFeedback</name>
    <message>
        <location filename="../app/widgets/copyfeedback.cpp" line="32"/>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
    <message>
        <location filename="../app/widgets/copyfeedback.cpp" line="33"/>
        <source>Copied to the clipboard</source>
        <translation>Kopierat till urklipp</translation>
    </message>
</context>
<context>
    <name>sendivent::app::DataFolderPrompt</name>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="30"/>
        <source>Sendivent Console</source>
        <translation>Sendivent Console</translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="34"/>
        <source>Another Sendivent Console (PID %1 on %2) is using the data folder %3.</source>
        <translation>En annan Sendivent Console (PID %1 på %2) använder datamappen %3.</translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="37"/>
        <source>Another Sendivent Console (PID %1) is using the data folder %2.</source>
        <translation>En annan Sendivent Console (PID %1) använder datamappen %2.</translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="40"/>
        <source>Only one console can use a data folder at a time: two would answer the same requests twice and send webhooks twice. Quit the other one, or start this one with another folder.</source>
        <translation>Bara en konsol i taget kan använda en datamapp: två skulle besvara samma förfrågningar två gånger och skicka webhooks två gånger. Avsluta den andra, eller starta den här med en annan mapp.</translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="44"/>
        <source>The data folder %1 cannot be used.</source>
        <translation>Datamappen %1 kan inte användas.</translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="47"/>
        <source>Choose Another Folder…</source>
        <translation>Välj en annan mapp…</translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="49"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>sendivent::app::DataSourceBanner</name>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="37"/>
        <source>PRODUCTION — %1: real data; sends reach real people</source>
        <translation>PRODUKTION — %1: riktiga data; utskick når riktiga människor</translation>
    </message>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="38"/>
        <source>Remote sandbox — %1</source>
        <translation>Fjärrsandlåda — %1</translation>
    </message>
</context>
<context>
    <name>sendivent::app::DeliveriesChart</name>
    <message numerus="yes">
        <source>Newest %n deliveries of the last hour, per minute</source>
        <translation type="vanished">
            <numerusform>Senaste %n leveransen den senaste timmen, per minut</numerusform>
            <numerusform>Senaste %n leveranserna den senaste timmen, per minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last hour, per minute: %n deliveries</source>
        <translation type="vanished">
            <numerusform>Senaste timmen, per minut: %n leverans</numerusform>
            <numerusform>Senaste timmen, per minut: %n leveranser</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation type="vanished">nu</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliverieschart.cpp" line="59"/>
        <source>Last hour, per minute</source>
        <translation>Senaste timmen, per minut</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/deliveries/deliverieschart.cpp" line="60"/>
        <source>%1: the newest %n deliveries</source>
        <translation>
            <numerusform>%1: den senaste %n leveransen</numerusform>
            <numerusform>%1: de senaste %n leveranserna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/deliveries/deliverieschart.cpp" line="61"/>
        <source>%1: %n deliveries</source>
        <translation>
            <numerusform>%1: %n leverans</numerusform>
            <numerusform>%1: %n leveranser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendivent::app::DeliveriesModel</name>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="88"/>
        <source>The %1 API lists deliveries newest first only.</source>
        <translation>%1-API:t listar bara leveranser med de nyaste först.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="90"/>
        <source>Click to sort newest or oldest first</source>
        <translation>Klicka för att sortera med nyaste eller äldsta först</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="91"/>
        <source>Only the creation time sorts: no index orders deliveries by this column, and sorting a million rows without one would stall the table.</source>
        <translation>Bara skapandetiden sorterar: inget index ordnar leveranser efter den här kolumnen, och att sortera en miljon rader utan index skulle låsa tabellen.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="97"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="99"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="100"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="101"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="102"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="103"/>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
</context>
<context>
    <name>sendivent::app::DeliveriesPage</name>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="84"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="105"/>
        <source>All events</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="106"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="vanished">Alla statusar</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="110"/>
        <source>Both environments</source>
        <translation>Båda miljöerna</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="111"/>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="112"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="113"/>
        <source>Any time</source>
        <translation>När som helst</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="114"/>
        <source>Last 15 minutes</source>
        <translation>Senaste 15 minuterna</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="115"/>
        <source>Last hour</source>
        <translation>Senaste timmen</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="116"/>
        <source>Last 24 hours</source>
        <translation>Senaste dygnet</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="117"/>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="118"/>
        <source>Between…</source>
        <translation>Mellan…</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="136"/>
        <source>From (inclusive)</source>
        <translation>Från (inklusive)</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="137"/>
        <source>Until (exclusive)</source>
        <translation>Till (exklusive)</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="100"/>
        <location filename="../app/deliveries/deliveriespage.cpp" line="166"/>
        <location filename="../app/deliveries/deliveriespage.cpp" line="289"/>
        <source>Deliveries</source>
        <translation>Leveranser</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="341"/>
        <source>Which API key&apos;s deliveries: test_ (sandbox) or live_ (production)</source>
        <translation>Vilken API-nyckels leveranser: test_ (sandlåda) eller live_ (produktion)</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="342"/>
        <source>The %1 API shows the deliveries of its own environment only.</source>
        <translation>API:t %1 visar bara leveranserna i sin egen miljö.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="344"/>
        <source>When the deliveries were made</source>
        <translation>När leveranserna gjordes</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="345"/>
        <source>The remote API filters by event, channel and status only.</source>
        <translation>Fjärr-API:t filtrerar bara på händelse, kanal och status.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="346"/>
        <source>Show deliveries in any of the checked statuses</source>
        <translation>Visa leveranser med någon av de markerade statusarna</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="347"/>
        <source>The %1 API filters by one status at a time.</source>
        <translation>%1-API:t filtrerar på en status i taget.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="354"/>
        <source>Search: recipient, delivery or message id, contact… (Ctrl+F)</source>
        <translation>Sök: mottagare, leverans- eller meddelande-id, kontakt… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="355"/>
        <source>Paste a delivery UUID to open it (Ctrl+F)</source>
        <translation>Klistra in ett leverans-UUID för att öppna det (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="357"/>
        <source>Finds deliveries by the start of a recipient (email, phone, chat id, push token) or provider message id, a delivery UUID or its first 8 characters, or any identifier of the contact. A whole UUID opens that delivery.</source>
        <translation>Hittar leveranser på början av en mottagare (e-post, telefon, chatt-id, push-token) eller leverantörens meddelande-id, ett leverans-UUID eller dess första 8 tecken, eller någon av kontaktens identifierare. Ett helt UUID öppnar den leveransen.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="360"/>
        <source>The %1 API cannot search deliveries: paste a whole delivery UUID to open its trace.</source>
        <translation>%1-API:t kan inte söka bland leveranser: klistra in ett helt leverans-UUID för att öppna dess spårning.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="374"/>
        <source>Live: deliveries appear as they are made</source>
        <translation>Live: leveranser visas när de görs</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/deliveries/deliveriespage.cpp" line="375"/>
        <source>Checked for new deliveries every %n second(s)</source>
        <translation>
            <numerusform>Nya leveranser hämtas varje sekund</numerusform>
            <numerusform>Nya leveranser hämtas var %n:e sekund</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="473"/>
        <source>The %1 API cannot search: paste a whole delivery UUID.</source>
        <translation>%1-API:t kan inte söka: klistra in ett helt leverans-UUID.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="552"/>
        <source>Last hour, per minute</source>
        <translation>Senaste timmen, per minut</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="557"/>
        <source>Last 15 minutes, per minute</source>
        <translation>Senaste 15 minuterna, per minut</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="560"/>
        <source>Last 24 hours, per hour</source>
        <translation>Senaste 24 timmarna, per timme</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="563"/>
        <source>Last 7 days, per 6 hours</source>
        <translation>Senaste 7 dagarna, per 6 timmar</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="568"/>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="682"/>
        <source>Open trace</source>
        <translation>Öppna spårning</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="684"/>
        <source>Copy delivery UUID</source>
        <translation>Kopiera leverans-UUID</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="685"/>
        <source>Copy recipient</source>
        <translation>Kopiera mottagare</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="687"/>
        <source>Copy message id</source>
        <translation>Kopiera meddelande-id</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="691"/>
        <source>Search for “%1”</source>
        <translation>Sök efter ”%1”</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="699"/>
        <source>Only deliveries to this contact</source>
        <translation>Bara leveranser till den här kontakten</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="706"/>
        <source>The %1 API cannot search deliveries.</source>
        <translation>%1-API:t kan inte söka bland leveranser.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="710"/>
        <source>Only event %1</source>
        <translation>Bara händelsen %1</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="715"/>
        <source>Only status “%1”</source>
        <translation>Bara status ”%1”</translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="718"/>
        <source>Only channel %1</source>
        <translation>Bara kanalen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation type="vanished">
            <numerusform>%n status</numerusform>
            <numerusform>%n statusar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/deliveries/deliveriespage.cpp" line="779"/>
        <source>%1 of %Ln deliveries loaded</source>
        <translation>
            <numerusform>%1 av %Ln leverans inläst</numerusform>
            <numerusform>%1 av %Ln leveranser inlästa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendivent::app::EmailPreview</name>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="56"/>
        <source>Load remote images</source>
        <translation>Läs in fjärrbilder</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="64"/>
        <source>Email preview</source>
        <translation>Förhandsvisning av e-post</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="131"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="132"/>
        <source>Plain text</source>
        <translation>Ren text</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="140"/>
        <source>Desktop</source>
        <translation>Dator</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="140"/>
        <source>Show the email %1 pixels wide, as a desktop mail client does</source>
        <translation>Visa mejlet %1 bildpunkter brett, som ett e-postprogram på datorn gör</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="141"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="141"/>
        <source>Show the email %1 pixels wide, as a phone does</source>
        <translation>Visa mejlet %1 bildpunkter brett, som en telefon gör</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="142"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="142"/>
        <source>Show the email as a reader who prefers a dark colour scheme sees it</source>
        <translation>Visa mejlet som en läsare som föredrar mörkt färgschema ser det</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="143"/>
        <source>Open in browser</source>
        <translation>Öppna i webbläsaren</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="144"/>
        <source>Open the email in your web browser, with remote content</source>
        <translation>Öppna mejlet i din webbläsare, med fjärrinnehåll</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="168"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="169"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="170"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="205"/>
        <source>(no subject)</source>
        <translation>(inget ämne)</translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="257"/>
        <source>The pane is narrower than %1 pixels, so the email is laid out %2 pixels wide; widen the preview to see it at %1</source>
        <translation>Rutan är smalare än %1 bildpunkter, så mejlet visas %2 bildpunkter brett; gör förhandsvisningen bredare för att se det med %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/emailpreview.cpp" line="267"/>
        <source>%n remote image(s) or file(s) blocked to protect privacy.</source>
        <translation>
            <numerusform>%n fjärrbild eller fil blockerad för att skydda integriteten.</numerusform>
            <numerusform>%n fjärrbilder eller filer blockerade för att skydda integriteten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendivent::app::EmailWebView</name>
    <message>
        <location filename="../app/studio/emailwebview.cpp" line="231"/>
        <source>&lt;p&gt;This email is too large to preview here (%1 MB); use Open in browser.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mejlet är för stort för att förhandsvisas här (%1 MB); använd Öppna i webbläsaren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/emailwebview.cpp" line="257"/>
        <source>Email</source>
        <translation>Mejl</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ErrorBanner</name>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="38"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventEditor</name>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="27"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="28"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="33"/>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="34"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="35"/>
        <source>Edit templates…</source>
        <translation>Redigera mallar…</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="53"/>
        <source>What apps send: POST /v1/send/{identifier}. Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Det appar skickar: POST /v1/send/{identifierare}. Bokstäver, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="55"/>
        <source>e.g. de or pt-BR</source>
        <translation>t.ex. de eller pt-BR</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="90"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="91"/>
        <source>Identifier</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="92"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="41"/>
        <location filename="../app/workspace/eventeditor.cpp" line="93"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="94"/>
        <source>Default language</source>
        <translation>Standardspråk</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="95"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="180"/>
        <source>%1 (default)</source>
        <translation>%1 (standard)</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="247"/>
        <source>“%1” is not a language tag; use one like en, sv or pt-BR.</source>
        <translation>”%1” är ingen språkkod; använd en som en, sv eller pt-BR.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="251"/>
        <source>The event has “%1” already.</source>
        <translation>Händelsen har redan ”%1”.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="280"/>
        <source>The default language cannot be removed</source>
        <translation>Standardspråket kan inte tas bort</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="287"/>
        <source>Apps sending “%1” get EVENT_NOT_FOUND once it is renamed.</source>
        <translation>Appar som skickar ”%1” får EVENT_NOT_FOUND när den har bytt namn.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="291"/>
        <source>Saving deletes the %1 templates.</source>
        <translation>När du sparar tas %1-mallarna bort.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="295"/>
        <source>Saving deletes the “%1” templates.</source>
        <translation>När du sparar tas mallarna på ”%1” bort.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventListModel</name>
    <message>
        <location filename="../app/workspace/eventlistmodel.cpp" line="55"/>
        <source>Identifier</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventlistmodel.cpp" line="56"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventlistmodel.cpp" line="57"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventlistmodel.cpp" line="58"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventsPage</name>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="56"/>
        <location filename="../app/workspace/eventspage.cpp" line="376"/>
        <source>New event</source>
        <translation>Ny händelse</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="57"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="58"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="59"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="60"/>
        <source>Copy to local workspace</source>
        <translation>Kopiera till lokal arbetsyta</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="64"/>
        <source>Search events (Ctrl+F)</source>
        <translation>Sök händelser (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="73"/>
        <source>Replace the workspace (not its contacts) with a fixture file; contacts in it are added or updated</source>
        <translation>Ersätt arbetsytan (men inte dess kontakter) med en arbetsytefil; kontakterna i filen läggs till eller uppdateras</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="74"/>
        <source>Save the workspace as a fixture file, without integration secrets</source>
        <translation>Spara arbetsytan som en arbetsytefil, utan integrationernas hemligheter</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="76"/>
        <source>Copy these events, their templates and the integrations into the local workspace, so that app tests run against them; local contacts, senders and secrets stay</source>
        <translation>Kopiera dessa händelser, deras mallar och integrationerna till den lokala arbetsytan så att appens tester körs mot dem; lokala kontakter, avsändare och hemligheter behålls</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="85"/>
        <location filename="../app/workspace/eventspage.cpp" line="103"/>
        <location filename="../app/workspace/eventspage.cpp" line="259"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="176"/>
        <source>Delete the selected event</source>
        <translation>Ta bort den markerade händelsen</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="215"/>
        <source>Copy from production</source>
        <translation>Kopiera från produktion</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="216"/>
        <source>Copy the production workspace&apos;s events, templates and integrations into the local workspace? Nothing is sent, and the local contacts stay.</source>
        <translation>Kopiera produktionsarbetsytans händelser, mallar och integrationer till den lokala arbetsytan? Inget skickas, och de lokala kontakterna behålls.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="222"/>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="228"/>
        <source>Nothing was copied from %1: %2</source>
        <translation>Inget kopierades från %1: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="246"/>
        <source>The workspace of %1 could not be copied: %2</source>
        <translation>Arbetsytan i %1 kunde inte kopieras: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/eventspage.cpp" line="252"/>
        <source>Copied %n event(s) from %1 into the local workspace</source>
        <translation>
            <numerusform>Kopierade %n händelse från %1 till den lokala arbetsytan</numerusform>
            <numerusform>Kopierade %n händelser från %1 till den lokala arbetsytan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="286"/>
        <source>Could not load events: %1</source>
        <translation>Kunde inte läsa händelserna: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/eventspage.cpp" line="290"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="354"/>
        <source>“%1” is no longer in the workspace.</source>
        <translation>”%1” finns inte längre i arbetsytan.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="365"/>
        <source>Saved “%1”.</source>
        <translation>Sparade ”%1”.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="387"/>
        <source>Created “%1”: name it, choose its channels, then write its templates.</source>
        <translation>Skapade ”%1”: ge den ett namn, välj kanaler och skriv sedan mallarna.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="407"/>
        <source>Deleted “%1”.</source>
        <translation>Tog bort ”%1”.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="407"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="418"/>
        <source>Restored.</source>
        <translation>Återställd.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="428"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="435"/>
        <source>%1 is not valid JSON (%2). Nothing was imported.</source>
        <translation>%1 är inte giltig JSON (%2). Ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="445"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 importerades inte: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/eventspage.cpp" line="451"/>
        <source>Imported %1: %n event(s)</source>
        <translation>
            <numerusform>Importerade %1: %n händelse</numerusform>
            <numerusform>Importerade %1: %n händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/eventspage.cpp" line="452"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n kontakt tillagd</numerusform>
            <numerusform>%n kontakter tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/eventspage.cpp" line="453"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterad</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="471"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="475"/>
        <source>Exported the workspace to %1.</source>
        <translation>Exporterade arbetsytan till %1.</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="481"/>
        <source>Import workspace</source>
        <translation>Importera arbetsyta</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="482"/>
        <source>Workspace fixtures (*.json);;All files (*)</source>
        <translation>Arbetsytefiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="490"/>
        <source>Export workspace</source>
        <translation>Exportera arbetsyta</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="491"/>
        <source>Workspace fixtures (*.json)</source>
        <translation>Arbetsytefiler (*.json)</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="509"/>
        <source>Copy identifier</source>
        <translation>Kopiera identifierare</translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="512"/>
        <source>Show deliveries of %1</source>
        <translation>Visa leveranser av %1</translation>
    </message>
</context>
<context>
    <name>sendivent::app::FaultsPanel</name>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="46"/>
        <source>event %1</source>
        <translation>händelse %1</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="48"/>
        <source>to %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="51"/>
        <source>every /v1 request</source>
        <translation>varje /v1-anrop</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="52"/>
        <source>every send</source>
        <translation>varje utskick</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="60"/>
        <source>next %1</source>
        <translation>nästa %1</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="61"/>
        <source>%1% of matches</source>
        <translation>%1 % av träffarna</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="63"/>
        <source>, %1–%2 ms</source>
        <translation>, %1–%2 ms</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="78"/>
        <source>Add rule</source>
        <translation>Lägg till regel</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="79"/>
        <source>Clear all</source>
        <translation>Rensa alla</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="95"/>
        <source>Answers and deliveries shaped by a rule say so: X-Sendivent-Fault, the journal, the trace</source>
        <translation>Svar och leveranser som en regel påverkat säger det: X-Sendivent-Fault, journalen, spårningen</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="97"/>
        <source>Make the emulated providers and the API fail on purpose, to test how your app copes. Off by default; POST /_local/reset clears every rule. More rules (targets, latency, a seed): PUT /_local/faults or --faults FILE.</source>
        <translation>Låt de emulerade leverantörerna och API:t fallera med flit, för att testa hur din app klarar det. Av som standard; POST /_local/reset rensar alla regler. Fler regler (mål, fördröjning, ett frö): PUT /_local/faults eller --faults FIL.</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="101"/>
        <source>Any channel</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="104"/>
        <source>API requests (/v1)</source>
        <translation>API-anrop (/v1)</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="105"/>
        <source>What the rule does to a matching send or request</source>
        <translation>Vad regeln gör med ett matchande utskick eller anrop</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="106"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="107"/>
        <source>Probability</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="111"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="111"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="111"/>
        <source>Applies to</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="111"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="111"/>
        <source>Fired</source>
        <translation>Utlöst</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="179"/>
        <source>429 rate limited</source>
        <translation>429 för många anrop</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="180"/>
        <source>500 server error</source>
        <translation>500 serverfel</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="181"/>
        <source>503 unavailable</source>
        <translation>503 otillgänglig</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="183"/>
        <source>Refuse (502)</source>
        <translation>Vägra (502)</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="184"/>
        <source>Fail later</source>
        <translation>Misslyckas senare</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="185"/>
        <source>Bounce (email)</source>
        <translation>Studsa (e-post)</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="186"/>
        <source>Complaint (email)</source>
        <translation>Klagomål (e-post)</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="207"/>
        <source>%1 (spent)</source>
        <translation>%1 (förbrukad)</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="218"/>
        <source>Fault rules paused: proxy mode</source>
        <translation>Felregler pausade: proxyläge</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="220"/>
        <source>⚠ 1 fault rule active</source>
        <translation>⚠ 1 felregel aktiv</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="222"/>
        <source>⚠ %1 fault rules active</source>
        <translation>⚠ %1 felregler aktiva</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="225"/>
        <source>Seed %1: the same seed and the same requests give the same faults</source>
        <translation>Frö %1: samma frö och samma anrop ger samma fel</translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="263"/>
        <source>Fault rule</source>
        <translation>Felregel</translation>
    </message>
</context>
<context>
    <name>sendivent::app::GoToAnything</name>
    <message>
        <location filename="../app/gotoanything.cpp" line="57"/>
        <source>Go to: delivery or contact UUID, email, phone, external id, message id, msg_…, req_…</source>
        <translation>Gå till: leverans- eller kontakt-UUID, e-post, telefon, externt id, meddelande-id, msg_…, req_…</translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="71"/>
        <source>Go to anything</source>
        <translation>Gå till vad som helst</translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="84"/>
        <location filename="../app/gotoanything.cpp" line="135"/>
        <source>Enter to go; Esc to close. Recent lookups are offered as you type.</source>
        <translation>Enter för att gå dit, Esc för att stänga. Senaste sökningar föreslås medan du skriver.</translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="154"/>
        <source>Looking up “%1”…</source>
        <translation>Söker efter ”%1”…</translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="159"/>
        <source>Request ids are in the local server&apos;s request journal; the %1 API keeps none.</source>
        <translation>Anrops-id finns i den lokala serverns anropsjournal; %1-API:t har ingen.</translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="161"/>
        <source>No request %1 in the request journal.</source>
        <translation>Inget anrop %1 i anropsjournalen.</translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="166"/>
        <source>Webhook messages are the local server&apos;s; the %1 API cannot look them up.</source>
        <translation>Webhook-meddelanden finns bara i den lokala servern; %1-API:t kan inte slå upp dem.</translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="181"/>
        <source>No attempt of webhook message %1 was recorded.</source>
        <translation>Inget försök med webhookmeddelandet %1 har registrerats.</translation>
    </message>
    <message>
        <source>No attempt of webhook message %1 among the newest 1000.</source>
        <translation type="vanished">Inget försök för webhook-meddelandet %1 bland de 1000 senaste.</translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="215"/>
        <source>No delivery or contact has the UUID %1.</source>
        <translation>Ingen leverans eller kontakt har UUID:t %1.</translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="227"/>
        <source>No contact “%1”. The %2 API finds deliveries by UUID only, not by message id or recipient.</source>
        <translation>Ingen kontakt ”%1”. %2-API:t hittar leveranser bara via UUID, inte via meddelande-id eller mottagare.</translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="240"/>
        <source>Nothing found for “%1”: no delivery, contact, message or request has it.</source>
        <translation>Inget hittades för ”%1”: ingen leverans, kontakt, inget meddelande eller anrop har det.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::GuideDialog</name>
    <message>
        <location filename="../app/aboutdialog.cpp" line="85"/>
        <source>Sendivent Console Guide</source>
        <translation>Guide till Sendivent Console</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="88"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="94"/>
        <source>The guide is missing from this build.</source>
        <translation>Guiden saknas i det här bygget.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::IntegrationsPage</name>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="50"/>
        <location filename="../app/workspace/integrationspage.cpp" line="113"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="52"/>
        <location filename="../app/workspace/integrationspage.cpp" line="114"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="70"/>
        <source>Add secret</source>
        <translation>Lägg till hemlighet</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="71"/>
        <location filename="../app/workspace/integrationspage.cpp" line="350"/>
        <source>Save integration</source>
        <translation>Spara integrationen</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="72"/>
        <location filename="../app/workspace/integrationspage.cpp" line="367"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="73"/>
        <source>Plan</source>
        <translation>Abonnemang</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="75"/>
        <source>SMS addon</source>
        <translation>SMS-tillägg</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="76"/>
        <source>WhatsApp addon</source>
        <translation>WhatsApp-tillägg</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="77"/>
        <source>Save plan</source>
        <translation>Spara abonnemanget</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="88"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="99"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="99"/>
        <location filename="../app/workspace/integrationspage.cpp" line="135"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="99"/>
        <location filename="../app/workspace/integrationspage.cpp" line="136"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="99"/>
        <location filename="../app/workspace/integrationspage.cpp" line="140"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="104"/>
        <source>Listed in the workspace&apos;s order, the order a send picks integrations in; not sortable</source>
        <translation>Listade i arbetsytans ordning, den ordning ett utskick väljer integrationer i; går inte att sortera</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="115"/>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="115"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="119"/>
        <source>Settings that are not secret (a region, a sender id). Empty rows are dropped.</source>
        <translation>Inställningar som inte är hemliga (en region, ett avsändar-id). Tomma rader tas bort.</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="120"/>
        <source>Add setting</source>
        <translation>Lägg till inställning</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="127"/>
        <source>Secrets are stored in the local database and never shown again, nor sent by the API. Leave a stored secret empty to keep it.</source>
        <translation>Hemligheter sparas i den lokala databasen och visas aldrig igen, och API:t skickar dem aldrig. Lämna en sparad hemlighet tom för att behålla den.</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="145"/>
        <source>Secrets</source>
        <translation>Hemligheter</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="154"/>
        <source>Creating a contact beyond this many answers 402 QUOTA_EXCEEDED</source>
        <translation>Att skapa en kontakt utöver så här många ger 402 QUOTA_EXCEEDED</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="156"/>
        <source>Contact limit</source>
        <translation>Kontaktgräns</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="161"/>
        <source>Addons</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="84"/>
        <location filename="../app/workspace/integrationspage.cpp" line="167"/>
        <location filename="../app/workspace/integrationspage.cpp" line="220"/>
        <source>Integrations</source>
        <translation>Integrationer</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="230"/>
        <source>The local workspace&apos;s integrations: sends on a channel need an active one. The local server emulates every provider; nothing reaches a real one.</source>
        <translation>Den lokala arbetsytans integrationer: utskick på en kanal kräver en aktiv integration. Den lokala servern emulerar alla leverantörer; inget når en riktig.</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="232"/>
        <source>Read-only: the %1 API&apos;s integrations and plan are managed in the Sendivent dashboard, and the API never returns their secrets.</source>
        <translation>Skrivskyddat: integrationerna och abonnemanget för API:t %1 hanteras i Sendivents instrumentpanel, och API:t returnerar aldrig deras hemligheter.</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="279"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="279"/>
        <source>Not configured</source>
        <translation>Inte konfigurerad</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="280"/>
        <source>Sends on this channel answer INTEGRATION_MISSING</source>
        <translation>Utskick på den här kanalen ger INTEGRATION_MISSING</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="331"/>
        <source>%1 integration</source>
        <translation>Integration för %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="332"/>
        <source>Set up %1</source>
        <translation>Konfigurera %1</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="350"/>
        <source>Add integration</source>
        <translation>Lägg till integration</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="362"/>
        <source>name, e.g. secret_access_key</source>
        <translation>namn, t.ex. secret_access_key</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="366"/>
        <source>stored — type to replace</source>
        <translation>sparad — skriv för att ersätta</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="366"/>
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="447"/>
        <source>Saved the %1 integration (%2).</source>
        <translation>Sparade integrationen för %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="460"/>
        <source>Removed the %1 integration (%2): sends on %1 now answer INTEGRATION_MISSING.</source>
        <translation>Tog bort integrationen för %1 (%2): utskick på %1 ger nu INTEGRATION_MISSING.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/integrationspage.cpp" line="478"/>
        <source>Saved the plan: %Ln contacts</source>
        <translation>
            <numerusform>Sparade abonnemanget: %Ln kontakt</numerusform>
            <numerusform>Sparade abonnemanget: %Ln kontakter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="491"/>
        <source>Copy provider</source>
        <translation>Kopiera leverantör</translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="496"/>
        <source>Show deliveries on %1</source>
        <translation>Visa leveranser via %1</translation>
    </message>
</context>
<context>
    <name>sendivent::app::JournalModel</name>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="74"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="102"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="103"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="104"/>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="106"/>
        <source>Duration</source>
        <translation>Tidsåtgång</translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="107"/>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
</context>
<context>
    <name>sendivent::app::JournalView</name>
    <message>
        <location filename="../app/server/journalview.cpp" line="77"/>
        <location filename="../app/server/journalview.cpp" line="450"/>
        <source>Replay…</source>
        <translation>Spela upp igen…</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="78"/>
        <location filename="../app/server/journalview.cpp" line="442"/>
        <source>Copy as curl</source>
        <translation>Kopiera som curl</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="79"/>
        <source>Copy as HTTPie</source>
        <translation>Kopiera som HTTPie</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="80"/>
        <source>Copy as fetch</source>
        <translation>Kopiera som fetch</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="103"/>
        <source>Any method</source>
        <translation>Alla metoder</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="106"/>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="107"/>
        <source>2xx success</source>
        <translation>2xx lyckade</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="108"/>
        <source>3xx redirect</source>
        <translation>3xx omdirigering</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="109"/>
        <source>4xx client error</source>
        <translation>4xx klientfel</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="110"/>
        <source>5xx server error</source>
        <translation>5xx serverfel</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="111"/>
        <source>Path contains…</source>
        <translation>Sökvägen innehåller…</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="113"/>
        <source>The request as a curl command; the key is read from $SENDIVENT_API_KEY. Secret-looking values are masked in the journal, so fill them in again.</source>
        <translation>Anropet som ett curl-kommando; nyckeln läses från $SENDIVENT_API_KEY. Värden som ser hemliga ut är maskerade i journalen, så fyll i dem igen.</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="115"/>
        <source>The request as an HTTPie command; the key is read from $SENDIVENT_API_KEY.</source>
        <translation>Anropet som ett HTTPie-kommando; nyckeln läses från $SENDIVENT_API_KEY.</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="116"/>
        <source>The request as JavaScript fetch(); the key is read from process.env.SENDIVENT_API_KEY.</source>
        <translation>Anropet som JavaScript-fetch(); nyckeln läses från process.env.SENDIVENT_API_KEY.</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="129"/>
        <source>The journal is read newest first (its only index); clicking a column sorts the %1 requests shown, in the console.</source>
        <translation>Journalen läses nyast först (dess enda index); ett klick på en kolumn sorterar de %1 anrop som visas, i konsolen.</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="147"/>
        <source>No request body</source>
        <translation>Ingen anropskropp</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="148"/>
        <source>No response body</source>
        <translation>Ingen svarskropp</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="99"/>
        <location filename="../app/server/journalview.cpp" line="160"/>
        <source>Request headers</source>
        <translation>Anropshuvuden</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="89"/>
        <source>Requests</source>
        <translation>Anrop</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="161"/>
        <source>Request body</source>
        <translation>Anropskropp</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="162"/>
        <source>Response headers</source>
        <translation>Svarshuvuden</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="163"/>
        <source>Response body</source>
        <translation>Svarskropp</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="164"/>
        <location filename="../app/server/journalview.cpp" line="165"/>
        <source>No headers kept for this request</source>
        <translation>Inga huvuden sparade för det här anropet</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="268"/>
        <source>Could not read the request journal: %1</source>
        <translation>Kunde inte läsa anropsjournalen: %1</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="275"/>
        <source>The newest %1 requests</source>
        <translation>De %1 senaste anropen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/server/journalview.cpp" line="276"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n anrop</numerusform>
            <numerusform>%n anrop</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="361"/>
        <source>Select a request to replay it.</source>
        <translation>Välj ett anrop för att spela upp det igen.</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="363"/>
        <source>The local server is not running.</source>
        <translation>Den lokala servern körs inte.</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="368"/>
        <source>The journal keeps no keys, and the console has no %1 key to replay this request with; copy it as curl and use your own.</source>
        <translation>Journalen sparar inga nycklar, och konsolen har ingen %1-nyckel att spela upp anropet med; kopiera det som curl och använd din egen.</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="380"/>
        <source>Replay Request</source>
        <translation>Spela upp anrop igen</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="381"/>
        <source>Send %1 %2 again to the local server, in the %3 environment?</source>
        <translation>Skicka %1 %2 igen till den lokala servern, i miljön %3?</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="383"/>
        <source>no (the request had no valid key)</source>
        <translation>ingen (anropet hade ingen giltig nyckel)</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="387"/>
        <source>It is a new request with the console&apos;s own key: it can send notifications again. The body is the journal&apos;s copy: values it masked (••••) are sent masked.</source>
        <translation>Det blir ett nytt anrop med konsolens egen nyckel: det kan skicka notiser igen. Kroppen är journalens kopia: värden den maskerade (••••) skickas maskerade.</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="389"/>
        <source>Replay</source>
        <translation>Spela upp</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="414"/>
        <source>Replaying %1 %2…</source>
        <translation>Spelar upp %1 %2…</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="420"/>
        <source>Replayed: HTTP %1, request %2.</source>
        <translation>Uppspelat: HTTP %1, anrop %2.</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="421"/>
        <source>Not replayed: %1</source>
        <translation>Inte uppspelat: %1</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="440"/>
        <source>Copy request id</source>
        <translation>Kopiera anrops-id</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="441"/>
        <source>Copy path</source>
        <translation>Kopiera sökväg</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="444"/>
        <source>Filter by method %1</source>
        <translation>Filtrera på metoden %1</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="446"/>
        <source>Filter by status %1xx</source>
        <translation>Filtrera på status %1xx</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="448"/>
        <source>Filter by this path</source>
        <translation>Filtrera på den här sökvägen</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="461"/>
        <source>Send this request again to the local server, after a confirmation, with the console&apos;s key for its environment</source>
        <translation>Skicka anropet igen till den lokala servern, efter en bekräftelse, med konsolens nyckel för dess miljö</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="465"/>
        <source>Select a request to see its headers and bodies.</source>
        <translation>Välj ett anrop för att se dess huvuden och kroppar.</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="470"/>
        <source>%1 %2 → %3 in %4 ms
%5 · %6</source>
        <translation>%1 %2 → %3 på %4 ms
%5 · %6</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="476"/>
        <source>Injected fault: %1</source>
        <translation>Injicerat fel: %1</translation>
    </message>
    <message>
        <source>Select a request to see its bodies.</source>
        <translation type="vanished">Välj ett anrop för att se dess kroppar.</translation>
    </message>
    <message>
        <source>%1 %2 → %3
%4 · %5</source>
        <translation type="vanished">%1 %2 → %3
%4 · %5</translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="474"/>
        <source>no valid key</source>
        <translation>ingen giltig nyckel</translation>
    </message>
</context>
<context>
    <name>sendivent::app::JsonText</name>
    <message>
        <location filename="../app/widgets/jsontext.cpp" line="52"/>
        <source>not valid JSON</source>
        <translation>inte giltig JSON</translation>
    </message>
</context>
<context>
    <name>sendivent::app::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <location filename="../app/mainwindow.cpp" line="504"/>
        <source>Sendivent Console</source>
        <translation>Sendivent Console</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="109"/>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="220"/>
        <source>not started</source>
        <translation>inte startad</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="240"/>
        <location filename="../app/mainwindow.cpp" line="264"/>
        <source>Data source</source>
        <translation>Datakälla</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255"/>
        <source>The workspace and server on this computer</source>
        <translation>Arbetsytan och servern på den här datorn</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="258"/>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="259"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="257"/>
        <source>The remote API is not set up in this window</source>
        <translation>Fjärr-API:t är inte konfigurerat i det här fönstret</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="261"/>
        <source>Where the pages read from: this computer, or the remote sandbox or production API</source>
        <translation>Var sidorna läser ifrån: den här datorn, eller fjärr-API:t för sandlåda eller produktion</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="279"/>
        <location filename="../app/mainwindow.cpp" line="557"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="329"/>
        <source>Local server: %1</source>
        <translation>Lokal server: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="330"/>
        <source>Local server stopped: %1</source>
        <translation>Lokal server stoppad: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="322"/>
        <source>unknown reason</source>
        <translation>okänd orsak</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="49"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="51"/>
        <source>&amp;Import Workspace…</source>
        <translation>&amp;Importera arbetsyta…</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="54"/>
        <source>&amp;Export Workspace…</source>
        <translation>&amp;Exportera arbetsyta…</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="58"/>
        <source>Import &amp;Contacts from CSV…</source>
        <translation>Importera &amp;kontakter från CSV…</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="61"/>
        <source>Export Contacts to CS&amp;V…</source>
        <translation>Exportera kontakter till CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="65"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="71"/>
        <source>Save the edits of this page (an event, a template)</source>
        <translation>Spara ändringarna på den här sidan (en händelse, en mall)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="73"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="98"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="107"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="108"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="110"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;lipp ut</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="111"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="112"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="113"/>
        <source>Select &amp;All</source>
        <translation>Markera &amp;allt</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="129"/>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="138"/>
        <source>Search this page&apos;s list</source>
        <translation>Sök i sidans lista</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="140"/>
        <source>Se&amp;ttings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="147"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="152"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="159"/>
        <source>Follow the &amp;System</source>
        <translation>Följ &amp;systemet</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="159"/>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="160"/>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="178"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="180"/>
        <source>Go to &amp;Anything…</source>
        <translation>Gå till &amp;vad som helst…</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="182"/>
        <source>Go to… (Ctrl+K)</source>
        <translation>Gå till… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="183"/>
        <source>Find a delivery, contact, message or request by any of its ids</source>
        <translation>Hitta en leverans, kontakt, ett meddelande eller ett anrop med något av dess id</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="185"/>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="187"/>
        <source>&amp;Forward</source>
        <translation>&amp;Framåt</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="191"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="193"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="200"/>
        <source>API Description (&amp;OpenAPI)</source>
        <translation>API-beskrivning (O&amp;penAPI)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="205"/>
        <source>The local server&apos;s OpenAPI document, in the browser</source>
        <translation>Den lokala serverns OpenAPI-dokument, i webbläsaren</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="206"/>
        <source>Request &amp;Journal</source>
        <translation>Anrops&amp;journal</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="208"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="212"/>
        <source>&amp;About Sendivent Console</source>
        <translation>&amp;Om Sendivent Console</translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="219"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="334"/>
        <source>Local server: %1 — writes to the database fail: %2</source>
        <translation>Lokal server: %1 — skrivningar till databasen misslyckas: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="337"/>
        <source>GET /healthz answers 503 until a write succeeds again</source>
        <translation>GET /healthz svarar 503 tills en skrivning lyckas igen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="392"/>
        <source>The production API at %1: real data; sends reach real people</source>
        <translation>Produktions-API:t på %1: riktiga data; utskick når riktiga människor</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="394"/>
        <source>The sandbox API at %1</source>
        <translation>Sandlåde-API:t på %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="399"/>
        <source>Data source not changed: %1</source>
        <translation>Datakällan byttes inte: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="404"/>
        <source>The API key is stored in the system keychain</source>
        <translation>API-nyckeln är sparad i systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="405"/>
        <source>The API key is kept for this session only</source>
        <translation>API-nyckeln behålls bara under den här sessionen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="455"/>
        <source>Showing the %1 API at %2</source>
        <translation>Visar %1-API:t på %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="476"/>
        <source>No system keychain</source>
        <translation>Ingen nyckelring i systemet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="477"/>
        <source>The system keychain cannot be used (%1). Remote API keys you enter are kept for this session only and asked for again at the next start; they are never written to a file.</source>
        <translation>Systemets nyckelring kan inte användas (%1). API-nycklar för fjärr-API:t som du anger behålls bara under den här sessionen och efterfrågas igen vid nästa start; de skrivs aldrig till en fil.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="471"/>
        <source>No system keychain: remote API keys are kept for this session only</source>
        <translation>Ingen nyckelring: API-nycklar för fjärr-API:t behålls bara under den här sessionen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="494"/>
        <source>Delivery %1 created</source>
        <translation>Leverans %1 skapad</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="612"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="613"/>
        <source>%1 have unsaved changes. Save them before quitting?</source>
        <translation>%1 har osparade ändringar. Vill du spara dem innan du avslutar?</translation>
    </message>
</context>
<context>
    <name>sendivent::app::PreviewPane</name>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="65"/>
        <source>no %1 address</source>
        <translation>ingen %1-adress</translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="161"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, rad %2, kolumn %3: %4</translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="167"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="171"/>
        <source>Out of date: showing the last preview that rendered.</source>
        <translation>Inaktuell: visar den senaste förhandsvisningen som gick att rendera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/previewpane.cpp" line="196"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n tecken</numerusform>
            <numerusform>%n tecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/previewpane.cpp" line="197"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n del</numerusform>
            <numerusform>%n delar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="197"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="197"/>
        <source>UCS-2</source>
        <translation>UCS-2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/previewpane.cpp" line="199"/>
        <source>%n left in this segment</source>
        <translation>
            <numerusform>%n kvar i den här delen</numerusform>
            <numerusform>%n kvar i den här delen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="202"/>
        <source>Sent as UCS-2 because of %1: 70 characters fit one message, 67 each when split.</source>
        <translation>Skickas som UCS-2 på grund av %1: 70 tecken ryms i ett meddelande, 67 per del när det delas.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::PushPreview</name>
    <message>
        <location filename="../app/studio/pushpreview.cpp" line="154"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ReleaseClient</name>
    <message>
        <location filename="../app/release/releaseclient.cpp" line="42"/>
        <source>The local server is not running</source>
        <translation>Den lokala servern körs inte</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ReleaseSettingsPanel</name>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="24"/>
        <source>Release to a real inbox</source>
        <translation>Släpp till en riktig inkorg</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="27"/>
        <source>Allow releasing captured email to a real mail server</source>
        <translation>Tillåt att fångad e-post släpps till en riktig e-postserver</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="36"/>
        <source>Release every new sandbox email to my inbox as it is captured</source>
        <translation>Släpp varje nytt e-postmeddelande i sandlådan till min inkorg när det fångas</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="37"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="38"/>
        <source>Send a Test Message</source>
        <translation>Skicka ett testmeddelande</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="58"/>
        <source>usual port</source>
        <translation>vanlig port</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="59"/>
        <source>0: the usual port of the security (587 STARTTLS, 465 TLS, 25 none)</source>
        <translation>0: säkerhetens vanliga port (587 STARTTLS, 465 TLS, 25 ingen)</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="60"/>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (krävs)</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="61"/>
        <source>TLS from the start (SMTPS)</source>
        <translation>TLS från start (SMTPS)</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="62"/>
        <source>None (a local sink such as Mailpit)</source>
        <translation>Ingen (en lokal mottagare som Mailpit)</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="63"/>
        <source>no login</source>
        <translation>ingen inloggning</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="65"/>
        <location filename="../app/release/releasesettingspanel.cpp" line="139"/>
        <source>kept in the system keychain</source>
        <translation>sparas i systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="66"/>
        <source>the system&apos;s certificates</source>
        <translation>systemets certifikat</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="67"/>
        <source>A PEM file of extra CA certificates to trust, for a server with a self-signed certificate</source>
        <translation>En PEM-fil med extra CA-certifikat att lita på, för en server med självsignerat certifikat</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="68"/>
        <source>the workspace&apos;s verified sender</source>
        <translation>arbetsytans verifierade avsändare</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="70"/>
        <source>Released email goes here instead of to the captured recipient</source>
        <translation>Släppt e-post går hit i stället för till den fångade mottagaren</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="76"/>
        <source>Sends captured email to your own mail server, a Mailpit or a real inbox, so you can see it in a real mail client. Only sandbox deliveries; the recipient is always yours, never the captured one.</source>
        <translation>Skickar fångad e-post till din egen e-postserver, en Mailpit eller en riktig inkorg, så att du kan se den i ett riktigt e-postprogram. Bara leveranser i sandlådan; mottagaren är alltid du, aldrig den fångade.</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="86"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="96"/>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="97"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="98"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="99"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="100"/>
        <source>CA file</source>
        <translation>CA-fil</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="101"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="102"/>
        <source>My inbox</source>
        <translation>Min inkorg</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="114"/>
        <source>Test message sent to %1 via %2.</source>
        <translation>Testmeddelande skickat till %1 via %2.</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="116"/>
        <source>Not sent: %1</source>
        <translation>Inte skickat: %1</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="140"/>
        <location filename="../app/release/releasesettingspanel.cpp" line="215"/>
        <source>stored in the system keychain</source>
        <translation>sparat i systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="184"/>
        <source>Name the SMTP server.</source>
        <translation>Ange SMTP-servern.</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="186"/>
        <source>From is not an email address.</source>
        <translation>Från är inte en e-postadress.</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="188"/>
        <source>My inbox is not an email address.</source>
        <translation>Min inkorg är inte en e-postadress.</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="190"/>
        <source>Releasing every email needs your inbox&apos;s address.</source>
        <translation>För att släppa varje e-postmeddelande behövs din inkorgs adress.</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="213"/>
        <source>No system keychain: the password is kept until the console quits.</source>
        <translation>Ingen nyckelring i systemet: lösenordet behålls tills konsolen avslutas.</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="218"/>
        <source>Applied: email can be released via %1.</source>
        <translation>Verkställt: e-post kan släppas via %1.</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="219"/>
        <source>Release to a real inbox is off.</source>
        <translation>Släpp till en riktig inkorg är avstängt.</translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="229"/>
        <source>Sending a test message…</source>
        <translation>Skickar ett testmeddelande…</translation>
    </message>
</context>
<context>
    <name>sendivent::app::RenderCommand</name>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="38"/>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="53"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 är inte giltig JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="68"/>
        <source>Render a Handlebars template file with JSON data.</source>
        <translation>Rendera en Handlebars-mallfil med JSON-data.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="70"/>
        <source>Handlebars template to render.</source>
        <translation>Handlebars-mall att rendera.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="70"/>
        <location filename="../app/cli/rendercommand.cpp" line="72"/>
        <location filename="../app/cli/rendercommand.cpp" line="75"/>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="72"/>
        <source>JSON data the template is rendered with.</source>
        <translation>JSON-data som mallen renderas med.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="74"/>
        <source>JSON object of partial name to template source.</source>
        <translation>JSON-objekt från partialnamn till mallkälla.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="77"/>
        <source>html (default) escapes {{value}} output; none does not.</source>
        <translation>html (standard) kodar {{value}}-utdata för HTML; none gör det inte.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="78"/>
        <source>mode</source>
        <translation>läge</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="79"/>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="91"/>
        <source>unexpected argument: %1</source>
        <translation>oväntat argument: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="95"/>
        <source>usage: sendivent-console render --template-file FILE --data-file FILE [--partials-file FILE] [--escape html|none]</source>
        <translation>användning: sendivent-console render --template-file FIL --data-file FIL [--partials-file FIL] [--escape html|none]</translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="101"/>
        <source>--escape must be html or none, not %1</source>
        <translation>--escape måste vara html eller none, inte %1</translation>
    </message>
</context>
<context>
    <name>sendivent::app::RenderEventCommand</name>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="39"/>
        <source>--to is not valid JSON: %1</source>
        <translation>--to är inte giltig JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="75"/>
        <source>no contact &apos;%1&apos; in the workspace</source>
        <translation>ingen kontakt &apos;%1&apos; i arbetsytan</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="89"/>
        <source>Render an event of the local workspace as a send would, and print each rendered field.
The other form, render --template-file T --data-file D, renders a template file.</source>
        <translation>Rendera en händelse i den lokala arbetsytan som ett utskick skulle göra, och skriv ut varje renderat fält.
Den andra formen, render --template-file T --data-file D, renderar en mallfil.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="91"/>
        <source>Event identifier, e.g. order.confirmed.</source>
        <translation>Händelsens identifierare, t.ex. order.confirmed.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="92"/>
        <source>Only this channel.</source>
        <translation>Bara den här kanalen.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="92"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="93"/>
        <source>Template language (default: the contact&apos;s, then the event&apos;s).</source>
        <translation>Mallens språk (standard: kontaktens, sedan händelsens).</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="93"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="94"/>
        <source>Recipient: a contact JSON object or an identifier.</source>
        <translation>Mottagare: ett kontaktobjekt i JSON eller en identifierare.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="94"/>
        <source>JSON|identifier</source>
        <translation>JSON|identifierare</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="95"/>
        <source>Payload JSON object.</source>
        <translation>Payload som JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="95"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="96"/>
        <source>Folder of the database.</source>
        <translation>Databasens mapp.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="96"/>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="97"/>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="109"/>
        <source>usage: sendivent-console render EVENT [--channel C] [--language L] [--to JSON|IDENTIFIER] [--payload JSON] [--data-dir DIR]
</source>
        <translation>användning: sendivent-console render HÄNDELSE [--channel K] [--language S] [--to JSON|IDENTIFIERARE] [--payload JSON] [--data-dir MAPP]
</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="117"/>
        <source>--payload must be a JSON object%1
</source>
        <translation>--payload måste vara ett JSON-objekt%1
</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="124"/>
        <source>--channel must be one of: %1
</source>
        <translation>--channel måste vara en av: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="131"/>
        <source>no workspace in %1 (start sendivent-console once, or pass --data-dir)
</source>
        <translation>ingen arbetsyta i %1 (starta sendivent-console en gång, eller ange --data-dir)
</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="147"/>
        <source>Event &apos;%1&apos; not found
</source>
        <translation>Händelsen &apos;%1&apos; finns inte
</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="151"/>
        <source>the event %1 does not use the %2 channel
</source>
        <translation>händelsen %1 använder inte kanalen %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="176"/>
        <source>%1: no template
</source>
        <translation>%1: ingen mall
</translation>
    </message>
</context>
<context>
    <name>sendivent::app::SampleDataPanel</name>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="103"/>
        <source>Sample contact (JSON)</source>
        <translation>Exempelkontakt (JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="106"/>
        <source>Sample payload (JSON)</source>
        <translation>Exempeldata (JSON)</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="113"/>
        <source>A contact of the local workspace, or your own JSON</source>
        <translation>En kontakt i den lokala arbetsytan, eller egen JSON</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="114"/>
        <source>The contact as a send&apos;s &quot;to&quot; object: identifiers, name, and meta</source>
        <translation>Kontakten som ett utskicks &quot;to&quot;-objekt: identifierare, namn och meta</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="115"/>
        <source>The send&apos;s &quot;payload&quot;: what {{payload.…}} reads</source>
        <translation>Utskickets &quot;payload&quot;: det som {{payload.…}} läser</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="122"/>
        <source>From templates</source>
        <translation>Från mallarna</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="124"/>
        <source>Fill the payload with every payload field the templates use</source>
        <translation>Fyll payload med alla payload-fält som mallarna använder</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="127"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="132"/>
        <source>Sender</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="136"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="145"/>
        <source>Custom contact</source>
        <translation>Egen kontakt</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="146"/>
        <source>Channel&apos;s default sender</source>
        <translation>Kanalens standardavsändare</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="233"/>
        <location filename="../app/studio/sampledatapanel.cpp" line="264"/>
        <source>Line %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="238"/>
        <source>The contact must be a JSON object</source>
        <translation>Kontakten måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="270"/>
        <source>The payload must be a JSON object, like {&quot;order_id&quot;: 1042}</source>
        <translation>Payload måste vara ett JSON-objekt, som {&quot;order_id&quot;: 1042}</translation>
    </message>
</context>
<context>
    <name>sendivent::app::SendTest</name>
    <message>
        <location filename="../app/studio/sendtest.cpp" line="80"/>
        <source>The local server did not answer: %1</source>
        <translation>Den lokala servern svarade inte: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/sendtest.cpp" line="81"/>
        <source>The local server answered something that is not JSON</source>
        <translation>Den lokala servern svarade med något som inte är JSON</translation>
    </message>
    <message>
        <location filename="../app/studio/sendtest.cpp" line="102"/>
        <source>The send failed (HTTP %1)</source>
        <translation>Utskicket misslyckades (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ServerPage</name>
    <message>
        <location filename="../app/server/serverpage.cpp" line="41"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="55"/>
        <location filename="../app/server/serverpage.cpp" line="191"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="56"/>
        <source>Enforce the API&apos;s rate limits and quotas</source>
        <translation>Tillämpa API:ts anropsgränser och kvoter</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="60"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="74"/>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="93"/>
        <source>A sandbox key made for this session only; it stops working when the console quits</source>
        <translation>En sandlådenyckel som bara gäller den här sessionen; den slutar fungera när konsolen avslutas</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="103"/>
        <source>Requests per second and notifications per day, per environment, as the real API counts them (429 when over), and the plan&apos;s contact quota (402). Off: anything goes.</source>
        <translation>Anrop per sekund och notiser per dygn, per miljö, som det riktiga API:t räknar dem (429 vid överskridande), och planens kontaktkvot (402). Av: allt är tillåtet.</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="105"/>
        <source>Off — emulate the API locally</source>
        <translation>Av – emulera API:t lokalt</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="106"/>
        <source>Sandbox API</source>
        <translation>Sandlåde-API</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="107"/>
        <source>Production API</source>
        <translation>Produktions-API</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="108"/>
        <source>Another URL</source>
        <translation>En annan URL</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="109"/>
        <source>Forward /v1 requests to a remote API with its key, journal them, and return the remote&apos;s answers unchanged. /_local, /healthz and the local keys stay local.</source>
        <translation>Vidarebefordra /v1-anrop till ett fjärr-API med dess nyckel, för journal över dem och returnera fjärr-API:ts svar oförändrade. /_local, /healthz och de lokala nycklarna förblir lokala.</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="113"/>
        <source>Remote API key (test_… or live_…)</source>
        <translation>Fjärr-API:ts nyckel (test_… eller live_…)</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="114"/>
        <source>Kept in memory while the proxy runs; never written anywhere</source>
        <translation>Behålls i minnet medan proxyn körs; skrivs aldrig någonstans</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="119"/>
        <source>Local server</source>
        <translation>Lokal server</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="140"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="141"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="142"/>
        <source>Session key</source>
        <translation>Sessionsnyckel</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="143"/>
        <source>Limits</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="145"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="165"/>
        <source>Try it from a terminal:</source>
        <translation>Prova från en terminal:</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="170"/>
        <source>Copy with the key</source>
        <translation>Kopiera med nyckeln</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="178"/>
        <source>Requests</source>
        <translation>Anrop</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="179"/>
        <source>API keys</source>
        <translation>API-nycklar</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="180"/>
        <source>Try it</source>
        <translation>Prova</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="181"/>
        <source>Faults</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="182"/>
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="191"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="206"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="280"/>
        <source>Enter the remote API&apos;s address, starting with https:// or http://</source>
        <translation>Ange fjärr-API:ts adress, som börjar med https:// eller http://</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="286"/>
        <source>Enter the remote API&apos;s key: it starts with test_ (sandbox) or live_ (production)</source>
        <translation>Ange fjärr-API:ts nyckel: den börjar med test_ (sandlåda) eller live_ (produktion)</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="294"/>
        <source>The remote APIs are not set up in this window</source>
        <translation>Fjärr-API:erna är inte konfigurerade i det här fönstret</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="334"/>
        <source>Forward to production?</source>
        <translation>Vidarebefordra till produktion?</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="335"/>
        <source>Every /v1 request to this server will go to the production API at %1 with its key: sends reach real people and count against the production quota.</source>
        <translation>Varje /v1-anrop till den här servern går till produktions-API:t på %1 med dess nyckel: utskick når riktiga människor och räknas mot produktionskvoten.</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="340"/>
        <source>Forward to production</source>
        <translation>Vidarebefordra till produktion</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="363"/>
        <source>Off: /v1 is answered by the local emulation.</source>
        <translation>Av: /v1 besvaras av den lokala emuleringen.</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="367"/>
        <source>Forwarding /v1 to %1</source>
        <translation>Vidarebefordrar /v1 till %1</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="380"/>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="380"/>
        <source>Not running</source>
        <translation>Körs inte</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="387"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="394"/>
        <source>The API&apos;s description: &lt;a href=&quot;%1/openapi.json&quot;&gt;%1/openapi.json&lt;/a&gt; · health: &lt;a href=&quot;%1/healthz&quot;&gt;%1/healthz&lt;/a&gt;</source>
        <translation>API-beskrivningen: &lt;a href=&quot;%1/openapi.json&quot;&gt;%1/openapi.json&lt;/a&gt; · hälsa: &lt;a href=&quot;%1/healthz&quot;&gt;%1/healthz&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="144"/>
        <source>Clock</source>
        <translation>Klocka</translation>
    </message>
</context>
<context>
    <name>sendivent::app::SettingsPage</name>
    <message>
        <location filename="../app/settingspage.cpp" line="151"/>
        <source>any free port</source>
        <translation>valfri ledig port</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="152"/>
        <source>Where the local server listens when --port is not given; 0 picks a free port</source>
        <translation>Där den lokala servern lyssnar när --port inte anges; 0 väljer en ledig port</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="153"/>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="156"/>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="157"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="158"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="166"/>
        <location filename="../app/settingspage.cpp" line="262"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="172"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="174"/>
        <source>Show the folder in the file manager</source>
        <translation>Visa mappen i filhanteraren</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="179"/>
        <source>The database, its journal and the settings of the local server. Choose another with --data-dir.</source>
        <translation>Databasen, dess journal och den lokala serverns inställningar. Välj en annan med --data-dir.</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="183"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="190"/>
        <source>Default port</source>
        <translation>Standardport</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="195"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="196"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="200"/>
        <source>Local time</source>
        <translation>Lokal tid</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="201"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="208"/>
        <source>Times</source>
        <translation>Tider</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="211"/>
        <source>Sandbox API</source>
        <translation>Sandlåde-API</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="212"/>
        <source>Production API</source>
        <translation>Produktions-API</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="220"/>
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="221"/>
        <source>Local server</source>
        <translation>Lokal server</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="222"/>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="223"/>
        <source>Remote API</source>
        <translation>Fjärr-API</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="274"/>
        <source>Empty: the public Sendivent API. A change applies at once.</source>
        <translation>Tomt: Sendivents publika API. En ändring gäller direkt.</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="291"/>
        <source>--remote-url %1 is in effect for this run; these are used without it.</source>
        <translation>--remote-url %1 gäller för den här körningen; de här används utan den.</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="297"/>
        <source>Takes effect when the console is started again.</source>
        <translation>Gäller när konsolen startas igen.</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="356"/>
        <source>“%1” is not an address such as https://api.example.com; not saved.</source>
        <translation>”%1” är ingen adress som https://api.example.com; inte sparad.</translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="365"/>
        <source>Saved. Empty: the public Sendivent API.</source>
        <translation>Sparat. Tomt: Sendivents publika API.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ShortcutsDialog</name>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="72"/>
        <source>On the %1 page</source>
        <translation>På sidan %1</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="72"/>
        <source>Everywhere</source>
        <translation>Överallt</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="88"/>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="91"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="93"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="93"/>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
</context>
<context>
    <name>sendivent::app::StatusFilterButton</name>
    <message>
        <location filename="../app/deliveries/statusfilterbutton.cpp" line="22"/>
        <location filename="../app/deliveries/statusfilterbutton.cpp" line="101"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/deliveries/statusfilterbutton.cpp" line="110"/>
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statusar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendivent::app::StoragePanel</name>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="33"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="34"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="35"/>
        <source>Compact now</source>
        <translation>Komprimera nu</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="56"/>
        <location filename="../app/server/storagepanel.cpp" line="60"/>
        <source>Off (keep all)</source>
        <translation>Av (behåll allt)</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="58"/>
        <source>Most deliveries kept</source>
        <translation>Flest leveranser som behålls</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="62"/>
        <source>Most journal entries kept</source>
        <translation>Flest journalposter som behålls</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="63"/>
        <source>e.g. 7d, 12h, 30m, or off</source>
        <translation>t.ex. 7d, 12h, 30m eller off</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="64"/>
        <source>Oldest kept</source>
        <translation>Äldsta som behålls</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="67"/>
        <source>Rewrites the database file without its free space. Requests wait while it runs.</source>
        <translation>Skriver om databasfilen utan dess lediga utrymme. Anrop väntar medan det pågår.</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="70"/>
        <source>Most deliveries kept:</source>
        <translation>Flest leveranser som behålls:</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="71"/>
        <source>Remove older than:</source>
        <translation>Ta bort äldre än:</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="72"/>
        <source>Most journal entries kept:</source>
        <translation>Flest journalposter som behålls:</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="73"/>
        <source>Deliveries go with their timelines, content and webhook messages, oldest first, a small batch at a time. Kept anyway: deliveries whose webhook messages are still being retried, and those an idempotency key stored in the last 24 hours may replay. Stored with this data folder; --max-deliveries, --max-age and --max-journal override it for one run.</source>
        <translation>Leveranser tas bort med sina tidslinjer, sitt innehåll och sina webhookmeddelanden, de äldsta först, en liten omgång i taget. Behålls ändå: leveranser vars webhookmeddelanden fortfarande försöks igen, och de som en idempotensnyckel sparad under de senaste 24 timmarna kan spela upp igen. Sparas med den här datamappen; --max-deliveries, --max-age och --max-journal gäller i stället under en körning.</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="106"/>
        <source>Compacting…</source>
        <translation>Komprimerar…</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="124"/>
        <source>Retention saved.</source>
        <translation>Gallringen är sparad.</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="129"/>
        <source>Compacted: %1 → %2.</source>
        <translation>Komprimerad: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="161"/>
        <source>“%1” is not a duration: write e.g. 7d, 12h or 30m, or off.</source>
        <translation>”%1” är ingen tidsrymd: skriv t.ex. 7d, 12h eller 30m, eller off.</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="189"/>
        <source>Stored: %1 deliveries, %2 journal entries, %3 webhook messages. Database file %4 (write-ahead log %5, free inside %6).</source>
        <translation>Sparat: %1 leveranser, %2 journalposter, %3 webhookmeddelanden. Databasfil %4 (skrivlogg %5, ledigt inuti %6).</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="195"/>
        <source>Retention is off: everything is kept.</source>
        <translation>Gallring är av: allt behålls.</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="197"/>
        <source>Retention removes nothing now.</source>
        <translation>Gallringen tar inte bort något nu.</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="199"/>
        <source>Retention will remove %1 deliveries and %2 journal entries, oldest first.</source>
        <translation>Gallringen tar bort %1 leveranser och %2 journalposter, de äldsta först.</translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="201"/>
        <source>This database file was made before it could shrink by itself: use Compact now once, and from then on it gives space back as retention removes data.</source>
        <translation>Den här databasfilen skapades innan den kunde krympa av sig själv: använd Komprimera nu en gång, så lämnar den därefter tillbaka utrymme när gallringen tar bort data.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::StudioSender</name>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="57"/>
        <source>The local server is not running, so there is nothing to send through.</source>
        <translation>Den lokala servern körs inte, så det finns inget att skicka genom.</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="59"/>
        <source>Not sent: fix the sample contact&apos;s JSON first.</source>
        <translation>Inte skickat: rätta först exempelkontaktens JSON.</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="61"/>
        <source>Not sent: “my inbox” takes email; choose the email tab or the sample contact.</source>
        <translation>Inte skickat: ”min inkorg” tar e-post; välj e-postfliken eller exempelkontakten.</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="63"/>
        <source>Not sent: fix the payload JSON first.</source>
        <translation>Inte skickat: rätta först payload-JSON:en.</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="85"/>
        <source>Sending through the %1 API…</source>
        <translation>Skickar via %1-API:t…</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="91"/>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="98"/>
        <source>no delivery was created</source>
        <translation>ingen leverans skapades</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="99"/>
        <source>Not sent: %1</source>
        <translation>Inte skickat: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="104"/>
        <source>Sent through the %1 API. Delivery &lt;a href=&quot;delivery:%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Skickat via %1-API:t. Leverans &lt;a href=&quot;delivery:%2&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="109"/>
        <source>Sent. Delivery &lt;a href=&quot;delivery:%1&quot;&gt;%1&lt;/a&gt; · trace: &lt;code&gt;GET %2&lt;/code&gt;</source>
        <translation>Skickat. Leverans &lt;a href=&quot;delivery:%1&quot;&gt;%1&lt;/a&gt; · spårning: &lt;code&gt;GET %2&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="117"/>
        <source>Releasing to your inbox…</source>
        <translation>Släpper till din inkorg…</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="126"/>
        <source>Sent, but not released to your inbox: %1</source>
        <translation>Skickat, men inte släppt till din inkorg: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="129"/>
        <source>Sent and released to %1 via %2. Delivery &lt;a href=&quot;delivery:%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation>Skickat och släppt till %1 via %2. Leverans &lt;a href=&quot;delivery:%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>sendivent::app::TemplateFieldsEditor</name>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="76"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="78"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="80"/>
        <source>Plain text</source>
        <translation>Ren text</translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="80"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="82"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="84"/>
        <source>Body</source>
        <translation>Brödtext</translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="119"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, rad %2, kolumn %3: %4</translation>
    </message>
</context>
<context>
    <name>sendivent::app::TemplateStudioPage</name>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="60"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="61"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="62"/>
        <source>Send test</source>
        <translation>Skicka test</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="77"/>
        <source>to the sample contact</source>
        <translation>till exempelkontakten</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="78"/>
        <source>to my inbox</source>
        <translation>till min inkorg</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="79"/>
        <source>“My inbox”: the email is captured as usual, then released to the inbox set in Settings › Release to a real inbox</source>
        <translation>”Min inkorg”: e-posten fångas som vanligt och släpps sedan till inkorgen i Inställningar › Släpp till en riktig inkorg</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="104"/>
        <source>Save the event&apos;s templates (Ctrl+S)</source>
        <translation>Spara händelsens mallar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="105"/>
        <location filename="../app/studio/templatestudiopage.cpp" line="232"/>
        <source>Send this channel&apos;s message to the sample contact through the local server (Ctrl+Enter)</source>
        <translation>Skicka kanalens meddelande till exempelkontakten via den lokala servern (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="112"/>
        <source>Template studio</source>
        <translation>Mallstudio</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="119"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="122"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="132"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="135"/>
        <source>Sample data</source>
        <translation>Exempeldata</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="186"/>
        <source>Send a test message</source>
        <translation>Skicka ett testmeddelande</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="196"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="224"/>
        <source>“Send test” sends the event through the %1 API, with its templates there.</source>
        <translation>”Skicka test” skickar händelsen via %1-API:t, med mallarna där.</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="226"/>
        <source>Send this event to the sample contact through the %1 API (Ctrl+Enter)</source>
        <translation>Skicka den här händelsen till exempelkontakten via %1-API:t (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="229"/>
        <source>The local server is not running, so there is nothing to send through</source>
        <translation>Den lokala servern körs inte, så det finns inget att skicka genom</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="247"/>
        <source>Could not read the workspace: %1</source>
        <translation>Kunde inte läsa arbetsytan: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="372"/>
        <source>No %1 template in “%2”: sends use the “%3” one. Type here to write one.</source>
        <translation>Ingen %1-mall på ”%2”: utskick använder den på ”%3”. Skriv här för att skapa en.</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="375"/>
        <source>No %1 template yet. Type here to write one.</source>
        <translation>Ingen %1-mall än. Skriv här för att skapa en.</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="475"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="506"/>
        <source>Reverted to the saved templates</source>
        <translation>Återställde de sparade mallarna</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="521"/>
        <source>Not saved: the %1 %2 template in “%3” has a syntax error at line %4, column %5.</source>
        <translation>Inte sparat: %1-mallens fält %2 på ”%3” har ett syntaxfel på rad %4, kolumn %5.</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="540"/>
        <source>“%1” is no longer in the workspace; nothing was saved.</source>
        <translation>”%1” finns inte längre i arbetsytan; ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="548"/>
        <source>Not saved.</source>
        <translation>Inte sparat.</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="557"/>
        <source>Saved “%1”.</source>
        <translation>Sparade ”%1”.</translation>
    </message>
    <message>
        <source>The local server is not running, so there is nothing to send through.</source>
        <translation type="vanished">Den lokala servern körs inte, så det finns inget att skicka genom.</translation>
    </message>
    <message>
        <source>Not sent: fix the sample contact&apos;s JSON first.</source>
        <translation type="vanished">Inte skickat: rätta först exempelkontaktens JSON.</translation>
    </message>
    <message>
        <source>Not sent: “my inbox” takes email; choose the email tab or the sample contact.</source>
        <translation type="vanished">Inte skickat: ”min inkorg” tar e-post; välj e-postfliken eller exempelkontakten.</translation>
    </message>
    <message>
        <source>Not sent: fix the payload JSON first.</source>
        <translation type="vanished">Inte skickat: rätta först payload-JSON:en.</translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="584"/>
        <source>This test message</source>
        <translation>Det här testmeddelandet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="vanished">Skickar…</translation>
    </message>
    <message>
        <source>Sending through the %1 API…</source>
        <translation type="vanished">Skickar via %1-API:t…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="vanished">Inte skickat: %1</translation>
    </message>
    <message>
        <source>Releasing to your inbox…</source>
        <translation type="vanished">Släpper till din inkorg…</translation>
    </message>
    <message>
        <source>Sent, but not released to your inbox: %1</source>
        <translation type="vanished">Skickat, men inte släppt till din inkorg: %1</translation>
    </message>
    <message>
        <source>Sent and released to %1 via %2. Delivery &lt;a href=&quot;delivery:%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation type="vanished">Skickat och släppt till %1 via %2. Leverans &lt;a href=&quot;delivery:%3&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>no delivery was created</source>
        <translation type="vanished">ingen leverans skapades</translation>
    </message>
    <message>
        <source>Sent through the %1 API. Delivery &lt;a href=&quot;delivery:%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="vanished">Skickat via %1-API:t. Leverans &lt;a href=&quot;delivery:%2&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Sent. Delivery &lt;a href=&quot;delivery:%1&quot;&gt;%1&lt;/a&gt; · trace: &lt;code&gt;GET %2&lt;/code&gt;</source>
        <translation type="vanished">Skickat. Leverans &lt;a href=&quot;delivery:%1&quot;&gt;%1&lt;/a&gt; · spårning: &lt;code&gt;GET %2&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>sendivent::app::TraceAttempts</name>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="22"/>
        <source>Webhook attempts</source>
        <translation>Webhook-försök</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="24"/>
        <location filename="../app/deliveries/traceattempts.cpp" line="113"/>
        <source>No webhook attempts</source>
        <translation>Inga webhook-försök</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="25"/>
        <source>Resend webhook</source>
        <translation>Skicka webhook igen</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="33"/>
        <source>Attempted</source>
        <translation>Försökt</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="33"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="33"/>
        <source>Attempt</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="33"/>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="34"/>
        <source>Response or error</source>
        <translation>Svar eller fel</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="40"/>
        <source>Queue the selected attempt&apos;s message again, with the same webhook-id</source>
        <translation>Köa det valda försökets meddelande igen, med samma webhook-id</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="82"/>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="84"/>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="88"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="107"/>
        <source>Webhook attempts are unavailable: the %1 API does not report them (only the local server keeps them).</source>
        <translation>Webhook-försök är inte tillgängliga: %1-API:t rapporterar dem inte (bara den lokala servern sparar dem).</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="110"/>
        <source>The Sendivent API has no endpoint for webhook attempts; see the README&apos;s &quot;What the remote API cannot answer&quot;.</source>
        <translation>Sendivent-API:t har ingen slutpunkt för webhook-försök; se README:ns &quot;What the remote API cannot answer&quot;.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::TraceTimeline</name>
    <message>
        <location filename="../app/deliveries/tracetimeline.cpp" line="22"/>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracetimeline.cpp" line="24"/>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracetimeline.cpp" line="26"/>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracetimeline.cpp" line="27"/>
        <source>+%1 h</source>
        <translation>+%1 h</translation>
    </message>
    <message>
        <source>%1 local</source>
        <translation type="vanished">%1 lokal tid</translation>
    </message>
</context>
<context>
    <name>sendivent::app::TraceView</name>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="47"/>
        <location filename="../app/deliveries/traceview.cpp" line="400"/>
        <location filename="../app/deliveries/traceview.cpp" line="401"/>
        <location filename="../app/deliveries/traceview.cpp" line="402"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="112"/>
        <source>Select a delivery to see its trace.</source>
        <translation>Välj en leverans för att se dess spårning.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="119"/>
        <source>Copy as curl</source>
        <translation>Kopiera som curl</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="124"/>
        <source>Nothing was rendered for this delivery.</source>
        <translation>Inget renderades för den här leveransen.</translation>
    </message>
    <message>
        <source>No webhook attempts</source>
        <translation type="vanished">Inga webhook-försök</translation>
    </message>
    <message>
        <source>Resend webhook</source>
        <translation type="vanished">Skicka webhook igen</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="165"/>
        <location filename="../app/deliveries/traceview.cpp" line="651"/>
        <source>Copy a curl command that fetches this trace with $SENDIVENT_API_KEY</source>
        <translation>Kopiera ett curl-kommando som hämtar spårningen med $SENDIVENT_API_KEY</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="170"/>
        <source>Simulate:</source>
        <translation>Simulera:</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="505"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="506"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="508"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="513"/>
        <source>Template revision</source>
        <translation>Mallversion</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="514"/>
        <source>workspace revision %1</source>
        <translation>arbetsytans version %1</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="594"/>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="595"/>
        <source>Could not save %1: %2</source>
        <translation>Kunde inte spara %1: %2</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="618"/>
        <source>Record a “%1” report from the provider now, as the local server would receive it</source>
        <translation>Registrera en rapport ”%1” från leverantören nu, som den lokala servern skulle ta emot den</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="615"/>
        <source>%1 never reports “%2” for %3; simulated anyway</source>
        <translation>%1 rapporterar aldrig ”%2” för %3; simuleras ändå</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="631"/>
        <source>%1 never reports %2 for %3; those buttons simulate it anyway.</source>
        <translation>%1 rapporterar aldrig %2 för %3; de knapparna simulerar det ändå.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="190"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="120"/>
        <source>Release to Inbox…</source>
        <translation>Släpp till inkorg…</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="126"/>
        <source>Headers</source>
        <translation>Rubrikfält</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="128"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="130"/>
        <source>Download .eml…</source>
        <translation>Ladda ned .eml…</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="131"/>
        <source>Download JSON…</source>
        <translation>Ladda ned JSON…</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="192"/>
        <source>Message as sent</source>
        <translation>Meddelandet som det skickades</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="198"/>
        <source>Save this email as sent, as an RFC 5322 message any mail program opens</source>
        <translation>Spara e-postmeddelandet som det skickades, som ett RFC 5322-meddelande som alla e-postprogram kan öppna</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="199"/>
        <source>Save this delivery as sent: envelope, content, payload, language, template revision and timeline</source>
        <translation>Spara leveransen som den skickades: kuvert, innehåll, payload, språk, mallversion och tidslinje</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="203"/>
        <source>Download Email</source>
        <translation>Ladda ned e-post</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="204"/>
        <source>Email messages (*.eml)</source>
        <translation>E-postmeddelanden (*.eml)</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="209"/>
        <source>Download Delivery</source>
        <translation>Ladda ned leverans</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="210"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Webhook attempts</source>
        <translation type="vanished">Webhook-försök</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation type="vanished">Försökt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="vanished">Händelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="vanished">Tid</translation>
    </message>
    <message>
        <source>Response or error</source>
        <translation type="vanished">Svar eller fel</translation>
    </message>
    <message>
        <source>Queue the selected attempt&apos;s message again, with the same webhook-id</source>
        <translation type="vanished">Köa det valda försökets meddelande igen, med samma webhook-id</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="287"/>
        <source>Copied: %1</source>
        <translation>Kopierat: %1</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="292"/>
        <source>Release to a Real Inbox</source>
        <translation>Släpp till en riktig inkorg</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="293"/>
        <source>Send this email, as rendered, to (empty: the inbox in Settings):</source>
        <translation>Skicka det här e-postmeddelandet, som det renderades, till (tomt: inkorgen i Inställningar):</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="301"/>
        <source>Released to %1 via %2.</source>
        <translation>Släppt till %1 via %2.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="302"/>
        <source>Not released: %1</source>
        <translation>Inte släppt: %1</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="320"/>
        <source>Releasing to %1…</source>
        <translation>Släpper till %1…</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="320"/>
        <source>your inbox</source>
        <translation>din inkorg</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="381"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="398"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="399"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="400"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="401"/>
        <source>Message id</source>
        <translation>Meddelande-id</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="402"/>
        <location filename="../app/deliveries/traceview.cpp" line="511"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="403"/>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="404"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="405"/>
        <location filename="../app/deliveries/traceview.cpp" line="509"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="410"/>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="428"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="438"/>
        <source>Contact: none (erased, or never stored)</source>
        <translation>Kontakt: ingen (raderad eller aldrig sparad)</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="439"/>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="446"/>
        <source>Contact: %1 (%2)</source>
        <translation>Kontakt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="453"/>
        <source>Contact: %1 — %2</source>
        <translation>Kontakt: %1 — %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="vanished">%1 ms</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="vanished">inget svar</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="625"/>
        <source>Simulating provider reports is local only: the %1 API&apos;s deliveries are reported by the real providers.</source>
        <translation>Att simulera leverantörsrapporter går bara lokalt: leveranserna i API:t %1 rapporteras av de riktiga leverantörerna.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="629"/>
        <source>No provider accepted this delivery, so none can report on it.</source>
        <translation>Ingen leverantör tog emot den här leveransen, så ingen kan rapportera om den.</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="643"/>
        <source>Send this email as rendered to a real inbox (Settings › Release to a real inbox)</source>
        <translation>Skicka det här e-postmeddelandet som det renderades till en riktig inkorg (Inställningar › Släpp till en riktig inkorg)</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="644"/>
        <source>Only captured sandbox email can be released to an inbox</source>
        <translation>Bara fångad e-post i sandlådan kan släppas till en inkorg</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="652"/>
        <source>The local server is not running</source>
        <translation>Den lokala servern körs inte</translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="248"/>
        <source>Webhook queued again; its attempt appears here when it is made.</source>
        <translation>Webhooken är köad igen; försöket visas här när det görs.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhookAttemptDetail</name>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="71"/>
        <source>Open delivery</source>
        <translation>Öppna leveransen</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="91"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="91"/>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="92"/>
        <source>Next retry</source>
        <translation>Nästa försök</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="93"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="93"/>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="94"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="120"/>
        <source>Show the trace of the delivery this message reports on</source>
        <translation>Visa spårningen av leveransen som meddelandet rapporterar om</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="125"/>
        <source>Request as sent</source>
        <translation>Anropet som det skickades</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="131"/>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="152"/>
        <source>(headers not kept for attempts made before this version)
</source>
        <translation>(huvuden sparades inte för försök gjorda före den här versionen)
</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="162"/>
        <source>No answer: the console stopped while the attempt was in flight.</source>
        <translation>Inget svar: konsolen stängdes medan försöket pågick.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="166"/>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="168"/>
        <source>Error: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="180"/>
        <source>Select an attempt to see what was sent and what came back.</source>
        <translation>Välj ett försök för att se vad som skickades och vad som kom tillbaka.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="190"/>
        <source>delivered</source>
        <translation>levererat</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="191"/>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="192"/>
        <source>failed</source>
        <translation>misslyckat</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="193"/>
        <source>Attempt %1 · %2 · %3</source>
        <translation>Försök %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="196"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="197"/>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="199"/>
        <source>none (message %1)</source>
        <translation>inget (meddelandet är %1)</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="201"/>
        <source>none (a test event)</source>
        <translation>inget (en testhändelse)</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="211"/>
        <source>Truncated: the body had %1 bytes; the first %2 are kept.</source>
        <translation>Avkortat: kroppen var %1 byte; de första %2 sparas.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="214"/>
        <source>Response bodies are kept up to %1.</source>
        <translation>Svarskroppar sparas upp till %1.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhookAttemptsModel</name>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="98"/>
        <source>no answer</source>
        <translation>inget svar</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="97"/>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="99"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="108"/>
        <source>Message %1 (a test event), %2</source>
        <translation>Meddelande %1 (en testhändelse), %2</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="109"/>
        <source>Message %1 about delivery %2, %3</source>
        <translation>Meddelande %1 om leverans %2, %3</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="135"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="136"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="137"/>
        <source>Attempt</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="139"/>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="140"/>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="141"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhookAttemptsPanel</name>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="41"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="42"/>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="263"/>
        <source>Resend message</source>
        <translation>Skicka meddelandet igen</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="54"/>
        <source>Any outcome</source>
        <translation>Alla utfall</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="55"/>
        <source>Delivered</source>
        <translation>Levererade</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="56"/>
        <source>Failed</source>
        <translation>Misslyckade</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="57"/>
        <source>Interrupted</source>
        <translation>Avbrutna</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="58"/>
        <source>Any event</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="61"/>
        <source>Delivery uuid</source>
        <translation>Leverans-uuid</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="73"/>
        <source>The newest %1 attempts the filters take are read in time order; clicking a column sorts those in the console (the outbox has no index on the other columns).</source>
        <translation>De nyaste %1 försöken som filtren släpper igenom läses i tidsordning; ett klick på en kolumn sorterar dem i konsolen (utkorgen har inget index på de andra kolumnerna).</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="91"/>
        <source>Send the selected attempt&apos;s message again, with the same webhook-id, from the start of the retry schedule</source>
        <translation>Skicka det valda försökets meddelande igen, med samma webhook-id, från början av omförsöksschemat</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="147"/>
        <source>Attempts are unavailable: the attempts log is kept by the local server only; the %1 API does not list attempts.</source>
        <translation>Försök är inte tillgängliga: försöksloggen förs bara av den lokala servern; %1-API:t listar inte försök.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="151"/>
        <source>The Sendivent API has no endpoint for webhook attempts; see the README&apos;s &quot;What the remote API cannot answer&quot;.</source>
        <translation>Sendivent-API:t har ingen slutpunkt för webhook-försök; se README:ns &quot;What the remote API cannot answer&quot;.</translation>
    </message>
    <message>
        <source>The attempts log is kept by the local server only; the %1 API does not list attempts.</source>
        <translation type="vanished">Försöksloggen förs bara av den lokala servern; %1-API:t listar inte försök.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="178"/>
        <source>Could not read the attempts: %1</source>
        <translation>Kunde inte läsa försöken: %1</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="218"/>
        <source>Message %1 queued again.</source>
        <translation>Meddelandet %1 köades igen.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="248"/>
        <source>Copy message id</source>
        <translation>Kopiera meddelande-id</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="250"/>
        <source>Copy delivery uuid</source>
        <translation>Kopiera leverans-uuid</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="251"/>
        <source>Copy response body</source>
        <translation>Kopiera svarskroppen</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="253"/>
        <source>Filter by event %1</source>
        <translation>Filtrera på händelsen %1</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="256"/>
        <source>Filter by outcome %1</source>
        <translation>Filtrera på utfallet %1</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="259"/>
        <source>Filter by this delivery</source>
        <translation>Filtrera på den här leveransen</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="262"/>
        <source>Open delivery</source>
        <translation>Öppna leveransen</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="277"/>
        <source>The newest %1 attempts</source>
        <translation>De senaste %1 försöken</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="278"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n försök</numerusform>
            <numerusform>%n försök</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhookListenerModel</name>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="53"/>
        <source>Signature verified</source>
        <translation>Signaturen verifierad</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="54"/>
        <source>Signature invalid</source>
        <translation>Signaturen ogiltig</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="55"/>
        <source>Not signed</source>
        <translation>Osignerad</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="56"/>
        <source>Not checked: secret unknown</source>
        <translation>Ej kontrollerad: nyckeln okänd</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="157"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="158"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="159"/>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="160"/>
        <source>Answered</source>
        <translation>Svarade</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="161"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhookListenerPanel</name>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="60"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="61"/>
        <source>Use as endpoint URL</source>
        <translation>Använd som slutpunktens URL</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="62"/>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="65"/>
        <source>No body</source>
        <translation>Ingen kropp</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="66"/>
        <source>Select a request to see it as received</source>
        <translation>Välj en begäran för att se den som den togs emot</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="77"/>
        <source>Received webhooks</source>
        <translation>Mottagna webhooks</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="82"/>
        <source>any</source>
        <translation>valfri</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="89"/>
        <source>The port to listen on; “any” lets the system choose a free one</source>
        <translation>Porten att lyssna på; ”valfri” låter systemet välja en ledig</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="92"/>
        <source>Not listening</source>
        <translation>Lyssnar inte</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="93"/>
        <source>Put this address into the endpoint&apos;s URL; save to send the events here</source>
        <translation>Lägg in den här adressen som slutpunktens URL; spara för att skicka händelserna hit</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="122"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="134"/>
        <source>Body</source>
        <translation>Kropp</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="135"/>
        <source>Raw request</source>
        <translation>Rå begäran</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="204"/>
        <source>Listening on %1. Use it as the endpoint&apos;s URL to receive this application&apos;s events here.</source>
        <translation>Lyssnar på %1. Använd den som slutpunktens URL för att ta emot programmets händelser här.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="224"/>
        <source>The listener stopped.</source>
        <translation>Lyssnaren stoppades.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="231"/>
        <source>Stop listener</source>
        <translation>Stoppa lyssnaren</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="231"/>
        <source>Start listener</source>
        <translation>Starta lyssnaren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="236"/>
        <source>%n request(s) received; listening on %1</source>
        <translation>
            <numerusform>%n begäran mottagen; lyssnar på %1</numerusform>
            <numerusform>%n begäranden mottagna; lyssnar på %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="238"/>
        <source>%n request(s) received; not listening</source>
        <translation>
            <numerusform>%n begäran mottagen; lyssnar inte</numerusform>
            <numerusform>%n begäranden mottagna; lyssnar inte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="264"/>
        <source>Copy webhook-id</source>
        <translation>Kopiera webhook-id</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="265"/>
        <source>Copy delivery uuid</source>
        <translation>Kopiera leveransens uuid</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="266"/>
        <source>Copy body</source>
        <translation>Kopiera innehållet</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="274"/>
        <source>Select a request to see what arrived.</source>
        <translation>Välj en begäran för att se vad som kom.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="279"/>
        <source>%1 %2 from %3 → %4</source>
        <translation>%1 %2 från %3 → %4</translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhooksPage</name>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="55"/>
        <source>Notification dispatched to provider</source>
        <translation>Notifieringen skickad till leverantören</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="57"/>
        <source>Provider confirmed delivery (email only via SES)</source>
        <translation>Leverantören bekräftade leveransen (bara e-post via SES)</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="59"/>
        <source>Delivery failed permanently</source>
        <translation>Leveransen misslyckades slutgiltigt</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="61"/>
        <source>Email bounced</source>
        <translation>E-postmeddelandet studsade</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="63"/>
        <source>Recipient marked as spam</source>
        <translation>Mottagaren markerade som skräppost</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="74"/>
        <source>Start listener</source>
        <translation>Starta lyssnaren</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="77"/>
        <source>Send events to this endpoint</source>
        <translation>Skicka händelser till den här slutpunkten</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="79"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="80"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="82"/>
        <location filename="../app/webhooks/webhookspage.cpp" line="519"/>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="83"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="84"/>
        <source>Rotate…</source>
        <translation>Byt nyckel…</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="87"/>
        <source>Send test event</source>
        <translation>Skicka testhändelse</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="119"/>
        <source>Point endpoint at the listener</source>
        <translation>Peka slutpunkten mot lyssnaren</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="136"/>
        <source>Off: no events are sent, and those waiting are dropped (not sent when it is turned on again)</source>
        <translation>Av: inga händelser skickas, och de som väntar kastas (de skickas inte när den slås på igen)</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="138"/>
        <source>Remove the endpoint; attempts already made stay in the deliveries&apos; traces</source>
        <translation>Ta bort slutpunkten; försök som redan gjorts finns kvar i leveransernas spårning</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="143"/>
        <location filename="../app/webhooks/webhookspage.cpp" line="473"/>
        <source>Make a new signing secret; the old one stops working at once</source>
        <translation>Skapa en ny signeringsnyckel; den gamla slutar fungera direkt</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="150"/>
        <source>Queue a made-up delivery event (event_name webhook.test) for the endpoint, whatever events it subscribes to</source>
        <translation>Köa en påhittad leveranshändelse (event_name webhook.test) till slutpunkten, oavsett vilka händelser den prenumererar på</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="155"/>
        <location filename="../app/webhooks/webhookspage.cpp" line="270"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="191"/>
        <source>Endpoint URL</source>
        <translation>Slutpunktens URL</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="192"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="193"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="102"/>
        <location filename="../app/webhooks/webhookspage.cpp" line="195"/>
        <source>Signing secret</source>
        <translation>Signeringsnyckel</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="197"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="221"/>
        <source>Listener</source>
        <translation>Lyssnare</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="222"/>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="239"/>
        <source>The signing secret is on the clipboard.</source>
        <translation>Signeringsnyckeln finns i urklippet.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="303"/>
        <source>The %1 API: rotating the secret, test events, resending and the attempts log are extensions of the local server and are off here. A remote API cannot reach this computer&apos;s listener address without a tunnel.</source>
        <translation>%1-API:t: nyckelbyte, testhändelser, omsändning och försöksloggen är tillägg i den lokala servern och är avstängda här. Ett fjärr-API kan inte nå den här datorns lyssnaradress utan en tunnel.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="389"/>
        <source>The endpoint sends to the listener at %1, which is not running: its events fail until it listens again.</source>
        <translation>Slutpunkten skickar till lyssnaren på %1, som inte körs: dess händelser misslyckas tills den lyssnar igen.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="392"/>
        <source>The endpoint still sends to %1, but the listener now listens on port %2: its events fail there.</source>
        <translation>Slutpunkten skickar fortfarande till %1, men lyssnaren lyssnar nu på port %2: dess händelser misslyckas där.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="461"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="461"/>
        <source>Create endpoint</source>
        <translation>Skapa slutpunkt</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="471"/>
        <source>Rotating the secret is a local server extension</source>
        <translation>Nyckelbyte är ett tillägg i den lokala servern</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="477"/>
        <source>Create the endpoint to get its signing secret.</source>
        <translation>Skapa slutpunkten för att få dess signeringsnyckel.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="479"/>
        <source>The local server&apos;s test secret: reveal or copy it whenever you need it. Receivers verify each request with it (Standard Webhooks).</source>
        <translation>Den lokala serverns testnyckel: visa eller kopiera den när du behöver. Mottagare verifierar varje begäran med den (Standard Webhooks).</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="482"/>
        <source>Kept in memory for this session only. Receivers verify each request with it (Standard Webhooks).</source>
        <translation>Hålls i minnet bara under den här sessionen. Mottagare verifierar varje begäran med den (Standard Webhooks).</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="485"/>
        <source>Shown only when the endpoint is created or its secret rotated; this session has not seen it. Rotate it to get a new one.</source>
        <translation>Visas bara när slutpunkten skapas eller nyckeln byts; den här sessionen har inte sett den. Byt nyckel för att få en ny.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="487"/>
        <source>Shown only when the endpoint is created or its secret rotated; this session has not seen it.</source>
        <translation>Visas bara när slutpunkten skapas eller nyckeln byts; den här sessionen har inte sett den.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="514"/>
        <source>Shown only when created or rotated</source>
        <translation>Visas bara när den skapas eller byts</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="519"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="528"/>
        <source>Enter the endpoint&apos;s URL.</source>
        <translation>Ange slutpunktens URL.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="544"/>
        <source>Endpoint created. Its signing secret is shown only now and after a rotation: reveal or copy it below.</source>
        <translation>Slutpunkten skapades. Dess signeringsnyckel visas bara nu och efter ett nyckelbyte: visa eller kopiera den nedan.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="566"/>
        <source>Endpoint saved.</source>
        <translation>Slutpunkten sparades.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="567"/>
        <source>Endpoint saved. It is off: no events are sent to it.</source>
        <translation>Slutpunkten sparades. Den är avstängd: inga händelser skickas till den.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="576"/>
        <source>Delete the webhook endpoint?</source>
        <translation>Ta bort webhook-slutpunkten?</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="577"/>
        <source>Delete the endpoint %1? No more events are sent to it and those waiting are dropped. Attempts already made stay in the deliveries&apos; traces.</source>
        <translation>Ta bort slutpunkten %1? Inga fler händelser skickas till den och de som väntar kastas. Försök som redan gjorts finns kvar i leveransernas spårning.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="582"/>
        <source>Delete endpoint</source>
        <translation>Ta bort slutpunkten</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="608"/>
        <source>Endpoint deleted.</source>
        <translation>Slutpunkten togs bort.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="617"/>
        <source>Rotate the signing secret?</source>
        <translation>Byta signeringsnyckel?</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="618"/>
        <source>A new secret signs every event from now on, retries of older ones included. The old secret stops working at once: a receiver that verifies with it rejects the next event until it has the new one.</source>
        <translation>En ny nyckel signerar varje händelse från och med nu, även omförsök av äldre. Den gamla nyckeln slutar fungera direkt: en mottagare som verifierar med den avvisar nästa händelse tills den har fått den nya.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="623"/>
        <source>Rotate secret</source>
        <translation>Byt nyckel</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="647"/>
        <source>New signing secret made; the old one no longer verifies. Reveal or copy it below.</source>
        <translation>En ny signeringsnyckel skapades; den gamla verifierar inte längre. Visa eller kopiera den nedan.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="662"/>
        <source>Test event %1 queued as message %2.</source>
        <translation>Testhändelsen %1 köades som meddelande %2.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="691"/>
        <source>Save to send the endpoint&apos;s events to the listener.</source>
        <translation>Spara för att skicka slutpunktens händelser till lyssnaren.</translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="692"/>
        <source>Create the endpoint to send its events to the listener.</source>
        <translation>Skapa slutpunkten för att skicka dess händelser till lyssnaren.</translation>
    </message>
</context>
<context>
    <name>sendivent::checks::TemplateChecks</name>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="208"/>
        <source>No sample payload for this event: the payload values its templates read are not checked.</source>
        <translation>Ingen exempel-payload för den här händelsen: payload-värdena som mallarna läser kontrolleras inte.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="256"/>
        <source>No %1 template in the default language (%2): sends on this channel fail.</source>
        <translation>Ingen %1-mall på standardspråket (%2): utskick i den här kanalen misslyckas.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="270"/>
        <source>No %1 translation of the %2 template: contacts who read %1 get the %3 one.</source>
        <translation>Ingen översättning till %1 av %2-mallen: kontakter som läser %1 får den på %3.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="324"/>
        <source>%1 is contact data a contact may not have; give it a default: {{%1 | …}}</source>
        <translation>%1 är kontaktdata som en kontakt kanske saknar; ge det ett standardvärde: {{%1 | …}}</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="325"/>
        <source>%1 is not in the sample payload and has no default: {{%1 | …}}</source>
        <translation>%1 finns inte i exempel-payloaden och har inget standardvärde: {{%1 | …}}</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="326"/>
        <source>%1 does not exist: a template can read contact, payload, app and sender</source>
        <translation>%1 finns inte: en mall kan läsa contact, payload, app och sender</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="346"/>
        <source>Slack truncates messages longer than %1 characters</source>
        <translation>Slack kortar meddelanden längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="348"/>
        <source>Slack advises keeping a message under %1 characters</source>
        <translation>Slack råder att hålla ett meddelande under %1 tecken</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="352"/>
        <source>Discord refuses messages longer than %1 characters</source>
        <translation>Discord vägrar meddelanden längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="356"/>
        <source>Telegram refuses messages longer than %1 characters</source>
        <translation>Telegram vägrar meddelanden längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="360"/>
        <source>WhatsApp refuses text bodies longer than %1 characters</source>
        <translation>WhatsApp vägrar texter längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="371"/>
        <source>%1 characters with the sample data: %2.</source>
        <translation>%1 tecken med exempeldatan: %2.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="380"/>
        <source>%1 segments with the sample data (at most %2 allowed); each segment is billed.</source>
        <translation>%1 segment med exempeldatan (högst %2 tillåtna); varje segment debiteras.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="387"/>
        <source>Sent as UCS-2 (70 characters a segment, not 160) because of: %1</source>
        <translation>Skickas som UCS-2 (70 tecken per segment, inte 160) på grund av: %1</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="397"/>
        <source>The title has %1 characters; phones show about %2 before cutting it.</source>
        <translation>Rubriken har %1 tecken; telefoner visar ungefär %2 innan den kortas.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="402"/>
        <source>The body has %1 characters; a lock screen shows about %2.</source>
        <translation>Texten har %1 tecken; en låsskärm visar ungefär %2.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="411"/>
        <source>The notification payload is %1 bytes; APNs and FCM refuse more than %2.</source>
        <translation>Notisens payload är %1 byte; APNs och FCM vägrar mer än %2.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="422"/>
        <source>The HTML is %1 KB with the sample data; Gmail clips messages over 102 KB.</source>
        <translation>HTML-koden är %1 KB med exempeldatan; Gmail klipper meddelanden över 102 KB.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="452"/>
        <source>%1 is only partly supported in %2.</source>
        <translation>%1 stöds bara delvis i %2.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="453"/>
        <source>%1 is not supported in %2.</source>
        <translation>%1 stöds inte i %2.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="455"/>
        <source>Partly in %1.</source>
        <translation>Delvis i %1.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="484"/>
        <source>An image without alt text: readers with images off or a screen reader get nothing (%1).</source>
        <translation>En bild utan alt-text: läsare med bilder avstängda eller med skärmläsare får ingenting (%1).</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="488"/>
        <source>An image without a source.</source>
        <translation>En bild utan källa.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="488"/>
        <source>A link without a target.</source>
        <translation>En länk utan mål.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="496"/>
        <source>&quot;%1&quot; is not an absolute URL: a mail client has no page to resolve it against.</source>
        <translation>&quot;%1&quot; är ingen absolut URL: en e-postklient har ingen sida att tolka den mot.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="498"/>
        <source>The image %1 is loaded over http: many clients block it; use https.</source>
        <translation>Bilden %1 laddas över http: många klienter blockerar den; använd https.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="499"/>
        <source>The link %1 uses http: use https.</source>
        <translation>Länken %1 använder http: använd https.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="501"/>
        <source>The %1 scheme of &quot;%2&quot; does not work in mail clients.</source>
        <translation>Schemat %1 i &quot;%2&quot; fungerar inte i e-postklienter.</translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="539"/>
        <source>payload.%1 is in the sample payload but no template reads it.</source>
        <translation>payload.%1 finns i exempel-payloaden men ingen mall läser det.</translation>
    </message>
</context>
</TS>
