// The movable clock (issue 23) over real HTTP: GET/POST /_local/clock, and everything
// time-based following it — the daily quota's day, the per-second windows, webhook
// retries, idempotency-key expiry, the dates of new deliveries — without sleeping.
#include <base/timeutil.h>
#include <emulation/clock.h>
#include <httpclient.h>
#include <stubservers.h>
#include <testserver.h>

#include <QtTest/QTest>

#include <chrono>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString kSendEmail = u"/v1/send/user.welcome/email"_s;
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

Json recipients(const QString &tag, int count)
{
    Json to = Json::array();
    for (int i = 0; i < count; ++i)
        to.push_back(toStd(u"%1-%2@example.com"_s.arg(tag).arg(i)));
    return Json{{"to", std::move(to)}, {"payload", {{"promo_code", "Q"}}}};
}

qint64 msOf(const Json &iso)
{
    return iso.is_string() ? parseIsoTimestamp(toQt(iso.get<std::string>())).toMSecsSinceEpoch() : 0;
}

QString isoOf(qint64 ms)
{
    return isoTimestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace

class tst_Clock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data();
    void durations();
    void realByDefault();
    void advanceAndSet();
    void refusals();
    void frozenStandsStill();
    void dailyQuotaResetsOnTheNextEmulatedDay();
    void rateWindowEndsWhenTheFrozenClockMoves();
    void advancingDeliversTheDueWebhookRetry();
    void idempotencyKeysExpireByTheClock();
    void newDeliveriesAreDatedByTheClock();
    void neverBackBeforeStoredData();
    void resetReturnsToTheStartMode();
    void restartStartsAfterStoredData();
    void eventStreamTellsClockChanges();

private:
    static Json clockOf(HttpClient &client, const TestServer &server)
    {
        return client.get(server.url(u"/_local/clock"_s)).json()["data"]["clock"];
    }
    static HttpReply move(HttpClient &client, const TestServer &server, const Json &body)
    {
        return client.post(server.url(u"/_local/clock"_s), body);
    }
};

void tst_Clock::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("hours") << u"5h"_s << 5 * kHourMs;
    QTest::newRow("day") << u"1d"_s << kDayMs;
    QTest::newRow("combined") << u"1h30m"_s << 90 * 60 * 1000LL;
    QTest::newRow("seconds") << u"30s"_s << 30'000LL;
    QTest::newRow("milliseconds") << u"250ms"_s << 250LL;
    QTest::newRow("iso hours") << u"PT5H"_s << 5 * kHourMs;
    QTest::newRow("iso day and hours") << u"P1DT2H"_s << kDayMs + 2 * kHourMs;
    QTest::newRow("iso fraction") << u"PT1.5S"_s << 1500LL;
    QTest::newRow("nonsense") << u"soon"_s << -1LL;
    QTest::newRow("no unit") << u"5"_s << -1LL;
    QTest::newRow("bare P") << u"P"_s << -1LL;
    QTest::newRow("bare PT") << u"PT"_s << -1LL;
}

void tst_Clock::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const std::optional<qint64> parsed = parseDurationMs(text);
    QCOMPARE(parsed.value_or(-1), ms);
}

void tst_Clock::realByDefault()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Json clock = clockOf(client, server);
    QCOMPARE(clock["mode"], "real");
    QCOMPARE(clock["offset_ms"], 0);
    QVERIFY(msOf(clock["now"]) >= before - 1 && msOf(clock["now"]) <= QDateTime::currentMSecsSinceEpoch());
    // The same key rules as every /_local route.
    QCOMPARE(HttpClient().get(server.url(u"/_local/clock"_s)).status, 401);
}

