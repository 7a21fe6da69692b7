#include "idleprobe.h"

#include "testserver.h"

#include <services.h>
#include <storage/database.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

namespace sendivent::test {

using namespace Qt::StringLiterals;

void onServerThread(Services &services, const std::function<void()> &work)
{
    QObject *anchor = services.home();
    if (anchor->thread() == QThread::currentThread())
        work();
    else
        QMetaObject::invokeMethod(anchor, work, Qt::BlockingQueuedConnection);
}

bool isIdle(Services &services)
{
    bool idle = false;
    onServerThread(services, [&services, &idle] {
        // Outcomes stay queued until they are committed.
        if (services.outcomes.queued() > 0)
            return;
        // A message due by the emulator's clock, by the outbox's own rule.
        const auto next = services.webhookOutbox.nextDue();
        if (!next || (*next && **next <= services.clock.now()))
            return;
        // The dispatcher claims a message (attempt_started_at) before it sends it and
        // records the attempt when the answer is in, so the table tells what is in flight.
        auto inFlight = execSql(services.db,
                                u"SELECT count(*) FROM webhook_messages"
                                " WHERE state = 'pending' AND attempt_started_at IS NOT NULL"_s);
        idle = inFlight && inFlight->next() && inFlight->value(0).toLongLong() == 0;
    });
    return idle;
}

bool settle(Services &services, int timeoutMs)
{
    int quietLooks = 0;
    return QTest::qWaitFor([&] {
        QCoreApplication::sendPostedEvents(); // a queued poke or answer is owed work
        quietLooks = isIdle(services) ? quietLooks + 1 : 0;
        return quietLooks >= 2;
    }, timeoutMs);
}

bool settle(TestServer &server, int timeoutMs)
{
    return settle(*server.server().services(), timeoutMs);
}

} // namespace sendivent::test
