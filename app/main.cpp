// sendivent-console: the GUI with the local server inside it, the server alone
// (--headless), or the `render` subcommand. This file only wires things together.
#include "cli/checktemplatescommand.h"
#include "cli/commandline.h"
#include "cli/proxystartup.h"
#include "cli/pullworkspacecommand.h"
#include "cli/rendercommand.h"
#include "cli/rendereventcommand.h"
#include "cli/signalwatcher.h"
#include "datafolderprompt.h"
#include "logging.h"
#include "mainwindow.h"
#include "release/releasestartup.h"
#include "server/servercontroller.h"
#include "settingspage.h"
#include "studio/emailhtmlview.h"
#include "uilanguage.h"
#include "widgets/theme.h"

#include <backend/datasource.h>
#include <backend/localbackend.h>
#include <changenotifier.h>
#include <emulation/clock.h>
#include <localserver.h>
#include <remote/credentialstore.h>
#include <storage/database.h>
#include <storage/datafolderlock.h>

#include <QtCore/QDir>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMessageBox>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace sendivent;
using namespace Qt::StringLiterals;

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Sendivent"_s);
    QCoreApplication::setOrganizationDomain(u"sendivent.com"_s);
    QCoreApplication::setApplicationName(u"sendivent-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SENDIVENT_VERSION));
}

server::LocalServerOptions serverOptions(const app::CommandLine &cl, const std::optional<server::ProxyTarget> &proxy)
{
    server::LocalServerOptions o;
    o.proxy = proxy;
    o.dataDir = cl.dataDir;
    o.host = cl.host;
    o.port = cl.port;
    o.apiKeys = cl.apiKeys;
    o.seedFile = cl.seedFile;
    o.faultsFile = cl.faultsFile;
    o.limits = cl.limits;
    o.clockFrozen = cl.clockFrozen;
    o.maxDeliveries = cl.maxDeliveries;
    o.maxAgeSeconds = cl.maxAgeSeconds;
    o.maxJournal = cl.maxJournal;
    if (cl.release)
        o.release = *cl.release;
    o.webhookRetrySchedule.clear();
    for (const int seconds : cl.webhookRetrySchedule)
        o.webhookRetrySchedule << std::chrono::seconds(seconds);
    return o;
}

void announce(const QString &url, const QString &firstRunKey)
{
    if (!firstRunKey.isEmpty()) {
        qInfo().noquote() << "created a sandbox API key (shown once):" << firstRunKey;
    }
    printLine(stdout, u"listening on "_s + url);
}

int runHeadless(const app::CommandLine &cl, const std::optional<server::ProxyTarget> &proxy)
{
    server::LocalServerOptions options = serverOptions(cl, proxy);
    options.release.server.password = app::smtpPassword(options.release, true);
    if (options.release.isConfigured())
        qInfo().noquote() << "release to a real inbox: on, via" << options.release.server.displayUrl()
                          << (options.release.server.username.isEmpty() ? "without authentication"
                              : options.release.server.password.isEmpty() ? "as a user without a password (set SENDIVENT_SMTP_PASSWORD)"
                                                                          : "with a password");
    server::LocalServer server(std::move(options));
    if (Status s = server.start(); !s) {
        printLine(stderr, u"sendivent-console: "_s + s.error().message);
        return server.failedToListen() ? 2 : 1;
    }
    QObject::connect(&server, &server::LocalServer::exchangeFinished, &server, &app::logExchange);

    // Before the "listening on" line: a script may send SIGTERM as soon as it reads it.
    app::SignalWatcher watcher;
    QObject::connect(&watcher, &app::SignalWatcher::terminationRequested, &server, [&server] {
        qInfo("shutting down");
        // Stop accepting; answers already computed are written before the loop ends.
        server.stop();
        QCoreApplication::quit();
    });
    announce(server.url(), server.firstRunKey());
    return QCoreApplication::exec();
}

// Whether `option` is on the command line (as `--port 9000` or `--port=9000`), so a
// stored preference gives way to it.
bool given(const QStringList &arguments, QStringView option)
{
    return std::any_of(arguments.begin(), arguments.end(), [option](const QString &a) {
        return a == option || (a.startsWith(option) && a.size() > option.size() && a.at(option.size()) == u'=');
    });
}

