// The reference's per-second request limits, their headers, and the switch.
#include <httpclient.h>
#include <jsoncompare.h>
#include <testserver.h>

#include <QtCore/QDateTime>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;

namespace {

// Waits for the start of a fresh one-second window, so a burst lands in one window.
void waitForFreshSecond()
{
    while (QDateTime::currentMSecsSinceEpoch() % 1000 > 50)
        QTest::qWait(5);
}

} // namespace

class tst_RateLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxAllowsTenPerSecond();
    void productionAllowsHundredPerSecond();
    void environmentsCountSeparately();
    void localRoutesAreNotLimited();
    void offMeansOff();
    void switchableWhileRunning();
};

void tst_RateLimits::sandboxAllowsTenPerSecond()
{
    TestServer server({}, TestServer::Limits::On);
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    waitForFreshSecond();
    for (int i = 0; i < 10; ++i) {
        const HttpReply r = client.get(server.url(QStringLiteral("/v1/events")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("10"));
        QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), 9 - i);
        QVERIFY(r.header("X-RateLimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch() - 2);
    }
    const HttpReply limited = client.get(server.url(QStringLiteral("/v1/events")));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json()["code"], "RATE_LIMITED");
    QCOMPARE(limited.json()["success"], false);
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(!limited.header("X-Request-Id").isEmpty());

    // The next window admits requests again.
    QTest::qWait(1100);
    QCOMPARE(client.get(server.url(QStringLiteral("/v1/events"))).status, 200);
}

void tst_RateLimits::productionAllowsHundredPerSecond()
{
    TestServer server({}, TestServer::Limits::On);
    QVERIFY(server.start());
    HttpClient client(kProductionKey);
    waitForFreshSecond();
    int ok = 0;
    int limited = 0;
    for (int i = 0; i < 101; ++i) {
        const HttpReply r = client.get(server.url(QStringLiteral("/v1/integrations")));
        ok += r.status == 200;
        limited += r.status == 429;
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("100"));
    }
    QCOMPARE(ok, 100);
    QCOMPARE(limited, 1);
}

void tst_RateLimits::environmentsCountSeparately()
{
    TestServer server({}, TestServer::Limits::On);
    QVERIFY(server.start());
    HttpClient sandbox(kSandboxKey);
    HttpClient production(kProductionKey);
    waitForFreshSecond();
    for (int i = 0; i < 10; ++i)
        QCOMPARE(sandbox.get(server.url(QStringLiteral("/v1/events"))).status, 200);
    QCOMPARE(sandbox.get(server.url(QStringLiteral("/v1/events"))).status, 429);
    QCOMPARE(production.get(server.url(QStringLiteral("/v1/events"))).status, 200);
}

void tst_RateLimits::localRoutesAreNotLimited()
{
    TestServer server({}, TestServer::Limits::On);
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    waitForFreshSecond();
    for (int i = 0; i < 15; ++i) {
        const HttpReply r = client.get(server.url(QStringLiteral("/_local/workspace")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("X-RateLimit-Limit").isEmpty());
    }
    HttpClient anonymous;
    for (int i = 0; i < 15; ++i)
        QCOMPARE(anonymous.get(server.url(QStringLiteral("/healthz"))).status, 200);
}

void tst_RateLimits::offMeansOff()
{
    TestServer server; // limits off
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    for (int i = 0; i < 30; ++i) {
        const HttpReply r = client.get(server.url(QStringLiteral("/v1/events")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("X-RateLimit-Limit").isEmpty());
    }
}

void tst_RateLimits::switchableWhileRunning()
{
    TestServer server({}, TestServer::Limits::On);
    QVERIFY(server.start());
    QVERIFY(server.server().limitsEnabled());
    server.server().setLimitsEnabled(false);
    HttpClient client(kSandboxKey);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(client.get(server.url(QStringLiteral("/v1/events"))).status, 200);
    server.server().setLimitsEnabled(true);
    waitForFreshSecond();
    int limited = 0;
    for (int i = 0; i < 11; ++i)
        limited += client.get(server.url(QStringLiteral("/v1/events"))).status == 429;
    QCOMPARE(limited, 1);
}

QTEST_GUILESS_MAIN(tst_RateLimits)
#include "tst_ratelimits.moc"
