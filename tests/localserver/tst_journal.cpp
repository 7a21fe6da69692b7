// The request journal: what it records, what it hides, how it is filtered and bounded.
#include <httpclient.h>
#include <jsoncompare.h>
#include <storage/database.h>
#include <storage/journalstore.h>
#include <testserver.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_Journal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recordsEveryAnsweredRequest();
    void filters();
    void masksSecretsAndNeverStoresKeys();
    void keepsHeadersWithSecretsRedacted();
    void redactedHeaderUnit();
    void skipsHealthPollsAndItself();
    void resetClearsIt();
    void contactErasureRemovesTheirExchanges();
    void signalsEachExchange();
    void rejectsBadFilters();
    void maskSecretsUnit();
    void masksSecretsInTheQuery();
    void maskQueryUnit();
    void ringIsBounded();

private:
    Json requests(const QString &query = {})
    {
        return m_client.get(m_server->url(QStringLiteral("/_local/requests") + query)).json();
    }

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void tst_Journal::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
}

void tst_Journal::cleanup()
{
    m_server.reset();
}

void tst_Journal::recordsEveryAnsweredRequest()
{
    const HttpReply a = m_client.get(m_server->url(QStringLiteral("/v1/events?limit=2")));
    const HttpReply b = m_client.get(m_server->url(QStringLiteral("/v1/events/nope")));
    HttpClient anonymous;
    const HttpReply c = anonymous.get(m_server->url(QStringLiteral("/v1/integrations")));

    const Json j = requests();
    QCOMPARE(j["success"], true);
    QCOMPARE(j["data"]["total"], 3);
    const Json &list = j["data"]["requests"];
    // Newest first.
    QCOMPARE(list[0]["path"], "/v1/integrations");
    QCOMPARE(list[0]["status"], 401);
    QCOMPARE(list[0]["environment"], nullptr);
    QCOMPARE(list[0]["request_id"], c.header("X-Request-Id").toStdString());
    QCOMPARE(list[1]["path"], "/v1/events/nope");
    QCOMPARE(list[1]["status"], 404);
    QCOMPARE(list[1]["response_body"]["code"], "EVENT_NOT_FOUND");
    QCOMPARE(list[2]["method"], "GET");
    QCOMPARE(list[2]["query"], "limit=2");
    QCOMPARE(list[2]["environment"], "sandbox");
    QCOMPARE(list[2]["request_id"], a.header("X-Request-Id").toStdString());
    QVERIFY(list[2]["duration_ms"].get<double>() >= 0.0);
    QVERIFY(list[2]["created_at"].get<std::string>().back() == 'Z');
    Q_UNUSED(b);
}

void tst_Journal::filters()
{
    HttpClient live(kProductionKey);
    m_client.get(m_server->url(QStringLiteral("/v1/events")));
    m_client.get(m_server->url(QStringLiteral("/v1/events/missing")));
    live.get(m_server->url(QStringLiteral("/v1/integrations")));
    m_client.post(m_server->url(QStringLiteral("/v1/events")), Json::object()); // 405
    const HttpReply target = m_client.get(m_server->url(QStringLiteral("/v1/integrations?channel=fax")));

    QCOMPARE(requests(QStringLiteral("?method=post"))["data"]["total"], 1);
    QCOMPARE(requests(QStringLiteral("?status=404"))["data"]["total"], 1);
    QCOMPARE(requests(QStringLiteral("?status=4xx"))["data"]["total"], 3);
    QCOMPARE(requests(QStringLiteral("?status=2xx"))["data"]["total"], 2);
    QCOMPARE(requests(QStringLiteral("?environment=production"))["data"]["total"], 1);
    QCOMPARE(requests(QStringLiteral("?path=integrations"))["data"]["total"], 2);
    const Json byId = requests(QStringLiteral("?request_id=") + QString::fromLatin1(target.header("X-Request-Id")));
    QCOMPARE(byId["data"]["total"], 1);
    QCOMPARE(byId["data"]["requests"][0]["status"], 400);
    const Json paged = requests(QStringLiteral("?limit=2&offset=1"));
    QCOMPARE(paged["data"]["requests"].size(), size_t(2));
    QCOMPARE(paged["data"]["total"], 5);
}

