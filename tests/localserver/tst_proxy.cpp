// Proxy mode: a local server forwarding /v1 to a second local server standing in for
// the remote API. Answers come back unchanged, the client's local key is required and
// the remote key is what the remote sees, failures are 502/504 envelopes, and the
// local routes stay local.
#include <httpclient.h>
#include <jsoncompare.h>
#include <stubservers.h>
#include <testserver.h>

#include <services.h>

#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

const QString kClientKey = u"test_proxyclient0123"_s;

server::LocalServerOptions proxyOptions(const QUrl &target, const QString &remoteKey, int timeoutMs = 10'000)
{
    server::LocalServerOptions o;
    o.apiKeys = {kClientKey};
    o.proxy = server::ProxyTarget{target, remoteKey, std::chrono::milliseconds(timeoutMs)};
    return o;
}

// The remote's journal, once it has been flushed.
Json journal(TestServer &server, const QString &key, const QString &query = {})
{
    server.server().services()->settle();
    return HttpClient(key).get(server.url(u"/_local/requests"_s + query)).json()["data"];
}

} // namespace

class tst_Proxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void answersPassThroughUnchanged();
    void errorsPassThroughUnchanged();
    void localKeyIsRequired();
    void remoteKeyIsSentAndJournalled();
    void idempotencyHeadersTravel();
    void rateLimitsOfTheRemotePassThrough();
    void unreachableRemoteIs502();
    void silentRemoteIs504();
    void localRoutesStayLocal();
    void encodedSlashStaysInItsSegment();
    void switchesOffWhileRunning();
    void waitingRequestsAreAnsweredWhenSwitchedOff();

private:
    std::unique_ptr<TestServer> m_remote;
    std::unique_ptr<TestServer> m_proxy;
};

void tst_Proxy::init()
{
    m_remote = std::make_unique<TestServer>();
    QVERIFY2(m_remote->start(), qPrintable(m_remote->lastError()));
    m_proxy = std::make_unique<TestServer>(proxyOptions(m_remote->url(u""_s), kSandboxKey));
    QVERIFY2(m_proxy->start(), qPrintable(m_proxy->lastError()));
    QVERIFY(m_proxy->server().isProxying());
    QCOMPARE(m_proxy->server().proxyUrl(), m_remote->url(u""_s));
}

void tst_Proxy::cleanup()
{
    m_proxy.reset();
    m_remote.reset();
}

void tst_Proxy::answersPassThroughUnchanged()
{
    HttpClient client(kClientKey);
    HttpClient direct(kSandboxKey);
    for (const QString &path : {u"/v1/events"_s, u"/v1/events/order.confirmed"_s, u"/v1/integrations?channel=email"_s,
                                u"/v1/contacts?limit=2&offset=1"_s, u"/v1/deliveries"_s}) {
        const HttpReply viaProxy = client.get(m_proxy->url(path));
        const HttpReply straight = direct.get(m_remote->url(path));
        QCOMPARE(viaProxy.status, straight.status);
        QCOMPARE(viaProxy.body, straight.body);
        QCOMPARE(viaProxy.header("Content-Type"), straight.header("Content-Type"));
        // The remote's request id travels too, beside the proxy's own.
        QVERIFY(viaProxy.header("X-Remote-Request-Id").startsWith("req_"));
        QVERIFY(viaProxy.header("X-Request-Id").startsWith("req_"));
        QVERIFY(viaProxy.header("X-Remote-Request-Id") != viaProxy.header("X-Request-Id"));
    }

    // A write, with its 201 and Location.
    const HttpReply created = client.post(m_proxy->url(u"/v1/contacts"_s), Json{{"email", "via@proxy.test"}, {"tier", "gold"}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json()["data"]["contact"]["meta"]["tier"], "gold");
    QVERIFY(created.header("Location").startsWith("/v1/contacts/"));
    // It happened on the remote, not on the proxy's own database.
    QCOMPARE(direct.get(m_remote->url(u"/v1/contacts/via@proxy.test"_s)).status, 200);
    m_proxy->server().setProxy(std::nullopt);
    QCOMPARE(client.get(m_proxy->url(u"/v1/contacts/via@proxy.test"_s)).status, 404);
}

void tst_Proxy::errorsPassThroughUnchanged()
{
    HttpClient client(kClientKey);
    HttpClient direct(kSandboxKey);
    const HttpReply missing = client.get(m_proxy->url(u"/v1/contacts/nobody%40example.com"_s));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.body, direct.get(m_remote->url(u"/v1/contacts/nobody%40example.com"_s)).body);
    QCOMPARE(missing.json()["code"], "NOT_FOUND");

    const HttpReply invalid = client.post(m_proxy->url(u"/v1/contacts"_s), Json{{"email", "nope"}});
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.json()["code"], "INVALID_EMAIL");

    // The remote decides about media types and methods.
    const HttpReply notJson = client.send("POST", m_proxy->url(u"/v1/contacts"_s), "email=x", {}, "text/plain");
    QCOMPARE(notJson.status, 415);
    const HttpReply wrongMethod = client.send("PUT", m_proxy->url(u"/v1/events"_s), "{}");
    QCOMPARE(wrongMethod.status, 405);
    QVERIFY(!wrongMethod.header("Allow").isEmpty());
    QCOMPARE(client.get(m_proxy->url(u"/v1/nowhere"_s)).json()["code"], "NOT_FOUND");

    const HttpReply head = client.send("HEAD", m_proxy->url(u"/v1/events"_s));
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());

    // A search with reserved characters arrives as it was sent.
    const HttpReply search = client.get(m_proxy->url(u"/v1/contacts?search=%2B46%2070&limit=5"_s));
    QCOMPARE(search.status, 200);
    QCOMPARE(search.json()["data"]["limit"], 5);
}

