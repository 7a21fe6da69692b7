<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="21"/>
        <source>Developer console for the Sendivent notification API, with a local emulator of the /v1 API.

Subcommand:
  render   render a template or an event (see &apos;sendivent-console render --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="27"/>
        <source>Run only the local server, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Address to bind (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>Port to listen on; 0 picks a free one (default 8787).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>Folder of the database and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>Accept this API key (test_… sandbox, live_… production); may repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Import a workspace fixture (JSON) at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Enforce rate limits and quotas: on or off (default on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>Seconds between webhook attempts, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="35"/>
        <source>Forward /v1 to a remote API: sandbox, production or a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>Permit --proxy production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>Base URL of the remote API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="38"/>
        <source>Log format on stderr: text or json (default text).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSourceBanner</name>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="44"/>
        <source>Send to production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="45"/>
        <source>%1 goes to the production API: it reaches real people and counts against the production quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="52"/>
        <source>Send to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="66"/>
        <source>Read-only: templates and simulations belong to the local workspace. The %1 API&apos;s events are edited in the Sendivent dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyStartup</name>
    <message>
        <location filename="../app/proxystartup.cpp" line="36"/>
        <source>Proxy to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/proxystartup.cpp" line="37"/>
        <source>Requests to this local server will be forwarded to the production API at %1. Sends reach real people.

Start in proxy mode anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="121"/>
        <source>Sendivent Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::CredentialStore</name>
    <message>
        <location filename="../core/credentialstore.cpp" line="51"/>
        <source>the system keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="88"/>
        <source>An API key cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="128"/>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::DataSource</name>
    <message>
        <location filename="../core/datasource.cpp" line="104"/>
        <source>A production API key starts with live_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/datasource.cpp" line="105"/>
        <source>A sandbox API key starts with test_</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::LocalBackend</name>
    <message>
        <location filename="../core/localbackend.cpp" line="63"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::RemoteBackend</name>
    <message>
        <location filename="../core/remotebackend.cpp" line="76"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/remotebackend.cpp" line="76"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::RemoteClient</name>
    <message>
        <location filename="../core/remoteclient.cpp" line="171"/>
        <source>The remote API at %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/remoteclient.cpp" line="176"/>
        <source>Cannot reach the remote API at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app</name>
    <message>
        <location filename="../app/rendercommand.cpp" line="35"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="50"/>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="65"/>
        <source>Render a Handlebars template file with JSON data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="67"/>
        <source>Handlebars template to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="67"/>
        <location filename="../app/rendercommand.cpp" line="69"/>
        <location filename="../app/rendercommand.cpp" line="72"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="69"/>
        <source>JSON data the template is rendered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="71"/>
        <source>JSON object of partial name to template source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="74"/>
        <source>html (default) escapes {{value}} output; none does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="75"/>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="76"/>
        <location filename="../app/rendereventcommand.cpp" line="113"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="88"/>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="92"/>
        <source>usage: sendivent-console render --template-file FILE --data-file FILE [--partials-file FILE] [--escape html|none]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendercommand.cpp" line="98"/>
        <source>--escape must be html or none, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="45"/>
        <source>--to is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="81"/>
        <source>no contact &apos;%1&apos; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="105"/>
        <source>Render an event of the local workspace as a send would, and print each rendered field.
The other form, render --template-file T --data-file D, renders a template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="107"/>
        <source>Event identifier, e.g. order.confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="108"/>
        <source>Only this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="108"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="109"/>
        <source>Template language (default: the contact&apos;s, then the event&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="109"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="110"/>
        <source>Recipient: a contact JSON object or an identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="110"/>
        <source>JSON|identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="111"/>
        <source>Payload JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="111"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="112"/>
        <source>Folder of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="112"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="125"/>
        <source>usage: sendivent-console render EVENT [--channel C] [--language L] [--to JSON|IDENTIFIER] [--payload JSON] [--data-dir DIR]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="133"/>
        <source>--payload must be a JSON object%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="140"/>
        <source>--channel must be one of: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="147"/>
        <source>no workspace in %1 (start sendivent-console once, or pass --data-dir)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="163"/>
        <source>Event &apos;%1&apos; not found
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="167"/>
        <source>the event %1 does not use the %2 channel
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/rendereventcommand.cpp" line="192"/>
        <source>%1: no template
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ApiKeyDialog</name>
    <message>
        <location filename="../app/apikeydialog.cpp" line="33"/>
        <source>Production API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="33"/>
        <source>Sandbox API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="37"/>
        <source>Enter the API key of the production API (it starts with live_). With it the console reads real data and sends reach real people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="39"/>
        <source>Enter the API key of the sandbox API (it starts with test_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="44"/>
        <source>The key is stored in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="45"/>
        <source>No system keychain is available: the key is kept for this session only and asked for again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="78"/>
        <source>A %1 key starts with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="79"/>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="80"/>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ChatPreview</name>
    <message>
        <location filename="../app/chatpreview.cpp" line="77"/>
        <source>APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chatpreview.cpp" line="88"/>
        <source>BOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/chatpreview.cpp" line="256"/>
        <source>Text Message · Today %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::DataSourceBanner</name>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="37"/>
        <source>PRODUCTION — %1: real data; sends reach real people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datasourcebanner.cpp" line="38"/>
        <source>Remote sandbox — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::EmailPreview</name>
    <message>
        <location filename="../app/emailpreview.cpp" line="62"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/emailpreview.cpp" line="63"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/emailpreview.cpp" line="70"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/emailpreview.cpp" line="71"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/emailpreview.cpp" line="93"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ErrorBanner</name>
    <message>
        <location filename="../app/errorbanner.cpp" line="38"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventEditor</name>
    <message>
        <location filename="../app/eventeditor.cpp" line="27"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="28"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="33"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="34"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="35"/>
        <source>Edit templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="52"/>
        <source>What apps send: POST /v1/send/{identifier}. Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="54"/>
        <source>e.g. de or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="89"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="90"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="91"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="92"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="93"/>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="94"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="179"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="246"/>
        <source>“%1” is not a language tag; use one like en, sv or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="250"/>
        <source>The event has “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="279"/>
        <source>The default language cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="286"/>
        <source>Apps sending “%1” get EVENT_NOT_FOUND once it is renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="290"/>
        <source>Saving deletes the %1 templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="294"/>
        <source>Saving deletes the “%1” templates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventListModel</name>
    <message>
        <location filename="../app/eventlistmodel.cpp" line="55"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventlistmodel.cpp" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventlistmodel.cpp" line="57"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventlistmodel.cpp" line="58"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventsPage</name>
    <message>
        <location filename="../app/eventspage.cpp" line="45"/>
        <location filename="../app/eventspage.cpp" line="282"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="46"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="47"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="48"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="52"/>
        <source>Search events (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="61"/>
        <source>Replace the workspace (not its contacts) with a fixture file; contacts in it are added or updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="62"/>
        <source>Save the workspace as a fixture file, without integration secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="87"/>
        <location filename="../app/eventspage.cpp" line="170"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="192"/>
        <source>Could not load events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventspage.cpp" line="196"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="260"/>
        <source>“%1” is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="271"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="293"/>
        <source>Created “%1”: name it, choose its channels, then write its templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="313"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="313"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="324"/>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="334"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="341"/>
        <source>%1 is not valid JSON (%2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="347"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventspage.cpp" line="353"/>
        <source>Imported %1: %n event(s)</source>
        <translation>
            <numerusform>Imported %1: %n event</numerusform>
            <numerusform>Imported %1: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventspage.cpp" line="354"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventspage.cpp" line="355"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="373"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="377"/>
        <source>Exported the workspace to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="386"/>
        <source>Import workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="386"/>
        <source>Workspace fixtures (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="398"/>
        <source>Export workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventspage.cpp" line="398"/>
        <source>Workspace fixtures (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::JsonText</name>
    <message>
        <location filename="../app/jsontext.cpp" line="52"/>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="43"/>
        <source>Sendivent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="87"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97"/>
        <location filename="../app/mainwindow.cpp" line="119"/>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>The workspace and server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="113"/>
        <source>Browsing the remote API needs its client, which this version does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="115"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="117"/>
        <source>Where the pages read from. Only Local is available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Local server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Local server stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>Delivery %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>%1 have unsaved changes. Save them before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::PreviewPane</name>
    <message>
        <location filename="../app/previewpane.cpp" line="74"/>
        <source>no %1 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/previewpane.cpp" line="168"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/previewpane.cpp" line="192"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/previewpane.cpp" line="193"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/previewpane.cpp" line="193"/>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/previewpane.cpp" line="193"/>
        <source>UCS-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/previewpane.cpp" line="195"/>
        <source>%n left in this segment</source>
        <translation>
            <numerusform>%n left in this segment</numerusform>
            <numerusform>%n left in this segment</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/previewpane.cpp" line="198"/>
        <source>Sent as UCS-2 because of %1: 70 characters fit one message, 67 each when split.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::PushPreview</name>
    <message>
        <location filename="../app/pushpreview.cpp" line="146"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::SampleDataPanel</name>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="108"/>
        <source>A contact of the local workspace, or your own JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="109"/>
        <source>The contact as a send&apos;s &quot;to&quot; object: identifiers, name, and meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="110"/>
        <source>The send&apos;s &quot;payload&quot;: what {{payload.…}} reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="117"/>
        <source>From templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="119"/>
        <source>Fill the payload with every payload field the templates use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="122"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="127"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="131"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="140"/>
        <source>Custom contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="141"/>
        <source>Channel&apos;s default sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="228"/>
        <location filename="../app/sampledatapanel.cpp" line="259"/>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="233"/>
        <source>The contact must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sampledatapanel.cpp" line="265"/>
        <source>The payload must be a JSON object, like {&quot;order_id&quot;: 1042}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::SendTest</name>
    <message>
        <location filename="../app/sendtest.cpp" line="51"/>
        <source>The local server did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sendtest.cpp" line="52"/>
        <source>The local server answered something that is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sendtest.cpp" line="73"/>
        <source>The send failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ServerPage</name>
    <message>
        <location filename="../app/serverpage.cpp" line="25"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="39"/>
        <location filename="../app/serverpage.cpp" line="115"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="57"/>
        <source>A sandbox key made for this session only; it stops working when the console quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="69"/>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="84"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="85"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="86"/>
        <source>Session key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="89"/>
        <source>Try it from a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="94"/>
        <source>Copy with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="115"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="122"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="143"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="143"/>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="150"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverpage.cpp" line="160"/>
        <source>The API&apos;s description: &lt;a href=&quot;%1/openapi.json&quot;&gt;%1/openapi.json&lt;/a&gt; · health: &lt;a href=&quot;%1/healthz&quot;&gt;%1/healthz&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::TemplateFieldsEditor</name>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="75"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="77"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="79"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="79"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="81"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="83"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatefieldseditor.cpp" line="118"/>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::TemplateStudioPage</name>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="65"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="66"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="67"/>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="91"/>
        <source>Save the event&apos;s templates (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="92"/>
        <location filename="../app/templatestudiopage.cpp" line="184"/>
        <source>Send this channel&apos;s message to the sample contact through the local server (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="99"/>
        <source>Template studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="106"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="109"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="118"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="119"/>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="173"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="181"/>
        <source>The local server is not running, so there is nothing to send through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="191"/>
        <source>Could not read the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="316"/>
        <source>No %1 template in “%2”: sends use the “%3” one. Type here to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="319"/>
        <source>No %1 template yet. Type here to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="407"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="437"/>
        <source>Reverted to the saved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="454"/>
        <source>Not saved: the %1 %2 template in “%3” has a syntax error at line %4, column %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="480"/>
        <source>“%1” is no longer in the workspace; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="487"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="493"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="503"/>
        <source>The local server is not running, so there is nothing to send through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="508"/>
        <source>Not sent: fix the sample contact&apos;s JSON first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="512"/>
        <source>Not sent: fix the payload JSON first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="523"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="530"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/templatestudiopage.cpp" line="534"/>
        <source>Sent. Delivery &lt;a href=&quot;delivery:%1&quot;&gt;%1&lt;/a&gt; · trace: &lt;code&gt;GET %2&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
