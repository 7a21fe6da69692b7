// The webhook routes (reference "Webhooks", DESIGN §8, §10): shapes, one endpoint per
// application, updates, deletion, the local extensions, and every error they answer.
#include <httpclient.h>
#include <testserver.h>

#include <jsoncompare.h>

#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

const Json kValid{{"url", "https://app.example/webhooks/sendivent"},
                  {"enabled_events", {"delivery.sent", "delivery.failed"}},
                  {"description", "Production webhook"}};

} // namespace

class tst_WebhookRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void noneYet();
    void createAndGet();
    void secondCreateIsConflict();
    void defaultsOnCreate();
    void createRejects_data();
    void createRejects();
    void update();
    void updateRejects_data();
    void updateRejects();
    void deleteThenCreateAgain();
    void unknownUuids_data();
    void unknownUuids();
    void rotateSecret();
    void testEventErrors();
    void needsAKeyAndTheRightMethod();

private:
    QUrl url(const QString &path) const { return m_server->url(path); }
    Json create(const Json &body = kValid)
    {
        const HttpReply r = m_client.post(url(u"/v1/webhooks"_s), body);
        if (r.status != 201)
            qWarning() << r.status << r.body;
        return r.json()["data"]["webhook"];
    }

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void tst_WebhookRoutes::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
}

void tst_WebhookRoutes::cleanup()
{
    m_server.reset();
}

void tst_WebhookRoutes::noneYet()
{
    const HttpReply r = m_client.get(url(u"/v1/webhooks"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), Json({{"success", true}, {"data", {{"webhook", nullptr}}}}));
}

void tst_WebhookRoutes::createAndGet()
{
    const HttpReply r = m_client.post(url(u"/v1/webhooks"_s), kValid);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json()["success"], Json(true));
    const Json w = r.json()["data"]["webhook"];
    QCOMPARE(keysOf(w), (std::vector<std::string>{"uuid", "url", "enabled_events", "description", "is_active",
                                                  "signing_secret", "created_at", "updated_at"}));
    QCOMPARE(w["url"], kValid["url"]);
    QCOMPARE(w["enabled_events"], kValid["enabled_events"]);
    QCOMPARE(w["description"], kValid["description"]);
    QCOMPARE(w["is_active"], Json(true));
    QVERIFY(str(w["created_at"]).endsWith(u'Z'));
    const QString secret = str(w["signing_secret"]);
    QVERIFY(secret.startsWith(u"whsec_"_s));
    const auto key = QByteArray::fromBase64Encoding(secret.mid(6).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(key);
    QVERIFY(key.decoded.size() >= 24);

    // The secret is shown on create only.
    const HttpReply got = m_client.get(url(u"/v1/webhooks"_s));
    QCOMPARE(got.status, 200);
    Json expected = w;
    expected.erase("signing_secret");
    QCOMPARE(got.json()["data"]["webhook"], expected);
    QVERIFY(!got.body.contains("whsec_"));
}

