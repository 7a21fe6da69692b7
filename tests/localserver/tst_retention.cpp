// Retention and compaction (issue 22) over real HTTP on a real SQLite file: deliveries
// by count and by age (the emulator's clock ages them), the journal by count, the
// exceptions (a webhook message still being retried, an idempotency key that may
// replay), "off" keeps everything, batches stay small, a reset and Compact now give
// the space back, and a kill -9 in the middle of a prune leaves a whole database.
#include <base/json.h>
#include <httpclient.h>
#include <storage/database.h>
#include <storage/pruner.h>
#include <storage/retention.h>
#include <storage/statementcache.h>
#include <testserver.h>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

server::LocalServerOptions retentionOptions(std::optional<qint64> maxDeliveries, std::optional<qint64> maxAge = 0,
                                            std::optional<int> maxJournal = {})
{
    server::LocalServerOptions options;
    options.maxDeliveries = maxDeliveries;
    options.maxAgeSeconds = maxAge;
    options.maxJournal = maxJournal;
    options.pruneInterval = std::chrono::milliseconds(20);
    options.pruneBatchSize = 10;
    return options;
}

qint64 scalar(const Database &db, const QString &sql)
{
    auto q = execSql(db, sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// Rows left behind by a delivery that is gone: none, whatever was removed.
qint64 orphans(const Database &db)
{
    return scalar(db, u"SELECT (SELECT count(*) FROM delivery_events WHERE delivery_id NOT IN (SELECT id FROM deliveries))"
                      u" + (SELECT count(*) FROM webhook_messages WHERE delivery_uuid IS NOT NULL"
                      u"    AND delivery_uuid NOT IN (SELECT uuid FROM deliveries))"
                      u" + (SELECT count(*) FROM webhook_attempts WHERE message_id NOT IN (SELECT id FROM webhook_messages))"_s);
}

} // namespace

class tst_Retention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSettings();
    void byCountKeepsTheNewest();
    void byAgeFollowsTheClock();
    void keepsDeliveriesWithWebhookRetries();
    void keepsDeliveriesAnIdempotencyKeyReplays();
    void journalByCount();
    void offKeepsEverything();
    void batchesAreBounded();
    void settingsRouteStoresAndSurvivesReset();
    void resetAndCompactGiveSpaceBack();
    void killDuringPruneLeavesAWholeDatabase();
    void totalsFollowEveryChange();

private:
    QString send(HttpClient &client, TestServer &server, const QByteArray &key = {});
};

QString tst_Retention::send(HttpClient &client, TestServer &server, const QByteArray &key)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!key.isEmpty())
        headers.append({"X-Idempotency-Key", key});
    const HttpReply r = client.send("POST", server.url(u"/v1/send/user.welcome/email"_s),
                                    R"({"to":"keep@example.com","payload":{}})", headers);
    if (r.status != 200)
        return {};
    return toQt(r.json()["deliveries"][0]["email"].get<std::string>());
}

void tst_Retention::parsesSettings()
{
    QCOMPARE(parseRetentionAge(u"7d"_s), std::optional<qint64>(7 * 86400));
    QCOMPARE(parseRetentionAge(u"12h"_s), std::optional<qint64>(12 * 3600));
    QCOMPARE(parseRetentionAge(u"off"_s), std::optional<qint64>(0));
    QCOMPARE(parseRetentionAge(u"90"_s), std::optional<qint64>(90));
    QVERIFY(!parseRetentionAge(u"-1d"_s));
    QVERIFY(!parseRetentionAge(u"7 weeks"_s));
    QCOMPARE(formatRetentionAge(30 * 86400), u"30d"_s);
    QCOMPARE(formatRetentionAge(0), u"off"_s);
    QCOMPARE(parseRetentionCount(u"off"_s), std::optional<qint64>(0));
    QVERIFY(!parseRetentionCount(u"many"_s));

    auto p = RetentionPolicy::fromJson(Json{{"max_deliveries", 10}, {"max_age", "2h"}}, RetentionPolicy{});
    QVERIFY(p);
    QCOMPARE(p->maxDeliveries, 10);
    QCOMPARE(p->maxAgeSeconds, 7200);
    QCOMPARE(p->maxJournal, RetentionPolicy::kDefaultMaxJournal);
    auto bad = RetentionPolicy::fromJson(Json{{"max_deliveries", -1}, {"max_age", "soon"}, {"other", 1}}, RetentionPolicy{});
    QVERIFY(!bad);
    QCOMPARE(bad.error().details.size(), 3);
}

