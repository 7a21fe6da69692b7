// GET /healthz tells the truth (issue 18): while the database refuses writes it answers
// 503 "degraded" with the reason, sends fail with a clear JSON error, the journal still
// answers; once a write succeeds again it is "ok". The faults are SQLite's own, on the
// server's writing connections (LocalServer::injectStorageFaultForTests): a full disk
// (max_page_count at the file's size gives SQLITE_FULL, as a full disk does) and a
// read-only database (query_only gives SQLITE_READONLY), through the real error paths.
#include "sendfixture.h"

#include <base/json.h>
#include <jsoncompare.h>
#include <services.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

using Fault = server::LocalServer::StorageFault;

class tst_Health : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fullDiskDegradesUntilAWriteSucceeds();
    void readOnlyDatabaseKeepsTheJournalReadable();
    void comesBackWithoutTraffic();

private:
    HttpReply send() { return sendTo(m_client, *m_server, u"/v1/send/all.channels/email"_s, m_body); }
    HttpReply health() { return m_client.get(m_server->url(u"/healthz"_s)); }
    void verifyRefusal(const HttpReply &refused, const QString &reason);

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
    const Json m_body{{"to", "ada@example.com"}, {"payload", {{"note", "a note long enough to take some room"}}}};
};

void tst_Health::init()
{
    server::LocalServerOptions options;
    options.outcomeDelayMs = 600'000; // no emulated outcomes: the writes are the test's
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    QCOMPARE(m_client.put(m_server->url(u"/_local/workspace"_s), sendFixture()).status, 200);
    QCOMPARE(send().status, 200); // creates the contact: later sends write deliveries only
    QCOMPARE(m_client.get(m_server->url(u"/_local/requests"_s)).status, 200); // journal written too
    const HttpReply ok = health();
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json(), Json({{"status", "ok"}}));
}

void tst_Health::cleanup()
{
    m_server.reset();
}

void tst_Health::verifyRefusal(const HttpReply &refused, const QString &reason)
{
    // A clear JSON error naming the reason: no SQL, none of SQLite's own words.
    QCOMPARE(refused.status, 500);
    const Json error = refused.json();
    QCOMPARE(error["success"], false);
    QCOMPARE(error["code"], "SERVER_ERROR");
    const QString message = QString::fromStdString(error["error"].get<std::string>());
    QVERIFY2(message.startsWith(u"The local database cannot be written: "_s) && message.contains(reason),
             qPrintable(message));
    for (const char *leak : {"INSERT", "BEGIN", "sqlite", "SQL", "database or disk is full", "readonly database"})
        QVERIFY2(!refused.body.contains(leak), refused.body.constData());
}

void tst_Health::fullDiskDegradesUntilAWriteSucceeds()
{
    QSignalSpy changes(&m_server->server(), &server::LocalServer::healthChanged);
    m_server->server().injectStorageFaultForTests(Fault::Full);
    HttpReply refused;
    for (int i = 0; i < 2000 && refused.status == 0; ++i) {
        if (HttpReply r = send(); r.status != 200)
            refused = r;
    }
    QVERIFY2(refused.status != 0, "no send failed with the database capped at its size");
    // Asked at once: a later write that still fits in free space would count as a
    // success (and none is due here — no outcomes — but the journal's, 25 ms later).
    const HttpReply degraded = health();
    verifyRefusal(refused, u"the disk is full"_s);

    QCOMPARE(degraded.status, 503);
    const Json body = degraded.json();
    QCOMPARE(body["status"], "degraded");
    QVERIFY2(str(body["reason"]).startsWith(u"Writes to the local database fail: the disk is full"_s),
             degraded.body.constData());
    QVERIFY(!str(body["since"]).isEmpty());
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.first().at(0).toBool(), true);
    QVERIFY(changes.first().at(1).toString().contains(u"disk is full"_s));

    // Room again: the next write succeeds, and health follows it.
    m_server->server().injectStorageFaultForTests(Fault::None);
    QCOMPARE(send().status, 200);
    const HttpReply ok = health();
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json(), Json({{"status", "ok"}}));
    QCOMPARE(changes.last().at(0).toBool(), false);
}

void tst_Health::readOnlyDatabaseKeepsTheJournalReadable()
{
    m_server->server().injectStorageFaultForTests(Fault::ReadOnly);
    const HttpReply refused = send();
    verifyRefusal(refused, u"the database is read-only"_s);
    m_server->server().services()->settle(); // the journal's attempt to write the exchange fails too
    const HttpReply degraded = health();
    QCOMPARE(degraded.status, 503);
    QCOMPARE(degraded.json()["status"], "degraded");
    QCOMPARE(str(degraded.json()["reason"]), u"Writes to the local database fail: the database is read-only"_s);

    // The journal answers, with what it could not write (newest first, id 0).
    const QString requestId = QString::fromLatin1(refused.header("X-Request-Id"));
    HttpReply journal = m_client.get(m_server->url(u"/_local/requests?request_id="_s + requestId));
    QCOMPARE(journal.status, 200);
    QCOMPARE(journal.json()["data"]["total"], 1);
    QCOMPARE(journal.json()["data"]["requests"][0]["status"], 500);
    QCOMPARE(journal.json()["data"]["requests"][0]["id"], 0);
    journal = m_client.get(m_server->url(u"/_local/requests?limit=2"_s));
    QCOMPARE(journal.status, 200);
    const Json page = journal.json()["data"];
    QCOMPARE(page["requests"].size(), size_t(2));
    QCOMPARE(page["requests"][0]["request_id"], requestId.toStdString());
    QCOMPARE(page["requests"][1]["path"], "/v1/send/all.channels/email"); // from the database
    QVERIFY(page["requests"][1]["id"].get<qint64>() > 0);
    QCOMPARE(page["total"], 3); // PUT workspace, the first send, the refused one (reads of it are not journalled)
    QCOMPARE(health().status, 503); // reads are no writes

    m_server->server().injectStorageFaultForTests(Fault::None);
    QCOMPARE(send().status, 200);
    QCOMPARE(health().json(), Json({{"status", "ok"}}));
    // What the journal kept in memory is in the database now.
    journal = m_client.get(m_server->url(u"/_local/requests?request_id="_s + requestId));
    QCOMPARE(journal.json()["data"]["total"], 1);
    QVERIFY(journal.json()["data"]["requests"][0]["id"].get<qint64>() > 0);
}

void tst_Health::comesBackWithoutTraffic()
{
    // A poller that only asks /healthz (not journalled) still sees the recovery: the
    // journal's unsaved entries are written again on their own.
    m_server->server().injectStorageFaultForTests(Fault::ReadOnly);
    QCOMPARE(send().status, 500);
    m_server->server().services()->settle(); // the journal's write failed too
    QCOMPARE(health().status, 503);
    m_server->server().injectStorageFaultForTests(Fault::None);
    QCOMPARE(health().status, 503); // lifting the fault wrote nothing
    QTRY_COMPARE_WITH_TIMEOUT(health().status, 200, 10'000);
}

QTEST_GUILESS_MAIN(tst_Health)
#include "tst_health.moc"
