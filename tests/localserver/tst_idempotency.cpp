// X-Idempotency-Key on POST /v1/send (DESIGN §5): byte-for-byte replays, 422 on
// reuse, 409 in flight, exactly one send under concurrent retries, 24 h retention,
// survival across restarts.
#include "sendfixture.h"

#include <storage/database.h>
#include <storage/idempotencystore.h>

#include <jsoncompare.h>

#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpSocket>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_Idempotency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void replaysByteForByte();
    void replaysErrorAnswersToo();
    void otherBodyIs422();
    void otherPathIs422();
    void formattingDoesNotMatter();
    void keysArePerEnvironment();
    void rejectedRequestsAreNotKept();
    void invalidKeyIs400();
    void concurrentRetriesSendOnce();
    void survivesRestart();
    void expiresAfter24Hours();
    void inFlightKeyIs409();
    void inFlightKeyOverHttpIs409();

private:
    void startServer();
    HttpReply sendWithKey(const QByteArray &key, const Json &body,
        const QString &path = u"/v1/send/all.channels/email"_s, HttpClient *client = nullptr)
    {
        return sendTo(client ? *client : m_client, *m_server, path, body, {{"X-Idempotency-Key", key}});
    }
    int deliveryTotal(HttpClient *client = nullptr)
    {
        return (client ? *client : m_client).get(m_server->url(u"/v1/deliveries"_s)).json()["data"]["total"].get<int>();
    }

    QTemporaryDir m_dataDir;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
    const Json m_body = {{"to", "idem@example.com"}, {"payload", {{"note", "once"}}}};
};

void tst_Idempotency::startServer()
{
    m_server.reset();
    server::LocalServerOptions options;
    options.dataDir = m_dataDir.path();
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
}

void tst_Idempotency::init()
{
    startServer();
    QCOMPARE(m_client.put(m_server->url(u"/_local/workspace"_s), sendFixture()).status, 200);
    QCOMPARE(m_client.post(m_server->url(u"/_local/reset"_s), Json::object()).status, 200);
}

void tst_Idempotency::cleanup()
{
    m_server.reset();
}

void tst_Idempotency::replaysByteForByte()
{
    const HttpReply first = sendWithKey("key-1", m_body);
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("X-Idempotent-Replay").isEmpty());
    const HttpReply second = sendWithKey("key-1", m_body);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("X-Idempotent-Replay"), "true");
    QCOMPARE(second.header("Content-Type"), first.header("Content-Type"));
    QVERIFY(second.header("X-Request-Id") != first.header("X-Request-Id"));
    QCOMPARE(deliveryTotal(), 1);
}

void tst_Idempotency::replaysErrorAnswersToo()
{
    // A send that ran but made no delivery (an email-only contact on SMS) answers
    // success:false with its errors; that answer is kept and replayed too.
    const Json body = {{"to", "no.phone@example.com"}, {"payload", Json::object()}};
    const HttpReply first = sendWithKey("key-400", body, u"/v1/send/all.channels/sms"_s);
    QCOMPARE(first.status, 400);
    QCOMPARE(first.json()["errors"][0]["code"], "MISSING_IDENTIFIER");
    const HttpReply second = sendWithKey("key-400", body, u"/v1/send/all.channels/sms"_s);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("X-Idempotent-Replay"), "true");
    QCOMPARE(deliveryTotal(), 0);
}

void tst_Idempotency::otherBodyIs422()
{
    QCOMPARE(sendWithKey("key-2", m_body).status, 200);
    Json other = m_body;
    other["payload"]["note"] = "twice";
    const HttpReply r = sendWithKey("key-2", other);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json()["code"], "IDEMPOTENCY_KEY_REUSED");
    QCOMPARE(r.json()["success"], false);
    QCOMPARE(deliveryTotal(), 1);
}

void tst_Idempotency::otherPathIs422()
{
    QCOMPARE(sendWithKey("key-3", m_body).status, 200);
    QCOMPARE(sendWithKey("key-3", m_body, u"/v1/send/all.channels"_s).status, 422);
}

