#pragma once

// The fixture of the page tests that need real traffic: a local server on port 0 in a
// fresh folder, on a thread of its own as the console runs it (ServerController), and
// the main window over its services (LocalBackend, which queues its calls to that
// thread), sharing one change notifier and one clock. Header-only: only the GUI tests
// (which link the app) include it.
#include "idleprobe.h"
#include "testserver.h"

#include <backend/localbackend.h>
#include <changenotifier.h>
#include <emulation/clock.h>
#include <mainwindow.h>
#include <server/servercontroller.h>
#include <services.h>

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QSize>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <functional>
#include <memory>

namespace sendivent::test {

struct WindowWithServer
{
    // Shows `page` once everything runs; `adjust` may change the server's options
    // first, and `prepare` the data (on the server's thread) before the window opens.
    // A failure fails the test: check QTest::currentTestFailed() after it.
    void start(const QString &page, const std::function<void(server::LocalServerOptions &)> &adjust = {},
               const std::function<Status(Services &)> &prepare = {})
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
        controller = std::make_unique<app::ServerController>(options, notifier.get());
        const Status started = controller->start();
        QVERIFY2(started.ok(), started ? "" : qPrintable(started.error().message));
        QVERIFY(controller->services());
        if (prepare) {
            Status prepared;
            onServer([this, &prepare, &prepared] { prepared = prepare(*controller->services()); });
            QVERIFY2(prepared.ok(), prepared ? "" : qPrintable(prepared.error().message));
        }
        backend = std::make_unique<LocalBackend>(*controller->services());
        window = std::make_unique<app::MainWindow>(backend.get());
        window->setServerStatus(controller->url(), true);
        window->resize(size);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(window->showPage(page));
    }

    // The window first, the server (and its thread) last.
    void stop()
    {
        window.reset();
        backend.reset();
        controller.reset();
        notifier.reset();
        clock.reset();
    }

    // The server's address, "http://127.0.0.1:port".
    QString url() const { return controller->url(); }
    // The services the server works on; they live on its thread (see onServer()).
    Services *services() const { return controller->services(); }
    // Runs `work` on the server's thread and returns when it ran: after every call the
    // window queued to the services before it (one thread, in order).
    void onServer(const std::function<void()> &work) const { onServerThread(*controller->services(), work); }
    // Waits until the server owes nothing (see idleprobe.h).
    bool settle(int timeoutMs = 10'000) const { return test::settle(*controller->services(), timeoutMs); }

    QSize size{1500, 950}; // the window's, set before start()
    QTemporaryDir dir;
    std::unique_ptr<ChangeNotifier> notifier;
    std::unique_ptr<Clock> clock;
    std::unique_ptr<app::ServerController> controller;
    std::unique_ptr<LocalBackend> backend;
    std::unique_ptr<app::MainWindow> window;
};

} // namespace sendivent::test
