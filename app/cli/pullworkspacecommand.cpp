#include "pullworkspacecommand.h"

#include "commandline.h"
#include "proxystartup.h"

#include <localserver.h>
#include <remote/remotebackend.h>
#include <remote/workspacepull.h>
#include <storage/database.h>
#include <storage/datafolderlock.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QFutureWatcher>
#include <QtCore/QSaveFile>

#include <chrono>
#include <cstdio>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// The future's result, waited for on a local event loop (the remote client answers
// through the network stack of this thread).
template<typename T>
T await(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

// What the remote said, for a person: its status and message.
QString describe(const Error &error)
{
    return error.message.isEmpty() ? errorCodeName(error.code) : error.message;
}

} // namespace

int runPullWorkspaceCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Copies a remote workspace's events, templates and integrations into a "
                                     "workspace fixture, or into the local data folder."_s);
    const QCommandLineOption from(u"from"_s, u"The remote: sandbox, production or a base URL."_s, u"REMOTE"_s);
    const QCommandLineOption to(u"to"_s, u"Write the fixture to FILE instead of importing it."_s, u"FILE"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"The local data folder to import into."_s, u"DIR"_s);
    const QCommandLineOption remoteUrl(u"remote-url"_s, u"Base URL of the sandbox or production API."_s, u"URL"_s);
    const QCommandLineOption allowProduction(u"allow-production"_s, u"Permit --from production."_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Seconds to wait for each answer (default 30)."_s, u"SECONDS"_s,
                                     u"30"_s);
    parser.addOptions({from, to, dataDir, remoteUrl, allowProduction, timeout});
    parser.addHelpOption();
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "pull-workspace"
    if (!parser.parse(args)) {
        writeTo(stderr, parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        writeTo(stdout, parser.helpText().replace(u"Usage: "_s + args.value(0), u"Usage: sendivent-console pull-workspace"_s));
        return 0;
    }
    if (!parser.isSet(from) || !parser.positionalArguments().isEmpty()) {
        writeTo(stderr, u"Usage: sendivent-console pull-workspace --from sandbox|production|URL [--to FILE]"_s);
        return 2;
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 600) {
        writeTo(stderr, u"--timeout: expected whole seconds from 1 to 600"_s);
        return 2;
    }

    // Which remote, with which key: the rules of --proxy, production included.
    const ProxyStartup remote = prepareRemote({parser.value(from), parser.value(remoteUrl),
                                               parser.isSet(allowProduction), u"--from"_s,
                                               u"reads the production workspace"_s},
                                              true);
    if (remote.exitCode != 0) {
        writeTo(stderr, u"sendivent-console: "_s + remote.message);
        return remote.exitCode;
    }
    const auto environment = environmentOfKey(remote.target->apiKey).value_or(Environment::Sandbox);
    RemoteBackend backend(environment, remote.target->baseUrl);
    backend.setApiKey(remote.target->apiKey);
    backend.client().setTransferTimeout(std::chrono::seconds(seconds));

    const auto pulled = await(pullRemoteWorkspace(backend));
    if (!pulled) {
        writeTo(stderr, u"sendivent-console: cannot read the workspace of %1 (%2)"_s.arg(remote.description,
                                                                                     describe(pulled.error())));
        return 1;
    }

    if (parser.isSet(to)) {
        // The remote API has no app name, plan, senders or partials: a fixture of its own
        // carries the defaults for them.
        const Json fixture = fixtureWithRemoteWorkspace(Workspace{}, Json::array(), *pulled);
        QSaveFile file(parser.value(to));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(fixture.dump(2)) + '\n') < 0
            || !file.commit()) {
            writeTo(stderr, u"sendivent-console: cannot write %1: %2"_s.arg(parser.value(to), file.errorString()));
            return 1;
        }
        writeTo(stdout, u"wrote %1 event(s) and %2 integration(s) of %3 to %4"_s.arg(pulled->events.size())
                          .arg(pulled->integrations.size())
                          .arg(remote.description, parser.value(to)));
        return 0;
    }

    // Into the local data folder, as a running console would not be: it takes the lock.
    const QString folder = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir();
    DataFolderLock lock(folder);
    if (Status locked = lock.lock(); !locked) {
        writeTo(stderr, u"sendivent-console: "_s + locked.error().message);
        return lock.holder() ? 2 : 1;
    }
    Database db(QDir(folder).filePath(server::LocalServer::databaseFileName()));
    if (Status opened = db.open(); !opened) {
        writeTo(stderr, u"sendivent-console: "_s + opened.error().message);
        return 1;
    }
    WorkspaceService workspace(db);
    if (Status seeded = workspace.seedDemoIfEmpty(); !seeded) {
        writeTo(stderr, u"sendivent-console: "_s + seeded.error().message);
        return 1;
    }
    const auto local = workspace.current();
    const auto localFixture = workspace.exportFixture();
    if (!local || !localFixture) {
        writeTo(stderr, u"sendivent-console: cannot read the local workspace"_s);
        return 1;
    }
    // The local contacts stay, and so does the baseline a reset returns to.
    WorkspaceService::ImportOptions options;
    options.keepContacts = true;
    const auto imported = workspace.importFixture(
        fixtureWithRemoteWorkspace(**local, (*localFixture)["contacts"], *pulled), options);
    if (!imported) {
        QString details;
        for (const FieldError &d : imported.error().details)
            details += u"\n  %1: %2"_s.arg(d.field, d.message);
        writeTo(stderr, u"sendivent-console: the remote workspace cannot be imported: %1%2"_s.arg(imported.error().message,
                                                                                               details));
        return 1;
    }
    writeTo(stdout, u"imported %1 event(s) and %2 integration(s) of %3 into %4"_s.arg(pulled->events.size())
                      .arg(pulled->integrations.size())
                      .arg(remote.description, QDir::toNativeSeparators(folder)));
    return 0;
}

} // namespace sendivent::app