void tst_Retention::byCountKeepsTheNewest()
{
    TestServer server(retentionOptions(5));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    QStringList uuids;
    for (int i = 0; i < 12; ++i)
        uuids << send(client, server);
    QVERIFY(!uuids.contains(QString()));
    Database db(server.databasePath());
    QVERIFY(db.open());
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE pending_outcome IS NULL"_s), 5);
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 5);
    for (const QString &uuid : uuids.mid(7))
        QCOMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE uuid = '%1'"_s.arg(uuid)), 1);
    QCOMPARE(orphans(db), 0);
    QCOMPARE(client.get(server.url(u"/v1/deliveries/%1/trace"_s.arg(uuids.first()))).status, 404);
    QCOMPARE(client.get(server.url(u"/v1/deliveries/%1/trace"_s.arg(uuids.last()))).status, 200);
}

void tst_Retention::byAgeFollowsTheClock()
{
    TestServer server(retentionOptions(0, 3600));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    QStringList old;
    for (int i = 0; i < 3; ++i)
        old << send(client, server);
    Database db(server.databasePath());
    QVERIFY(db.open());
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE pending_outcome IS NULL"_s), 3);
    QCOMPARE(client.post(server.url(u"/_local/clock"_s), Json{{"advance", "2h"}}).status, 200);
    const QString fresh = send(client, server);
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE uuid = '%1'"_s.arg(fresh)), 1);
    QCOMPARE(orphans(db), 0);
}

void tst_Retention::keepsDeliveriesWithWebhookRetries()
{
    auto options = retentionOptions(1);
    options.webhookRetrySchedule = {std::chrono::hours(5)}; // the first attempt fails, the retry is hours away
    TestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    // Nothing listens there: every attempt fails and is retried.
    const HttpReply hook = client.post(server.url(u"/v1/webhooks"_s),
                                       Json{{"url", "http://127.0.0.1:9/hooks"}, {"enabled_events", {"delivery.sent"}}});
    QCOMPARE(hook.status, 201);
    Database db(server.databasePath());
    QVERIFY(db.open());
    for (int i = 0; i < 4; ++i)
        QVERIFY(!send(client, server).isEmpty());
    // Each delivery has a message waiting for its retry; several prune passes later
    // every one is still there.
    QTRY_COMPARE(scalar(db, u"SELECT count(DISTINCT delivery_uuid) FROM webhook_messages WHERE state = 'pending'"
                            u" AND next_attempt_at IS NOT NULL AND attempt_count >= 1"_s),
                 4);
    const int passes = server.server().pruner()->batches();
    QTRY_VERIFY(server.server().pruner()->batches() >= passes + 3);
    auto before = client.get(server.url(u"/_local/storage"_s)).json();
    QCOMPARE(before["data"]["storage"]["deliveries"].get<int>(), 4);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 4);
    // Once they are settled (failed for good), retention takes all but the newest.
    QVERIFY(execSql(db, u"UPDATE webhook_messages SET state = 'failed', next_attempt_at = NULL"_s));
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 1);
    QCOMPARE(orphans(db), 0);
}