void tst_Proxy::localKeyIsRequired()
{
    const HttpReply anonymous = HttpClient().get(m_proxy->url(u"/v1/events"_s));
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.json()["code"], "UNAUTHORIZED");
    // The remote's key is not a key of the proxy.
    QCOMPARE(HttpClient(kSandboxKey).get(m_proxy->url(u"/v1/events"_s)).status, 401);
    // None of that reached the remote.
    QCOMPARE(journal(*m_remote, kSandboxKey)["total"], 0);
}

void tst_Proxy::remoteKeyIsSentAndJournalled()
{
    HttpClient client(kClientKey);
    QCOMPARE(client.post(m_proxy->url(u"/v1/contacts"_s), Json{{"email", "key@proxy.test"}}).status, 201);

    // The remote saw the request with its own (sandbox) key.
    const Json remote = journal(*m_remote, kSandboxKey, u"?method=POST"_s);
    QCOMPARE(remote["total"], 1);
    QCOMPARE(remote["requests"][0]["path"], "/v1/contacts");
    QCOMPARE(remote["requests"][0]["environment"], "sandbox");
    QCOMPARE(remote["requests"][0]["status"], 201);

    // The proxy journalled the exchange with the remote's answer.
    const Json local = journal(*m_proxy, kClientKey, u"?method=POST"_s);
    QCOMPARE(local["total"], 1);
    QCOMPARE(local["requests"][0]["status"], 201);
    QCOMPARE(local["requests"][0]["response_body"]["data"]["contact"]["email"], "key@proxy.test");

    // A production key on the proxy's target reaches production.
    m_proxy->server().setProxy(server::ProxyTarget{m_remote->url(u""_s), kProductionKey});
    QCOMPARE(client.post(m_proxy->url(u"/v1/contacts"_s), Json{{"email", "live@proxy.test"}}).status, 201);
    QCOMPARE(journal(*m_remote, kSandboxKey, u"?environment=production"_s)["total"], 1);

    // A remote key the remote does not know: its 401, unchanged.
    m_proxy->server().setProxy(server::ProxyTarget{m_remote->url(u""_s), u"test_unknown"_s});
    const HttpReply refused = client.get(m_proxy->url(u"/v1/events"_s));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json()["error"], "Invalid API key");
}