void tst_Journal::masksSecretsAndNeverStoresKeys()
{
    Json fixture = m_client.get(m_server->url(QStringLiteral("/_local/workspace"))).json();
    fixture["integrations"][0]["secrets"] = {{"secret_access_key", "AKIA-very-secret-value"}};
    fixture["contacts"] = Json::array({{{"email", "x@example.com"}, {"password", "hunter2"}, {"api_key", "k-123"}}});
    QCOMPARE(m_client.put(m_server->url(QStringLiteral("/_local/workspace")), fixture).status, 200);

    const Json j = requests(QStringLiteral("?method=PUT"));
    QCOMPARE(j["data"]["total"], 1);
    const Json &body = j["data"]["requests"][0]["request_body"];
    QCOMPARE(body["integrations"][0]["secrets"], "••••");
    QCOMPARE(body["contacts"][0]["password"], "••••");
    QCOMPARE(body["contacts"][0]["api_key"], "••••");
    QCOMPARE(body["contacts"][0]["email"], "x@example.com");

    QVERIFY(!dumpJson(j).contains("hunter2"));
    QVERIFY(!dumpJson(j).contains("AKIA-very-secret-value"));

    // The keys that authenticated never reach the database, journal included.
    const QString dataDir = m_server->dataDir();
    m_server->stop(); // flushes and closes; the data folder stays until cleanup()
    for (const QString &name : QDir(dataDir).entryList(QDir::Files)) {
        QFile f(QDir(dataDir).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(kSandboxKey.toLatin1()), qPrintable(name));
        // Headers are kept, redacted: the scheme and the key's prefix and last four only.
        QVERIFY2(!bytes.contains(QByteArray("Bearer " + kSandboxKey.toLatin1())), qPrintable(name));
    }
}

void tst_Journal::keepsHeadersWithSecretsRedacted()
{
    const HttpReply r = m_client.send("GET", m_server->url(QStringLiteral("/v1/events?limit=1")), {},
                                      {{"Cookie", "session=cookie-secret-value"},
                                       {"X-Api-Key", "another-secret-value"},
                                       {"Idempotency-Key", "order-1042"},
                                       {"X-Trace", "visible"}});
    QCOMPARE(r.status, 200);
    const Json j = requests();
    const Json &entry = j["data"]["requests"][0];
    const auto header = [](const Json &list, const std::string &name) -> std::string {
        for (const Json &pair : list) {
            if (QString::fromStdString(pair[0].get<std::string>()).compare(QString::fromStdString(name),
                                                                           Qt::CaseInsensitive)
                == 0)
                return pair[1].get<std::string>();
        }
        return "(missing)";
    };
    const std::string key = kSandboxKey.toStdString();
    QCOMPARE(header(entry["request_headers"], "authorization"), "Bearer test_…" + key.substr(key.size() - 4));
    QCOMPARE(header(entry["request_headers"], "cookie"), "[redacted]");
    QCOMPARE(header(entry["request_headers"], "x-api-key"), "[redacted]");
    QCOMPARE(header(entry["request_headers"], "idempotency-key"), "order-1042");
    QCOMPARE(header(entry["request_headers"], "x-trace"), "visible");
    QCOMPARE(header(entry["response_headers"], "content-type"), "application/json");
    QCOMPARE(header(entry["response_headers"], "x-request-id"), r.header("X-Request-Id").toStdString());
    QVERIFY(!dumpJson(j).contains(kSandboxKey.toUtf8()));
    QVERIFY(!dumpJson(j).contains("cookie-secret-value"));
    QVERIFY(!dumpJson(j).contains("another-secret-value"));

    // Stored so, not only answered so.
    const QString dataDir = m_server->dataDir();
    m_server->stop();
    for (const QString &name : QDir(dataDir).entryList(QDir::Files)) {
        QFile f(QDir(dataDir).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QByteArray &secret : {kSandboxKey.toLatin1(), QByteArray("cookie-secret-value"),
                                        QByteArray("another-secret-value")})
            QVERIFY2(!bytes.contains(secret), qPrintable(name + u": "_s + QString::fromLatin1(secret)));
    }
}

void tst_Journal::redactedHeaderUnit()
{
    QCOMPARE(redactedHeader("Authorization", "Bearer live_abcdefghijklmnop1234"), u"Bearer live_…1234"_s);
    QCOMPARE(redactedHeader("authorization", "Bearer short"), u"Bearer [redacted]"_s);
    QCOMPARE(redactedHeader("Authorization", "Basic dXNlcjpwYXNz"), u"Basic [redacted]"_s);
    QCOMPARE(redactedHeader("Authorization", "tokenwithoutscheme"), u"[redacted]"_s);
    QCOMPARE(redactedHeader("Proxy-Authorization", "Bearer test_abcdefghijklmnop9876"), u"Bearer test_…9876"_s);
    QCOMPARE(redactedHeader("Set-Cookie", "a=b"), u"[redacted]"_s);
    QCOMPARE(redactedHeader("X-Auth-Token", "t"), u"[redacted]"_s);
    QCOMPARE(redactedHeader("Content-Type", "application/json"), u"application/json"_s);
    QCOMPARE(redactedHeader("webhook-signature", "v1,abc="), u"v1,abc="_s); // public, not a secret
    QCOMPARE(journalHeaders("> A: 1\n< B: 2\n> C: x: y\n", '>'),
             (QList<QPair<QString, QString>>{{u"A"_s, u"1"_s}, {u"C"_s, u"x: y"_s}}));
}