void tst_Idempotency::formattingDoesNotMatter()
{
    const QByteArray compact = dumpJson(m_body);
    const QByteArray spaced = QByteArray::fromStdString(m_body.dump(2));
    const HttpReply first = m_client.send(
        "POST", m_server->url(u"/v1/send/all.channels/email"_s), compact, {{"X-Idempotency-Key", "key-4"}});
    const HttpReply second = m_client.send(
        "POST", m_server->url(u"/v1/send/all.channels/email"_s), spaced, {{"X-Idempotency-Key", "key-4"}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.header("X-Idempotent-Replay"), "true");
    QCOMPARE(second.body, first.body);
}

void tst_Idempotency::keysArePerEnvironment()
{
    HttpClient live(kProductionKey);
    const HttpReply sandbox = sendWithKey("shared-key", m_body);
    const HttpReply production = sendWithKey("shared-key", m_body, u"/v1/send/all.channels/email"_s, &live);
    QCOMPARE(production.status, 200);
    QVERIFY(production.header("X-Idempotent-Replay").isEmpty());
    QVERIFY(production.body != sandbox.body);
    QCOMPARE(deliveryTotal(), 1);
    QCOMPARE(deliveryTotal(&live), 1);
}

void tst_Idempotency::rejectedRequestsAreNotKept()
{
    // A malformed body, or an unknown event, never ran: the corrected retry may use the same key.
    QCOMPARE(sendWithKey("key-5", Json{{"to", "idem@example.com"}}).status, 400);
    QCOMPARE(sendWithKey("key-5", m_body, u"/v1/send/no.such.event"_s).status, 404);
    const HttpReply fixed = sendWithKey("key-5", m_body);
    QCOMPARE(fixed.status, 200);
    QVERIFY(fixed.header("X-Idempotent-Replay").isEmpty());
    QCOMPARE(sendWithKey("key-5", m_body).header("X-Idempotent-Replay"), "true");
}

void tst_Idempotency::invalidKeyIs400()
{
    const HttpReply r = sendWithKey(QByteArray(256, 'k'), m_body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["details"][0]["field"], "X-Idempotency-Key");
    QCOMPARE(deliveryTotal(), 0);
}

void tst_Idempotency::concurrentRetriesSendOnce()
{
    // Eight clients, each with its own connection, fire the same keyed request at once.
    constexpr int kClients = 8;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    const QByteArray body = dumpJson(m_body);
    for (int i = 0; i < kClients; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(m_server->url(u"/v1/send/all.channels/email"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + kSandboxKey.toLatin1());
        request.setRawHeader("X-Idempotency-Key", "concurrent-key");
        replies.append(managers.back()->post(request, body));
    }
    QTRY_VERIFY(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }));
    QByteArray firstBody;
    int fresh = 0;
    for (QNetworkReply *r : std::as_const(replies)) {
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = r->readAll();
        QVERIFY2(status == 200 || status == 409, answer.constData());
        if (status == 409)
            continue;
        if (firstBody.isEmpty())
            firstBody = answer;
        QCOMPARE(answer, firstBody);
        if (r->rawHeader("X-Idempotent-Replay").isEmpty())
            ++fresh;
        r->deleteLater();
    }
    QCOMPARE(fresh, 1);
    QCOMPARE(deliveryTotal(), 1);
}

void tst_Idempotency::survivesRestart()
{
    const HttpReply first = sendWithKey("restart-key", m_body);
    QCOMPARE(first.status, 200);
    startServer();
    const HttpReply again = sendWithKey("restart-key", m_body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("X-Idempotent-Replay"), "true");
    QCOMPARE(deliveryTotal(), 1);
}

void tst_Idempotency::expiresAfter24Hours()
{
    QCOMPARE(sendWithKey("old-key", m_body).status, 200);
    {
        // Age the stored answer past the retention.
        Database db(m_server->databasePath());
        QVERIFY(db.open());
        const qint64 dayAndHour = 25LL * 3600 * 1000;
        QVERIFY(execSql(db, u"UPDATE idempotency_keys SET created_at = created_at - ?"_s, {dayAndHour}));
        IdempotencyStore store(db);
        const auto purged = store.purgeExpired();
        QVERIFY(purged);
        QCOMPARE(*purged, 1);
    }
    const HttpReply again = sendWithKey("old-key", m_body);
    QCOMPARE(again.status, 200);
    QVERIFY(again.header("X-Idempotent-Replay").isEmpty());
    QCOMPARE(deliveryTotal(), 2);
}