void tst_Proxy::idempotencyHeadersTravel()
{
    HttpClient client(kClientKey);
    const Json body = {{"to", "idem@proxy.test"}, {"payload", Json::object()}};
    const QList<QPair<QByteArray, QByteArray>> key{{"X-Idempotency-Key", "proxy-idem-1"}};
    const HttpReply first = client.send("POST", m_proxy->url(u"/v1/send/order.confirmed/email"_s), dumpJson(body), key);
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("X-Idempotent-Replay").isEmpty());
    const HttpReply replay = client.send("POST", m_proxy->url(u"/v1/send/order.confirmed/email"_s), dumpJson(body), key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("X-Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(replay.body, first.body);
}

void tst_Proxy::rateLimitsOfTheRemotePassThrough()
{
    server::LocalServerOptions frozen; // the 11 requests land in one window
    frozen.clockFrozen = true;
    TestServer limited(frozen, TestServer::Limits::On);
    QVERIFY(limited.start());
    TestServer proxy(proxyOptions(limited.url(u""_s), kSandboxKey));
    QVERIFY(proxy.start());
    HttpClient client(kClientKey);
    HttpReply last;
    for (int i = 0; i < 11; ++i)
        last = client.get(proxy.url(u"/v1/events"_s));
    QCOMPARE(last.status, 429);
    QCOMPARE(last.json()["code"], "RATE_LIMITED");
    QCOMPARE(last.header("Retry-After"), QByteArray("1"));
    QCOMPARE(last.header("X-RateLimit-Limit"), QByteArray("10"));
    QCOMPARE(last.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(!last.header("X-RateLimit-Reset").isEmpty());
}

void tst_Proxy::unreachableRemoteIs502()
{
    const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(unusedPort()));
    TestServer proxy(proxyOptions(nowhere, kSandboxKey));
    QVERIFY(proxy.start());
    const HttpReply r = HttpClient(kClientKey).get(proxy.url(u"/v1/events"_s));
    QCOMPARE(r.status, 502);
    QCOMPARE(r.json()["success"], false);
    QCOMPARE(r.json()["code"], "PROVIDER_ERROR");
    QVERIFY2(r.json()["error"].get<std::string>().starts_with("Cannot reach the remote API at " + toStd(nowhere.toString())),
             r.body.constData());
    QVERIFY(!r.header("X-Request-Id").isEmpty());
}

void tst_Proxy::silentRemoteIs504()
{
    SilentServer silent;
    TestServer proxy(proxyOptions(silent.url(), kSandboxKey, 300));
    QVERIFY(proxy.start());
    const HttpReply r = HttpClient(kClientKey).get(proxy.url(u"/v1/events"_s));
    QCOMPARE(r.status, 504);
    QCOMPARE(r.json()["code"], "PROVIDER_ERROR");
    QVERIFY2(r.json()["error"].get<std::string>().find("did not answer within 0.3 s") != std::string::npos, r.body.constData());
    // And the proxy journals it like any other answer.
    QCOMPARE(journal(proxy, kClientKey, u"?status=504"_s)["total"], 1);
}

void tst_Proxy::localRoutesStayLocal()
{
    HttpClient client(kClientKey);
    QCOMPARE(HttpClient().get(m_proxy->url(u"/healthz"_s)).status, 200);
    const HttpReply workspace = client.get(m_proxy->url(u"/_local/workspace"_s));
    QCOMPARE(workspace.status, 200);
    QVERIFY(workspace.header("X-Remote-Request-Id").isEmpty());
    QCOMPARE(client.send("OPTIONS", m_proxy->url(u"/v1/events"_s)).status, 204);
}

void tst_Proxy::encodedSlashStaysInItsSegment()
{
    // An external id with a '/' is one path segment, %2F-encoded; decoded on the way,
    // it would reach the remote as two segments (a route that does not exist).
    HttpClient direct(kSandboxKey);
    QCOMPARE(direct.post(m_remote->url(u"/v1/contacts"_s), Json{{"externalId", "team/42"}, {"name", "Slash"}}).status,
             201);
    HttpClient client(kClientKey);
    const HttpReply viaProxy = client.get(m_proxy->url(u"/v1/contacts/team%2F42"_s));
    QCOMPARE(viaProxy.status, 200);
    QCOMPARE(viaProxy.json()["data"]["contact"]["name"], "Slash");
    QCOMPARE(viaProxy.body, direct.get(m_remote->url(u"/v1/contacts/team%2F42"_s)).body);

    // What went on the wire, seen by a scripted remote: the path byte for byte.
    ScriptedServer seen([](const SeenRequest &) { return httpAnswer(200, R"({"success":true})"); });
    m_proxy->server().setProxy(server::ProxyTarget{seen.url(), kSandboxKey, std::chrono::milliseconds(10'000)});
    QCOMPARE(client.get(m_proxy->url(u"/v1/contacts/team%2F42%20b?x=%2F"_s)).status, 200);
    QCOMPARE(seen.requests().size(), 1);
    QCOMPARE(seen.requests().first().target, QByteArray("/v1/contacts/team%2F42%20b?x=%2F"));
}

void tst_Proxy::switchesOffWhileRunning()
{
    HttpClient client(kClientKey);
    QVERIFY(!client.get(m_proxy->url(u"/v1/events"_s)).header("X-Remote-Request-Id").isEmpty());
    m_proxy->server().setProxy(std::nullopt);
    QVERIFY(!m_proxy->server().isProxying());
    QVERIFY(m_proxy->server().proxyUrl().isEmpty());
    const HttpReply local = client.get(m_proxy->url(u"/v1/events"_s));
    QCOMPARE(local.status, 200);
    QVERIFY(local.header("X-Remote-Request-Id").isEmpty());
}

void tst_Proxy::waitingRequestsAreAnsweredWhenSwitchedOff()
{
    SilentServer silent;
    TestServer proxy(proxyOptions(silent.url(), kSandboxKey, 30'000));
    QVERIFY(proxy.start());
    QTimer::singleShot(300, &proxy.server(), [&proxy] { proxy.server().setProxy(std::nullopt); });
    const HttpReply r = HttpClient(kClientKey).get(proxy.url(u"/v1/events"_s));
    QCOMPARE(r.status, 502);
    QCOMPARE(r.json()["code"], "PROVIDER_ERROR");
}

QTEST_GUILESS_MAIN(tst_Proxy)
#include "tst_proxy.moc"
