// POST /v1/send/{event}[/{channel}] over real HTTP: what cannot be sent — every error
// code of DESIGN §5 in `errors`, the status rules, and requests rejected whole.
#include "sendfixture.h"

#include <jsoncompare.h>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_SendErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void partialFailureIsSuccessWithErrors();
    void errorCodes_data();
    void errorCodes();
    void integrationMissingAndInactive();
    void quotaExceededWhenLimitsOn();
    void badRequests_data();
    void badRequests();
    void unknownEventIs404();
    void unknownChannelInPathIs400();

private:
    HttpReply send(const QString &path, const Json &body) { return sendTo(m_client, *m_server, path, body); }
    void useWorkspace(const Json &fixture);

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void tst_SendErrors::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    useWorkspace(sendFixture());
}

void tst_SendErrors::cleanup()
{
    m_server.reset();
}

void tst_SendErrors::useWorkspace(const Json &fixture)
{
    const HttpReply r = m_client.put(m_server->url(QStringLiteral("/_local/workspace")), fixture);
    QVERIFY2(r.status == 200, r.body.constData());
}

void tst_SendErrors::partialFailureIsSuccessWithErrors()
{
    const Json body = {{"to", Json::array({"good@example.com", "not-an-email@", "+46"})}, {"payload", Json::object()}};
    const HttpReply r = send(QStringLiteral("/v1/send/all.channels/email"), body);
    QCOMPARE(r.status, 200);
    const Json j = r.json();
    QCOMPARE(j["success"], true);
    QCOMPARE(j["deliveries"].size(), size_t(1));
    QCOMPARE(j["errors"].size(), size_t(2));
    QCOMPARE(j["errors"][0]["code"], "INVALID_EMAIL");
    QCOMPARE(j["errors"][0]["recipient"], "not-an-email@");
    QCOMPARE(j["errors"][1]["code"], "INVALID_PHONE");
    QCOMPARE(j["errors"][1]["recipient"], "+46");
}

void tst_SendErrors::errorCodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("channel");
    QTest::newRow("missing identifier") << "/v1/send/all.channels/slack"
                                        << QByteArray(R"({"to":"nobody@example.com","payload":{}})") << 400
                                        << "MISSING_IDENTIFIER"
                                        << "slack";
    QTest::newRow("invalid email string")
        << "/v1/send/all.channels" << QByteArray(R"({"to":"a@b","payload":{}})") << 400 << "INVALID_EMAIL"
        << "";
    QTest::newRow("invalid email object")
        << "/v1/send/all.channels" << QByteArray(R"({"to":{"email":"nope@"},"payload":{}})") << 400 << "INVALID_EMAIL"
        << "";
    QTest::newRow("invalid phone string")
        << "/v1/send/all.channels" << QByteArray(R"({"to":"+0123","payload":{}})") << 400 << "INVALID_PHONE"
        << "";
    QTest::newRow("invalid phone object")
        << "/v1/send/all.channels" << QByteArray(R"({"to":{"phone":"0701234567"},"payload":{}})") << 400
        << "INVALID_PHONE"
        << "";
    QTest::newRow("unverified email sender")
        << "/v1/send/all.channels/email"
        << QByteArray(R"({"to":"x@example.com","payload":{},"from":"boss@elsewhere.example"})") << 400
        << "UNVERIFIED_SENDER"
        << "email";
    QTest::newRow("unverified phone sender")
        << "/v1/send/all.channels/sms" << QByteArray(R"({"to":"+46704444444","payload":{},"from":"+46700000000"})")
        << 400 << "UNVERIFIED_SENDER"
        << "sms";
    QTest::newRow("contact not found") << "/v1/send/all.channels" << QByteArray(R"({"to":"no-such-user","payload":{}})")
                                       << 404 << "NOT_FOUND"
                                       << "";
    QTest::newRow("identifiers of two contacts")
        << "/v1/send/all.channels/email"
        << QByteArray(R"({"to":{"email":"one@example.com","phone":"+46705555555"},"payload":{}})") << 409 << "CONFLICT"
        << "";
}