void tst_Journal::skipsHealthPollsAndItself()
{
    HttpClient anonymous;
    for (int i = 0; i < 5; ++i)
        anonymous.get(m_server->url(QStringLiteral("/healthz")));
    requests();
    requests();
    QCOMPARE(requests()["data"]["total"], 0);
}

void tst_Journal::resetClearsIt()
{
    m_client.get(m_server->url(QStringLiteral("/v1/events")));
    QCOMPARE(requests()["data"]["total"], 1);
    QCOMPARE(m_client.post(m_server->url(QStringLiteral("/_local/reset")), Json::object()).status, 200);
    // Only the reset itself remains.
    const Json j = requests();
    QCOMPARE(j["data"]["total"], 1);
    QCOMPARE(j["data"]["requests"][0]["path"], "/_local/reset");
}

void tst_Journal::contactErasureRemovesTheirExchanges()
{
    const HttpReply created = m_client.post(
        m_server->url(QStringLiteral("/v1/contacts")),
        Json{{"email", "erase.me@example.com"}, {"phone", "+46709990001"}, {"externalId", "ext-erase-1"}});
    QCOMPARE(created.status, 201);
    const QString uuid = toQt(created.json()["data"]["contact"]["uuid"].get<std::string>());
    QCOMPARE(m_client.post(m_server->url(QStringLiteral("/v1/contacts")), Json{{"email", "keep@example.com"}}).status,
             201);
    QCOMPARE(m_client
                 .post(m_server->url(QStringLiteral("/v1/send/user.welcome/email")),
                       Json{{"to", "ERASE.ME@example.com"}, {"payload", {{"promo_code", "X"}}}})
                 .status,
             200);
    QCOMPARE(m_client.get(m_server->url(QStringLiteral("/v1/contacts/ext-erase-1"))).status, 200);
    QCOMPARE(m_client.get(m_server->url(QStringLiteral("/v1/contacts/keep@example.com"))).status, 200);
    QCOMPARE(requests()["data"]["total"], 5);

    QCOMPARE(m_client.del(m_server->url(QStringLiteral("/v1/contacts/") + uuid)).status, 200);

    const Json j = requests();
    const QByteArray all = dumpJson(j).toLower();
    QVERIFY2(!all.contains("erase.me@example.com"), all.constData());
    QVERIFY(!all.contains("+46709990001"));
    QVERIFY(!all.contains("ext-erase-1"));
    // What did not name them stays: the other contact's two requests, and the erasure
    // itself (its path holds only the uuid, which no longer points at anyone).
    QCOMPARE(j["data"]["total"], 3);
    QVERIFY(all.contains("keep@example.com"));
}

void tst_Journal::signalsEachExchange()
{
    QSignalSpy spy(&m_server->server(), &server::LocalServer::exchangeFinished);
    m_client.get(m_server->url(QStringLiteral("/v1/events")));
    m_client.get(m_server->url(QStringLiteral("/nope")));
    QCOMPARE(spy.size(), 2);
    const auto record = spy.at(1).at(0).value<server::ExchangeRecord>();
    QCOMPARE(record.status, 404);
    QCOMPARE(record.path, QStringLiteral("/nope"));
}

void tst_Journal::rejectsBadFilters()
{
    for (const QString &q : {QStringLiteral("?status=abc"), QStringLiteral("?status=9xx"), QStringLiteral("?status=42"),
                             QStringLiteral("?environment=staging"), QStringLiteral("?limit=0")}) {
        const HttpReply r = m_client.get(m_server->url(QStringLiteral("/_local/requests") + q));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    }
    // Above the maximum is read as the maximum (docs/decisions.md, issue 16).
    const HttpReply clamped = m_client.get(m_server->url(QStringLiteral("/_local/requests?limit=500")));
    QCOMPARE(clamped.status, 200);
    QCOMPARE(clamped.json()["data"]["limit"], 200);
}

void tst_Journal::maskSecretsUnit()
{
    QCOMPARE(maskSecrets(R"({"a":{"bot_token":"x","deep":[{"Password":"p"}]},"token":"push"})"),
             QByteArray(R"({"a":{"bot_token":"••••","deep":[{"Password":"••••"}]},"token":"push"})"));
    QCOMPARE(maskSecrets("not json secret=1"), QByteArray("not json secret=1"));
    // A key spelled with a unicode escape is found too.
    QCOMPARE(maskSecrets(R"({"\u0073ecret":"s3"})"), QByteArray(R"({"secret":"••••"})"));
    QCOMPARE(maskSecrets(R"({"\u0050assword":"p"})"), QByteArray(R"({"Password":"••••"})"));
    // Bodies without any such word are kept byte for byte.
    QCOMPARE(maskSecrets(R"({ "to": "a@example.com", "payload": {} })"),
             QByteArray(R"({ "to": "a@example.com", "payload": {} })"));
    const QByteArray big(100, 'x');
    const QByteArray cut = maskSecrets(big, 10);
    QVERIFY(cut.startsWith("xxxxxxxxxx…"));
    QVERIFY(cut.contains("truncated 90 bytes"));
}

