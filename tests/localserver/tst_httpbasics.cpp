// The HTTP pipeline every route shares: routing, 404/405, auth, media type, JSON
// bodies, request ids, and the connection handling Qt 6.4's server lacks.
#include <httpclient.h>
#include <router.h>
#include <testserver.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <jsoncompare.h>

#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;

class tst_HttpBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void healthzNeedsNoKey();
    void everyAnswerHasUniqueRequestId();
    void unknownRouteIsJson404();
    void wrongMethodIs405WithAllow_data();
    void wrongMethodIs405WithAllow();
    void optionsListsMethods();
    void headHasNoBody();
    void authFailures_data();
    void authFailures();
    void bothEnvironmentsAuthenticate();
    void postNeedsJsonContentType();
    void bodilessRequestsNeedNoContentType();
    void malformedJsonIs400();
    void nonObjectBodyIs400();
    void deepJsonIs400();
    void oversizedBodyIs413WithoutReadingIt();
    void http10ConnectionIsClosed();
    void connectionCloseIsHonoured();
    void keepAliveServesSeveralRequests();
    void errorBodiesLeakNothing();
    void portInUseIsReported();
    void firstStartCreatesAKey();
    void routeTableHasNoDuplicates();

private:
    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void tst_HttpBasics::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    QVERIFY(m_server->port() > 0);
}

void tst_HttpBasics::cleanupTestCase()
{
    m_server.reset();
}

void tst_HttpBasics::healthzNeedsNoKey()
{
    HttpClient anonymous;
    const HttpReply r = anonymous.get(m_server->url(QStringLiteral("/healthz")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), Json({{"status", "ok"}}));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
}

void tst_HttpBasics::everyAnswerHasUniqueRequestId()
{
    QSet<QByteArray> ids;
    for (const QString &path : {QStringLiteral("/healthz"), QStringLiteral("/v1/events"), QStringLiteral("/nope"),
                                QStringLiteral("/v1/events/missing")}) {
        const HttpReply r = m_client.get(m_server->url(path));
        const QByteArray id = r.header("X-Request-Id");
        QVERIFY2(id.startsWith("req_"), qPrintable(path));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 4);
}

void tst_HttpBasics::unknownRouteIsJson404()
{
    const HttpReply r = m_client.get(m_server->url(QStringLiteral("/v1/nothing/here")));
    QCOMPARE(r.status, 404);
    const Json j = r.json();
    QCOMPARE(j["success"], false);
    QCOMPARE(j["code"], "NOT_FOUND");
    QVERIFY(j["error"].is_string() && !j["error"].get<std::string>().empty());
}

void tst_HttpBasics::wrongMethodIs405WithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("POST events") << QByteArray("POST") << QStringLiteral("/v1/events") << QByteArray("GET, HEAD, OPTIONS");
    QTest::newRow("DELETE event") << QByteArray("DELETE") << QStringLiteral("/v1/events/user.welcome") << QByteArray("GET, HEAD, OPTIONS");
    QTest::newRow("GET reset") << QByteArray("GET") << QStringLiteral("/_local/reset") << QByteArray("POST, OPTIONS");
    QTest::newRow("POST workspace") << QByteArray("POST") << QStringLiteral("/_local/workspace") << QByteArray("GET, PUT, HEAD, OPTIONS");
    QTest::newRow("PUT healthz") << QByteArray("PUT") << QStringLiteral("/healthz") << QByteArray("GET, HEAD, OPTIONS");
}

void tst_HttpBasics::wrongMethodIs405WithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpReply r = m_client.send(method, m_server->url(path), "{}");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), allow);
    QCOMPARE(r.json()["code"], "METHOD_NOT_ALLOWED");
    QCOMPARE(r.json()["success"], false);
}

void tst_HttpBasics::optionsListsMethods()
{
    HttpClient anonymous;
    const HttpReply r = anonymous.send("OPTIONS", m_server->url(QStringLiteral("/_local/workspace")), {}, {}, {});
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("Allow"), QByteArray("GET, PUT, HEAD, OPTIONS"));
    QVERIFY(r.body.isEmpty());
}

void tst_HttpBasics::headHasNoBody()
{
    bool closed = false;
    const QByteArray raw = rawExchange(m_server->port(),
                                       "HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 5000, &closed);
    QVERIFY2(raw.startsWith("HTTP/1.1 200"), raw.constData());
    QVERIFY(raw.contains("Content-Length: 15\r\n"));
    QVERIFY(raw.endsWith("\r\n\r\n"));
    QVERIFY(closed);
}

void tst_HttpBasics::authFailures_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("unknown key") << QByteArray("Bearer test_unknownkey");
    QTest::newRow("not a key") << QByteArray("Bearer hello");
    QTest::newRow("basic scheme") << QByteArray("Basic dGVzdDp0ZXN0");
    QTest::newRow("no token") << QByteArray("Bearer");
    QTest::newRow("extra parts") << QByteArray("Bearer test_sandboxkey0123456789 extra");
    QTest::newRow("bare prefix") << QByteArray("Bearer test_");
}