void tst_WebhookRoutes::secondCreateIsConflict()
{
    QVERIFY(create().is_object());
    const HttpReply r = m_client.post(url(u"/v1/webhooks"_s), Json{{"url", "https://other.example/hook"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()["code"], Json("CONFLICT"));
    QCOMPARE(r.json()["success"], Json(false));
    QCOMPARE(m_client.get(url(u"/v1/webhooks"_s)).json()["data"]["webhook"]["url"], kValid["url"]);
}

void tst_WebhookRoutes::defaultsOnCreate()
{
    const Json w = create(Json{{"url", "http://localhost:3000/hook"}});
    QCOMPARE(w["enabled_events"], Json({"delivery.sent", "delivery.delivered", "delivery.failed",
                                         "delivery.bounced", "delivery.complained"}));
    QCOMPARE(w["description"], Json(nullptr));
    QCOMPARE(w["is_active"], Json(true));
}

void tst_WebhookRoutes::createRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    QTest::newRow("no url") << QByteArray(R"({"enabled_events":["delivery.sent"]})") << u"url"_s;
    QTest::newRow("url not a string") << QByteArray(R"({"url":42})") << u"url"_s;
    QTest::newRow("url empty") << QByteArray(R"({"url":""})") << u"url"_s;
    QTest::newRow("not a url") << QByteArray(R"({"url":"not a url"})") << u"url"_s;
    QTest::newRow("relative") << QByteArray(R"({"url":"/hook"})") << u"url"_s;
    QTest::newRow("ftp") << QByteArray(R"({"url":"ftp://files.example/hook"})") << u"url"_s;
    QTest::newRow("mailto") << QByteArray(R"({"url":"mailto:ops@example.com"})") << u"url"_s;
    QTest::newRow("javascript") << QByteArray(R"j({"url":"javascript:alert(1)"})j") << u"url"_s;
    QTest::newRow("no host") << QByteArray(R"({"url":"http://"})") << u"url"_s;
    QTest::newRow("too long") << QByteArray(R"({"url":"https://a.example/)" + QByteArray(2100, 'x') + R"("})")
                              << u"url"_s;
    QTest::newRow("events empty") << QByteArray(R"({"url":"https://a.example","enabled_events":[]})")
                                  << u"enabled_events"_s;
    QTest::newRow("unknown event") << QByteArray(R"({"url":"https://a.example","enabled_events":["delivery.sent","delivery.opened"]})")
                                   << u"enabled_events[1]"_s;
    QTest::newRow("events a string") << QByteArray(R"({"url":"https://a.example","enabled_events":"delivery.sent"})")
                                     << u"enabled_events"_s;
    QTest::newRow("event a number") << QByteArray(R"({"url":"https://a.example","enabled_events":[1]})")
                                    << u"enabled_events[0]"_s;
    QTest::newRow("description a number") << QByteArray(R"({"url":"https://a.example","description":5})")
                                          << u"description"_s;
    QTest::newRow("description too long")
        << QByteArray(R"({"url":"https://a.example","description":")" + QByteArray(501, 'd') + R"("})")
        << u"description"_s;
    QTest::newRow("is_active a string") << QByteArray(R"({"url":"https://a.example","is_active":"yes"})")
                                        << u"is_active"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"url":"https://a.example","events":["delivery.sent"]})")
                                   << u"events"_s;
    QTest::newRow("body an array") << QByteArray(R"([{"url":"https://a.example"}])") << QString();
}

void tst_WebhookRoutes::createRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpReply r = m_client.send("POST", url(u"/v1/webhooks"_s), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["code"], Json("VALIDATION_ERROR"));
    QCOMPARE(r.json()["success"], Json(false));
    if (!field.isEmpty()) {
        QVERIFY2(r.json()["details"].is_array(), r.body.constData());
        QCOMPARE(str(r.json()["details"][0]["field"]), field);
        QVERIFY(!str(r.json()["details"][0]["message"]).isEmpty());
    }
    // Nothing was created.
    QCOMPARE(m_client.get(url(u"/v1/webhooks"_s)).json()["data"]["webhook"], Json(nullptr));
}

void tst_WebhookRoutes::update()
{
    const Json w = create();
    const QString path = u"/v1/webhooks/"_s + str(w["uuid"]);
    QTest::qWait(5); // updated_at moves on a change

    HttpReply r = m_client.patch(url(path), Json{{"url", "http://127.0.0.1:4000/in"},
                                                 {"enabled_events", {"delivery.bounced"}},
                                                 {"is_active", false}});
    QCOMPARE(r.status, 200);
    Json u = r.json()["data"]["webhook"];
    QCOMPARE(u["uuid"], w["uuid"]);
    QCOMPARE(u["url"], Json("http://127.0.0.1:4000/in"));
    QCOMPARE(u["enabled_events"], Json({"delivery.bounced"}));
    QCOMPARE(u["is_active"], Json(false));
    QCOMPARE(u["description"], w["description"]); // not given: kept
    QVERIFY(!u.contains("signing_secret"));
    QCOMPARE(u["created_at"], w["created_at"]);
    QVERIFY(u["updated_at"] != w["updated_at"]);

    // An echoed answer is accepted (read-only fields are ignored); nothing changes.
    r = m_client.patch(url(path), u);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["data"]["webhook"], u);

    r = m_client.patch(url(path), Json{{"description", nullptr}, {"is_active", true}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["data"]["webhook"]["description"], Json(nullptr));
    QCOMPARE(r.json()["data"]["webhook"]["is_active"], Json(true));
    QCOMPARE(m_client.get(url(u"/v1/webhooks"_s)).json()["data"]["webhook"], r.json()["data"]["webhook"]);
}

void tst_WebhookRoutes::updateRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("events empty") << QByteArray(R"({"enabled_events":[]})") << u"enabled_events"_s;
    QTest::newRow("unknown event") << QByteArray(R"({"enabled_events":["delivery.read"]})") << u"enabled_events[0]"_s;
    QTest::newRow("url ws") << QByteArray(R"({"url":"ws://a.example/socket"})") << u"url"_s;
    QTest::newRow("url null") << QByteArray(R"({"url":null})") << u"url"_s;
    QTest::newRow("is_active null") << QByteArray(R"({"is_active":null})") << u"is_active"_s;
}

void tst_WebhookRoutes::updateRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Json w = create();
    const HttpReply r = m_client.send("PATCH", url(u"/v1/webhooks/"_s + str(w["uuid"])), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["code"], Json("VALIDATION_ERROR"));
    QCOMPARE(str(r.json()["details"][0]["field"]), field);
    Json unchanged = w;
    unchanged.erase("signing_secret");
    QCOMPARE(m_client.get(url(u"/v1/webhooks"_s)).json()["data"]["webhook"], unchanged);
}

void tst_WebhookRoutes::deleteThenCreateAgain()
{
    const Json w = create();
    const HttpReply r = m_client.del(url(u"/v1/webhooks/"_s + str(w["uuid"])));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), Json({{"success", true}, {"deleted", true}}));
    QCOMPARE(m_client.get(url(u"/v1/webhooks"_s)).json()["data"]["webhook"], Json(nullptr));
    const HttpReply again = m_client.del(url(u"/v1/webhooks/"_s + str(w["uuid"])));
    QCOMPARE(again.status, 404);
    QCOMPARE(again.json()["code"], Json("NOT_FOUND"));
    const Json fresh = create();
    QVERIFY(fresh.is_object());
    QVERIFY(fresh["uuid"] != w["uuid"]);
    QVERIFY(fresh["signing_secret"] != w["signing_secret"]);
}

void tst_WebhookRoutes::unknownUuids_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("patch") << QByteArray("PATCH") << u"/v1/webhooks/00000000-0000-4000-8000-000000000000"_s;
    QTest::newRow("delete") << QByteArray("DELETE") << u"/v1/webhooks/00000000-0000-4000-8000-000000000000"_s;
    QTest::newRow("rotate") << QByteArray("POST") << u"/_local/webhooks/nope/rotate-secret"_s;
    QTest::newRow("test") << QByteArray("POST") << u"/_local/webhooks/nope/test"_s;
    QTest::newRow("resend") << QByteArray("POST") << u"/_local/webhooks/messages/msg_nope/resend"_s;
}

void tst_WebhookRoutes::unknownUuids()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QVERIFY(create().is_object()); // another one exists
    const HttpReply r = m_client.send(method, url(path), method == "DELETE" ? QByteArray() : QByteArray("{}"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json()["code"], Json("NOT_FOUND"));
    QCOMPARE(r.json()["success"], Json(false));
}

void tst_WebhookRoutes::rotateSecret()
{
    const Json w = create();
    const HttpReply r = m_client.post(url(u"/_local/webhooks/%1/rotate-secret"_s.arg(str(w["uuid"]))), Json::object());
    QCOMPARE(r.status, 200);
    const Json rotated = r.json()["data"]["webhook"];
    QVERIFY(str(rotated["signing_secret"]).startsWith(u"whsec_"_s));
    QVERIFY(rotated["signing_secret"] != w["signing_secret"]);
    QCOMPARE(rotated["uuid"], w["uuid"]);
    QVERIFY(!m_client.get(url(u"/v1/webhooks"_s)).body.contains("whsec_"));
}

void tst_WebhookRoutes::testEventErrors()
{
    const Json w = create();
    const QString path = u"/_local/webhooks/%1/test"_s.arg(str(w["uuid"]));
    HttpReply r = m_client.post(url(path), Json{{"event", "delivery.opened"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(str(r.json()["details"][0]["field"]), u"event"_s);
    r = m_client.post(url(path), Json{{"event", 7}});
    QCOMPARE(r.status, 400);
    QCOMPARE(m_client.patch(url(u"/v1/webhooks/"_s + str(w["uuid"])), Json{{"is_active", false}}).status, 200);
    r = m_client.post(url(path), Json::object());
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()["code"], Json("CONFLICT"));
}

void tst_WebhookRoutes::needsAKeyAndTheRightMethod()
{
    HttpClient anonymous;
    QCOMPARE(anonymous.get(url(u"/v1/webhooks"_s)).status, 401);
    QCOMPARE(anonymous.post(url(u"/v1/webhooks"_s), kValid).status, 401);
    QCOMPARE(anonymous.post(url(u"/_local/webhooks/x/test"_s), Json::object()).status, 401);
    const HttpReply put = m_client.put(url(u"/v1/webhooks"_s), kValid);
    QCOMPARE(put.status, 405);
    QVERIFY(put.header("Allow").contains("POST"));
    QCOMPARE(m_client.get(url(u"/v1/webhooks/abc"_s)).status, 405);
    const HttpReply plain = m_client.send("POST", url(u"/v1/webhooks"_s), dumpJson(kValid), {}, "text/plain");
    QCOMPARE(plain.status, 415);
    QCOMPARE(m_client.get(url(u"/v1/webhooks"_s)).json()["data"]["webhook"], Json(nullptr));
}

QTEST_GUILESS_MAIN(tst_WebhookRoutes)
#include "tst_webhookroutes.moc"