void tst_SendErrors::errorCodes()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, channel);
    if (code == u"CONFLICT"_s) {
        send(QStringLiteral("/v1/send/all.channels/email"),
            Json{{"to", "one@example.com"}, {"payload", Json::object()}});
        send(QStringLiteral("/v1/send/all.channels/sms"), Json{{"to", "+46705555555"}, {"payload", Json::object()}});
    }
    const HttpReply r = m_client.send("POST", m_server->url(path), body);
    QCOMPARE(r.status, status);
    const Json j = r.json();
    QCOMPARE(j["success"], false);
    QCOMPARE(j["deliveries"], Json::array());
    QCOMPARE(j["errors"].size(), size_t(1));
    const Json &e = j["errors"][0];
    QCOMPARE(e["code"], code.toStdString());
    QVERIFY(!e["message"].get<std::string>().empty());
    QVERIFY(e["recipient"].is_string());
    if (channel.isEmpty())
        QCOMPARE(e["channel"], nullptr);
    else
        QCOMPARE(e["channel"], channel.toStdString());
}

void tst_SendErrors::integrationMissingAndInactive()
{
    Json fixture = sendFixture();
    Json integrations = Json::array();
    for (const Json &i : fixture["integrations"]) {
        if (i["channel"] == "telegram")
            continue; // missing
        Json copy = i;
        if (i["channel"] == "discord")
            copy["status"] = "inactive";
        integrations.push_back(copy);
    }
    fixture["integrations"] = integrations;
    fixture["plan"]["addons"] = Json::array({"sms"});
    useWorkspace(fixture);

    const Json to = everyChannelContact();
    HttpReply r = send(QStringLiteral("/v1/send/all.channels/telegram"), Json{{"to", to}, {"payload", Json::object()}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["errors"][0]["code"], "INTEGRATION_MISSING");
    QCOMPARE(r.json()["errors"][0]["message"], "No telegram integration configured");
    r = send(QStringLiteral("/v1/send/all.channels/discord"), Json{{"to", to}, {"payload", Json::object()}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["errors"][0]["code"], "INTEGRATION_MISSING");
    r = send(QStringLiteral("/v1/send/all.channels/whatsapp"), Json{{"to", to}, {"payload", Json::object()}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()["errors"][0]["code"], "ADDON_NOT_ENABLED");

    // The status is the first error's: the addon check comes first for whatsapp.
    r = send(QStringLiteral("/v1/send/all.channels"), Json{{"to", "+46706666666"}, {"payload", Json::object()}});
    QVERIFY2(r.status == 200, r.body.constData()); // sms goes out
    QStringList codes;
    const Json answer = r.json();
    for (const Json &e : answer["errors"])
        codes << QString::fromStdString(e["channel"].get<std::string>() + ":" + e["code"].get<std::string>());
    QCOMPARE(codes,
        QStringList({u"email:MISSING_IDENTIFIER"_s, u"slack:MISSING_IDENTIFIER"_s, u"push:MISSING_IDENTIFIER"_s,
            u"telegram:INTEGRATION_MISSING"_s, u"whatsapp:ADDON_NOT_ENABLED"_s, u"discord:INTEGRATION_MISSING"_s}));
}

void tst_SendErrors::quotaExceededWhenLimitsOn()
{
    m_server.reset();
    server::LocalServerOptions frozen; // both sends in one per-second window of the sandbox's 10
    frozen.clockFrozen = true;
    m_server = std::make_unique<TestServer>(frozen, TestServer::Limits::On);
    QVERIFY(m_server->start());
    QCOMPARE(m_client.post(m_server->url(u"/_local/reset"_s), Json::object()).status, 200); // the demo contacts
    Json fixture = sendFixture();
    fixture["plan"]["contact_limit"] = 1;
    fixture["contacts"] = Json::array({{{"email", "first@example.com"}}});
    useWorkspace(fixture);
    const HttpReply known = send(
        QStringLiteral("/v1/send/all.channels/email"), Json{{"to", "first@example.com"}, {"payload", Json::object()}});
    QCOMPARE(known.status, 200);
    const HttpReply r = send(QStringLiteral("/v1/send/all.channels/email"),
        Json{{"to", "second@example.com"}, {"payload", Json::object()}});
    QCOMPARE(r.status, 402);
    QCOMPARE(r.json()["errors"][0]["code"], "QUOTA_EXCEEDED");
}

void tst_SendErrors::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no to") << QByteArray(R"({"payload":{}})") << "to";
    QTest::newRow("null to") << QByteArray(R"({"to":null,"payload":{}})") << "to";
    QTest::newRow("numeric to") << QByteArray(R"({"to":42,"payload":{}})") << "to";
    QTest::newRow("empty string to") << QByteArray(R"({"to":"  ","payload":{}})") << "to";
    QTest::newRow("empty array") << QByteArray(R"({"to":[],"payload":{}})") << "to";
    QTest::newRow("bad array entry") << QByteArray(R"({"to":["a@example.com",true],"payload":{}})") << "to[1]";
    QTest::newRow("mistyped contact field")
        << QByteArray(R"({"to":{"email":"a@example.com","name":5},"payload":{}})") << "to.name";
    QTest::newRow("contact without identifier") << QByteArray(R"({"to":{"name":"Nobody"},"payload":{}})") << "to";
    QTest::newRow("no payload") << QByteArray(R"({"to":"a@example.com"})") << "payload";
    QTest::newRow("array payload") << QByteArray(R"({"to":"a@example.com","payload":[]})") << "payload";
    QTest::newRow("numeric language") << QByteArray(R"({"to":"a@example.com","payload":{},"language":1})")
                                      << "language";
    QTest::newRow("empty from") << QByteArray(R"({"to":"a@example.com","payload":{},"from":""})") << "from";
    QTest::newRow("overrides not object")
        << QByteArray(R"({"to":"a@example.com","payload":{},"overrides":"x"})") << "overrides";
    QTest::newRow("overrides unknown channel")
        << QByteArray(R"({"to":"a@example.com","payload":{},"overrides":{"fax":{}}})") << "overrides.fax";
    QTest::newRow("overrides unknown field")
        << QByteArray(R"({"to":"a@example.com","payload":{},"overrides":{"sms":{"subject":"x"}}})")
        << "overrides.sms.subject";
    QTest::newRow("overrides non-string")
        << QByteArray(R"({"to":"a@example.com","payload":{},"overrides":{"email":{"subject":1}}})")
        << "overrides.email.subject";
    QByteArray many = R"({"payload":{},"to":[)";
    for (int i = 0; i < 1001; ++i)
        many += (i ? ",\"" : "\"") + QByteArray::number(i) + "@example.com\"";
    QTest::newRow("1001 recipients") << many + "]}" << "to";
}

void tst_SendErrors::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpReply r = m_client.send("POST", m_server->url(QStringLiteral("/v1/send/all.channels")), body);
    QCOMPARE(r.status, 400);
    const Json j = r.json();
    QCOMPARE(j["success"], false);
    QCOMPARE(j["code"], "VALIDATION_ERROR");
    QVERIFY(j["details"].is_array());
    QCOMPARE(j["details"][0]["field"], field.toStdString());
    // Nothing was sent.
    QCOMPARE(m_client.get(m_server->url(QStringLiteral("/v1/deliveries"))).json()["data"]["total"], 0);
}

void tst_SendErrors::unknownEventIs404()
{
    const HttpReply r
        = send(QStringLiteral("/v1/send/order.vanished"), Json{{"to", "a@example.com"}, {"payload", Json::object()}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json(),
        Json({{"success", false}, {"error", "Event 'order.vanished' not found"}, {"code", "EVENT_NOT_FOUND"}}));
}

void tst_SendErrors::unknownChannelInPathIs400()
{
    const HttpReply r = send(
        QStringLiteral("/v1/send/all.channels/fax"), Json{{"to", "a@example.com"}, {"payload", Json::object()}});
    QCOMPARE(r.status, 400);
    const Json j = r.json();
    QCOMPARE(j["code"], "VALIDATION_ERROR");
    QVERIFY(j["error"].get<std::string>().find("fax") != std::string::npos);
    QCOMPARE(j["details"][0]["field"], "channel");
}

QTEST_GUILESS_MAIN(tst_SendErrors)
#include "tst_senderrors.moc"