void tst_Clock::advanceAndSet()
{
    TestServer server;
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);

    HttpReply r = move(client, server, Json{{"advance", "5h"}});
    QCOMPARE(r.status, 200);
    Json clock = r.json()["data"]["clock"];
    QCOMPARE(clock["mode"], "offset");
    QVERIFY(std::abs(clock["offset_ms"].get<qint64>() - 5 * kHourMs) < 5000);
    QVERIFY(std::abs(msOf(clock["now"]) - msOf(clock["wall_clock"]) - 5 * kHourMs) < 5000);

    // Whole milliseconds and ISO 8601 durations add up.
    QCOMPARE(move(client, server, Json{{"advance", 3'600'000}}).status, 200);
    QCOMPARE(move(client, server, Json{{"advance", "PT1H"}}).status, 200);
    clock = clockOf(client, server);
    QVERIFY(std::abs(clock["offset_ms"].get<qint64>() - 7 * kHourMs) < 5000);

    // Set to a time ahead.
    const qint64 target = QDateTime::currentMSecsSinceEpoch() + 30 * kDayMs;
    r = move(client, server, Json{{"set", toStd(isoOf(target))}, {"mode", "frozen"}});
    QCOMPARE(r.status, 200);
    clock = r.json()["data"]["clock"];
    QCOMPARE(clock["mode"], "frozen");
    QCOMPARE(clock["now"], toStd(isoOf(target)));

    // Back to the wall clock: nothing was stored while it was ahead.
    r = move(client, server, Json{{"mode", "real"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["data"]["clock"]["mode"], "real");
}

void tst_Clock::refusals()
{
    TestServer server;
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    const auto expect400 = [&](const Json &body, const char *field) {
        const HttpReply r = move(client, server, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
        QCOMPARE(r.json()["details"][0]["field"], field);
    };
    expect400(Json{{"advance", "-5h"}}, "advance");
    expect400(Json{{"advance", -1}}, "advance");
    expect400(Json{{"advance", "tomorrow"}}, "advance");
    expect400(Json{{"advance", true}}, "advance");
    expect400(Json{{"set", "2030-01-01T00:00:00"}}, "set"); // no zone: refused, not guessed
    expect400(Json{{"set", "next week"}}, "set");
    expect400(Json{{"mode", "slow"}}, "mode");
    expect400(Json{{"mode", "real"}, {"advance", "1h"}}, "mode");
    expect400(Json{{"advance", "1h"}, {"set", "2030-01-01T00:00:00Z"}}, "set");
    expect400(Json{{"speed", 2}}, "speed");
    expect400(Json::object(), "advance");
    if (QTest::currentTestFailed())
        return;

    // Backwards: 409, and the clock is where it was.
    const Json before = clockOf(client, server);
    const HttpReply back = move(client, server, Json{{"set", "2020-01-01T00:00:00Z"}});
    QCOMPARE(back.status, 409);
    QCOMPARE(back.json()["code"], "CONFLICT");
    QVERIFY(toQt(back.json()["error"].get<std::string>()).contains(u"cannot go back"_s));
    QCOMPARE(clockOf(client, server)["mode"], before["mode"]);
    // Also with a freeze asked for in the same request: nothing changes.
    QCOMPARE(move(client, server, Json{{"set", "2020-01-01T00:00:00Z"}, {"mode", "frozen"}}).status, 409);
    QCOMPARE(clockOf(client, server)["mode"], "real");
}

void tst_Clock::frozenStandsStill()
{
    server::LocalServerOptions options;
    options.clockFrozen = true; // --clock frozen
    TestServer server(options);
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    const Json first = clockOf(client, server);
    QCOMPARE(first["mode"], "frozen");
    // The wall clock moves on; the emulated one does not.
    Json later;
    QTRY_VERIFY((later = clockOf(client, server))["wall_clock"] != first["wall_clock"]);
    QCOMPARE(later["now"], first["now"]);

    // Moving a frozen clock keeps it frozen, at exactly the new instant.
    const HttpReply r = move(client, server, Json{{"advance", "90m"}});
    QCOMPARE(r.json()["data"]["clock"]["mode"], "frozen");
    QCOMPARE(msOf(r.json()["data"]["clock"]["now"]), msOf(first["now"]) + 90 * 60 * 1000);
}

void tst_Clock::dailyQuotaResetsOnTheNextEmulatedDay()
{
    TestServer server({}, TestServer::Limits::On);
    QVERIFY(server.start());
    HttpClient sandbox(kSandboxKey);
    // 10:00 UTC of a day ahead, whatever the time of the run.
    const qint64 day = QDateTime::currentMSecsSinceEpoch() / kDayMs + 2;
    QCOMPARE(move(sandbox, server, Json{{"set", toStd(isoOf(day * kDayMs + 10 * kHourMs))}, {"mode", "frozen"}}).status,
             200);

    // The sandbox's 150 a day, used up.
    QCOMPARE(sandbox.post(server.url(kSendEmail), recipients(u"a"_s, 150)).status, 200);
    HttpReply refused = sandbox.post(server.url(kSendEmail), recipients(u"b"_s, 1));
    QCOMPARE(refused.status, 429);
    const qint64 midnight = (day + 1) * kDayMs / 1000;
    QCOMPARE(refused.header("X-RateLimit-Reset").toLongLong(), midnight);
    QCOMPARE(refused.header("Retry-After").toLongLong(), 14 * 3600);

    // An hour before the emulated midnight: still refused, and Retry-After says an hour.
    QCOMPARE(move(sandbox, server, Json{{"advance", "13h"}}).status, 200);
    refused = sandbox.post(server.url(kSendEmail), recipients(u"c"_s, 1));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.header("Retry-After").toLongLong(), 3600);
    QCOMPARE(refused.header("X-RateLimit-Reset").toLongLong(), midnight);

    // At 00:00 UTC of the next emulated day the quota is whole again.
    QCOMPARE(move(sandbox, server, Json{{"advance", "1h"}}).status, 200);
    const HttpReply accepted = sandbox.post(server.url(kSendEmail), recipients(u"d"_s, 1));
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json()["deliveries"].size(), size_t(1));
    QVERIFY(!accepted.json().contains("errors"));
}

