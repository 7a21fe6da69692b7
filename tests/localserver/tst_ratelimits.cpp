// The reference's per-second request limits, their headers, and the switch. The
// servers' clocks are frozen: a burst lands in one window however slow the machine,
// and the next window comes when the test moves the clock.
#include <emulation/clock.h>
#include <httpclient.h>
#include <jsoncompare.h>
#include <testserver.h>

#include <QtCore/QDateTime>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;

namespace {

server::LocalServerOptions frozenClock()
{
    server::LocalServerOptions options;
    options.clockFrozen = true;
    return options;
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
    void sendAnswersCarryTheHeaders();
    void dailyQuotaPerEnvironment();
};

void tst_RateLimits::sandboxAllowsTenPerSecond()
{
    TestServer server(frozenClock(), TestServer::Limits::On);
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    for (int i = 0; i < 10; ++i) {
        const HttpReply r = client.get(server.url(QStringLiteral("/v1/events")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("10"));
        QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), 9 - i);
        QCOMPARE(r.header("X-RateLimit-Reset").toLongLong(), server.server().clock()->nowMs() / 1000 + 1);
    }
    const HttpReply limited = client.get(server.url(QStringLiteral("/v1/events")));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json()["code"], "RATE_LIMITED");
    QCOMPARE(limited.json()["success"], false);
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(!limited.header("X-Request-Id").isEmpty());

    // Until the second is over, not even one more; the next window admits requests again.
    Clock &clock = *server.server().clock();
    QVERIFY(clock.advance(999 - clock.nowMs() % 1000).ok());
    QCOMPARE(client.get(server.url(QStringLiteral("/v1/events"))).status, 429);
    QVERIFY(clock.advance(1).ok());
    QCOMPARE(client.get(server.url(QStringLiteral("/v1/events"))).status, 200);
}

void tst_RateLimits::productionAllowsHundredPerSecond()
{
    TestServer server(frozenClock(), TestServer::Limits::On);
    QVERIFY(server.start());
    HttpClient client(kProductionKey);
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
    TestServer server(frozenClock(), TestServer::Limits::On);
    QVERIFY(server.start());
    HttpClient sandbox(kSandboxKey);
    HttpClient production(kProductionKey);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(sandbox.get(server.url(QStringLiteral("/v1/events"))).status, 200);
    QCOMPARE(sandbox.get(server.url(QStringLiteral("/v1/events"))).status, 429);
    QCOMPARE(production.get(server.url(QStringLiteral("/v1/events"))).status, 200);
}

void tst_RateLimits::localRoutesAreNotLimited()
{
    TestServer server(frozenClock(), TestServer::Limits::On);
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
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
    TestServer server(frozenClock(), TestServer::Limits::On);
    QVERIFY(server.start());
    QVERIFY(server.server().limitsEnabled());
    server.server().setLimitsEnabled(false);
    HttpClient client(kSandboxKey);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(client.get(server.url(QStringLiteral("/v1/events"))).status, 200);
    server.server().setLimitsEnabled(true);
    int limited = 0;
    for (int i = 0; i < 11; ++i)
        limited += client.get(server.url(QStringLiteral("/v1/events"))).status == 429;
    QCOMPARE(limited, 1);
}

namespace {

// One email each to `count` new addresses named after `tag`.
Json recipients(const QString &tag, int count)
{
    Json to = Json::array();
    for (int i = 0; i < count; ++i)
        to.push_back(toStd(QStringLiteral("%1-%2@example.com").arg(tag).arg(i)));
    return Json{{"to", std::move(to)}, {"payload", {{"promo_code", "Q"}}}};
}

const QString kSendEmail = QStringLiteral("/v1/send/user.welcome/email");

qint64 nextUtcMidnight(TestServer &server)
{
    const qint64 day = 24 * 60 * 60;
    return (server.server().clock()->nowMs() / 1000 / day + 1) * day;
}

} // namespace

// A send is answered after its group commit; the per-second headers must survive that.
void tst_RateLimits::sendAnswersCarryTheHeaders()
{
    TestServer server(frozenClock(), TestServer::Limits::On);
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    const HttpReply r = client.post(server.url(kSendEmail), recipients(QStringLiteral("h"), 1));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("10"));
    QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("9"));
}

void tst_RateLimits::dailyQuotaPerEnvironment()
{
    TestServer server(frozenClock(), TestServer::Limits::On);
    QVERIFY(server.start());
    HttpClient sandbox(kSandboxKey);

    // 149 of the sandbox's 150 a day in one request.
    HttpReply r = sandbox.post(server.url(kSendEmail), recipients(QStringLiteral("a"), 149));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["deliveries"].size(), size_t(149));

    // Three more: one fits, the other two are refused per recipient.
    r = sandbox.post(server.url(kSendEmail), recipients(QStringLiteral("b"), 3));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["deliveries"].size(), size_t(1));
    QCOMPARE(r.json()["errors"].size(), size_t(2));
    QCOMPARE(r.json()["errors"][0]["code"], "RATE_LIMITED");
    QCOMPARE(r.json()["errors"][0]["channel"], "email");
    QCOMPARE(r.json()["errors"][0]["recipient"], "b-1@example.com");

    // Exhausted: the whole request is refused with the quota's headers.
    const auto expectExhausted = [&](const HttpReply &refused) {
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json()["code"], "RATE_LIMITED");
        QVERIFY(toQt(refused.json()["error"].get<std::string>()).contains(QStringLiteral("150")));
        QCOMPARE(refused.header("X-RateLimit-Limit"), QByteArray("150"));
        QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(refused.header("X-RateLimit-Reset").toLongLong(), nextUtcMidnight(server));
        const qint64 retryAfter = refused.header("Retry-After").toLongLong();
        QVERIFY(retryAfter >= 1 && retryAfter <= 24 * 60 * 60);
    };
    expectExhausted(sandbox.post(server.url(kSendEmail), recipients(QStringLiteral("c"), 1)));
    if (QTest::currentTestFailed())
        return;
    // Nothing was written for the refused request: no contact was created.
    QCOMPARE(sandbox.get(server.url(QStringLiteral("/v1/contacts/c-0@example.com"))).status, 404);

    // Production counts on its own.
    HttpClient production(kProductionKey);
    QCOMPARE(production.post(server.url(kSendEmail), recipients(QStringLiteral("p"), 1)).status, 200);

    // The count is kept in the database: a restart does not reset it.
    server.stop();
    QVERIFY(server.start());
    expectExhausted(sandbox.post(server.url(kSendEmail), recipients(QStringLiteral("d"), 1)));
    if (QTest::currentTestFailed())
        return;

    // The limits switch turns the quota off and on.
    server.server().setLimitsEnabled(false);
    QCOMPARE(sandbox.post(server.url(kSendEmail), recipients(QStringLiteral("e"), 1)).status, 200);
    server.server().setLimitsEnabled(true);
    QCOMPARE(sandbox.post(server.url(kSendEmail), recipients(QStringLiteral("f"), 1)).status, 429);

    // A reset drops the deliveries the day was counted from.
    QCOMPARE(sandbox.post(server.url(QStringLiteral("/_local/reset")), Json::object()).status, 200);
    QCOMPARE(sandbox.post(server.url(kSendEmail), recipients(QStringLiteral("g"), 1)).status, 200);
}

QTEST_GUILESS_MAIN(tst_RateLimits)
#include "tst_ratelimits.moc"