void tst_Idempotency::inFlightKeyIs409()
{
    // The server answers one request at a time, so an HTTP client cannot catch a key
    // in flight; the store's rule is checked directly.
    Database db(m_server->databasePath());
    QVERIFY(db.open());
    IdempotencyStore store(db);
    const QByteArray fingerprint = IdempotencyStore::fingerprint(u"POST"_s, u"/v1/send/x"_s, "{}");
    auto first = store.begin(Environment::Sandbox, u"k"_s, fingerprint);
    QVERIFY(first);
    QCOMPARE(int(first->verdict), int(IdempotencyStore::Verdict::Proceed));
    auto second = store.begin(Environment::Sandbox, u"k"_s, fingerprint);
    QVERIFY(second);
    QCOMPARE(int(second->verdict), int(IdempotencyStore::Verdict::InProgress));
    auto otherEnvironment = store.begin(Environment::Production, u"k"_s, fingerprint);
    QCOMPARE(int(otherEnvironment->verdict), int(IdempotencyStore::Verdict::Proceed));
    // Abandoned without an answer (a rolled-back send): the key is free again.
    store.finish(Environment::Sandbox, u"k"_s);
    QCOMPARE(
        int(store.begin(Environment::Sandbox, u"k"_s, fingerprint)->verdict), int(IdempotencyStore::Verdict::Proceed));
    QVERIFY(store.store(Environment::Sandbox, u"k"_s, fingerprint, {201, "application/json", {}, "{\"a\":1}"}));
    store.finish(Environment::Sandbox, u"k"_s);
    auto replay = store.begin(Environment::Sandbox, u"k"_s, fingerprint);
    QCOMPARE(int(replay->verdict), int(IdempotencyStore::Verdict::Replay));
    QCOMPARE(replay->response.status, 201);
    QCOMPARE(replay->response.body, QByteArray("{\"a\":1}"));
    QCOMPARE(
        int(store.begin(Environment::Sandbox, u"k"_s, "other")->verdict), int(IdempotencyStore::Verdict::KeyReused));
}

void tst_Idempotency::inFlightKeyOverHttpIs409()
{
    // Two connections whose requests arrive together: the first is waiting for its
    // group commit when the second is read, so the second finds its key in flight.
    const QByteArray body = dumpJson(m_body);
    const QByteArray request = "POST /v1/send/all.channels/email HTTP/1.1\r\nHost: localhost\r\n"
                               "Authorization: Bearer " + kSandboxKey.toLatin1() + "\r\n"
                               "Content-Type: application/json\r\nX-Idempotency-Key: racing-key\r\n"
                               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const int open = m_server->server().openConnections(); // the client's keep-alive ones
    QTcpSocket first;
    QTcpSocket second;
    for (QTcpSocket *socket : {&first, &second})
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    QTRY_VERIFY(first.state() == QAbstractSocket::ConnectedState && second.state() == QAbstractSocket::ConnectedState);
    QTRY_COMPARE(m_server->server().openConnections(), open + 2); // the server has accepted both
    for (QTcpSocket *socket : {&first, &second}) {
        socket->write(request);
        socket->flush();
    }
    const auto statusOf = [](QTcpSocket &socket) {
        return socket.readAll().split(' ').value(1).toInt();
    };
    QTRY_VERIFY(first.canReadLine() && second.canReadLine()); // both status lines are in
    QList<int> statuses{statusOf(first), statusOf(second)};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, QList<int>({200, 409}));
    QCOMPARE(deliveryTotal(), 1);
    // Once answered, the key replays.
    QCOMPARE(sendWithKey("racing-key", m_body).header("X-Idempotent-Replay"), "true");
}

QTEST_GUILESS_MAIN(tst_Idempotency)
#include "tst_idempotency.moc"
