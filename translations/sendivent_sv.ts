<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="21"/>
        <source>Developer console for the Sendivent notification API, with a local emulator of the /v1 API.

Subcommand:
  render   render a template or an event (see &apos;sendivent-console render --help&apos;)</source>
        <translation>Utvecklarkonsol för Sendivents notifierings-API, med en lokal emulator av /v1-API:t.

Underkommando:
  render   renderar en mall eller en händelse (se &apos;sendivent-console render --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="27"/>
        <source>Run only the local server, without a window.</source>
        <translation>Kör bara den lokala servern, utan fönster.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Address to bind (default 127.0.0.1).</source>
        <translation>Adress att lyssna på (standard 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>Port to listen on; 0 picks a free one (default 8787).</source>
        <translation>Port att lyssna på; 0 väljer en ledig (standard 8787).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>Folder of the database and settings.</source>
        <translation>Mapp för databasen och inställningarna.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>Accept this API key (test_… sandbox, live_… production); may repeat.</source>
        <translation>Godta den här API-nyckeln (test_… sandlåda, live_… produktion); kan upprepas.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Import a workspace fixture (JSON) at start.</source>
        <translation>Importera en arbetsytefil (JSON) vid start.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Enforce rate limits and quotas: on or off (default on).</source>
        <translation>Tillämpa anropsgränser och kvoter: on eller off (standard on).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>Seconds between webhook attempts, comma-separated.</source>
        <translation>Sekunder mellan webhookförsök, kommaseparerade.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="35"/>
        <source>Forward /v1 to a remote API: sandbox, production or a URL.</source>
        <translation>Vidarebefordra /v1 till ett fjärr-API: sandbox, production eller en URL.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>Permit --proxy production.</source>
        <translation>Tillåt --proxy production.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>Base URL of the remote API.</source>
        <translation>Bas-URL för fjärr-API:t.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="38"/>
        <source>Log format on stderr: text or json (default text).</source>
        <translation>Loggformat på stderr: text eller json (standard text).</translation>
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
    <name>ProxyStartup</name>
    <message>
        <location filename="../app/proxystartup.cpp" line="36"/>
        <source>Proxy to production</source>
        <translation>Proxy till produktion</translation>
    </message>
    <message>
        <location filename="../app/proxystartup.cpp" line="37"/>
        <source>Requests to this local server will be forwarded to the production API at %1. Sends reach real people.

Start in proxy mode anyway?</source>
        <translation>Anrop till den här lokala servern vidarebefordras till produktions-API:t på %1. Utskick når riktiga människor.

Starta i proxyläge ändå?</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="121"/>
        <source>Sendivent Console</source>
        <translation>Sendivent Console</translation>
    </message>
</context>
<context>
    <name>sendivent::CredentialStore</name>
    <message>
        <location filename="../core/credentialstore.cpp" line="51"/>
        <source>the system keychain did not answer</source>
        <translation>systemets nyckelring svarade inte</translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="88"/>
        <source>An API key cannot be empty</source>
        <translation>En API-nyckel kan inte vara tom</translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="128"/>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation>Nyckeln kunde inte tas bort från systemets nyckelring: %1</translation>
    </message>
</context>
<context>
    <name>sendivent::DataSource</name>
    <message>
        <location filename="../core/datasource.cpp" line="104"/>
        <source>A production API key starts with live_</source>
        <translation>En API-nyckel för produktion börjar med live_</translation>
    </message>
    <message>
        <location filename="../core/datasource.cpp" line="105"/>
        <source>A sandbox API key starts with test_</source>
        <translation>En API-nyckel för sandlådan börjar med test_</translation>
    </message>
</context>
<context>
    <name>sendivent::LocalBackend</name>
    <message>
        <location filename="../core/localbackend.cpp" line="63"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
</context>
<context>
    <name>sendivent::RemoteBackend</name>
    <message>
        <location filename="../core/remotebackend.cpp" line="76"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../core/remotebackend.cpp" line="76"/>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
</context>
<context>
    <name>sendivent::RemoteClient</name>
    <message>
        <location filename="../core/remoteclient.cpp" line="171"/>
        <source>The remote API at %1 did not answer within %2 s</source>
        <translation>Fjärr-API:t på %1 svarade inte inom %2 s</translation>
    </message>
    <message>
        <location filename="../core/remoteclient.cpp" line="176"/>
        <source>Cannot reach the remote API at %1: %2</source>
        <translation>Når inte fjärr-API:t på %1: %2</translation>
    </message>
</context>
<context>
    <name>sendivent::app</name>
    <message>
        <location filename="../app/rendercommand.cpp" line="35"/>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="50"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 är inte giltig JSON: %2</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="65"/>
        <source>Render a Handlebars template file with JSON data.</source>
        <translation>Rendera en Handlebars-mallfil med JSON-data.</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="67"/>
        <source>Handlebars template to render.</source>
        <translation>Handlebars-mall att rendera.</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="67"/>
        <location filename="../app/rendercommand.cpp" line="69"/>
        <location filename="../app/rendercommand.cpp" line="72"/>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="69"/>
        <source>JSON data the template is rendered with.</source>
        <translation>JSON-data som mallen renderas med.</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="71"/>
        <source>JSON object of partial name to template source.</source>
        <translation>JSON-objekt från partialnamn till mallkälla.</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="74"/>
        <source>html (default) escapes {{value}} output; none does not.</source>
        <translation>html (standard) kodar {{value}}-utdata för HTML; none gör det inte.</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="75"/>
        <source>mode</source>
        <translation>läge</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="76"/>
        <location filename="../app/rendereventcommand.cpp" line="113"/>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="88"/>
        <source>unexpected argument: %1</source>
        <translation>oväntat argument: %1</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="92"/>
        <source>usage: sendivent-console render --template-file FILE --data-file FILE [--partials-file FILE] [--escape html|none]</source>
        <translation>användning: sendivent-console render --template-file FIL --data-file FIL [--partials-file FIL] [--escape html|none]</translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="98"/>
        <source>--escape must be html or none, not %1</source>
        <translation>--escape måste vara html eller none, inte %1</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="45"/>
        <source>--to is not valid JSON: %1</source>
        <translation>--to är inte giltig JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="81"/>
        <source>no contact &apos;%1&apos; in the workspace</source>
        <translation>ingen kontakt &apos;%1&apos; i arbetsytan</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="105"/>
        <source>Render an event of the local workspace as a send would, and print each rendered field.
The other form, render --template-file T --data-file D, renders a template file.</source>
        <translation>Rendera en händelse i den lokala arbetsytan som ett utskick skulle göra, och skriv ut varje renderat fält.
Den andra formen, render --template-file T --data-file D, renderar en mallfil.</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="107"/>
        <source>Event identifier, e.g. order.confirmed.</source>
        <translation>Händelsens identifierare, t.ex. order.confirmed.</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="108"/>
        <source>Only this channel.</source>
        <translation>Bara den här kanalen.</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="108"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="109"/>
        <source>Template language (default: the contact&apos;s, then the event&apos;s).</source>
        <translation>Mallens språk (standard: kontaktens, sedan händelsens).</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="109"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="110"/>
        <source>Recipient: a contact JSON object or an identifier.</source>
        <translation>Mottagare: ett kontaktobjekt i JSON eller en identifierare.</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="110"/>
        <source>JSON|identifier</source>
        <translation>JSON|identifierare</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="111"/>
        <source>Payload JSON object.</source>
        <translation>Payload som JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="111"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="112"/>
        <source>Folder of the database.</source>
        <translation>Databasens mapp.</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="112"/>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="125"/>
        <source>usage: sendivent-console render EVENT [--channel C] [--language L] [--to JSON|IDENTIFIER] [--payload JSON] [--data-dir DIR]
</source>
        <translation>användning: sendivent-console render HÄNDELSE [--channel K] [--language S] [--to JSON|IDENTIFIERARE] [--payload JSON] [--data-dir MAPP]
</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="133"/>
        <source>--payload must be a JSON object%1
</source>
        <translation>--payload måste vara ett JSON-objekt%1
</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="140"/>
        <source>--channel must be one of: %1
</source>
        <translation>--channel måste vara en av: %1
</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="147"/>
        <source>no workspace in %1 (start sendivent-console once, or pass --data-dir)
</source>
        <translation>ingen arbetsyta i %1 (starta sendivent-console en gång, eller ange --data-dir)
</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="163"/>
        <source>Event &apos;%1&apos; not found
</source>
        <translation>Händelsen &apos;%1&apos; finns inte
</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="167"/>
        <source>the event %1 does not use the %2 channel
</source>
        <translation>händelsen %1 använder inte kanalen %2
</translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="192"/>
        <source>%1: no template
</source>
        <translation>%1: ingen mall
</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ApiKeyDialog</name>
    <message>
        <location filename="../app/apikeydialog.cpp" line="33"/>
        <source>Production API key</source>
        <translation>API-nyckel för produktion</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="33"/>
        <source>Sandbox API key</source>
        <translation>API-nyckel för sandlådan</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="37"/>
        <source>Enter the API key of the production API (it starts with live_). With it the console reads real data and sends reach real people.</source>
        <translation>Ange API-nyckeln till produktions-API:t (den börjar med live_). Med den läser konsolen riktiga data och utskick når riktiga människor.</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="39"/>
        <source>Enter the API key of the sandbox API (it starts with test_).</source>
        <translation>Ange API-nyckeln till sandlådans API (den börjar med test_).</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="44"/>
        <source>The key is stored in the system keychain, never in a file.</source>
        <translation>Nyckeln sparas i systemets nyckelring, aldrig i en fil.</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="45"/>
        <source>No system keychain is available: the key is kept for this session only and asked for again at the next start.</source>
        <translation>Ingen nyckelring finns i systemet: nyckeln sparas bara under den här sessionen och efterfrågas igen vid nästa start.</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="78"/>
        <source>A %1 key starts with %2.</source>
        <translation>En nyckel för %1 börjar med %2.</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="79"/>
        <source>production</source>
        <translation>produktion</translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="80"/>
        <source>sandbox</source>
        <translation>sandlådan</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ChatPreview</name>
    <message>
        <location filename="../app/chatpreview.cpp" line="77"/>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <location filename="../app/chatpreview.cpp" line="88"/>
        <source>BOT</source>
        <translation>BOT</translation>
    </message>
    <message>
        <location filename="../app/chatpreview.cpp" line="256"/>
        <source>Text Message · Today %1</source>
        <translation>SMS · I dag %1</translation>
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
    <name>sendivent::app::EmailPreview</name>
    <message>
        <location filename="../app/emailpreview.cpp" line="62"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../app/emailpreview.cpp" line="63"/>
        <source>Plain text</source>
        <translation>Ren text</translation>
    </message>
    <message>
        <location filename="../app/emailpreview.cpp" line="70"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../app/emailpreview.cpp" line="71"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../app/emailpreview.cpp" line="93"/>
        <source>(no subject)</source>
        <translation>(inget ämne)</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ErrorBanner</name>
    <message>
        <location filename="../app/errorbanner.cpp" line="38"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventEditor</name>
    <message>
        <location filename="../app/eventeditor.cpp" line="27"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="28"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="33"/>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="34"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="35"/>
        <source>Edit templates…</source>
        <translation>Redigera mallar…</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="52"/>
        <source>What apps send: POST /v1/send/{identifier}. Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Det appar skickar: POST /v1/send/{identifierare}. Bokstäver, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="54"/>
        <source>e.g. de or pt-BR</source>
        <translation>t.ex. de eller pt-BR</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="89"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="90"/>
        <source>Identifier</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="91"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="92"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="93"/>
        <source>Default language</source>
        <translation>Standardspråk</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="94"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="179"/>
        <source>%1 (default)</source>
        <translation>%1 (standard)</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="246"/>
        <source>“%1” is not a language tag; use one like en, sv or pt-BR.</source>
        <translation>”%1” är ingen språkkod; använd en som en, sv eller pt-BR.</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="250"/>
        <source>The event has “%1” already.</source>
        <translation>Händelsen har redan ”%1”.</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="279"/>
        <source>The default language cannot be removed</source>
        <translation>Standardspråket kan inte tas bort</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="286"/>
        <source>Apps sending “%1” get EVENT_NOT_FOUND once it is renamed.</source>
        <translation>Appar som skickar ”%1” får EVENT_NOT_FOUND när den har bytt namn.</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="290"/>
        <source>Saving deletes the %1 templates.</source>
        <translation>När du sparar tas %1-mallarna bort.</translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="294"/>
        <source>Saving deletes the “%1” templates.</source>
        <translation>När du sparar tas mallarna på ”%1” bort.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventListModel</name>
    <message>
        <location filename="../app/eventlistmodel.cpp" line="55"/>
        <source>Identifier</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <location filename="../app/eventlistmodel.cpp" line="56"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../app/eventlistmodel.cpp" line="57"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location filename="../app/eventlistmodel.cpp" line="58"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventsPage</name>
    <message>
        <location filename="../app/eventspage.cpp" line="45"/>
        <location filename="../app/eventspage.cpp" line="282"/>
        <source>New event</source>
        <translation>Ny händelse</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="46"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="47"/>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="48"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="52"/>
        <source>Search events (Ctrl+F)</source>
        <translation>Sök händelser (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="61"/>
        <source>Replace the workspace (not its contacts) with a fixture file; contacts in it are added or updated</source>
        <translation>Ersätt arbetsytan (men inte dess kontakter) med en arbetsytefil; kontakterna i filen läggs till eller uppdateras</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="62"/>
        <source>Save the workspace as a fixture file, without integration secrets</source>
        <translation>Spara arbetsytan som en arbetsytefil, utan integrationernas hemligheter</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="87"/>
        <location filename="../app/eventspage.cpp" line="170"/>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="192"/>
        <source>Could not load events: %1</source>
        <translation>Kunde inte läsa händelserna: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventspage.cpp" line="196"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="260"/>
        <source>“%1” is no longer in the workspace.</source>
        <translation>”%1” finns inte längre i arbetsytan.</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="271"/>
        <source>Saved “%1”.</source>
        <translation>Sparade ”%1”.</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="293"/>
        <source>Created “%1”: name it, choose its channels, then write its templates.</source>
        <translation>Skapade ”%1”: ge den ett namn, välj kanaler och skriv sedan mallarna.</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="313"/>
        <source>Deleted “%1”.</source>
        <translation>Tog bort ”%1”.</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="313"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="324"/>
        <source>Restored.</source>
        <translation>Återställd.</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="334"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="341"/>
        <source>%1 is not valid JSON (%2). Nothing was imported.</source>
        <translation>%1 är inte giltig JSON (%2). Ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="347"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 importerades inte: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventspage.cpp" line="353"/>
        <source>Imported %1: %n event(s)</source>
        <translation>
            <numerusform>Importerade %1: %n händelse</numerusform>
            <numerusform>Importerade %1: %n händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventspage.cpp" line="354"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n kontakt tillagd</numerusform>
            <numerusform>%n kontakter tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventspage.cpp" line="355"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterad</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="373"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="377"/>
        <source>Exported the workspace to %1.</source>
        <translation>Exporterade arbetsytan till %1.</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="386"/>
        <source>Import workspace</source>
        <translation>Importera arbetsyta</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="386"/>
        <source>Workspace fixtures (*.json);;All files (*)</source>
        <translation>Arbetsytefiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="398"/>
        <source>Export workspace</source>
        <translation>Exportera arbetsyta</translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="398"/>
        <source>Workspace fixtures (*.json)</source>
        <translation>Arbetsytefiler (*.json)</translation>
    </message>
</context>
<context>
    <name>sendivent::app::JsonText</name>
    <message>
        <location filename="../app/jsontext.cpp" line="52"/>
        <source>not valid JSON</source>
        <translation>inte giltig JSON</translation>
    </message>
</context>
<context>
    <name>sendivent::app::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="43"/>
        <source>Sendivent Console</source>
        <translation>Sendivent Console</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="87"/>
        <source>not started</source>
        <translation>inte startad</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97"/>
        <location filename="../app/mainwindow.cpp" line="119"/>
        <source>Data source</source>
        <translation>Datakälla</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>The workspace and server on this computer</source>
        <translation>Arbetsytan och servern på den här datorn</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="113"/>
        <source>Browsing the remote API needs its client, which this version does not have yet</source>
        <translation>Att bläddra i fjärr-API:t kräver dess klient, som den här versionen inte har ännu</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="115"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="117"/>
        <source>Where the pages read from. Only Local is available in this version.</source>
        <translation>Varifrån sidorna läser. Bara Lokal finns i den här versionen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Local server: %1</source>
        <translation>Lokal server: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Local server stopped: %1</source>
        <translation>Lokal server stoppad: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>Delivery %1 created</source>
        <translation>Leverans %1 skapad</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>%1 have unsaved changes. Save them before quitting?</source>
        <translation>%1 har osparade ändringar. Vill du spara dem innan du avslutar?</translation>
    </message>
</context>
<context>
    <name>sendivent::app::PreviewPane</name>
    <message>
        <location filename="../app/previewpane.cpp" line="74"/>
        <source>no %1 address</source>
        <translation>ingen %1-adress</translation>
    </message>
    <message>
        <location filename="../app/previewpane.cpp" line="168"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/previewpane.cpp" line="192"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n tecken</numerusform>
            <numerusform>%n tecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/previewpane.cpp" line="193"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n del</numerusform>
            <numerusform>%n delar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/previewpane.cpp" line="193"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location filename="../app/previewpane.cpp" line="193"/>
        <source>UCS-2</source>
        <translation>UCS-2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/previewpane.cpp" line="195"/>
        <source>%n left in this segment</source>
        <translation>
            <numerusform>%n kvar i den här delen</numerusform>
            <numerusform>%n kvar i den här delen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/previewpane.cpp" line="198"/>
        <source>Sent as UCS-2 because of %1: 70 characters fit one message, 67 each when split.</source>
        <translation>Skickas som UCS-2 på grund av %1: 70 tecken ryms i ett meddelande, 67 per del när det delas.</translation>
    </message>
</context>
<context>
    <name>sendivent::app::PushPreview</name>
    <message>
        <location filename="../app/pushpreview.cpp" line="146"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>sendivent::app::SampleDataPanel</name>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="108"/>
        <source>A contact of the local workspace, or your own JSON</source>
        <translation>En kontakt i den lokala arbetsytan, eller egen JSON</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="109"/>
        <source>The contact as a send&apos;s &quot;to&quot; object: identifiers, name, and meta</source>
        <translation>Kontakten som ett utskicks &quot;to&quot;-objekt: identifierare, namn och meta</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="110"/>
        <source>The send&apos;s &quot;payload&quot;: what {{payload.…}} reads</source>
        <translation>Utskickets &quot;payload&quot;: det som {{payload.…}} läser</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="117"/>
        <source>From templates</source>
        <translation>Från mallarna</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="119"/>
        <source>Fill the payload with every payload field the templates use</source>
        <translation>Fyll payload med alla payload-fält som mallarna använder</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="122"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="127"/>
        <source>Sender</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="131"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="140"/>
        <source>Custom contact</source>
        <translation>Egen kontakt</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="141"/>
        <source>Channel&apos;s default sender</source>
        <translation>Kanalens standardavsändare</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="228"/>
        <location filename="../app/sampledatapanel.cpp" line="259"/>
        <source>Line %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="233"/>
        <source>The contact must be a JSON object</source>
        <translation>Kontakten måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="265"/>
        <source>The payload must be a JSON object, like {&quot;order_id&quot;: 1042}</source>
        <translation>Payload måste vara ett JSON-objekt, som {&quot;order_id&quot;: 1042}</translation>
    </message>
</context>
<context>
    <name>sendivent::app::SendTest</name>
    <message>
        <location filename="../app/sendtest.cpp" line="51"/>
        <source>The local server did not answer: %1</source>
        <translation>Den lokala servern svarade inte: %1</translation>
    </message>
    <message>
        <location filename="../app/sendtest.cpp" line="52"/>
        <source>The local server answered something that is not JSON</source>
        <translation>Den lokala servern svarade med något som inte är JSON</translation>
    </message>
    <message>
        <location filename="../app/sendtest.cpp" line="73"/>
        <source>The send failed (HTTP %1)</source>
        <translation>Utskicket misslyckades (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>sendivent::app::ServerPage</name>
    <message>
        <location filename="../app/serverpage.cpp" line="25"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="39"/>
        <location filename="../app/serverpage.cpp" line="115"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="57"/>
        <source>A sandbox key made for this session only; it stops working when the console quits</source>
        <translation>En sandlådenyckel som bara gäller den här sessionen; den slutar fungera när konsolen avslutas</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="69"/>
        <source>Local server</source>
        <translation>Lokal server</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="84"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="85"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="86"/>
        <source>Session key</source>
        <translation>Sessionsnyckel</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="89"/>
        <source>Try it from a terminal:</source>
        <translation>Prova från en terminal:</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="94"/>
        <source>Copy with the key</source>
        <translation>Kopiera med nyckeln</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="115"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="122"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="143"/>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="143"/>
        <source>Not running</source>
        <translation>Körs inte</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="150"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="160"/>
        <source>The API&apos;s description: &lt;a href=&quot;%1/openapi.json&quot;&gt;%1/openapi.json&lt;/a&gt; · health: &lt;a href=&quot;%1/healthz&quot;&gt;%1/healthz&lt;/a&gt;</source>
        <translation>API-beskrivningen: &lt;a href=&quot;%1/openapi.json&quot;&gt;%1/openapi.json&lt;/a&gt; · hälsa: &lt;a href=&quot;%1/healthz&quot;&gt;%1/healthz&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>sendivent::app::TemplateFieldsEditor</name>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="75"/>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="77"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="79"/>
        <source>Plain text</source>
        <translation>Ren text</translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="79"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="81"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="83"/>
        <source>Body</source>
        <translation>Brödtext</translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="118"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, rad %2, kolumn %3: %4</translation>
    </message>
</context>
<context>
    <name>sendivent::app::TemplateStudioPage</name>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="65"/>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="66"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="67"/>
        <source>Send test</source>
        <translation>Skicka test</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="91"/>
        <source>Save the event&apos;s templates (Ctrl+S)</source>
        <translation>Spara händelsens mallar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="92"/>
        <location filename="../app/templatestudiopage.cpp" line="184"/>
        <source>Send this channel&apos;s message to the sample contact through the local server (Ctrl+Enter)</source>
        <translation>Skicka kanalens meddelande till exempelkontakten via den lokala servern (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="99"/>
        <source>Template studio</source>
        <translation>Mallstudio</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="106"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="109"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="118"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="119"/>
        <source>Sample data</source>
        <translation>Exempeldata</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="173"/>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="181"/>
        <source>The local server is not running, so there is nothing to send through</source>
        <translation>Den lokala servern körs inte, så det finns inget att skicka genom</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="191"/>
        <source>Could not read the workspace: %1</source>
        <translation>Kunde inte läsa arbetsytan: %1</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="316"/>
        <source>No %1 template in “%2”: sends use the “%3” one. Type here to write one.</source>
        <translation>Ingen %1-mall på ”%2”: utskick använder den på ”%3”. Skriv här för att skapa en.</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="319"/>
        <source>No %1 template yet. Type here to write one.</source>
        <translation>Ingen %1-mall än. Skriv här för att skapa en.</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="407"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="437"/>
        <source>Reverted to the saved templates</source>
        <translation>Återställde de sparade mallarna</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="454"/>
        <source>Not saved: the %1 %2 template in “%3” has a syntax error at line %4, column %5.</source>
        <translation>Inte sparat: %1-mallens fält %2 på ”%3” har ett syntaxfel på rad %4, kolumn %5.</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="480"/>
        <source>“%1” is no longer in the workspace; nothing was saved.</source>
        <translation>”%1” finns inte längre i arbetsytan; ingenting sparades.</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="487"/>
        <source>Not saved.</source>
        <translation>Inte sparat.</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="493"/>
        <source>Saved “%1”.</source>
        <translation>Sparade ”%1”.</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="503"/>
        <source>The local server is not running, so there is nothing to send through.</source>
        <translation>Den lokala servern körs inte, så det finns inget att skicka genom.</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="508"/>
        <source>Not sent: fix the sample contact&apos;s JSON first.</source>
        <translation>Inte skickat: rätta först exempelkontaktens JSON.</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="512"/>
        <source>Not sent: fix the payload JSON first.</source>
        <translation>Inte skickat: rätta först payload-JSON:en.</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="523"/>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="530"/>
        <source>Not sent: %1</source>
        <translation>Inte skickat: %1</translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="534"/>
        <source>Sent. Delivery &lt;a href=&quot;delivery:%1&quot;&gt;%1&lt;/a&gt; · trace: &lt;code&gt;GET %2&lt;/code&gt;</source>
        <translation>Skickat. Leverans &lt;a href=&quot;delivery:%1&quot;&gt;%1&lt;/a&gt; · spårning: &lt;code&gt;GET %2&lt;/code&gt;</translation>
    </message>
</context>
</TS>