void tst_HttpBasics::authFailures()
{
    QFETCH(QByteArray, authorization);
    HttpClient anonymous;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    for (const QString &path : {QStringLiteral("/v1/events"), QStringLiteral("/v1/integrations"),
                                QStringLiteral("/_local/workspace"), QStringLiteral("/v1/events/user.welcome")}) {
        const HttpReply r = anonymous.send("GET", m_server->url(path), {}, headers, {});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json()["code"], "UNAUTHORIZED");
        QCOMPARE(r.json()["success"], false);
    }
}

void tst_HttpBasics::bothEnvironmentsAuthenticate()
{
    HttpClient live(kProductionKey);
    QCOMPARE(live.get(m_server->url(QStringLiteral("/v1/events"))).status, 200);
    QCOMPARE(m_client.get(m_server->url(QStringLiteral("/v1/events"))).status, 200);
}

void tst_HttpBasics::postNeedsJsonContentType()
{
    for (const QByteArray &type : {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"), QByteArray()}) {
        const HttpReply r = m_client.send("POST", m_server->url(QStringLiteral("/_local/reset")), "{}", {}, type);
        QCOMPARE(r.status, 415);
        QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    }
    const HttpReply ok = m_client.send("POST", m_server->url(QStringLiteral("/_local/reset")), "{}", {},
                                       "application/json; charset=utf-8");
    QCOMPARE(ok.status, 200);
}

void tst_HttpBasics::bodilessRequestsNeedNoContentType()
{
    // `curl -X POST -H "Authorization: Bearer …" $URL/_local/reset`: no body, no
    // Content-Length, no Content-Type (DESIGN §3, revised 2026-12-04).
    const QByteArray auth = "Authorization: Bearer " + kSandboxKey.toLatin1() + "\r\n";
    for (const QByteArray &length : {QByteArray(), QByteArray("Content-Length: 0\r\n")}) {
        bool closed = false;
        const QByteArray raw = rawExchange(m_server->port(),
                                           "POST /_local/reset HTTP/1.1\r\nHost: x\r\n" + auth + length
                                               + "Connection: close\r\n\r\n",
                                           5000, &closed);
        QVERIFY2(raw.startsWith("HTTP/1.1 200"), raw.constData());
    }
    // A DELETE without a body too; a missing contact is then the only complaint.
    const HttpReply gone = m_client.send("DELETE", m_server->url(QStringLiteral("/v1/contacts/nobody@example.com")), {}, {}, {});
    QCOMPARE(gone.status, 404);
    // A body still needs its type.
    const HttpReply typed = m_client.send("POST", m_server->url(QStringLiteral("/_local/reset")), "{}", {}, {});
    QCOMPARE(typed.status, 415);
}

void tst_HttpBasics::malformedJsonIs400()
{
    for (const QByteArray &body : {QByteArray("{"), QByteArray("{\"a\":}"), QByteArray("{'a':1}"),
                                   QByteArray("{\"a\":\"\xff\xfe\"}")}) {
        const HttpReply r = m_client.send("PUT", m_server->url(QStringLiteral("/_local/workspace")), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
        QVERIFY(QString::fromStdString(r.json()["error"].get<std::string>()).contains(QStringLiteral("JSON")));
    }
}

void tst_HttpBasics::nonObjectBodyIs400()
{
    for (const QByteArray &body : {QByteArray("[]"), QByteArray("42"), QByteArray("\"x\""), QByteArray("null")}) {
        const HttpReply r = m_client.send("PUT", m_server->url(QStringLiteral("/_local/workspace")), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    }
}

void tst_HttpBasics::deepJsonIs400()
{
    const QByteArray deep = "{\"a\":" + QByteArray(65, '[') + QByteArray(65, ']') + "}";
    const HttpReply r = m_client.send("PUT", m_server->url(QStringLiteral("/_local/workspace")), deep);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()["error"].get<std::string>().find("deeper") != std::string::npos);
}

void tst_HttpBasics::oversizedBodyIs413WithoutReadingIt()
{
    // Announce 2 MiB and send only the head: the answer must come before any body.
    bool closed = false;
    const QByteArray raw = rawExchange(m_server->port(),
                                       "POST /_local/reset HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                       "Authorization: Bearer " + kSandboxKey.toLatin1() + "\r\n"
                                       "Content-Length: 2097152\r\n\r\n",
                                       5000, &closed);
    QVERIFY2(raw.startsWith("HTTP/1.1 413"), raw.constData());
    QVERIFY(raw.contains("PAYLOAD_TOO_LARGE"));
    QVERIFY(raw.contains("X-Request-Id: req_"));
    QVERIFY(closed);

    // And a real body just over the limit through the normal client.
    const QByteArray big = "{\"a\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
    const HttpReply r = m_client.send("PUT", m_server->url(QStringLiteral("/_local/workspace")), big);
    QVERIFY2(r.status == 413 || !r.networkError.isEmpty(), qPrintable(QString::number(r.status)));

    // The server is still fine.
    QCOMPARE(m_client.get(m_server->url(QStringLiteral("/healthz"))).status, 200);
}

void tst_HttpBasics::http10ConnectionIsClosed()
{
    bool closed = false;
    const QByteArray raw = rawExchange(m_server->port(), "GET /healthz HTTP/1.0\r\n\r\n", 5000, &closed);
    QVERIFY2(raw.contains("200 OK"), raw.constData());
    QVERIFY(raw.contains("Connection: close"));
    QVERIFY(raw.endsWith("{\"status\":\"ok\"}"));
    QVERIFY2(closed, "an HTTP/1.0 request without keep-alive closes the connection");
}

void tst_HttpBasics::connectionCloseIsHonoured()
{
    bool closed = false;
    const QByteArray raw = rawExchange(m_server->port(),
                                       "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 5000, &closed);
    QVERIFY(raw.startsWith("HTTP/1.1 200"));
    QVERIFY(closed);
}

void tst_HttpBasics::keepAliveServesSeveralRequests()
{
    bool closed = true;
    const QByteArray raw = rawExchange(m_server->port(),
                                       "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                                       "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n",
                                       1500, &closed);
    QCOMPARE(raw.count("HTTP/1.1 "), 2);
    QVERIFY(raw.contains("HTTP/1.1 200"));
    QVERIFY(raw.contains("HTTP/1.1 404"));
    QVERIFY2(!closed, "keep-alive connections stay open");
}

void tst_HttpBasics::errorBodiesLeakNothing()
{
    const QList<HttpReply> replies = {
        m_client.send("PUT", m_server->url(QStringLiteral("/_local/workspace")), "{\"events\": 5}"),
        m_client.get(m_server->url(QStringLiteral("/v1/events/%27%3B%20DROP%20TABLE%20events%3B--"))),
        m_client.get(m_server->url(QStringLiteral("/v1/integrations?channel=%27OR%201=1"))),
    };
    for (const HttpReply &r : replies) {
        QVERIFY(r.status >= 400);
        const QByteArray body = r.body.toLower();
        for (const char *leak : {"select ", "insert ", "sqlite", "/tmp", "sendivent.db", "qsql", ".cpp"})
            QVERIFY2(!body.contains(leak), body.constData());
    }
    QCOMPARE(m_client.get(m_server->url(QStringLiteral("/v1/events"))).json()["data"]["total"], 5);
}

void tst_HttpBasics::portInUseIsReported()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    server::LocalServerOptions o;
    o.dataDir = dir.path();
    o.port = blocker.serverPort();
    o.apiKeys = {kSandboxKey};
    server::LocalServer second(o);
    const Status s = second.start();
    QVERIFY(!s.ok());
    QVERIFY(second.failedToListen());
    QVERIFY2(s.error().message.contains(QString::number(blocker.serverPort())), qPrintable(s.error().message));
}

void tst_HttpBasics::firstStartCreatesAKey()
{
    QTemporaryDir dir;
    server::LocalServerOptions o;
    o.dataDir = dir.path();
    o.port = 0;
    QString key;
    {
        server::LocalServer first(o);
        QVERIFY(first.start().ok());
        key = first.firstRunKey();
        QVERIFY(key.startsWith(QStringLiteral("test_")));
        HttpClient client(key);
        QCOMPARE(client.get(QUrl(first.url() + QStringLiteral("/v1/events"))).status, 200);
    }
    // The key is stored hashed: it works after a restart, and is not printed again.
    server::LocalServer again(o);
    QVERIFY(again.start().ok());
    QVERIFY(again.firstRunKey().isEmpty());
    HttpClient client(key);
    QCOMPARE(client.get(QUrl(again.url() + QStringLiteral("/v1/events"))).status, 200);
    QFile db(QDir(dir.path()).filePath(server::LocalServer::databaseFileName()));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY2(!db.readAll().contains(key.toLatin1()), "the plain key is never stored");
}

void tst_HttpBasics::routeTableHasNoDuplicates()
{
    const auto routes = m_server->server().router().routes();
    QVERIFY(routes.size() >= 6);
    for (const auto &[pattern, methods] : routes) {
        QSet<server::Method> unique(methods.begin(), methods.end());
        QCOMPARE(unique.size(), methods.size());
    }
}

QTEST_GUILESS_MAIN(tst_HttpBasics)
#include "tst_httpbasics.moc"