int runGui(const app::CommandLine &cl, const std::optional<server::ProxyTarget> &proxy)
{
    // Before the "listening on" line; a signal that comes before the window is
    // delivered once the event loop runs.
    app::SignalWatcher watcher;
    ChangeNotifier notifier;
    // One emulated time for the server and the window's backend (issue 23).
    Clock clock;

    server::LocalServerOptions options = serverOptions(cl, proxy);
    // The Settings page's default port, unless --port says otherwise.
    if (const auto port = app::settings::port(); port && !given(QCoreApplication::arguments(), u"--port"))
        options.port = *port;
    options.clock = &clock;
    // The Settings page's release settings, unless --smtp gives this run its own.
    if (!cl.release)
        options.release = app::settings::release();
    options.release.server.password = app::smtpPassword(options.release, false);
    app::ServerController controller(std::move(options), &notifier);
    controller.logExchanges(&app::logExchange);
    const Status started = controller.start();
    if (!started)
        printLine(stderr, u"sendivent-console: "_s + started.error().message);
    else
        announce(controller.url(), controller.firstRunKey());

    // The window works on the server's own services, on the server's thread.
    Services *services = controller.services();
    if (!services) {
        QMessageBox::critical(nullptr, QObject::tr("Sendivent Console"), started.error().message);
        return 1;
    }

    LocalBackend backend(*services);
    // Local / Sandbox / Production. The remotes' addresses: --remote-url for both
    // (tests, on-premise), else the Settings page's, else the reference's.
    CredentialStore credentials;
    DataSource dataSource(&backend, &credentials);
    for (const Environment environment : {Environment::Sandbox, Environment::Production})
        dataSource.setRemoteUrl(environment,
                                cl.remoteUrl.isEmpty() ? app::settings::remoteUrl(environment) : QUrl(cl.remoteUrl));

    app::MainWindow window(&backend);
    window.setServerStatus(started ? controller.url() : started.error().message, bool(started));
    window.setApiKey(controller.consoleKey());
    window.setServer(&controller, cl.dataDir);
    window.setDataSource(&dataSource, cl.remoteUrl);
    window.show();

    QObject::connect(&watcher, &app::SignalWatcher::terminationRequested, &window, &QWidget::close);
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "pull-workspace") == 0) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return app::runPullWorkspaceCommand(QCoreApplication::arguments());
    }
    if (argc > 1 && std::strcmp(argv[1], "check-templates") == 0) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return app::runCheckTemplatesCommand(QCoreApplication::arguments());
    }
    if (argc > 1 && std::strcmp(argv[1], "render") == 0) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        // Two forms (DESIGN §12): a template file with data, or an event of the workspace.
        const QStringList arguments = QCoreApplication::arguments();
        const bool fileForm = std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
            return a.startsWith(QStringLiteral("--template-file"));
        });
        return fileForm ? app::runRenderCommand(arguments) : app::runRenderEventCommand(arguments);
    }

    // Options are read before any application object exists: --help, --version and a
    // usage error must work where no display is (a QApplication would need one).
    setApplicationIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const app::ParseOutcome parsed = app::parseCommandLine(arguments);
    if (!parsed.options) {
        printLine(parsed.exitCode == 0 ? stdout : stderr, parsed.message);
        return parsed.exitCode;
    }
    app::CommandLine cl = *parsed.options;
    const bool headless = cl.headless;
    // Before any connection is opened: every one of them syncs as asked.
    Database::setDurability(cl.durability);
    std::unique_ptr<QCoreApplication> application;
    if (headless)
        application = std::make_unique<QCoreApplication>(argc, argv);
    else {
        app::prepareEmailEngine(); // the studio's email preview, before QApplication
        application = std::make_unique<QApplication>(argc, argv);
    }
    app::installLogHandler(cl.jsonLogs);

    // One process per data folder, held until this one exits (issue 18). The lock
    // comes before anything reads the folder, so a second process changes nothing.
    std::unique_ptr<DataFolderLock> folderLock;
    if (headless) {
        folderLock = std::make_unique<DataFolderLock>(cl.dataDir);
        if (Status s = folderLock->lock(); !s) {
            printLine(stderr, u"sendivent-console: "_s + s.error().message);
            return folderLock->holder() ? 2 : 1;
        }
    } else {
        // QSettings "ui/language" when set, else the system's; the Settings page switches it live.
        app::applyUiLanguage();
        app::theme::apply();
        app::FolderLockOutcome locked = app::lockDataFolder(
            cl.dataDir,
            [](const DataFolderLock &failed, const QString &reason) {
                printLine(stderr, u"sendivent-console: "_s + reason);
                const std::unique_ptr<QMessageBox> box = app::dataFolderDialog(failed, reason);
                box->exec();
                return app::choiceOf(*box);
            },
            [](const QString &current) {
                return QFileDialog::getExistingDirectory(nullptr, QObject::tr("Choose a Data Folder"), current);
            });
        if (!locked.lock)
            return 2;
        folderLock = std::move(locked.lock);
        cl.dataDir = locked.folder;
    }
    if (cl.durability == Database::Durability::Full)
        qInfo("durability: full (every commit is synced to disk before it is answered)");

    const app::ProxyStartup proxy = app::prepareProxy(cl, headless);
    if (proxy.exitCode != 0) {
        printLine(stderr, u"sendivent-console: "_s + proxy.message);
        return proxy.exitCode;
    }
    if (proxy.target)
        qInfo().noquote() << "proxy mode: /v1 is forwarded to" << proxy.description;
    if (headless)
        return runHeadless(cl, proxy.target);
    return runGui(cl, proxy.target);
}
