#include "commandline.h"

#include <storage/retention.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>

namespace sendivent::app {

using namespace Qt::StringLiterals;

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser's usage line names argv[0], or "<executable_name>" when no
    // application object exists yet (the options are read before one is made, so that
    // --help needs no display).
    QString text = parser.helpText();
    const QString program = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                         : u"<executable_name>"_s;
    if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program); at >= 0)
        text.replace(at, program.size(), command);
    return text;
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

ParseOutcome parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Developer console for the Sendivent notification API, with a local emulator of the /v1 API.\n\n"
        "Subcommand:\n  render   render a template or an event (see 'sendivent-console render --help')"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s, QCoreApplication::translate("CommandLine", "Run only the local server, without a window."));
    const QCommandLineOption host(u"host"_s, QCoreApplication::translate("CommandLine", "Address to bind (default 127.0.0.1)."), u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, QCoreApplication::translate("CommandLine", "Port to listen on; 0 picks a free one (default 8787)."), u"N"_s, u"8787"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, QCoreApplication::translate("CommandLine", "Folder of the database and settings."), u"DIR"_s);
    const QCommandLineOption apiKey(u"api-key"_s, QCoreApplication::translate("CommandLine", "Accept this API key (test_… sandbox, live_… production); may repeat."), u"KEY"_s);
    const QCommandLineOption seed(u"seed"_s, QCoreApplication::translate("CommandLine", "Import a workspace fixture (JSON) at start."), u"FILE"_s);
    const QCommandLineOption faults(u"faults"_s, QCoreApplication::translate("CommandLine", "Inject faults by the rules of this JSON file (local emulation only, not with --proxy)."), u"FILE"_s);
    const QCommandLineOption limits(u"limits"_s, QCoreApplication::translate("CommandLine", "Enforce rate limits and quotas: on or off (default on)."), u"on|off"_s, u"on"_s);
    const QCommandLineOption retry(u"webhook-retry-schedule"_s, QCoreApplication::translate("CommandLine", "Seconds between webhook attempts, comma-separated."), u"S"_s);
    const QCommandLineOption proxy(u"proxy"_s, QCoreApplication::translate("CommandLine", "Forward /v1 to a remote API: sandbox, production or a URL."), u"TARGET"_s);
    const QCommandLineOption allowProduction(u"allow-production"_s, QCoreApplication::translate("CommandLine", "Permit --proxy production."));
    const QCommandLineOption remoteUrl(u"remote-url"_s, QCoreApplication::translate("CommandLine", "Base URL of the remote API."), u"URL"_s);
    const QCommandLineOption logFormat(u"log-format"_s, QCoreApplication::translate("CommandLine", "Log format on stderr: text or json (default text)."), u"FORMAT"_s, u"text"_s);
    const QCommandLineOption durability(u"durability"_s, QCoreApplication::translate("CommandLine", "normal: a commit survives a crash of the program; full: also a power loss, at a price in speed (default normal)."), u"normal|full"_s, u"normal"_s);
    const QCommandLineOption clock(u"clock"_s, QCoreApplication::translate("CommandLine", "The emulator's time at start: real (runs with the wall clock) or frozen (stands still until moved through /_local/clock); default real."), u"frozen|real"_s, u"real"_s);
    const QCommandLineOption smtp(u"smtp"_s, QCoreApplication::translate("CommandLine", "Allow releasing captured email to a real SMTP server: smtp://[USER@]HOST[:PORT] (STARTTLS required), smtps://… (implicit TLS) or smtp://…?security=none (a local sink). The password comes from SENDIVENT_SMTP_PASSWORD or the keychain. Off by default."), u"URL"_s);
    const QCommandLineOption smtpCa(u"smtp-ca-file"_s, QCoreApplication::translate("CommandLine", "Trust the CA certificates in FILE for the SMTP server (a self-signed one)."), u"FILE"_s);
    const QCommandLineOption releaseFrom(u"release-from"_s, QCoreApplication::translate("CommandLine", "From of released email (default: the workspace's verified sender)."), u"ADDR"_s);
    const QCommandLineOption releaseTo(u"release-to"_s, QCoreApplication::translate("CommandLine", "Recipient of released email that replaces the captured one (your inbox)."), u"ADDR"_s);
    const QCommandLineOption releaseAll(u"release-all"_s, QCoreApplication::translate("CommandLine", "Release every new sandbox email to --release-to as it is captured."));
    const QCommandLineOption maxDeliveries(u"max-deliveries"_s, QCoreApplication::translate("CommandLine", "Keep at most N deliveries (with their timelines and webhook messages), removing the oldest; 0 or off keeps all (default: as set on the Server page, else 100000)."), u"N"_s);
    const QCommandLineOption maxAge(u"max-age"_s, QCoreApplication::translate("CommandLine", "Remove deliveries and journal entries older than this, e.g. 7d, 12h, 30m; 0 or off keeps all (default: as set, else 30d)."), u"DURATION"_s);
    const QCommandLineOption maxJournal(u"max-journal"_s, QCoreApplication::translate("CommandLine", "Keep at most N requests in the request journal; 0 or off keeps all (default: as set, else 5000)."), u"N"_s);
    parser.addOptions({headless, host, port, dataDir, apiKey, seed, faults, limits, retry, proxy, allowProduction, remoteUrl,
                       logFormat, durability, clock, smtp, smtpCa, releaseFrom, releaseTo, releaseAll,
                       maxDeliveries, maxAge, maxJournal});

    ParseOutcome out;
    if (!parser.parse(arguments)) {
        out.exitCode = 2;
        out.message = parser.errorText() + u"\nTry 'sendivent-console --help'."_s;
        return out;
    }
    if (parser.isSet(help)) {
        out.message = helpText(parser);
        return out;
    }
    if (parser.isSet(version)) {
        out.message = u"sendivent-console "_s + QCoreApplication::applicationVersion();
        return out;
    }
    if (!parser.positionalArguments().isEmpty()) {
        out.exitCode = 2;
        out.message = u"unexpected argument '%1'\nTry 'sendivent-console --help'."_s.arg(parser.positionalArguments().constFirst());
        return out;
    }

    const auto fail = [&](const QString &message) {
        out.exitCode = 2;
        out.message = message;
        return out;
    };
    CommandLine cl;
    cl.headless = parser.isSet(headless);
    if (!cl.host.setAddress(parser.value(host)))
        return fail(u"--host: '%1' is not an IP address"_s.arg(parser.value(host)));
    bool ok = false;
    const uint p = parser.value(port).toUInt(&ok);
    if (!ok || p > 65535)
        return fail(u"--port: '%1' is not a port number (0 to 65535)"_s.arg(parser.value(port)));
    cl.port = quint16(p);
    cl.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir();
    cl.apiKeys = parser.values(apiKey);
    for (const QString &key : std::as_const(cl.apiKeys)) {
        if (!(key.startsWith(u"test_"_s) || key.startsWith(u"live_"_s)) || key.size() < 6)
            return fail(u"--api-key: a key starts with test_ (sandbox) or live_ (production)"_s);
    }
    cl.seedFile = parser.value(seed);
    cl.faultsFile = parser.value(faults);
    if (!cl.faultsFile.isEmpty() && parser.isSet(proxy))
        return fail(u"--faults applies to the local emulation only; it cannot be combined with --proxy"_s);
    const QString limitsValue = parser.value(limits);
    if (limitsValue != u"on"_s && limitsValue != u"off"_s)
        return fail(u"--limits: expected on or off, got '%1'"_s.arg(limitsValue));
    cl.limits = limitsValue == u"on"_s;
    if (parser.isSet(retry)) {
        cl.webhookRetrySchedule.clear();
        for (const QString &part : parser.value(retry).split(u',')) {
            const int seconds = part.trimmed().toInt(&ok);
            if (!ok || seconds < 0)
                return fail(u"--webhook-retry-schedule: expected comma-separated seconds, got '%1'"_s.arg(parser.value(retry)));
            cl.webhookRetrySchedule << seconds;
        }
    }
    cl.proxy = parser.value(proxy);
    cl.allowProduction = parser.isSet(allowProduction);
    cl.remoteUrl = parser.value(remoteUrl);
    if (!cl.remoteUrl.isEmpty()) {
        const QUrl url(cl.remoteUrl);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
            return fail(u"--remote-url: expected an http or https URL"_s);
    }
    const QString format = parser.value(logFormat);
    if (format != u"text"_s && format != u"json"_s)
        return fail(u"--log-format: expected text or json, got '%1'"_s.arg(format));
    cl.jsonLogs = format == u"json"_s;
    const QString durabilityValue = parser.value(durability);
    if (durabilityValue != u"normal"_s && durabilityValue != u"full"_s)
        return fail(u"--durability: expected normal or full, got '%1'"_s.arg(durabilityValue));
    cl.durability = durabilityValue == u"full"_s ? Durability::Full : Durability::Normal;
    const QString clockValue = parser.value(clock);
    if (clockValue != u"frozen"_s && clockValue != u"real"_s)
        return fail(u"--clock: expected frozen or real, got '%1'"_s.arg(clockValue));
    cl.clockFrozen = clockValue == u"frozen"_s;
    if (parser.isSet(maxDeliveries)) {
        const auto n = parseRetentionCount(parser.value(maxDeliveries));
        if (!n || *n > 1'000'000'000)
            return fail(u"--max-deliveries: expected a count or off, got '%1'"_s.arg(parser.value(maxDeliveries)));
        cl.maxDeliveries = *n;
    }
    if (parser.isSet(maxAge)) {
        const auto seconds = parseRetentionAge(parser.value(maxAge));
        if (!seconds)
            return fail(u"--max-age: expected a duration such as 7d, 12h or 30m, or off, got '%1'"_s.arg(parser.value(maxAge)));
        cl.maxAgeSeconds = *seconds;
    }
    if (parser.isSet(maxJournal)) {
        const auto n = parseRetentionCount(parser.value(maxJournal));
        if (!n || *n > 10'000'000)
            return fail(u"--max-journal: expected a count or off, got '%1'"_s.arg(parser.value(maxJournal)));
        cl.maxJournal = int(*n);
    }
    const bool releaseOptions = parser.isSet(smtpCa) || parser.isSet(releaseFrom) || parser.isSet(releaseTo)
                                || parser.isSet(releaseAll);
    if (parser.isSet(smtp)) {
        const QUrl url(parser.value(smtp), QUrl::StrictMode);
        auto server = mail::SmtpServer::fromUrl(url);
        if (!url.isValid() || !server)
            return fail(u"--smtp: "_s + (server ? u"'%1' is not a URL"_s.arg(parser.value(smtp)) : server.error().message));
        mail::ReleaseSettings release;
        release.server = *server;
        release.server.caFile = parser.value(smtpCa);
        if (parser.isSet(releaseFrom)) {
            release.from = mail::Mailbox::parse(parser.value(releaseFrom));
            if (!mail::isPlausibleAddress(release.from.address))
                return fail(u"--release-from: '%1' is not an email address"_s.arg(parser.value(releaseFrom)));
        }
        release.to = parser.value(releaseTo);
        if (!release.to.isEmpty() && !mail::isPlausibleAddress(release.to))
            return fail(u"--release-to: '%1' is not an email address"_s.arg(release.to));
        release.releaseAll = parser.isSet(releaseAll);
        if (release.releaseAll && release.to.isEmpty())
            return fail(u"--release-all needs --release-to: whose inbox gets every email?"_s);
        cl.release = release;
    } else if (releaseOptions) {
        return fail(u"--release-to, --release-from, --release-all and --smtp-ca-file need --smtp"_s);
    }
    out.options = cl;
    return out;
}

void writeTo(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace sendivent::app