void tst_Retention::keepsDeliveriesAnIdempotencyKeyReplays()
{
    TestServer server(retentionOptions(1));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    QStringList keyed;
    for (int i = 0; i < 3; ++i)
        keyed << send(client, server, "keep-" + QByteArray::number(i));
    Database db(server.databasePath());
    QVERIFY(db.open());
    // Two prune passes after the outcomes settled, all three are still there: a replay
    // of any key answers with its delivery, and that delivery can still be looked up.
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE pending_outcome IS NULL"_s), 3);
    const int passes = server.server().pruner()->batches();
    QTRY_VERIFY(server.server().pruner()->batches() >= passes + 3);
    QCOMPARE(client.get(server.url(u"/_local/storage"_s)).json()["data"]["pruned"]["deliveries"].get<qint64>(), 0);
    const HttpReply replay = client.send("POST", server.url(u"/v1/send/user.welcome/email"_s),
                                         R"({"to":"keep@example.com","payload":{}})", {{"X-Idempotency-Key", "keep-0"}});
    QCOMPARE(replay.header("X-Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(client.get(server.url(u"/v1/deliveries/%1/trace"_s.arg(keyed.first()))).status, 200);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 3);
    // A day later the keys have expired: the limit applies.
    QCOMPARE(client.post(server.url(u"/_local/clock"_s), Json{{"advance", "25h"}}).status, 200);
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE uuid = '%1'"_s.arg(keyed.last())), 1);
}

void tst_Retention::journalByCount()
{
    TestServer server(retentionOptions(0, 0, 3));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(client.get(server.url(u"/v1/events"_s)).status, 200);
    QTRY_COMPARE(client.get(server.url(u"/_local/requests"_s)).json()["data"]["total"].get<int>(), 3);
    // Lowered while running: caught up with in batches.
    QCOMPARE(client.put(server.url(u"/_local/storage/retention"_s), Json{{"max_journal", 0}}).status, 200);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(client.get(server.url(u"/v1/events"_s)).status, 200);
    QTRY_VERIFY(client.get(server.url(u"/_local/requests"_s)).json()["data"]["total"].get<int>() >= 13);
    QCOMPARE(client.put(server.url(u"/_local/storage/retention"_s), Json{{"max_journal", 2}}).status, 200);
    QTRY_COMPARE(client.get(server.url(u"/_local/requests"_s)).json()["data"]["total"].get<int>(), 2);
}

void tst_Retention::offKeepsEverything()
{
    TestServer server(retentionOptions(0, 0, 0));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    for (int i = 0; i < 6; ++i)
        QVERIFY(!send(client, server).isEmpty());
    QCOMPARE(client.post(server.url(u"/_local/clock"_s), Json{{"advance", "400d"}}).status, 200);
    Database db(server.databasePath());
    QVERIFY(db.open());
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE pending_outcome IS NULL"_s), 6);
    // Passes go by (each one a batch on the writer) and nothing is removed.
    const int passes = server.server().pruner()->batches();
    QTRY_VERIFY(server.server().pruner()->batches() >= passes + 3);
    QCOMPARE(server.server().pruner()->removedDeliveries(), 0);
    const Json storage = client.get(server.url(u"/_local/storage"_s)).json()["data"];
    QCOMPARE(storage["retention"]["max_age"], Json("off"));
    QCOMPARE(storage["storage"]["deliveries_to_remove"].get<int>(), 0);
    // The batch itself, for a time far ahead.
    const RetentionPolicy off{0, 0, 0};
    StatementCache statements(db);
    auto outcome = pruneBatch(statements, off, QDateTime::currentMSecsSinceEpoch() + 1000LL * 86400 * 1000, 100);
    QVERIFY(outcome);
    QCOMPARE(outcome->deliveries, 0);
    QCOMPARE(outcome->journal, 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 6);
}

void tst_Retention::batchesAreBounded()
{
    TestServer server(retentionOptions(0));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    for (int i = 0; i < 60; ++i)
        QVERIFY(!send(client, server).isEmpty());
    Database db(server.databasePath());
    QVERIFY(db.open());
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE pending_outcome IS NULL"_s), 60);
    QSignalSpy prunedSpy(server.server().pruner(), &Pruner::pruned);
    QVERIFY(prunedSpy.isValid());
    QCOMPARE(client.put(server.url(u"/_local/storage/retention"_s), Json{{"max_deliveries", 5}}).status, 200);
    // Sends are answered while the prune goes on, between its batches.
    for (int i = 0; i < 5; ++i)
        QVERIFY(!send(client, server).isEmpty());
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 5);
    QVERIFY2(prunedSpy.size() >= 6, qPrintable(QString::number(prunedSpy.size())));
    for (const QList<QVariant> &args : std::as_const(prunedSpy))
        QVERIFY(args.at(0).value<PruneOutcome>().deliveries <= 10);
    QCOMPARE(orphans(db), 0);
}

void tst_Retention::settingsRouteStoresAndSurvivesReset()
{
    TestServer server(retentionOptions({}, {}, {}));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    Json got = client.get(server.url(u"/_local/storage"_s)).json()["data"]["retention"];
    QCOMPARE(got["max_deliveries"].get<qint64>(), RetentionPolicy::kDefaultMaxDeliveries);
    QCOMPARE(got["max_age"], Json("30d"));
    const HttpReply bad = client.put(server.url(u"/_local/storage/retention"_s), Json{{"max_age", "soon"}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json()["code"], Json("VALIDATION_ERROR"));
    QCOMPARE(client.put(server.url(u"/_local/storage/retention"_s), Json{{"max_deliveries", 777}, {"max_age", "7d"}}).status,
             200);
    QCOMPARE(client.post(server.url(u"/_local/reset"_s), Json::object()).status, 200);
    got = client.get(server.url(u"/_local/storage"_s)).json()["data"]["retention"];
    QCOMPARE(got["max_deliveries"].get<qint64>(), 777);
    QCOMPARE(got["max_age"], Json("7d"));
    // Not part of the workspace fixture.
    const HttpReply fixture = client.get(server.url(u"/_local/workspace"_s));
    QVERIFY(!fixture.body.contains("retention"));
    QVERIFY(!fixture.body.contains("max_deliveries"));
    // Still there at the next start; an option overrides it for that run only.
    const QString dir = server.dataDir();
    server.stop();
    auto options = retentionOptions({}, {}, {});
    options.dataDir = dir;
    options.maxDeliveries = 5;
    TestServer again(options);
    QVERIFY2(again.start(), qPrintable(again.lastError()));
    got = client.get(again.url(u"/_local/storage"_s)).json()["data"]["retention"];
    QCOMPARE(got["max_deliveries"].get<qint64>(), 5);
    QCOMPARE(got["max_age"], Json("7d"));
    Database db(again.databasePath());
    QVERIFY(db.open());
    QCOMPARE(loadRetention(db)->maxDeliveries, 777);
}

void tst_Retention::resetAndCompactGiveSpaceBack()
{
    TestServer server(retentionOptions(0));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient client(kSandboxKey);
    Database db(server.databasePath());
    QVERIFY(db.open());
    QCOMPARE(scalar(db, u"PRAGMA auto_vacuum"_s), 2); // a new file shrinks by itself
    for (int i = 0; i < 400; ++i)
        QVERIFY(!send(client, server).isEmpty());
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE pending_outcome IS NULL"_s), 400);
    const qint64 pagesFull = scalar(db, u"PRAGMA page_count"_s);
    QCOMPARE(client.post(server.url(u"/_local/reset"_s), Json::object()).status, 200);
    QCOMPARE(scalar(db, u"PRAGMA freelist_count"_s), 0);
    const qint64 pagesReset = scalar(db, u"PRAGMA page_count"_s);
    QVERIFY2(pagesReset * 2 < pagesFull, qPrintable(u"%1 → %2 pages"_s.arg(pagesFull).arg(pagesReset)));

    // Retention leaves free pages inside the file (too few for the pruner to give
    // back); Compact now gives them back.
    for (int i = 0; i < 200; ++i)
        QVERIFY(!send(client, server).isEmpty());
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE pending_outcome IS NULL"_s), 200);
    QCOMPARE(client.put(server.url(u"/_local/storage/retention"_s), Json{{"max_deliveries", 5}}).status, 200);
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 5);
    QVERIFY(scalar(db, u"PRAGMA freelist_count"_s) > 0);
    const HttpReply compacted = client.post(server.url(u"/_local/storage/compact"_s), Json::object());
    QCOMPARE(compacted.status, 200);
    const Json c = compacted.json()["data"];
    QVERIFY(c["bytes_after"].get<qint64>() > 0);
    QCOMPARE(scalar(db, u"PRAGMA freelist_count"_s), 0);
    auto check = execSql(db, u"PRAGMA integrity_check"_s);
    QVERIFY(check && check->next());
    QCOMPARE(check->value(0).toString(), u"ok"_s);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 5);
}

