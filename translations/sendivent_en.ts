<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="35"/>
        <source>Developer console for the Sendivent notification API, with a local emulator of the /v1 API.

Subcommand:
  render   render a template or an event (see &apos;sendivent-console render --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="41"/>
        <source>Run only the local server, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="42"/>
        <source>Address to bind (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="43"/>
        <source>Port to listen on; 0 picks a free one (default 8787).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="44"/>
        <source>Folder of the database and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <source>Accept this API key (test_… sandbox, live_… production); may repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="46"/>
        <source>Import a workspace fixture (JSON) at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="47"/>
        <source>Inject faults by the rules of this JSON file (local emulation only, not with --proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="48"/>
        <source>Enforce rate limits and quotas: on or off (default on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="49"/>
        <source>Seconds between webhook attempts, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="50"/>
        <source>Forward /v1 to a remote API: sandbox, production or a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="51"/>
        <source>Permit --proxy production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="52"/>
        <source>Base URL of the remote API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="53"/>
        <source>Log format on stderr: text or json (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="54"/>
        <source>normal: a commit survives a crash of the program; full: also a power loss, at a price in speed (default normal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="55"/>
        <source>The emulator&apos;s time at start: real (runs with the wall clock) or frozen (stands still until moved through /_local/clock); default real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="56"/>
        <source>Allow releasing captured email to a real SMTP server: smtp://[USER@]HOST[:PORT] (STARTTLS required), smtps://… (implicit TLS) or smtp://…?security=none (a local sink). The password comes from SENDIVENT_SMTP_PASSWORD or the keychain. Off by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="57"/>
        <source>Trust the CA certificates in FILE for the SMTP server (a self-signed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="58"/>
        <source>From of released email (default: the workspace&apos;s verified sender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="59"/>
        <source>Recipient of released email that replaces the captured one (your inbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="60"/>
        <source>Release every new sandbox email to --release-to as it is captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="61"/>
        <source>Keep at most N deliveries (with their timelines and webhook messages), removing the oldest; 0 or off keeps all (default: as set on the Server page, else 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="62"/>
        <source>Remove deliveries and journal entries older than this, e.g. 7d, 12h, 30m; 0 or off keeps all (default: as set, else 30d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="63"/>
        <source>Keep at most N requests in the request journal; 0 or off keeps all (default: as set, else 5000).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="36"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="37"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="38"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="39"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="40"/>
        <source>Avatar URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="41"/>
        <source>Slack user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="42"/>
        <source>Telegram user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="43"/>
        <source>Discord user ID</source>
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
    <name>DeliveryState</name>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="41"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="42"/>
        <source>Rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="43"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="44"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="45"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="46"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="47"/>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="48"/>
        <source>Complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="49"/>
        <source>Released to inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracestyle.cpp" line="50"/>
        <source>Release failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyStartup</name>
    <message>
        <location filename="../app/cli/proxystartup.cpp" line="36"/>
        <source>Proxy to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/proxystartup.cpp" line="37"/>
        <source>Requests to this local server will be forwarded to the production API at %1. Sends reach real people.

Start in proxy mode anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="156"/>
        <source>Sendivent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="251"/>
        <source>Choose a Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::CredentialStore</name>
    <message>
        <location filename="../core/remote/credentialstore.cpp" line="51"/>
        <source>the system keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/remote/credentialstore.cpp" line="93"/>
        <source>An API key cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/remote/credentialstore.cpp" line="133"/>
        <source>The key could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::DataSource</name>
    <message>
        <location filename="../core/backend/datasource.cpp" line="104"/>
        <source>A production API key starts with live_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backend/datasource.cpp" line="105"/>
        <source>A sandbox API key starts with test_</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::LocalBackend</name>
    <message>
        <location filename="../core/backend/localbackend.cpp" line="202"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::RemoteBackend</name>
    <message>
        <location filename="../core/remote/remotebackend.cpp" line="76"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/remote/remotebackend.cpp" line="76"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::RemoteClient</name>
    <message>
        <location filename="../core/remote/remoteclient.cpp" line="172"/>
        <source>The remote API at %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/remote/remoteclient.cpp" line="177"/>
        <source>Cannot reach the remote API at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::AboutDialog</name>
    <message>
        <location filename="../app/aboutdialog.cpp" line="32"/>
        <source>About Sendivent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="38"/>
        <source>Sendivent Console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="39"/>
        <source>The desktop developer console for the Sendivent notification API, with a local emulator of the API inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="42"/>
        <source>Built with Qt %1, running on Qt %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="50"/>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="57"/>
        <source>Libraries and data in this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="58"/>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="59"/>
        <source>GNU LGPL version 3; linked dynamically, so you may replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="60"/>
        <source>BSD 3-clause licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="61"/>
        <source>MIT licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="62"/>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="62"/>
        <source>Public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="64"/>
        <source>curl licence (MIT/X style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="65"/>
        <source>Email client support data from caniemail.com (npm caniemail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="66"/>
        <source>MIT licence; © Avi Goldman, Andrew Powell and caniemail.com&apos;s contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="67"/>
        <source>The demo workspace, the OpenAPI document and the icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="68"/>
        <source>Part of Sendivent Console, under its licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ApiKeyDialog</name>
    <message>
        <location filename="../app/apikeydialog.cpp" line="34"/>
        <source>Production API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="34"/>
        <source>Sandbox API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="38"/>
        <source>Enter the API key of the production API (it starts with live_). With it the console reads real data and sends reach real people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="40"/>
        <source>Enter the API key of the sandbox API (it starts with test_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="66"/>
        <source>The key is stored in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="67"/>
        <source>No system keychain is available: the key is kept for this session only and asked for again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="82"/>
        <source>A %1 key starts with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="83"/>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/apikeydialog.cpp" line="84"/>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ApiKeysPanel</name>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="39"/>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="40"/>
        <location filename="../app/server/apikeyspanel.cpp" line="228"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="55"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="55"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="55"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="55"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="60"/>
        <source>Label, e.g. “CI” or “Jane&apos;s laptop”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="61"/>
        <source>Sandbox (test_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="62"/>
        <source>Production (live_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="63"/>
        <source>Production keys act as production here too: their deliveries are marked production and the production limits apply. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="66"/>
        <source>Requests with the selected key are refused (401) from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="72"/>
        <source>Your new key. Copy it now: it is shown only this once, the console keeps nothing but its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="76"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="78"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="99"/>
        <source>Keys your apps and tests use with this server. Keys given with --api-key and the console&apos;s own session key are not listed: they last for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="153"/>
        <source>Could not read the keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="160"/>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="160"/>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="180"/>
        <location filename="../app/server/apikeyspanel.cpp" line="198"/>
        <source>The local database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="184"/>
        <source>Could not create the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="201"/>
        <source>Could not revoke the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="223"/>
        <source>Revoke API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="224"/>
        <source>Requests with %1 (%2) will be refused from now on. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/apikeyspanel.cpp" line="225"/>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ChatPreview</name>
    <message>
        <location filename="../app/studio/chatpreview.cpp" line="63"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/chatpreview.cpp" line="87"/>
        <source>APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/chatpreview.cpp" line="98"/>
        <source>BOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/chatpreview.cpp" line="266"/>
        <source>Text Message · %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::CheckTemplatesCommand</name>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="36"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="42"/>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="58"/>
        <source>%1 is not a workspace fixture: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="68"/>
        <source>no workspace in %1 (start sendivent-console once, or pass --workspace or --data-dir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="89"/>
        <source>--payloads: no folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="102"/>
        <source>%1 must hold a payload object or a list of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="119"/>
        <source>Check every template of a workspace: syntax, the values it reads, missing translations, email client support (caniemail.com), links and images, and each channel&apos;s limits.
Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="123"/>
        <source>A workspace fixture file (JSON) to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="123"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="124"/>
        <source>Check the workspace stored in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="124"/>
        <location filename="../app/cli/checktemplatescommand.cpp" line="125"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="125"/>
        <source>Folder of sample payloads: EVENT.json, an object or a list of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="126"/>
        <source>Email clients to check, comma-separated: ids or families (gmail, outlook-windows, apple-mail, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="126"/>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="127"/>
        <source>Output: text, json or junit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="127"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="128"/>
        <source>Lowest severity that fails the check: error, warning or info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="128"/>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="129"/>
        <source>Most SMS segments a message may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="129"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="130"/>
        <source>List the email client ids and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="131"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="147"/>
        <source>Data: %1, updated %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="151"/>
        <source>check-templates takes no arguments, only options (see --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="155"/>
        <source>--workspace and --data-dir exclude each other
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="160"/>
        <source>--format must be text, json or junit
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="165"/>
        <source>--fail-on must be error, warning or info
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="172"/>
        <source>--sms-max-segments must be a whole number of at least 1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="179"/>
        <source>--clients: unknown email client &apos;%1&apos; (see --list-clients)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checktemplatescommand.cpp" line="207"/>
        <source>%1 templates checked: %2 errors, %3 warnings, %4 notes
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ChecksPanel</name>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="33"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="34"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="35"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="106"/>
        <source>Show in the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="108"/>
        <location filename="../app/studio/checkspanel.cpp" line="152"/>
        <source>Learn more on caniemail.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="131"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="161"/>
        <source>Checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="161"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="170"/>
        <source>No problems found in this event&apos;s templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="172"/>
        <source>%1 errors, %2 warnings, %3 notes. Double-click one to show it in its template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="190"/>
        <location filename="../app/studio/checkspanel.cpp" line="242"/>
        <source>Email clients to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="200"/>
        <source>Support data from caniemail.com (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="239"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="239"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="239"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="240"/>
        <source>Email clients (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="241"/>
        <source>Choose the email clients whose support is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="243"/>
        <source>Template check findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/checkspanel.cpp" line="244"/>
        <source>The selected finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ClockPanel</name>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="38"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="40"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="42"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="44"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="46"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="63"/>
        <source>Clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="65"/>
        <source>Clock frozen at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="74"/>
        <source>The local server&apos;s clock is not real time: it is %1 (%2 the wall clock). New deliveries, timelines and webhook attempts are dated by it; quotas, rate limits, webhook retries and idempotency keys follow it. Change it on the Server page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="83"/>
        <source>+1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="84"/>
        <source>+1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="86"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="87"/>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="88"/>
        <source>Back to real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="103"/>
        <source>e.g. 90m, 5h, 2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="106"/>
        <source>A duration: 30s, 90m, 5h, 2d, combined (1h30m), or ISO 8601 (PT5H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="107"/>
        <source>Move the emulated time one hour forward: webhook retries due by then are sent at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="108"/>
        <source>Move the emulated time one day forward: a new UTC day resets the daily quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="109"/>
        <source>Stop the emulated time where it is; it moves only when you advance it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="110"/>
        <source>Run with the computer&apos;s clock again (not possible while stored deliveries are dated after it: reset the traffic first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="172"/>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="179"/>
        <source>real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="181"/>
        <source>frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="183"/>
        <source>%1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/clockpanel.cpp" line="218"/>
        <source>“%1” is not a duration: try 30s, 90m, 5h, 2d or PT5H</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ContactDialog</name>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="100"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="100"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="125"/>
        <source>At least one of email, phone, external id, Slack, Telegram or Discord is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="132"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="132"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="135"/>
        <source>Values that are JSON (42, true, {&quot;a&quot;: 1}) are stored as such; anything else as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="136"/>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="137"/>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="144"/>
        <source>Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="156"/>
        <source>Add token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="157"/>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="164"/>
        <source>Push tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="177"/>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="179"/>
        <source>Close this dialog (without saving) and show the deliveries to this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="182"/>
        <source>The %1 API cannot list one contact&apos;s deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="279"/>
        <source>Not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="284"/>
        <source>Not an E.164 number: + and the country code, then 8–15 digits in all (+46701234567).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="288"/>
        <source>Give at least one identifier below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsdialog.cpp" line="298"/>
        <source>The key “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ContactsCsvJob</name>
    <message>
        <location filename="../app/contacts/contactscsv.cpp" line="157"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactscsv.cpp" line="162"/>
        <source>%1 is empty: the first line must name the columns (email, phone, name, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactscsv.cpp" line="175"/>
        <source>Cancelled after %n row(s).</source>
        <translation>
            <numerusform>Cancelled after %n row.</numerusform>
            <numerusform>Cancelled after %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contacts/contactscsv.cpp" line="193"/>
        <source>No identifier: give an email, phone, externalId, slack, telegram or discord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactscsv.cpp" line="211"/>
        <location filename="../app/contacts/contactscsv.cpp" line="235"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactscsv.cpp" line="222"/>
        <source>Cancelled; the file was not written.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="103"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="104"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="105"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="106"/>
        <source>Also reachable on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactsmodel.cpp" line="107"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ContactsPage</name>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="60"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="61"/>
        <location filename="../app/contacts/contactspage.cpp" line="261"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="62"/>
        <location filename="../app/contacts/contactspage.cpp" line="274"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="63"/>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="64"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="65"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="67"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="90"/>
        <source>Search by email, name or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="92"/>
        <source>Add or update contacts from a CSV file whose first line names the columns (email, phone, name, externalId, …; other columns go to meta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="94"/>
        <source>Save every contact to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="95"/>
        <source>Erase the contact and their personal data, including the messages sent to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="120"/>
        <source>Rows the import skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="126"/>
        <location filename="../app/contacts/contactspage.cpp" line="127"/>
        <source>Dismiss the import&apos;s problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="76"/>
        <location filename="../app/contacts/contactspage.cpp" line="144"/>
        <location filename="../app/contacts/contactspage.cpp" line="216"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="209"/>
        <source>Erase the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="245"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="246"/>
        <source>%Ln contact(s) match “%1”</source>
        <translation>
            <numerusform>%Ln contact matches “%1”</numerusform>
            <numerusform>%Ln contacts match “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="257"/>
        <source>Show deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="269"/>
        <source>Copy UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="270"/>
        <source>Copy email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="271"/>
        <source>Copy phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="272"/>
        <source>Copy external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="287"/>
        <source>The deliveries to this contact, on the Deliveries page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="288"/>
        <source>The %1 API cannot list one contact&apos;s deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="342"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="342"/>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="357"/>
        <source>Delete contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="358"/>
        <source>Delete %1 for good? The contact and their personal data are erased: their identifiers, profile, meta, push tokens and the messages sent to them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="364"/>
        <source>Erase contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="386"/>
        <source>Erased %1 and their personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="402"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="419"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="422"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="453"/>
        <source>Imported: %n added</source>
        <translation>
            <numerusform>Imported: %n added</numerusform>
            <numerusform>Imported: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="454"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/contacts/contactspage.cpp" line="455"/>
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="458"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="476"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="477"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="485"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/contacts/contactspage.cpp" line="486"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::CopyFeedback</name>
    <message>
        <location filename="../app/widgets/copyfeedback.cpp" line="32"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/copyfeedback.cpp" line="33"/>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::DataFolderPrompt</name>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="30"/>
        <source>Sendivent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="34"/>
        <source>Another Sendivent Console (PID %1 on %2) is using the data folder %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="37"/>
        <source>Another Sendivent Console (PID %1) is using the data folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="40"/>
        <source>Only one console can use a data folder at a time: two would answer the same requests twice and send webhooks twice. Quit the other one, or start this one with another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="44"/>
        <source>The data folder %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="47"/>
        <source>Choose Another Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/datafolderprompt.cpp" line="49"/>
        <source>Quit</source>
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
    <name>sendivent::app::DeliveriesChart</name>
    <message numerus="yes">
        <source>Newest %n deliveries of the last hour, per minute</source>
        <translation type="vanished">
            <numerusform>Newest %n delivery of the last hour, per minute</numerusform>
            <numerusform>Newest %n deliveries of the last hour, per minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last hour, per minute: %n deliveries</source>
        <translation type="vanished">
            <numerusform>Last hour, per minute: %n delivery</numerusform>
            <numerusform>Last hour, per minute: %n deliveries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliverieschart.cpp" line="59"/>
        <source>Last hour, per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/deliveries/deliverieschart.cpp" line="60"/>
        <source>%1: the newest %n deliveries</source>
        <translation>
            <numerusform>%1: the newest %n delivery</numerusform>
            <numerusform>%1: the newest %n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/deliveries/deliverieschart.cpp" line="61"/>
        <source>%1: %n deliveries</source>
        <translation>
            <numerusform>%1: %n delivery</numerusform>
            <numerusform>%1: %n deliveries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendivent::app::DeliveriesModel</name>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="88"/>
        <source>The %1 API lists deliveries newest first only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="90"/>
        <source>Click to sort newest or oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="91"/>
        <source>Only the creation time sorts: no index orders deliveries by this column, and sorting a million rows without one would stall the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="97"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="99"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="100"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="101"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="102"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriesmodel.cpp" line="103"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::DeliveriesPage</name>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="84"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="105"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="106"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="110"/>
        <source>Both environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="111"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="112"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="113"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="114"/>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="115"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="116"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="117"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="118"/>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="136"/>
        <source>From (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="137"/>
        <source>Until (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="100"/>
        <location filename="../app/deliveries/deliveriespage.cpp" line="166"/>
        <location filename="../app/deliveries/deliveriespage.cpp" line="289"/>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="341"/>
        <source>Which API key&apos;s deliveries: test_ (sandbox) or live_ (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="342"/>
        <source>The %1 API shows the deliveries of its own environment only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="344"/>
        <source>When the deliveries were made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="345"/>
        <source>The remote API filters by event, channel and status only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="346"/>
        <source>Show deliveries in any of the checked statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="347"/>
        <source>The %1 API filters by one status at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="354"/>
        <source>Search: recipient, delivery or message id, contact… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="355"/>
        <source>Paste a delivery UUID to open it (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="357"/>
        <source>Finds deliveries by the start of a recipient (email, phone, chat id, push token) or provider message id, a delivery UUID or its first 8 characters, or any identifier of the contact. A whole UUID opens that delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="360"/>
        <source>The %1 API cannot search deliveries: paste a whole delivery UUID to open its trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="374"/>
        <source>Live: deliveries appear as they are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/deliveries/deliveriespage.cpp" line="375"/>
        <source>Checked for new deliveries every %n second(s)</source>
        <translation>
            <numerusform>Checked for new deliveries every %n second</numerusform>
            <numerusform>Checked for new deliveries every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="473"/>
        <source>The %1 API cannot search: paste a whole delivery UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="552"/>
        <source>Last hour, per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="557"/>
        <source>Last 15 minutes, per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="560"/>
        <source>Last 24 hours, per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="563"/>
        <source>Last 7 days, per 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="568"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="682"/>
        <source>Open trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="684"/>
        <source>Copy delivery UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="685"/>
        <source>Copy recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="687"/>
        <source>Copy message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="691"/>
        <source>Search for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="699"/>
        <source>Only deliveries to this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="706"/>
        <source>The %1 API cannot search deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="710"/>
        <source>Only event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="715"/>
        <source>Only status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/deliveriespage.cpp" line="718"/>
        <source>Only channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation type="vanished">
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/deliveries/deliveriespage.cpp" line="779"/>
        <source>%1 of %Ln deliveries loaded</source>
        <translation>
            <numerusform>%1 of %Ln delivery loaded</numerusform>
            <numerusform>%1 of %Ln deliveries loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendivent::app::EmailPreview</name>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="56"/>
        <source>Load remote images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="64"/>
        <source>Email preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="131"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="132"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="140"/>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="140"/>
        <source>Show the email %1 pixels wide, as a desktop mail client does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="141"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="141"/>
        <source>Show the email %1 pixels wide, as a phone does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="142"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="142"/>
        <source>Show the email as a reader who prefers a dark colour scheme sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="143"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="144"/>
        <source>Open the email in your web browser, with remote content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="168"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="169"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="170"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="205"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailpreview.cpp" line="257"/>
        <source>The pane is narrower than %1 pixels, so the email is laid out %2 pixels wide; widen the preview to see it at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/emailpreview.cpp" line="267"/>
        <source>%n remote image(s) or file(s) blocked to protect privacy.</source>
        <translation>
            <numerusform>%n remote image or file blocked to protect privacy.</numerusform>
            <numerusform>%n remote images or files blocked to protect privacy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendivent::app::EmailWebView</name>
    <message>
        <location filename="../app/studio/emailwebview.cpp" line="231"/>
        <source>&lt;p&gt;This email is too large to preview here (%1 MB); use Open in browser.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/emailwebview.cpp" line="257"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ErrorBanner</name>
    <message>
        <location filename="../app/widgets/errorbanner.cpp" line="38"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventEditor</name>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="27"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="28"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="33"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="34"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="35"/>
        <source>Edit templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="53"/>
        <source>What apps send: POST /v1/send/{identifier}. Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="55"/>
        <source>e.g. de or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="91"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="92"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="41"/>
        <location filename="../app/workspace/eventeditor.cpp" line="93"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="94"/>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="95"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="180"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="247"/>
        <source>“%1” is not a language tag; use one like en, sv or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="251"/>
        <source>The event has “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="280"/>
        <source>The default language cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="287"/>
        <source>Apps sending “%1” get EVENT_NOT_FOUND once it is renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="291"/>
        <source>Saving deletes the %1 templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventeditor.cpp" line="295"/>
        <source>Saving deletes the “%1” templates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventListModel</name>
    <message>
        <location filename="../app/workspace/eventlistmodel.cpp" line="55"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventlistmodel.cpp" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventlistmodel.cpp" line="57"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventlistmodel.cpp" line="58"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::EventsPage</name>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="56"/>
        <location filename="../app/workspace/eventspage.cpp" line="376"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="57"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="58"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="59"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="60"/>
        <source>Copy to local workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="64"/>
        <source>Search events (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="73"/>
        <source>Replace the workspace (not its contacts) with a fixture file; contacts in it are added or updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="74"/>
        <source>Save the workspace as a fixture file, without integration secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="76"/>
        <source>Copy these events, their templates and the integrations into the local workspace, so that app tests run against them; local contacts, senders and secrets stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="85"/>
        <location filename="../app/workspace/eventspage.cpp" line="103"/>
        <location filename="../app/workspace/eventspage.cpp" line="259"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="176"/>
        <source>Delete the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="215"/>
        <source>Copy from production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="216"/>
        <source>Copy the production workspace&apos;s events, templates and integrations into the local workspace? Nothing is sent, and the local contacts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="222"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="228"/>
        <source>Nothing was copied from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="246"/>
        <source>The workspace of %1 could not be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/eventspage.cpp" line="252"/>
        <source>Copied %n event(s) from %1 into the local workspace</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="286"/>
        <source>Could not load events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/eventspage.cpp" line="290"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="354"/>
        <source>“%1” is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="365"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="387"/>
        <source>Created “%1”: name it, choose its channels, then write its templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="407"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="407"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="418"/>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="428"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="435"/>
        <source>%1 is not valid JSON (%2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="445"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/eventspage.cpp" line="451"/>
        <source>Imported %1: %n event(s)</source>
        <translation>
            <numerusform>Imported %1: %n event</numerusform>
            <numerusform>Imported %1: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/eventspage.cpp" line="452"/>
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>%n contact added</numerusform>
            <numerusform>%n contacts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/eventspage.cpp" line="453"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="471"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="475"/>
        <source>Exported the workspace to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="481"/>
        <source>Import workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="482"/>
        <source>Workspace fixtures (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="490"/>
        <source>Export workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="491"/>
        <source>Workspace fixtures (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="509"/>
        <source>Copy identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/eventspage.cpp" line="512"/>
        <source>Show deliveries of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::FaultsPanel</name>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="46"/>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="48"/>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="51"/>
        <source>every /v1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="52"/>
        <source>every send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="60"/>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="61"/>
        <source>%1% of matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="63"/>
        <source>, %1–%2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="78"/>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="79"/>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="95"/>
        <source>Answers and deliveries shaped by a rule say so: X-Sendivent-Fault, the journal, the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="97"/>
        <source>Make the emulated providers and the API fail on purpose, to test how your app copes. Off by default; POST /_local/reset clears every rule. More rules (targets, latency, a seed): PUT /_local/faults or --faults FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="101"/>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="104"/>
        <source>API requests (/v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="105"/>
        <source>What the rule does to a matching send or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="106"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="107"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="111"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="111"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="111"/>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="111"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="111"/>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="179"/>
        <source>429 rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="180"/>
        <source>500 server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="181"/>
        <source>503 unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="183"/>
        <source>Refuse (502)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="184"/>
        <source>Fail later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="185"/>
        <source>Bounce (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="186"/>
        <source>Complaint (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="207"/>
        <source>%1 (spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="218"/>
        <source>Fault rules paused: proxy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="220"/>
        <source>⚠ 1 fault rule active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="222"/>
        <source>⚠ %1 fault rules active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="225"/>
        <source>Seed %1: the same seed and the same requests give the same faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/faultspanel.cpp" line="263"/>
        <source>Fault rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::GoToAnything</name>
    <message>
        <location filename="../app/gotoanything.cpp" line="57"/>
        <source>Go to: delivery or contact UUID, email, phone, external id, message id, msg_…, req_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="71"/>
        <source>Go to anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="84"/>
        <location filename="../app/gotoanything.cpp" line="135"/>
        <source>Enter to go; Esc to close. Recent lookups are offered as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="154"/>
        <source>Looking up “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="159"/>
        <source>Request ids are in the local server&apos;s request journal; the %1 API keeps none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="161"/>
        <source>No request %1 in the request journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="166"/>
        <source>Webhook messages are the local server&apos;s; the %1 API cannot look them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="181"/>
        <source>No attempt of webhook message %1 was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="215"/>
        <source>No delivery or contact has the UUID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="227"/>
        <source>No contact “%1”. The %2 API finds deliveries by UUID only, not by message id or recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gotoanything.cpp" line="240"/>
        <source>Nothing found for “%1”: no delivery, contact, message or request has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::GuideDialog</name>
    <message>
        <location filename="../app/aboutdialog.cpp" line="85"/>
        <source>Sendivent Console Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="88"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/aboutdialog.cpp" line="94"/>
        <source>The guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::IntegrationsPage</name>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="50"/>
        <location filename="../app/workspace/integrationspage.cpp" line="113"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="52"/>
        <location filename="../app/workspace/integrationspage.cpp" line="114"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="70"/>
        <source>Add secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="71"/>
        <location filename="../app/workspace/integrationspage.cpp" line="350"/>
        <source>Save integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="72"/>
        <location filename="../app/workspace/integrationspage.cpp" line="367"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="73"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="75"/>
        <source>SMS addon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="76"/>
        <source>WhatsApp addon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="77"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="88"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="99"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="99"/>
        <location filename="../app/workspace/integrationspage.cpp" line="135"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="99"/>
        <location filename="../app/workspace/integrationspage.cpp" line="136"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="99"/>
        <location filename="../app/workspace/integrationspage.cpp" line="140"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="104"/>
        <source>Listed in the workspace&apos;s order, the order a send picks integrations in; not sortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="115"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="115"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="119"/>
        <source>Settings that are not secret (a region, a sender id). Empty rows are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="120"/>
        <source>Add setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="127"/>
        <source>Secrets are stored in the local database and never shown again, nor sent by the API. Leave a stored secret empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="145"/>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="154"/>
        <source>Creating a contact beyond this many answers 402 QUOTA_EXCEEDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="156"/>
        <source>Contact limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="161"/>
        <source>Addons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="84"/>
        <location filename="../app/workspace/integrationspage.cpp" line="167"/>
        <location filename="../app/workspace/integrationspage.cpp" line="220"/>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="230"/>
        <source>The local workspace&apos;s integrations: sends on a channel need an active one. The local server emulates every provider; nothing reaches a real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="232"/>
        <source>Read-only: the %1 API&apos;s integrations and plan are managed in the Sendivent dashboard, and the API never returns their secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="279"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="279"/>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="280"/>
        <source>Sends on this channel answer INTEGRATION_MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="331"/>
        <source>%1 integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="332"/>
        <source>Set up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="350"/>
        <source>Add integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="362"/>
        <source>name, e.g. secret_access_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="366"/>
        <source>stored — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="366"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="447"/>
        <source>Saved the %1 integration (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="460"/>
        <source>Removed the %1 integration (%2): sends on %1 now answer INTEGRATION_MISSING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workspace/integrationspage.cpp" line="478"/>
        <source>Saved the plan: %Ln contacts</source>
        <translation>
            <numerusform>Saved the plan: %Ln contact</numerusform>
            <numerusform>Saved the plan: %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="491"/>
        <source>Copy provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workspace/integrationspage.cpp" line="496"/>
        <source>Show deliveries on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::JournalModel</name>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="74"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="102"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="103"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="104"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="105"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="106"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalmodel.cpp" line="107"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::JournalView</name>
    <message>
        <location filename="../app/server/journalview.cpp" line="77"/>
        <location filename="../app/server/journalview.cpp" line="450"/>
        <source>Replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="78"/>
        <location filename="../app/server/journalview.cpp" line="442"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="79"/>
        <source>Copy as HTTPie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="80"/>
        <source>Copy as fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="103"/>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="106"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="107"/>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="108"/>
        <source>3xx redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="109"/>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="110"/>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="111"/>
        <source>Path contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="113"/>
        <source>The request as a curl command; the key is read from $SENDIVENT_API_KEY. Secret-looking values are masked in the journal, so fill them in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="115"/>
        <source>The request as an HTTPie command; the key is read from $SENDIVENT_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="116"/>
        <source>The request as JavaScript fetch(); the key is read from process.env.SENDIVENT_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="129"/>
        <source>The journal is read newest first (its only index); clicking a column sorts the %1 requests shown, in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="147"/>
        <source>No request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="148"/>
        <source>No response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="99"/>
        <location filename="../app/server/journalview.cpp" line="160"/>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="89"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="161"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="162"/>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="163"/>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="164"/>
        <location filename="../app/server/journalview.cpp" line="165"/>
        <source>No headers kept for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="268"/>
        <source>Could not read the request journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="275"/>
        <source>The newest %1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/server/journalview.cpp" line="276"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="361"/>
        <source>Select a request to replay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="363"/>
        <source>The local server is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="368"/>
        <source>The journal keeps no keys, and the console has no %1 key to replay this request with; copy it as curl and use your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="380"/>
        <source>Replay Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="381"/>
        <source>Send %1 %2 again to the local server, in the %3 environment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="383"/>
        <source>no (the request had no valid key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="387"/>
        <source>It is a new request with the console&apos;s own key: it can send notifications again. The body is the journal&apos;s copy: values it masked (••••) are sent masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="389"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="414"/>
        <source>Replaying %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="420"/>
        <source>Replayed: HTTP %1, request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="421"/>
        <source>Not replayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="440"/>
        <source>Copy request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="441"/>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="444"/>
        <source>Filter by method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="446"/>
        <source>Filter by status %1xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="448"/>
        <source>Filter by this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="461"/>
        <source>Send this request again to the local server, after a confirmation, with the console&apos;s key for its environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="465"/>
        <source>Select a request to see its headers and bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="470"/>
        <source>%1 %2 → %3 in %4 ms
%5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="476"/>
        <source>Injected fault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/journalview.cpp" line="474"/>
        <source>no valid key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::JsonText</name>
    <message>
        <location filename="../app/widgets/jsontext.cpp" line="52"/>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <location filename="../app/mainwindow.cpp" line="504"/>
        <source>Sendivent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="109"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="220"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="240"/>
        <location filename="../app/mainwindow.cpp" line="264"/>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255"/>
        <source>The workspace and server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="258"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="259"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="257"/>
        <source>The remote API is not set up in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="261"/>
        <source>Where the pages read from: this computer, or the remote sandbox or production API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="49"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="51"/>
        <source>&amp;Import Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="54"/>
        <source>&amp;Export Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="58"/>
        <source>Import &amp;Contacts from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="61"/>
        <source>Export Contacts to CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="65"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="71"/>
        <source>Save the edits of this page (an event, a template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="73"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="98"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="107"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="108"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="110"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="111"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="112"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="113"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="129"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="138"/>
        <source>Search this page&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="140"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="147"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="152"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="159"/>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="159"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="160"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="178"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="180"/>
        <source>Go to &amp;Anything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="182"/>
        <source>Go to… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="183"/>
        <source>Find a delivery, contact, message or request by any of its ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="185"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="187"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="191"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="193"/>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="200"/>
        <source>API Description (&amp;OpenAPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="205"/>
        <source>The local server&apos;s OpenAPI document, in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="206"/>
        <source>Request &amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="208"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="212"/>
        <source>&amp;About Sendivent Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowmenus.cpp" line="219"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="279"/>
        <location filename="../app/mainwindow.cpp" line="557"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="322"/>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="329"/>
        <source>Local server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="330"/>
        <source>Local server stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="334"/>
        <source>Local server: %1 — writes to the database fail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="337"/>
        <source>GET /healthz answers 503 until a write succeeds again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="392"/>
        <source>The production API at %1: real data; sends reach real people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="394"/>
        <source>The sandbox API at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="399"/>
        <source>Data source not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="404"/>
        <source>The API key is stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="405"/>
        <source>The API key is kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="455"/>
        <source>Showing the %1 API at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="476"/>
        <source>No system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="477"/>
        <source>The system keychain cannot be used (%1). Remote API keys you enter are kept for this session only and asked for again at the next start; they are never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="471"/>
        <source>No system keychain: remote API keys are kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="494"/>
        <source>Delivery %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="612"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="613"/>
        <source>%1 have unsaved changes. Save them before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::PreviewPane</name>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="65"/>
        <source>no %1 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="161"/>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="167"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="171"/>
        <source>Out of date: showing the last preview that rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/previewpane.cpp" line="196"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/previewpane.cpp" line="197"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="197"/>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="197"/>
        <source>UCS-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/previewpane.cpp" line="199"/>
        <source>%n left in this segment</source>
        <translation>
            <numerusform>%n left in this segment</numerusform>
            <numerusform>%n left in this segment</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/previewpane.cpp" line="202"/>
        <source>Sent as UCS-2 because of %1: 70 characters fit one message, 67 each when split.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::PushPreview</name>
    <message>
        <location filename="../app/studio/pushpreview.cpp" line="154"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ReleaseClient</name>
    <message>
        <location filename="../app/release/releaseclient.cpp" line="42"/>
        <source>The local server is not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ReleaseSettingsPanel</name>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="24"/>
        <source>Release to a real inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="27"/>
        <source>Allow releasing captured email to a real mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="36"/>
        <source>Release every new sandbox email to my inbox as it is captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="37"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="38"/>
        <source>Send a Test Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="58"/>
        <source>usual port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="59"/>
        <source>0: the usual port of the security (587 STARTTLS, 465 TLS, 25 none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="60"/>
        <source>STARTTLS (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="61"/>
        <source>TLS from the start (SMTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="62"/>
        <source>None (a local sink such as Mailpit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="63"/>
        <source>no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="65"/>
        <location filename="../app/release/releasesettingspanel.cpp" line="139"/>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="66"/>
        <source>the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="67"/>
        <source>A PEM file of extra CA certificates to trust, for a server with a self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="68"/>
        <source>the workspace&apos;s verified sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="70"/>
        <source>Released email goes here instead of to the captured recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="76"/>
        <source>Sends captured email to your own mail server, a Mailpit or a real inbox, so you can see it in a real mail client. Only sandbox deliveries; the recipient is always yours, never the captured one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="86"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="96"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="97"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="98"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="99"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="100"/>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="101"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="102"/>
        <source>My inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="114"/>
        <source>Test message sent to %1 via %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="116"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="140"/>
        <location filename="../app/release/releasesettingspanel.cpp" line="215"/>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="184"/>
        <source>Name the SMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="186"/>
        <source>From is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="188"/>
        <source>My inbox is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="190"/>
        <source>Releasing every email needs your inbox&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="213"/>
        <source>No system keychain: the password is kept until the console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="218"/>
        <source>Applied: email can be released via %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="219"/>
        <source>Release to a real inbox is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/release/releasesettingspanel.cpp" line="229"/>
        <source>Sending a test message…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::RenderCommand</name>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="38"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="53"/>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="68"/>
        <source>Render a Handlebars template file with JSON data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="70"/>
        <source>Handlebars template to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="70"/>
        <location filename="../app/cli/rendercommand.cpp" line="72"/>
        <location filename="../app/cli/rendercommand.cpp" line="75"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="72"/>
        <source>JSON data the template is rendered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="74"/>
        <source>JSON object of partial name to template source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="77"/>
        <source>html (default) escapes {{value}} output; none does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="78"/>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="79"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="91"/>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="95"/>
        <source>usage: sendivent-console render --template-file FILE --data-file FILE [--partials-file FILE] [--escape html|none]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendercommand.cpp" line="101"/>
        <source>--escape must be html or none, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::RenderEventCommand</name>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="39"/>
        <source>--to is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="75"/>
        <source>no contact &apos;%1&apos; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="89"/>
        <source>Render an event of the local workspace as a send would, and print each rendered field.
The other form, render --template-file T --data-file D, renders a template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="91"/>
        <source>Event identifier, e.g. order.confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="92"/>
        <source>Only this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="92"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="93"/>
        <source>Template language (default: the contact&apos;s, then the event&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="93"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="94"/>
        <source>Recipient: a contact JSON object or an identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="94"/>
        <source>JSON|identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="95"/>
        <source>Payload JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="95"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="96"/>
        <source>Folder of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="96"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="97"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="109"/>
        <source>usage: sendivent-console render EVENT [--channel C] [--language L] [--to JSON|IDENTIFIER] [--payload JSON] [--data-dir DIR]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="117"/>
        <source>--payload must be a JSON object%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="124"/>
        <source>--channel must be one of: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="131"/>
        <source>no workspace in %1 (start sendivent-console once, or pass --data-dir)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="147"/>
        <source>Event &apos;%1&apos; not found
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="151"/>
        <source>the event %1 does not use the %2 channel
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rendereventcommand.cpp" line="176"/>
        <source>%1: no template
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::SampleDataPanel</name>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="103"/>
        <source>Sample contact (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="106"/>
        <source>Sample payload (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="113"/>
        <source>A contact of the local workspace, or your own JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="114"/>
        <source>The contact as a send&apos;s &quot;to&quot; object: identifiers, name, and meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="115"/>
        <source>The send&apos;s &quot;payload&quot;: what {{payload.…}} reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="122"/>
        <source>From templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="124"/>
        <source>Fill the payload with every payload field the templates use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="127"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="132"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="136"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="145"/>
        <source>Custom contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="146"/>
        <source>Channel&apos;s default sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="233"/>
        <location filename="../app/studio/sampledatapanel.cpp" line="264"/>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="238"/>
        <source>The contact must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sampledatapanel.cpp" line="270"/>
        <source>The payload must be a JSON object, like {&quot;order_id&quot;: 1042}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::SendTest</name>
    <message>
        <location filename="../app/studio/sendtest.cpp" line="80"/>
        <source>The local server did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sendtest.cpp" line="81"/>
        <source>The local server answered something that is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/sendtest.cpp" line="102"/>
        <source>The send failed (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ServerPage</name>
    <message>
        <location filename="../app/server/serverpage.cpp" line="41"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="55"/>
        <location filename="../app/server/serverpage.cpp" line="191"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="56"/>
        <source>Enforce the API&apos;s rate limits and quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="60"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="74"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="93"/>
        <source>A sandbox key made for this session only; it stops working when the console quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="103"/>
        <source>Requests per second and notifications per day, per environment, as the real API counts them (429 when over), and the plan&apos;s contact quota (402). Off: anything goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="105"/>
        <source>Off — emulate the API locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="106"/>
        <source>Sandbox API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="107"/>
        <source>Production API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="108"/>
        <source>Another URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="109"/>
        <source>Forward /v1 requests to a remote API with its key, journal them, and return the remote&apos;s answers unchanged. /_local, /healthz and the local keys stay local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="113"/>
        <source>Remote API key (test_… or live_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="114"/>
        <source>Kept in memory while the proxy runs; never written anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="119"/>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="140"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="141"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="142"/>
        <source>Session key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="143"/>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="144"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="145"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="165"/>
        <source>Try it from a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="170"/>
        <source>Copy with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="178"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="179"/>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="180"/>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="181"/>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="182"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="191"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="206"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="280"/>
        <source>Enter the remote API&apos;s address, starting with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="286"/>
        <source>Enter the remote API&apos;s key: it starts with test_ (sandbox) or live_ (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="294"/>
        <source>The remote APIs are not set up in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="334"/>
        <source>Forward to production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="335"/>
        <source>Every /v1 request to this server will go to the production API at %1 with its key: sends reach real people and count against the production quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="340"/>
        <source>Forward to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="363"/>
        <source>Off: /v1 is answered by the local emulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="367"/>
        <source>Forwarding /v1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="380"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="380"/>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="387"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/serverpage.cpp" line="394"/>
        <source>The API&apos;s description: &lt;a href=&quot;%1/openapi.json&quot;&gt;%1/openapi.json&lt;/a&gt; · health: &lt;a href=&quot;%1/healthz&quot;&gt;%1/healthz&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::SettingsPage</name>
    <message>
        <location filename="../app/settingspage.cpp" line="151"/>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="152"/>
        <source>Where the local server listens when --port is not given; 0 picks a free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="153"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="156"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="157"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="158"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="166"/>
        <location filename="../app/settingspage.cpp" line="262"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="172"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="174"/>
        <source>Show the folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="179"/>
        <source>The database, its journal and the settings of the local server. Choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="183"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="190"/>
        <source>Default port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="195"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="196"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="200"/>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="201"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="208"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="211"/>
        <source>Sandbox API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="212"/>
        <source>Production API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="220"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="221"/>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="222"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="223"/>
        <source>Remote API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="274"/>
        <source>Empty: the public Sendivent API. A change applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="291"/>
        <source>--remote-url %1 is in effect for this run; these are used without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="297"/>
        <source>Takes effect when the console is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="356"/>
        <source>“%1” is not an address such as https://api.example.com; not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settingspage.cpp" line="365"/>
        <source>Saved. Empty: the public Sendivent API.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::ShortcutsDialog</name>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="72"/>
        <source>On the %1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="72"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="88"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="91"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="93"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shortcutsdialog.cpp" line="93"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::StatusFilterButton</name>
    <message>
        <location filename="../app/deliveries/statusfilterbutton.cpp" line="22"/>
        <location filename="../app/deliveries/statusfilterbutton.cpp" line="101"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/deliveries/statusfilterbutton.cpp" line="110"/>
        <source>%n statuses</source>
        <translation type="unfinished">
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendivent::app::StoragePanel</name>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="33"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="34"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="35"/>
        <source>Compact now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="56"/>
        <location filename="../app/server/storagepanel.cpp" line="60"/>
        <source>Off (keep all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="58"/>
        <source>Most deliveries kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="62"/>
        <source>Most journal entries kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="63"/>
        <source>e.g. 7d, 12h, 30m, or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="64"/>
        <source>Oldest kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="67"/>
        <source>Rewrites the database file without its free space. Requests wait while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="70"/>
        <source>Most deliveries kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="71"/>
        <source>Remove older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="72"/>
        <source>Most journal entries kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="73"/>
        <source>Deliveries go with their timelines, content and webhook messages, oldest first, a small batch at a time. Kept anyway: deliveries whose webhook messages are still being retried, and those an idempotency key stored in the last 24 hours may replay. Stored with this data folder; --max-deliveries, --max-age and --max-journal override it for one run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="106"/>
        <source>Compacting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="124"/>
        <source>Retention saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="129"/>
        <source>Compacted: %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="161"/>
        <source>“%1” is not a duration: write e.g. 7d, 12h or 30m, or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="189"/>
        <source>Stored: %1 deliveries, %2 journal entries, %3 webhook messages. Database file %4 (write-ahead log %5, free inside %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="195"/>
        <source>Retention is off: everything is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="197"/>
        <source>Retention removes nothing now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="199"/>
        <source>Retention will remove %1 deliveries and %2 journal entries, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/server/storagepanel.cpp" line="201"/>
        <source>This database file was made before it could shrink by itself: use Compact now once, and from then on it gives space back as retention removes data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::StudioSender</name>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="57"/>
        <source>The local server is not running, so there is nothing to send through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="59"/>
        <source>Not sent: fix the sample contact&apos;s JSON first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="61"/>
        <source>Not sent: “my inbox” takes email; choose the email tab or the sample contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="63"/>
        <source>Not sent: fix the payload JSON first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="85"/>
        <source>Sending through the %1 API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="91"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="98"/>
        <source>no delivery was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="99"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="104"/>
        <source>Sent through the %1 API. Delivery &lt;a href=&quot;delivery:%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="109"/>
        <source>Sent. Delivery &lt;a href=&quot;delivery:%1&quot;&gt;%1&lt;/a&gt; · trace: &lt;code&gt;GET %2&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="117"/>
        <source>Releasing to your inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="126"/>
        <source>Sent, but not released to your inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studiosender.cpp" line="129"/>
        <source>Sent and released to %1 via %2. Delivery &lt;a href=&quot;delivery:%3&quot;&gt;%3&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::TemplateFieldsEditor</name>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="76"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="78"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="80"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="80"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="82"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="84"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatefieldseditor.cpp" line="119"/>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::TemplateStudioPage</name>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="60"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="61"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="62"/>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="77"/>
        <source>to the sample contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="78"/>
        <source>to my inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="79"/>
        <source>“My inbox”: the email is captured as usual, then released to the inbox set in Settings › Release to a real inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="104"/>
        <source>Save the event&apos;s templates (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="105"/>
        <location filename="../app/studio/templatestudiopage.cpp" line="232"/>
        <source>Send this channel&apos;s message to the sample contact through the local server (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="112"/>
        <source>Template studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="119"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="122"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="132"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="135"/>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="186"/>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="196"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="224"/>
        <source>“Send test” sends the event through the %1 API, with its templates there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="226"/>
        <source>Send this event to the sample contact through the %1 API (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="229"/>
        <source>The local server is not running, so there is nothing to send through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="247"/>
        <source>Could not read the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="372"/>
        <source>No %1 template in “%2”: sends use the “%3” one. Type here to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="375"/>
        <source>No %1 template yet. Type here to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="475"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="506"/>
        <source>Reverted to the saved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="521"/>
        <source>Not saved: the %1 %2 template in “%3” has a syntax error at line %4, column %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="540"/>
        <source>“%1” is no longer in the workspace; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="548"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="557"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/templatestudiopage.cpp" line="584"/>
        <source>This test message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::TraceAttempts</name>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="22"/>
        <source>Webhook attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="24"/>
        <location filename="../app/deliveries/traceattempts.cpp" line="113"/>
        <source>No webhook attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="25"/>
        <source>Resend webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="33"/>
        <source>Attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="33"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="33"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="33"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="34"/>
        <source>Response or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="40"/>
        <source>Queue the selected attempt&apos;s message again, with the same webhook-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="82"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="84"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="88"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="107"/>
        <source>Webhook attempts are unavailable: the %1 API does not report them (only the local server keeps them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceattempts.cpp" line="110"/>
        <source>The Sendivent API has no endpoint for webhook attempts; see the README&apos;s &quot;What the remote API cannot answer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::TraceTimeline</name>
    <message>
        <location filename="../app/deliveries/tracetimeline.cpp" line="22"/>
        <source>+%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracetimeline.cpp" line="24"/>
        <source>+%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracetimeline.cpp" line="26"/>
        <source>+%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/tracetimeline.cpp" line="27"/>
        <source>+%1 h</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="112"/>
        <source>Select a delivery to see its trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="119"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="124"/>
        <source>Nothing was rendered for this delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="165"/>
        <location filename="../app/deliveries/traceview.cpp" line="651"/>
        <source>Copy a curl command that fetches this trace with $SENDIVENT_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="170"/>
        <source>Simulate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="505"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="506"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="508"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="513"/>
        <source>Template revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="514"/>
        <source>workspace revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="594"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="595"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="618"/>
        <source>Record a “%1” report from the provider now, as the local server would receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="190"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="120"/>
        <source>Release to Inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="126"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="128"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="130"/>
        <source>Download .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="131"/>
        <source>Download JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="192"/>
        <source>Message as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="198"/>
        <source>Save this email as sent, as an RFC 5322 message any mail program opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="199"/>
        <source>Save this delivery as sent: envelope, content, payload, language, template revision and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="203"/>
        <source>Download Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="204"/>
        <source>Email messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="209"/>
        <source>Download Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="210"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="287"/>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="292"/>
        <source>Release to a Real Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="293"/>
        <source>Send this email, as rendered, to (empty: the inbox in Settings):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="301"/>
        <source>Released to %1 via %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="302"/>
        <source>Not released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="320"/>
        <source>Releasing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="320"/>
        <source>your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="381"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="398"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="399"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="400"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="401"/>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="402"/>
        <location filename="../app/deliveries/traceview.cpp" line="511"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="403"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="404"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="405"/>
        <location filename="../app/deliveries/traceview.cpp" line="509"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="410"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="428"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="438"/>
        <source>Contact: none (erased, or never stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="439"/>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="446"/>
        <source>Contact: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="453"/>
        <source>Contact: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="615"/>
        <source>%1 never reports “%2” for %3; simulated anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="625"/>
        <source>Simulating provider reports is local only: the %1 API&apos;s deliveries are reported by the real providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="629"/>
        <source>No provider accepted this delivery, so none can report on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="631"/>
        <source>%1 never reports %2 for %3; those buttons simulate it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="643"/>
        <source>Send this email as rendered to a real inbox (Settings › Release to a real inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="644"/>
        <source>Only captured sandbox email can be released to an inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="652"/>
        <source>The local server is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/deliveries/traceview.cpp" line="248"/>
        <source>Webhook queued again; its attempt appears here when it is made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhookAttemptDetail</name>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="71"/>
        <source>Open delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="91"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="91"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="92"/>
        <source>Next retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="93"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="93"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="94"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="120"/>
        <source>Show the trace of the delivery this message reports on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="125"/>
        <source>Request as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="131"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="152"/>
        <source>(headers not kept for attempts made before this version)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="162"/>
        <source>No answer: the console stopped while the attempt was in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="166"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="168"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="180"/>
        <source>Select an attempt to see what was sent and what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="190"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="191"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="192"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="193"/>
        <source>Attempt %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="196"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="197"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="199"/>
        <source>none (message %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="201"/>
        <source>none (a test event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="211"/>
        <source>Truncated: the body had %1 bytes; the first %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptdetail.cpp" line="214"/>
        <source>Response bodies are kept up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhookAttemptsModel</name>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="97"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="98"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="99"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="108"/>
        <source>Message %1 (a test event), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="109"/>
        <source>Message %1 about delivery %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="135"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="136"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="137"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="138"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="139"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="140"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptsmodel.cpp" line="141"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhookAttemptsPanel</name>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="41"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="42"/>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="263"/>
        <source>Resend message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="54"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="55"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="56"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="57"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="58"/>
        <source>Any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="61"/>
        <source>Delivery uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="73"/>
        <source>The newest %1 attempts the filters take are read in time order; clicking a column sorts those in the console (the outbox has no index on the other columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="91"/>
        <source>Send the selected attempt&apos;s message again, with the same webhook-id, from the start of the retry schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="147"/>
        <source>Attempts are unavailable: the attempts log is kept by the local server only; the %1 API does not list attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="151"/>
        <source>The Sendivent API has no endpoint for webhook attempts; see the README&apos;s &quot;What the remote API cannot answer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="178"/>
        <source>Could not read the attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="218"/>
        <source>Message %1 queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="248"/>
        <source>Copy message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="250"/>
        <source>Copy delivery uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="251"/>
        <source>Copy response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="253"/>
        <source>Filter by event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="256"/>
        <source>Filter by outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="259"/>
        <source>Filter by this delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="262"/>
        <source>Open delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="277"/>
        <source>The newest %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/webhooks/webhookattemptspanel.cpp" line="278"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhookListenerModel</name>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="53"/>
        <source>Signature verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="54"/>
        <source>Signature invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="55"/>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="56"/>
        <source>Not checked: secret unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="157"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="158"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="159"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="160"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenermodel.cpp" line="161"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhookListenerPanel</name>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="60"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="61"/>
        <source>Use as endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="62"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="65"/>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="66"/>
        <source>Select a request to see it as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="77"/>
        <source>Received webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="82"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="89"/>
        <source>The port to listen on; “any” lets the system choose a free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="92"/>
        <source>Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="93"/>
        <source>Put this address into the endpoint&apos;s URL; save to send the events here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="122"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="134"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="135"/>
        <source>Raw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="204"/>
        <source>Listening on %1. Use it as the endpoint&apos;s URL to receive this application&apos;s events here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="224"/>
        <source>The listener stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="231"/>
        <source>Stop listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="231"/>
        <source>Start listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="236"/>
        <source>%n request(s) received; listening on %1</source>
        <translation>
            <numerusform>%n request received; listening on %1</numerusform>
            <numerusform>%n requests received; listening on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="238"/>
        <source>%n request(s) received; not listening</source>
        <translation>
            <numerusform>%n request received; not listening</numerusform>
            <numerusform>%n requests received; not listening</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="264"/>
        <source>Copy webhook-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="265"/>
        <source>Copy delivery uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="266"/>
        <source>Copy body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="274"/>
        <source>Select a request to see what arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhooklistenerpanel.cpp" line="279"/>
        <source>%1 %2 from %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::app::WebhooksPage</name>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="55"/>
        <source>Notification dispatched to provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="57"/>
        <source>Provider confirmed delivery (email only via SES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="59"/>
        <source>Delivery failed permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="61"/>
        <source>Email bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="63"/>
        <source>Recipient marked as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="74"/>
        <source>Start listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="77"/>
        <source>Send events to this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="79"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="80"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="82"/>
        <location filename="../app/webhooks/webhookspage.cpp" line="519"/>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="83"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="84"/>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="87"/>
        <source>Send test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="119"/>
        <source>Point endpoint at the listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="136"/>
        <source>Off: no events are sent, and those waiting are dropped (not sent when it is turned on again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="138"/>
        <source>Remove the endpoint; attempts already made stay in the deliveries&apos; traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="143"/>
        <location filename="../app/webhooks/webhookspage.cpp" line="473"/>
        <source>Make a new signing secret; the old one stops working at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="150"/>
        <source>Queue a made-up delivery event (event_name webhook.test) for the endpoint, whatever events it subscribes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="155"/>
        <location filename="../app/webhooks/webhookspage.cpp" line="270"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="191"/>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="192"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="193"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="102"/>
        <location filename="../app/webhooks/webhookspage.cpp" line="195"/>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="197"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="221"/>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="222"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="239"/>
        <source>The signing secret is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="303"/>
        <source>The %1 API: rotating the secret, test events, resending and the attempts log are extensions of the local server and are off here. A remote API cannot reach this computer&apos;s listener address without a tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="389"/>
        <source>The endpoint sends to the listener at %1, which is not running: its events fail until it listens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="392"/>
        <source>The endpoint still sends to %1, but the listener now listens on port %2: its events fail there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="461"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="461"/>
        <source>Create endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="471"/>
        <source>Rotating the secret is a local server extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="477"/>
        <source>Create the endpoint to get its signing secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="479"/>
        <source>The local server&apos;s test secret: reveal or copy it whenever you need it. Receivers verify each request with it (Standard Webhooks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="482"/>
        <source>Kept in memory for this session only. Receivers verify each request with it (Standard Webhooks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="485"/>
        <source>Shown only when the endpoint is created or its secret rotated; this session has not seen it. Rotate it to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="487"/>
        <source>Shown only when the endpoint is created or its secret rotated; this session has not seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="514"/>
        <source>Shown only when created or rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="519"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="528"/>
        <source>Enter the endpoint&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="544"/>
        <source>Endpoint created. Its signing secret is shown only now and after a rotation: reveal or copy it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="566"/>
        <source>Endpoint saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="567"/>
        <source>Endpoint saved. It is off: no events are sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="576"/>
        <source>Delete the webhook endpoint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="577"/>
        <source>Delete the endpoint %1? No more events are sent to it and those waiting are dropped. Attempts already made stay in the deliveries&apos; traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="582"/>
        <source>Delete endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="608"/>
        <source>Endpoint deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="617"/>
        <source>Rotate the signing secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="618"/>
        <source>A new secret signs every event from now on, retries of older ones included. The old secret stops working at once: a receiver that verifies with it rejects the next event until it has the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="623"/>
        <source>Rotate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="647"/>
        <source>New signing secret made; the old one no longer verifies. Reveal or copy it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="662"/>
        <source>Test event %1 queued as message %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="691"/>
        <source>Save to send the endpoint&apos;s events to the listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/webhooks/webhookspage.cpp" line="692"/>
        <source>Create the endpoint to send its events to the listener.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sendivent::checks::TemplateChecks</name>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="208"/>
        <source>No sample payload for this event: the payload values its templates read are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="256"/>
        <source>No %1 template in the default language (%2): sends on this channel fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="270"/>
        <source>No %1 translation of the %2 template: contacts who read %1 get the %3 one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="324"/>
        <source>%1 is contact data a contact may not have; give it a default: {{%1 | …}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="325"/>
        <source>%1 is not in the sample payload and has no default: {{%1 | …}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="326"/>
        <source>%1 does not exist: a template can read contact, payload, app and sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="346"/>
        <source>Slack truncates messages longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="348"/>
        <source>Slack advises keeping a message under %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="352"/>
        <source>Discord refuses messages longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="356"/>
        <source>Telegram refuses messages longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="360"/>
        <source>WhatsApp refuses text bodies longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="371"/>
        <source>%1 characters with the sample data: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="380"/>
        <source>%1 segments with the sample data (at most %2 allowed); each segment is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="387"/>
        <source>Sent as UCS-2 (70 characters a segment, not 160) because of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="397"/>
        <source>The title has %1 characters; phones show about %2 before cutting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="402"/>
        <source>The body has %1 characters; a lock screen shows about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="411"/>
        <source>The notification payload is %1 bytes; APNs and FCM refuse more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="422"/>
        <source>The HTML is %1 KB with the sample data; Gmail clips messages over 102 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="452"/>
        <source>%1 is only partly supported in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="453"/>
        <source>%1 is not supported in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="455"/>
        <source>Partly in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="484"/>
        <source>An image without alt text: readers with images off or a screen reader get nothing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="488"/>
        <source>An image without a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="488"/>
        <source>A link without a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="496"/>
        <source>&quot;%1&quot; is not an absolute URL: a mail client has no page to resolve it against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="498"/>
        <source>The image %1 is loaded over http: many clients block it; use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="499"/>
        <source>The link %1 uses http: use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="501"/>
        <source>The %1 scheme of &quot;%2&quot; does not work in mail clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/checks/templatechecks.cpp" line="539"/>
        <source>payload.%1 is in the sample payload but no template reads it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
