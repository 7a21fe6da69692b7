#pragma once

// The core services over a test's database on the test's own thread, as the local
// server builds them (the composition root, issue 19), for tests that need a
// LocalBackend without a server. Calls through the backend then run at once, and
// `notifier` is what the backend listens to.
#include <backend/localbackend.h>
#include <changenotifier.h>
#include <emulation/clock.h>
#include <services.h>
#include <storage/database.h>

#include <QtCore/QTemporaryDir>

#include <memory>

namespace sendivent::test {

struct LocalServices
{
    explicit LocalServices(const Database &db, ChangeNotifier *notifier = nullptr)
        : services(db, notifier, clock)
    {
        clock.start(false, 0);
    }

    Clock clock;
    Services services;
};

// A temporary data folder with the demo workspace, the services over it and the
// LocalBackend the GUI would use: open() gives null if the database does not open.
struct LocalBackendFixture
{
    static std::unique_ptr<LocalBackendFixture> open()
    {
        auto fixture = std::make_unique<LocalBackendFixture>();
        if (!fixture->opened || !fixture->services.workspace.seedDemoIfEmpty())
            return nullptr;
        return fixture;
    }

    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("sendivent.db"))};
    bool opened = db.open().ok(); // before the services, which prepare statements
    ChangeNotifier notifier;
    LocalServices core{db, &notifier};
    Services &services = core.services;
    LocalBackend backend{services};
};

} // namespace sendivent::test