void tst_Retention::killDuringPruneLeavesAWholeDatabase()
{
    const QString console = qEnvironmentVariable("SENDIVENT_CONSOLE");
    QVERIFY2(!console.isEmpty() && QFileInfo::exists(console), "SENDIVENT_CONSOLE must name the executable");
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"sendivent.db"_s);
    constexpr int kDeliveries = 60'000;
    {
        Database db(path);
        QVERIFY(db.open());
        // Deliveries with a timeline, a settled webhook message and its attempt each.
        QVERIFY(execSql(db, u"BEGIN"_s));
        QVERIFY(execSql(db, uR"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
            INSERT INTO deliveries (uuid, environment, event_name, channel, status, recipient, content, created_at, updated_at)
            SELECT printf('%08x-0000-4000-8000-000000000000', i), 'sandbox', 'user.welcome', 'email', 'delivered',
                   'user' || i || '@example.com', '{"subject":"Hello"}', %2 + i, %2 + i FROM n)"_s
                                .arg(kDeliveries)
                                .arg(QDateTime::currentMSecsSinceEpoch() - kDeliveries)));
        QVERIFY(execSql(db, u"INSERT INTO delivery_events (delivery_id, seq, event, at) SELECT id, 0, 'queued', created_at FROM deliveries"_s));
        QVERIFY(execSql(db, u"INSERT INTO delivery_events (delivery_id, seq, event, at) SELECT id, 1, 'sent', created_at FROM deliveries"_s));
        QVERIFY(execSql(db, u"INSERT INTO webhook_messages (message_id, delivery_uuid, event_type, payload, state, created_at)"
                            " SELECT 'msg_' || id, uuid, 'delivery.sent', '{}', 'delivered', created_at FROM deliveries"_s));
        QVERIFY(execSql(db, u"INSERT INTO webhook_attempts (message_id, seq, started_at, url, status, duration_ms)"
                            " SELECT id, 1, created_at, 'http://x', 200, 1 FROM webhook_messages"_s));
        QVERIFY(execSql(db, u"COMMIT"_s));
    }
    QProcess server;
    server.start(console, {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--api-key"_s, kSandboxKey,
                           u"--max-deliveries"_s, u"10"_s, u"--max-age"_s, u"off"_s});
    QVERIFY(server.waitForStarted(10'000));
    {
        Database watcher(path);
        QVERIFY(watcher.open());
        // Killed once the prune is well under way, and not finished.
        QTRY_VERIFY_WITH_TIMEOUT(scalar(watcher, u"SELECT count(*) FROM deliveries"_s) < kDeliveries - 2000, 60'000);
    }
    server.kill();
    QVERIFY(server.waitForFinished(10'000));
    Database db(path);
    QVERIFY(db.open());
    auto check = execSql(db, u"PRAGMA integrity_check"_s);
    QVERIFY(check && check->next());
    QCOMPARE(check->value(0).toString(), u"ok"_s);
    const qint64 left = scalar(db, u"SELECT count(*) FROM deliveries"_s);
    QVERIFY2(left > 10 && left < kDeliveries, qPrintable(QString::number(left))); // killed mid-way
    QCOMPARE(orphans(db), 0);
    // Every delivery left is whole: its timeline, its message and its attempt.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM delivery_events"_s), 2 * left);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM webhook_messages"_s), left);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM webhook_attempts"_s), left);
}

// The list's totals (deliveries_totals) are counted by DeliveryStore for inserts and
// status changes (once per group commit) and by a trigger for deletions (migrations
// 11 and 12): after every kind of write they equal count(*) per environment and
// status, both environments, and the list answers with them.
void tst_Retention::totalsFollowEveryChange()
{
    TestServer server(retentionOptions(0));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    HttpClient sandbox(kSandboxKey);
    HttpClient production(kProductionKey);
    Database db(server.databasePath());
    QVERIFY(db.open());
    const auto sendTo = [&](HttpClient &client, const char *to) {
        const HttpReply r = client.send("POST", server.url(u"/v1/send/user.welcome/email"_s),
                                        dumpJson(Json{{"to", to}, {"payload", Json::object()}}));
        return r.status == 200 ? toQt(r.json()["deliveries"][0]["email"].get<std::string>()) : QString();
    };
    const auto settled = [&] { return scalar(db, u"SELECT count(*) FROM deliveries WHERE pending_outcome IS NOT NULL"_s) == 0; };
    // Rows of one side missing from the other, both ways; totals of 0 are as good as none.
    const auto mismatches = [&] {
        const QString kept = u"SELECT environment, status, n FROM deliveries_totals WHERE n <> 0"_s;
        const QString counted = u"SELECT environment, status, count(*) FROM deliveries GROUP BY environment, status"_s;
        return scalar(db, u"SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + (SELECT count(*) FROM (%2 EXCEPT %1))"_s
                              .arg(kept, counted));
    };
    const auto listed = [&](HttpClient &client, const QString &query) {
        return client.get(server.url(u"/v1/deliveries?limit=1"_s + query)).json()["data"]["total"].get<qint64>();
    };
    // The list's answers are compared only when no outcome is owed: one could commit
    // between the two reads. The table against count(*) is one statement, one snapshot.
    const auto check = [&](const char *after) {
        QVERIFY2(mismatches() == 0, after);
        if (!settled())
            return;
        for (auto [client, environment] : {std::pair{&sandbox, "sandbox"}, std::pair{&production, "production"}}) {
            const QString where = u"environment = '%1'"_s.arg(QLatin1StringView(environment));
            QCOMPARE(listed(*client, {}), scalar(db, u"SELECT count(*) FROM deliveries WHERE "_s + where));
            for (const char *status : {"sent", "delivered", "failed", "bounced", "complained"}) {
                QCOMPARE(listed(*client, u"&status="_s + QLatin1StringView(status)),
                         scalar(db, u"SELECT count(*) FROM deliveries WHERE %1 AND status = '%2'"_s
                                        .arg(where, QLatin1StringView(status))));
            }
        }
    };
#define CHECK_TOTALS(after)                                                                                            \
    do {                                                                                                               \
        check(after);                                                                                                  \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

    // Inserts (counted in the group's commit), then their owed outcomes, which move
    // them on from "sent" (a group of several outcomes of two kinds).
    QStringList uuids;
    for (int i = 0; i < 6; ++i)
        uuids << sendTo(sandbox, "keep@example.com");
    uuids << sendTo(sandbox, "bounce@simulator.amazonses.com") << sendTo(production, "prod@example.com")
          << sendTo(production, "bounce+p@simulator.amazonses.com") << sendTo(sandbox, "forget.me@example.com")
          << sendTo(sandbox, "forget.me@example.com");
    QVERIFY(!uuids.contains(QString()));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM deliveries"_s), 11);
    CHECK_TOTALS("after the inserts");
    QTRY_VERIFY(settled());
    QVERIFY(scalar(db, u"SELECT count(*) FROM deliveries WHERE status = 'bounced'"_s) == 2);
    CHECK_TOTALS("after the owed outcomes");

    // An outcome reported by hand (its own transaction, off the writer).
    QCOMPARE(sandbox.post(server.url(u"/_local/deliveries/%1/simulate"_s.arg(uuids.first())),
                          Json{{"outcome", "complained"}})
                 .status,
             200);
    CHECK_TOTALS("after a simulated outcome");

    // A group the storage refuses rolls back with its totals; the retry writes them once.
    server.server().injectStorageFaultForTests(server::LocalServer::StorageFault::Full);
    int refused = 0;
    for (int i = 0; i < 2000 && refused == 0; ++i)
        refused += sendTo(sandbox, "keep@example.com").isEmpty() ? 1 : 0;
    QVERIFY2(refused > 0, "no send failed with the database capped at its size");
    CHECK_TOTALS("after a refused write");
    server.server().injectStorageFaultForTests(server::LocalServer::StorageFault::None);
    QVERIFY(!sendTo(sandbox, "keep@example.com").isEmpty());
    QTRY_VERIFY(settled());
    CHECK_TOTALS("after the refusal ended");

    // A contact's erasure deletes its deliveries (by trigger).
    QVERIFY(scalar(db, u"SELECT count(*) FROM deliveries WHERE recipient = 'forget.me@example.com'"_s) == 2);
    QCOMPARE(sandbox.del(server.url(u"/v1/contacts/forget.me@example.com"_s)).status, 200);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE recipient = 'forget.me@example.com'"_s), 0);
    CHECK_TOTALS("after an erasure");

    // Retention (by rowid: with the erased ones among the newest ids, fewer than 3 stay).
    QCOMPARE(sandbox.put(server.url(u"/_local/storage/retention"_s), Json{{"max_deliveries", 3}}).status, 200);
    QTRY_COMPARE(scalar(db, u"SELECT count(*) FROM deliveries WHERE id <= (SELECT max(id) FROM deliveries) - 3"_s), 0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM deliveries"_s) > 0);
    CHECK_TOTALS("after pruning");

    QCOMPARE(sandbox.post(server.url(u"/_local/reset"_s), Json::object()).status, 200);
    QCOMPARE(listed(sandbox, {}), 0);
    CHECK_TOTALS("after a reset");
    // And it counts from there on.
    QVERIFY(!sendTo(production, "prod@example.com").isEmpty());
    QTRY_VERIFY(settled());
    CHECK_TOTALS("after a send following the reset");
}

QTEST_GUILESS_MAIN(tst_Retention)
#include "tst_retention.moc"
