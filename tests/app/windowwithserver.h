#pragma once

// The fixture of the page tests that need real traffic: a local server on port 0 in a
// fresh folder and the main window over its services (LocalBackend), sharing one
// change notifier and one clock — as the console runs, but on one thread.
#include <changenotifier.h>
#include <clock.h>
#include <database.h>
#include <localbackend.h>
#include <localserver.h>
#include <services.h>
#include <mainwindow.h>
#include <testserver.h>

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <functional>
#include <memory>

namespace sendivent::test {

struct WindowWithServer
{
    // Shows `page` once everything runs; `adjust` may change the server's options
    // first. A failure fails the test: check QTest::currentTestFailed() after it.
    void start(const QString &page, const std::function<void(server::LocalServerOptions &)> &adjust = {})
    {
        QSettings().clear();
        QVERIFY(dir.isValid());
        notifier = std::make_unique<ChangeNotifier>();
        clock = std::make_unique<Clock>();
        server::LocalServerOptions options;
        options.dataDir = QDir(dir.path()).filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        options.port = 0;
        options.limits = false;
        options.apiKeys = {kSandboxKey, kProductionKey};
        options.clock = clock.get();
        if (adjust)
            adjust(options);
        server = std::make_unique<server::LocalServer>(options, notifier.get());
        const Status started = server->start();
        QVERIFY2(started.ok(), started ? "" : qPrintable(started.error().message));
        backend = std::make_unique<LocalBackend>(*server->services());
        window = std::make_unique<app::MainWindow>(backend.get());
        window->setServerStatus(server->url(), true);
        window->resize(1500, 950);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->showPage(page));
    }

    // The window first, the server last.
    void stop()
    {
        window.reset();
        backend.reset();
        server.reset();
        notifier.reset();
        clock.reset();
    }

    QTemporaryDir dir;
    std::unique_ptr<ChangeNotifier> notifier;
    std::unique_ptr<Clock> clock;
    std::unique_ptr<server::LocalServer> server;
    std::unique_ptr<LocalBackend> backend;
    std::unique_ptr<app::MainWindow> window;
};

} // namespace sendivent::test