void tst_Journal::masksSecretsInTheQuery()
{
    // Keys sent where they do not belong (the query string) are refused (401), but
    // must not be kept: the names stay, the values are masked as in bodies.
    const QString key = kSandboxKey;
    HttpClient anonymous;
    const QStringList queries = {u"api_key="_s + key, u"key="_s + key + u"&limit=2"_s, u"limit=1&token="_s + key,
                                 u"ACCESS_TOKEN="_s + key, u"Signing_Secret="_s + key, u"password="_s + key,
                                 u"client-secret="_s + key};
    for (const QString &q : queries)
        QCOMPARE(anonymous.get(m_server->url(u"/v1/events?"_s + q)).status, 401);
    // Percent-encoded names, over a raw socket so no client library normalises them.
    for (const QByteArray &q : {QByteArray("api%5Fkey="), QByteArray("%61pi%5FKEY="), QByteArray("%74oken=")}) {
        const QByteArray answer = rawExchange(m_server->port(),
                                              "GET /v1/events?" + q + key.toLatin1()
                                                  + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                                              10'000);
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
    }

    const HttpReply listed = m_client.get(m_server->url(u"/_local/requests?limit=200"_s));
    QCOMPARE(listed.status, 200);
    QVERIFY2(!listed.body.contains(key.toLatin1()), listed.body.constData());
    QVERIFY(!listed.body.contains("sandboxkey0123456789"));
    QStringList stored;
    const Json answer = listed.json();
    for (const Json &r : answer["data"]["requests"])
        stored << QString::fromStdString(r["query"].get<std::string>());
    QCOMPARE(stored.size(), queries.size() + 3);
    // Newest first.
    QCOMPARE(stored.takeLast(), u"api_key=••••"_s);
    QCOMPARE(stored.takeLast(), u"key=••••&limit=2"_s);
    QCOMPARE(stored.takeLast(), u"limit=1&token=••••"_s);
    QCOMPARE(stored.takeLast(), u"ACCESS_TOKEN=••••"_s);
    QCOMPARE(stored.takeLast(), u"Signing_Secret=••••"_s);
    QCOMPARE(stored.takeLast(), u"password=••••"_s);
    QCOMPARE(stored.takeLast(), u"client-secret=••••"_s);
    for (const QString &q : std::as_const(stored))
        QVERIFY2(q.endsWith(u"=••••"_s) && !q.contains(u"sandboxkey"_s, Qt::CaseInsensitive), qPrintable(q));

    // Nor is it in the database file.
    m_server->stop();
    QFile file(m_server->databasePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sandboxkey0123456789"));
    QFile wal(m_server->databasePath() + u"-wal"_s);
    if (wal.open(QIODevice::ReadOnly))
        QVERIFY(!wal.readAll().contains("sandboxkey0123456789"));
}

void tst_Journal::maskQueryUnit()
{
    QCOMPARE(maskQuery(u"limit=5&offset=10"_s), u"limit=5&offset=10"_s);
    QCOMPARE(maskQuery(u"api%5Fkey=live_x&a=b"_s), u"api%5Fkey=••••&a=b"_s);
    QCOMPARE(maskQuery(u"monkey=1&keys=2&search=token"_s), u"monkey=1&keys=2&search=token"_s);
    QCOMPARE(maskQuery(u"refresh_token=r&id-token=i&auth=a&sig=s"_s), u"refresh_token=••••&id-token=••••&auth=••••&sig=••••"_s);
    QCOMPARE(maskQuery(u"token=&key"_s), u"token=&key"_s); // nothing to hide
}

void tst_Journal::ringIsBounded()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("j.db")));
    QVERIFY(db.open().ok());
    JournalStore store(db, 10);
    for (int i = 0; i < 25; ++i) {
        JournalEntry e;
        e.requestId = QStringLiteral("req_%1").arg(i);
        e.method = QStringLiteral("GET");
        e.path = QStringLiteral("/x");
        e.status = 200;
        store.append(e);
        if (i % 7 == 0)
            QVERIFY(store.flush().ok());
    }
    QCOMPARE(store.count({}).value(), qint64(10));
    const auto list = store.list({}, 100, 0);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 10);
    QCOMPARE(list->first().requestId, QStringLiteral("req_24"));
    QCOMPARE(list->last().requestId, QStringLiteral("req_15"));
}

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
