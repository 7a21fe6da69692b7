#pragma once

// The core services over a test's database on the test's own thread, as the local
// server builds them (the composition root, issue 19), for tests that need a
// LocalBackend without a server. Calls through the backend then run at once, and
// `notifier` is what the backend listens to.
#include <changenotifier.h>
#include <clock.h>
#include <database.h>
#include <services.h>

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

} // namespace sendivent::test