void tst_Clock::rateWindowEndsWhenTheFrozenClockMoves()
{
    server::LocalServerOptions options;
    options.clockFrozen = true;
    TestServer server(options, TestServer::Limits::On);
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(client.get(server.url(u"/v1/events"_s)).status, 200);
    const HttpReply limited = client.get(server.url(u"/v1/events"_s));
    QCOMPARE(limited.status, 429);
    // The window is the emulated second: it ends when the clock moves, not before.
    const qint64 frozenSecond = msOf(clockOf(client, server)["now"]) / 1000;
    QCOMPARE(limited.header("X-RateLimit-Reset").toLongLong(), frozenSecond + 1);
    QCOMPARE(move(client, server, Json{{"advance", "1s"}}).status, 200);
    const HttpReply again = client.get(server.url(u"/v1/events"_s));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("X-RateLimit-Remaining"), QByteArray("9"));
}

void tst_Clock::advancingDeliversTheDueWebhookRetry()
{
    // A receiver that fails the first attempt and takes the second.
    int answered = 0;
    ScriptedServer receiver([&answered](const SeenRequest &) {
        return httpAnswer(answered++ == 0 ? 500 : 200, "{}");
    });
    server::LocalServerOptions options;
    options.webhookRetrySchedule = {std::chrono::hours(5)};
    TestServer server(options);
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    QCOMPARE(client.post(server.url(u"/v1/webhooks"_s),
                         Json{{"url", toStd(receiver.url().toString() + u"/hook"_s)},
                              {"enabled_events", {"delivery.sent"}}})
                 .status,
             201);
    const HttpReply sent = client.post(server.url(kSendEmail), recipients(u"w"_s, 1));
    QCOMPARE(sent.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), qsizetype(1), 10'000);
    const qint64 firstAt = QDateTime::currentMSecsSinceEpoch();
    // The failure is recorded (and the retry scheduled) once the answer is read,
    // a moment after the receiver wrote it: moving the clock before would be early.
    const std::string uuid = sent.json()["deliveries"][0]["email"].get<std::string>();
    const auto attempts = [&] {
        return client.get(server.url(u"/v1/deliveries/%1/trace"_s.arg(toQt(uuid)))).json()["data"]["webhook_attempts"];
    };
    QTRY_COMPARE_WITH_TIMEOUT(attempts().size(), size_t(1), 10'000);
    QCOMPARE(receiver.requests().size(), qsizetype(1)); // not retried while the clock stood

    // The retry is due in five hours of emulated time: moving the clock there sends
    // it at once.
    QCOMPARE(move(client, server, Json{{"advance", "5h"}}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), qsizetype(2), 10'000);
    const SeenRequest &retry = receiver.requests().at(1);
    QCOMPARE(retry.header("webhook-id"), receiver.requests().at(0).header("webhook-id"));
    // Signed with the wall clock's time, which receivers check against their own.
    QVERIFY(std::abs(retry.header("webhook-timestamp").toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);

    // The attempts are dated by the emulated clock.
    Json recorded;
    QTRY_COMPARE_WITH_TIMEOUT((recorded = attempts()).size(), size_t(2), 10'000);
    QCOMPARE(recorded[1]["outcome"], "delivered");
    QVERIFY(msOf(recorded[1]["timestamp"]) - firstAt >= 5 * kHourMs - 1000);
}

void tst_Clock::idempotencyKeysExpireByTheClock()
{
    TestServer server;
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    const QList<QPair<QByteArray, QByteArray>> key{{"X-Idempotency-Key", "order-1"}};
    const QByteArray body = dumpJson(recipients(u"i"_s, 1));
    const HttpReply first = client.send("POST", server.url(kSendEmail), body, key);
    QCOMPARE(first.status, 200);
    QCOMPARE(move(client, server, Json{{"advance", "23h59m"}}).status, 200);
    const HttpReply replay = client.send("POST", server.url(kSendEmail), body, key);
    QCOMPARE(replay.header("X-Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(replay.body, first.body);

    // Past the 24 hours a key is kept: the same request is a new send.
    QCOMPARE(move(client, server, Json{{"advance", "2m"}}).status, 200);
    const HttpReply fresh = client.send("POST", server.url(kSendEmail), body, key);
    QCOMPARE(fresh.status, 200);
    QVERIFY(fresh.header("X-Idempotent-Replay").isEmpty());
    QVERIFY(fresh.json()["deliveries"][0]["email"] != first.json()["deliveries"][0]["email"]);
}

void tst_Clock::newDeliveriesAreDatedByTheClock()
{
    TestServer server;
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    const QString at = u"2031-06-01T12:00:00.000Z"_s;
    QCOMPARE(move(client, server, Json{{"set", toStd(at)}, {"mode", "frozen"}}).status, 200);
    const HttpReply sent = client.post(server.url(kSendEmail), recipients(u"d"_s, 1));
    QCOMPARE(sent.status, 200);
    const QString uuid = toQt(sent.json()["deliveries"][0]["email"].get<std::string>());
    // SES reports delivery; the frozen clock still gets it, dated at the same instant.
    const Json trace = client.get(server.url(u"/v1/deliveries/%1/trace?wait_for_status=delivered&timeout_ms=10000"_s.arg(uuid)))
                           .json()["data"];
    QCOMPARE(trace["delivery"]["created_at"], toStd(at));
    QCOMPARE(trace["delivery"]["sent_at"], toStd(at));
    QCOMPARE(trace["delivery"]["delivered_at"], toStd(at));
    QVERIFY(trace["timeline"].size() >= 4);
    for (const Json &step : trace["timeline"])
        QCOMPARE(step["timestamp"], toStd(at));
    // The contact the send created too.
    const Json contact = client.get(server.url(u"/v1/contacts/d-0@example.com"_s)).json()["data"]["contact"];
    QCOMPARE(contact["created_at"], toStd(at));
}

void tst_Clock::neverBackBeforeStoredData()
{
    TestServer server;
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    QCOMPARE(move(client, server, Json{{"advance", "2d"}}).status, 200);
    QCOMPARE(client.post(server.url(kSendEmail), recipients(u"f"_s, 1)).status, 200);
    // A delivery dated two days ahead exists: the wall clock would be before it.
    const HttpReply refused = move(client, server, Json{{"mode", "real"}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json()["code"], "CONFLICT");
    QVERIFY(toQt(refused.json()["error"].get<std::string>()).contains(u"/_local/reset"_s));
    QCOMPARE(clockOf(client, server)["mode"], "offset");
}

void tst_Clock::resetReturnsToTheStartMode()
{
    {
        TestServer server;
        QVERIFY(server.start());
        HttpClient client(kSandboxKey);
        QCOMPARE(move(client, server, Json{{"advance", "3d"}, {"mode", "frozen"}}).status, 200);
        QCOMPARE(client.post(server.url(kSendEmail), recipients(u"r"_s, 1)).status, 200);
        QCOMPARE(client.post(server.url(u"/_local/reset"_s), Json::object()).status, 200);
        const Json clock = clockOf(client, server);
        QCOMPARE(clock["mode"], "real");
        QCOMPARE(clock["offset_ms"], 0);
    }
    server::LocalServerOptions options;
    options.clockFrozen = true;
    TestServer server(options);
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    QCOMPARE(move(client, server, Json{{"advance", "3d"}}).status, 200);
    QCOMPARE(client.post(server.url(u"/_local/reset"_s), Json::object()).status, 200);
    const Json clock = clockOf(client, server);
    QCOMPARE(clock["mode"], "frozen");
    QVERIFY(std::abs(msOf(clock["now"]) - QDateTime::currentMSecsSinceEpoch()) < 60'000);
}

void tst_Clock::restartStartsAfterStoredData()
{
    TestServer server;
    QVERIFY(server.start());
    HttpClient client(kSandboxKey);
    QCOMPARE(move(client, server, Json{{"advance", "2d"}}).status, 200);
    const HttpReply sent = client.post(server.url(kSendEmail), recipients(u"s"_s, 1));
    QCOMPARE(sent.status, 200);
    const QString uuid = toQt(sent.json()["deliveries"][0]["email"].get<std::string>());
    const qint64 created = msOf(client.get(server.url(u"/v1/deliveries/%1/trace"_s.arg(uuid))).json()["data"]["delivery"]["created_at"]);
    server.stop();
    QVERIFY(server.start());
    // Not persisted as such, but never before what is stored.
    const Json clock = clockOf(client, server);
    QCOMPARE(clock["mode"], "offset");
    QVERIFY(msOf(clock["now"]) >= created);
}

void tst_Clock::eventStreamTellsClockChanges()
{
    TestServer server;
    QVERIFY(server.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /_local/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + kSandboxKey.toLatin1() + "\r\n\r\n");
    QByteArray seen;
    const auto readSome = [&] {
        socket.waitForReadyRead(50);
        seen += socket.readAll();
    };
    QTRY_VERIFY_WITH_TIMEOUT((readSome(), seen.contains("event: ready")), 10'000);
    HttpClient client(kSandboxKey);
    QCOMPARE(move(client, server, Json{{"advance", "1h"}}).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT((readSome(), seen.contains("event: clock.changed")), 10'000);
    QVERIFY(seen.contains("\"mode\":\"offset\""));
}

QTEST_GUILESS_MAIN(tst_Clock)
#include "tst_clock.moc"
