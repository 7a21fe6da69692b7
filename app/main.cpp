// sendivent-console: the GUI with the local server inside it, the server alone
// (--headless), or the `render` subcommand. This file only wires things together.
#include "commandline.h"
#include "logging.h"
#include "mainwindow.h"
#include "rendercommand.h"
#include "servercontroller.h"
#include "signalwatcher.h"

#include <changenotifier.h>
#include <database.h>
#include <localbackend.h>
#include <localserver.h>

#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>

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

server::LocalServerOptions serverOptions(const app::CommandLine &cl)
{
    server::LocalServerOptions o;
    o.dataDir = cl.dataDir;
    o.host = cl.host;
    o.port = cl.port;
    o.apiKeys = cl.apiKeys;
    o.seedFile = cl.seedFile;
    o.limits = cl.limits;
    return o;
}

void announce(const QString &url, const QString &firstRunKey)
{
    if (!firstRunKey.isEmpty()) {
        qInfo().noquote() << "created a sandbox API key (shown once):" << firstRunKey;
    }
    printLine(stdout, u"listening on "_s + url);
}

int runHeadless(const app::CommandLine &cl)
{
    server::LocalServer server(serverOptions(cl));
    if (Status s = server.start(); !s) {
        printLine(stderr, u"sendivent-console: "_s + s.error().message);
        return server.failedToListen() ? 2 : 1;
    }
    QObject::connect(&server, &server::LocalServer::exchangeFinished, &server, &app::logExchange);
    announce(server.url(), server.firstRunKey());

    app::SignalWatcher watcher;
    QObject::connect(&watcher, &app::SignalWatcher::terminationRequested, &server, [&server] {
        qInfo("shutting down");
        // Stop accepting; answers already computed are written before the loop ends.
        server.stop();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"sendivent"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

int runGui(QApplication &application, const app::CommandLine &cl)
{
    installTranslations(application);
    ChangeNotifier notifier;

    // The GUI reads the same database through its own connection.
    Database guiDb(QDir(cl.dataDir).filePath(server::LocalServer::databaseFileName()));
    app::ServerController controller(serverOptions(cl), &notifier);
    const Status started = controller.start();
    if (!started)
        printLine(stderr, u"sendivent-console: "_s + started.error().message);
    else
        announce(controller.url(), controller.firstRunKey());

    if (Status s = guiDb.open(); !s) {
        QMessageBox::critical(nullptr, QObject::tr("Sendivent Console"), s.error().message);
        return 1;
    }
    QObject::connect(&controller, &app::ServerController::exchangeFinished, &controller, &app::logExchange);

    LocalBackend backend(guiDb, &notifier);
    app::MainWindow window(&backend);
    window.setServerStatus(started ? controller.url() : started.error().message, bool(started));
    window.show();

    app::SignalWatcher watcher;
    QObject::connect(&watcher, &app::SignalWatcher::terminationRequested, &window, &QWidget::close);
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "render") == 0) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return app::runRenderCommand(QCoreApplication::arguments());
    }

    const bool headless = app::wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> application;
    if (headless)
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    setApplicationIdentity();

    const app::ParseOutcome parsed = app::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.options) {
        printLine(parsed.exitCode == 0 ? stdout : stderr, parsed.message);
        return parsed.exitCode;
    }
    const app::CommandLine &cl = *parsed.options;
    app::installLogHandler(cl.jsonLogs);
    if (!cl.proxy.isEmpty()) {
        printLine(stderr, u"sendivent-console: --proxy is not available in this version yet"_s);
        return 2;
    }
    if (headless)
        return runHeadless(cl);
    return runGui(static_cast<QApplication &>(*application), cl);
}
