#include "checktemplatescommand.h"

#include "commandline.h"

#include <checks/checkreport.h>
#include <checks/emailsupport.h>
#include <storage/database.h>
#include <workspace/fixture.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <cstdio>
#include <numeric>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// The command's strings, in a translation context of their own.
struct CheckTemplatesCommand
{
    Q_DECLARE_TR_FUNCTIONS(sendivent::app::CheckTemplatesCommand)
};

std::optional<Json> readJsonFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = CheckTemplatesCommand::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto json = parseJson(file.readAll(), &why);
    if (!json)
        *problem = CheckTemplatesCommand::tr("%1 is not valid JSON: %2").arg(path, why);
    return json;
}

// --workspace: a fixture file, loaded even when its templates don't compile (that is
// what the checks report).
std::optional<Workspace> workspaceFromFixture(const QString &path, QString *problem)
{
    const auto json = readJsonFile(path, problem);
    if (!json)
        return std::nullopt;
    auto fixture = parseWorkspaceFixture(*json, [](const QString &) { return std::optional<QString>(); });
    if (!fixture) {
        QStringList details;
        for (const auto &d : fixture.error().details)
            details << d.field + u": "_s + d.message;
        *problem = CheckTemplatesCommand::tr("%1 is not a workspace fixture: %2").arg(path, details.isEmpty() ? fixture.error().message : details.join(u"; "_s));
        return std::nullopt;
    }
    return fixture->workspace;
}

std::optional<Workspace> workspaceFromDataDir(const QString &dir, QString *problem)
{
    const QString dbPath = QDir(dir).filePath(u"sendivent.db"_s);
    if (!QFileInfo::exists(dbPath)) {
        *problem = CheckTemplatesCommand::tr("no workspace in %1 (start sendivent-console once, or pass --workspace or --data-dir)").arg(dir);
        return std::nullopt;
    }
    Database db(dbPath);
    if (Status s = db.open(); !s) {
        *problem = s.error().message;
        return std::nullopt;
    }
    auto ws = WorkspaceService(db).current();
    if (!ws) {
        *problem = ws.error().message;
        return std::nullopt;
    }
    return **ws;
}

// --payloads DIR: EVENT.json per event, a payload object or a list of them.
bool readPayloads(const QString &dir, QMap<QString, QList<Json>> &out, QString *problem)
{
    const QDir folder(dir);
    if (!folder.exists()) {
        *problem = CheckTemplatesCommand::tr("--payloads: no folder %1").arg(dir);
        return false;
    }
    for (const QFileInfo &info : folder.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const auto json = readJsonFile(info.filePath(), problem);
        if (!json)
            return false;
        QList<Json> payloads;
        if (json->is_object())
            payloads << *json;
        else if (json->is_array() && std::all_of(json->begin(), json->end(), [](const Json &j) { return j.is_object(); }))
            payloads = QList<Json>(json->begin(), json->end());
        else {
            *problem = CheckTemplatesCommand::tr("%1 must hold a payload object or a list of them").arg(info.filePath());
            return false;
        }
        out.insert(info.completeBaseName(), payloads);
    }
    return true;
}

} // namespace

int runCheckTemplatesCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.size() >= 2 && args.at(1) == u"check-templates"_s)
        args.removeAt(1);

    QCommandLineParser parser;
    parser.setApplicationDescription(CheckTemplatesCommand::tr(
        "Check every template of a workspace: syntax, the values it reads, missing translations, email client "
        "support (caniemail.com), links and images, and each channel's limits.\n"
        "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage error."));
    const QCommandLineOption workspaceOption(u"workspace"_s, CheckTemplatesCommand::tr("A workspace fixture file (JSON) to check."), CheckTemplatesCommand::tr("file"));
    const QCommandLineOption dataDirOption(u"data-dir"_s, CheckTemplatesCommand::tr("Check the workspace stored in this folder."), CheckTemplatesCommand::tr("dir"), defaultDataDir());
    const QCommandLineOption payloadsOption(u"payloads"_s, CheckTemplatesCommand::tr("Folder of sample payloads: EVENT.json, an object or a list of objects."), CheckTemplatesCommand::tr("dir"));
    const QCommandLineOption clientsOption(u"clients"_s, CheckTemplatesCommand::tr("Email clients to check, comma-separated: ids or families (gmail, outlook-windows, apple-mail, …)."), CheckTemplatesCommand::tr("list"));
    const QCommandLineOption formatOption(u"format"_s, CheckTemplatesCommand::tr("Output: text, json or junit."), CheckTemplatesCommand::tr("format"), u"text"_s);
    const QCommandLineOption failOnOption(u"fail-on"_s, CheckTemplatesCommand::tr("Lowest severity that fails the check: error, warning or info."), CheckTemplatesCommand::tr("severity"), u"warning"_s);
    const QCommandLineOption smsOption(u"sms-max-segments"_s, CheckTemplatesCommand::tr("Most SMS segments a message may take."), CheckTemplatesCommand::tr("n"), u"3"_s);
    const QCommandLineOption listClientsOption(u"list-clients"_s, CheckTemplatesCommand::tr("List the email client ids and exit."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, CheckTemplatesCommand::tr("Show this help."));
    parser.addOptions({workspaceOption, dataDirOption, payloadsOption, clientsOption, formatOption, failOnOption, smsOption, listClientsOption, helpOption});

    if (!parser.parse(args)) {
        writeTo(stderr, parser.errorText() + u'\n');
        return 2;
    }
    if (parser.isSet(helpOption)) {
        writeTo(stdout, helpText(parser, u"sendivent-console check-templates"_s));
        return 0;
    }
    const checks::EmailSupportData &data = checks::EmailSupportData::instance();
    if (parser.isSet(listClientsOption)) {
        QString out;
        for (const QString &id : data.clientIds())
            out += id + u'\t' + data.clientName(id) + u'\n';
        writeTo(stdout, out + CheckTemplatesCommand::tr("Data: %1, updated %2\n").arg(data.source(), data.lastUpdate()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        writeTo(stderr, CheckTemplatesCommand::tr("check-templates takes no arguments, only options (see --help)\n"));
        return 2;
    }
    if (parser.isSet(workspaceOption) && parser.isSet(dataDirOption)) {
        writeTo(stderr, CheckTemplatesCommand::tr("--workspace and --data-dir exclude each other\n"));
        return 2;
    }
    const QString format = parser.value(formatOption);
    if (format != u"text"_s && format != u"json"_s && format != u"junit"_s) {
        writeTo(stderr, CheckTemplatesCommand::tr("--format must be text, json or junit\n"));
        return 2;
    }
    const auto failOn = checks::severityFromName(parser.value(failOnOption));
    if (!failOn) {
        writeTo(stderr, CheckTemplatesCommand::tr("--fail-on must be error, warning or info\n"));
        return 2;
    }
    checks::CheckOptions options;
    bool segmentsOk = false;
    options.smsMaxSegments = parser.value(smsOption).toInt(&segmentsOk);
    if (!segmentsOk || options.smsMaxSegments < 1) {
        writeTo(stderr, CheckTemplatesCommand::tr("--sms-max-segments must be a whole number of at least 1\n"));
        return 2;
    }
    if (parser.isSet(clientsOption)) {
        QString unknown;
        const auto clients = data.expand(parser.value(clientsOption).split(u','), &unknown);
        if (!clients || clients->isEmpty()) {
            writeTo(stderr, CheckTemplatesCommand::tr("--clients: unknown email client '%1' (see --list-clients)\n").arg(unknown));
            return 2;
        }
        options.clients = *clients;
    }
    QString problem;
    if (parser.isSet(payloadsOption) && !readPayloads(parser.value(payloadsOption), options.payloads, &problem)) {
        writeTo(stderr, problem + u'\n');
        return 2;
    }
    const std::optional<Workspace> workspace = parser.isSet(workspaceOption)
                                                   ? workspaceFromFixture(parser.value(workspaceOption), &problem)
                                                   : workspaceFromDataDir(parser.value(dataDirOption), &problem);
    if (!workspace) {
        writeTo(stderr, problem + u'\n');
        return 2;
    }

    const QList<checks::Finding> findings = checks::checkWorkspace(*workspace, options);
    if (format == u"json"_s)
        writeTo(stdout, checks::jsonReport(findings));
    else if (format == u"junit"_s)
        writeTo(stdout, checks::junitReport(*workspace, findings, *failOn));
    else {
        writeTo(stdout, checks::textReport(findings));
        const auto count = [&](checks::Severity s) {
            return std::count_if(findings.cbegin(), findings.cend(), [s](const checks::Finding &f) { return f.severity == s; });
        };
        writeTo(stderr, CheckTemplatesCommand::tr("%1 templates checked: %2 errors, %3 warnings, %4 notes\n")
                          .arg(std::accumulate(workspace->events.cbegin(), workspace->events.cend(), qsizetype(0),
                                               [](qsizetype n, const Event &e) { return n + e.templates.size(); }))
                          .arg(count(checks::Severity::Error))
                          .arg(count(checks::Severity::Warning))
                          .arg(count(checks::Severity::Info)));
    }
    const bool failed = std::any_of(findings.cbegin(), findings.cend(), [&](const checks::Finding &f) { return f.severity >= *failOn; });
    return failed ? 1 : 0;
}

} // namespace sendivent::app
