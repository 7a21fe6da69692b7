// GET /v1/deliveries, GET /v1/deliveries/{uuid}/trace, the provider emulation of
// DESIGN §7 (SES simulator, Twilio magic numbers, asynchronous outcomes) and
// POST /_local/deliveries/{uuid}/simulate.
#include "sendfixture.h"

#include <idleprobe.h>

#include <contacts/contactservice.h>
#include <storage/database.h>

#include <jsoncompare.h>

#include <QtCore/QRegularExpression>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_DeliveryRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void traceShape();
    void outcomeArrivesAfterTheAnswer();
    void sesSimulator_data();
    void sesSimulator();
    void otherChannelsStaySent();
    void twilioMagicNumbers_data();
    void twilioMagicNumbers();
    void messageIdsLookLikeTheProvider();
    void listsNewestFirstWithExactTotal();
    void filters();
    void rejectsBadFilters_data();
    void rejectsBadFilters();
    void unknownTraceIs404();
    void simulate_data();
    void simulate();
    void simulateRejectsBadInput();
    void simulateNeverSentIsConflict();
    void simulateSettlesTheEmulatedOutcome();
    void owedOutcomesSurviveARestart();
    void resetDropsDeliveries();
    void erasingAContactErasesItsDeliveries();

private:
    void startServer(int outcomeDelayMs);
    HttpReply send(const QString &path, const Json &body) { return sendTo(m_client, *m_server, path, body); }
    std::string sendEmail(const QString &to);
    Json trace(const std::string &uuid) { return traceOf(m_client, *m_server, uuid); }
    QString status(const std::string &uuid)
    {
        return QString::fromStdString(trace(uuid)["data"]["delivery"]["status"].get<std::string>());
    }
    HttpReply simulate(const std::string &uuid, const Json &body)
    {
        return m_client.post(
            m_server->url(u"/_local/deliveries/%1/simulate"_s.arg(QString::fromStdString(uuid))), body);
    }

    QTemporaryDir m_dataDir;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void tst_DeliveryRoutes::startServer(int outcomeDelayMs)
{
    m_server.reset();
    server::LocalServerOptions options;
    options.dataDir = m_dataDir.path();
    options.outcomeDelayMs = outcomeDelayMs;
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
}

void tst_DeliveryRoutes::init()
{
    QVERIFY(m_dataDir.isValid());
    startServer(20);
    const HttpReply r = m_client.put(m_server->url(u"/_local/workspace"_s), sendFixture());
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(m_client.post(m_server->url(u"/_local/reset"_s), Json::object()).status, 200);
}

void tst_DeliveryRoutes::cleanup()
{
    m_server.reset();
}

std::string tst_DeliveryRoutes::sendEmail(const QString &to)
{
    const HttpReply r
        = send(u"/v1/send/all.channels/email"_s, Json{{"to", to.toStdString()}, {"payload", {{"note", "n"}}}});
    if (r.status != 200)
        qWarning() << r.body;
    return deliveryOf(r.json(), "email");
}

void tst_DeliveryRoutes::traceShape()
{
    startServer(60'000);
    const std::string uuid = sendEmail(u"shape@example.com"_s);
    const HttpReply r = m_client.get(m_server->url(u"/v1/deliveries/%1/trace"_s.arg(QString::fromStdString(uuid))));
    QCOMPARE(r.status, 200);
    const Json j = r.json();
    QCOMPARE(j["success"], true);
    const Json &data = j["data"];
    // DESIGN §10's four, and the console's documented extension `sent` (issue 17).
    QCOMPARE(data.size(), size_t(5));
    const Json &sent = data["sent"];
    std::vector<std::string> sentKeys;
    for (auto it = sent.begin(); it != sent.end(); ++it)
        sentKeys.push_back(it.key());
    QCOMPARE(sentKeys, (std::vector<std::string>{"app", "from", "payload", "template_revision"}));
    QCOMPARE(sent["payload"], (Json{{"note", "n"}}));
    QVERIFY(sent["template_revision"].is_number_integer());
    QVERIFY(!data["content"].contains("$sent"));
    const Json &d = data["delivery"];
    const std::vector<std::string> keys = {"uuid", "channel", "status", "event_name", "contact_uuid", "recipient",
        "provider", "message_id", "language", "environment", "created_at", "sent_at", "delivered_at", "error"};
    std::vector<std::string> actual;
    for (auto it = d.begin(); it != d.end(); ++it)
        actual.push_back(it.key());
    QCOMPARE(actual, keys);
    QCOMPARE(d["uuid"], uuid);
    QCOMPARE(d["environment"], "sandbox");
    QCOMPARE(d["delivered_at"], nullptr);
    QCOMPARE(d["error"], nullptr);
    const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    QVERIFY(iso.match(QString::fromStdString(d["created_at"].get<std::string>())).hasMatch());
    QVERIFY(iso.match(QString::fromStdString(d["sent_at"].get<std::string>())).hasMatch());

    QCOMPARE(data["timeline"].size(), size_t(3));
    QCOMPARE(data["timeline"][0]["event"], "queued");
    QCOMPARE(data["timeline"][1]["event"], "rendered");
    QCOMPARE(data["timeline"][2]["event"], "sent");
    for (const Json &e : data["timeline"])
        QVERIFY(iso.match(QString::fromStdString(e["timestamp"].get<std::string>())).hasMatch());
    QVERIFY(!data["timeline"][0].contains("detail"));
    QCOMPARE(data["content"], Json({{"subject", "Hi friend from Test Co <hello@test.example>"},
                                    {"html", "<p>n</p><p>none</p>-- Test &amp; Co"},
                                    {"text", "n -- Test & Co"}}));
    QCOMPARE(data["webhook_attempts"], Json::array());
}

void tst_DeliveryRoutes::outcomeArrivesAfterTheAnswer()
{
    startServer(300);
    QElapsedTimer clock;
    clock.start();
    const std::string uuid = sendEmail(u"success@simulator.amazonses.com"_s);
    // Read back at once: the provider has not answered yet.
    const Json early = trace(uuid)["data"];
    if (clock.elapsed() < 250) {
        QCOMPARE(early["delivery"]["status"], "sent");
        QCOMPARE(early["timeline"].size(), size_t(3));
    }
    QTRY_COMPARE(status(uuid), u"delivered"_s);
    QVERIFY(clock.elapsed() >= 300);
}

void tst_DeliveryRoutes::sesSimulator_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("hasError");
    QTest::newRow("success") << "success@simulator.amazonses.com" << "delivered" << false;
    QTest::newRow("success with label") << "success+signup@simulator.amazonses.com" << "delivered" << false;
    QTest::newRow("bounce") << "bounce@simulator.amazonses.com" << "bounced" << true;
    QTest::newRow("complaint") << "complaint@simulator.amazonses.com" << "complained" << true;
    QTest::newRow("ooto") << "ooto@simulator.amazonses.com" << "delivered" << false;
    QTest::newRow("suppressionlist") << "suppressionlist@simulator.amazonses.com" << "bounced" << true;
    QTest::newRow("other email") << "someone@example.com" << "delivered" << false;
}

void tst_DeliveryRoutes::sesSimulator()
{
    QFETCH(QString, address);
    QFETCH(QString, outcome);
    QFETCH(bool, hasError);
    const std::string uuid = sendEmail(address);
    QVERIFY(!uuid.empty());
    QTRY_COMPARE(status(uuid), outcome);
    const Json t = trace(uuid)["data"];
    QCOMPARE(t["timeline"].size(), size_t(4));
    QCOMPARE(t["timeline"][3]["event"], outcome.toStdString());
    QVERIFY(t["timeline"][3].contains("detail"));
    QCOMPARE(!t["delivery"]["error"].is_null(), hasError);
    // A complaint comes after delivery; a bounce means it never arrived.
    QCOMPARE(t["delivery"]["delivered_at"].is_null(), outcome != u"delivered"_s);
    QVERIFY(t["delivery"]["sent_at"].is_string());
}

void tst_DeliveryRoutes::otherChannelsStaySent()
{
    const Json j
        = send(u"/v1/send/all.channels"_s, Json{{"to", everyChannelContact()}, {"payload", Json::object()}}).json();
    QCOMPARE(j["deliveries"].size(), size_t(6)); // no push token
    const std::string email = deliveryOf(j, "email");
    QTRY_COMPARE(status(email), u"delivered"_s);
    QVERIFY(settle(*m_server)); // no outcome is owed any more
    for (const char *channel : {"sms", "slack", "telegram", "whatsapp", "discord"})
        QCOMPARE(status(deliveryOf(j, channel)), u"sent"_s);
}

void tst_DeliveryRoutes::twilioMagicNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("0001 invalid") << "+15005550001" << "is not a valid phone number";
    QTest::newRow("0002 unroutable") << "+15005550002" << "cannot be reached by SMS";
    QTest::newRow("0003 no permission") << "+15005550003" << "is not enabled for this account";
    QTest::newRow("0004 unsubscribed") << "+15005550004" << "has opted out of receiving SMS (OptedOut)";
    QTest::newRow("0005 valid") << "+15005550005" << "";
    QTest::newRow("0006 valid") << "+15005550006" << "";
    QTest::newRow("0007 valid") << "+15005550007" << "";
    QTest::newRow("0008 valid") << "+15005550008" << "";
    QTest::newRow("0009 not mobile") << "+15005550009" << "is not a mobile number";
}

void tst_DeliveryRoutes::twilioMagicNumbers()
{
    QFETCH(QString, number);
    QFETCH(QString, refusal);
    const HttpReply r
        = send(u"/v1/send/all.channels/sms"_s, Json{{"to", number.toStdString()}, {"payload", Json::object()}});
    const Json j = r.json();
    // Refused or not, the delivery is acknowledged with its uuid (docs/decisions.md).
    QCOMPARE(r.status, 200);
    QCOMPARE(j["success"], true);
    QVERIFY(!j.contains("errors"));
    const std::string uuid = deliveryOf(j, "sms");
    QVERIFY(!uuid.empty());
    if (refusal.isEmpty()) {
        QCOMPARE(status(uuid), u"sent"_s);
        return;
    }
    // The refusal is the stored delivery's failure, in the configured provider's words
    // (the fixture's SMS provider is SNS): no Twilio wording.
    const Json list = m_client.get(m_server->url(u"/v1/deliveries?status=failed"_s)).json();
    QCOMPARE(list["data"]["total"], 1);
    const Json &d = list["data"]["deliveries"][0];
    QCOMPARE(d["uuid"], uuid);
    QCOMPARE(d["recipient"], number.toStdString());
    QCOMPARE(d["sent_at"], nullptr);
    const QString error = QString::fromStdString(d["error"].get<std::string>());
    QVERIFY2(error.startsWith(u"Amazon SNS refused the message: "_s), qPrintable(error));
    QVERIFY2(error.contains(refusal), qPrintable(error));
    QVERIFY2(!error.contains(u"Twilio"_s), qPrintable(error));
}

void tst_DeliveryRoutes::messageIdsLookLikeTheProvider()
{
    const Json j
        = send(u"/v1/send/all.channels"_s, Json{{"to", everyChannelContact()}, {"payload", Json::object()}}).json();
    const auto id = [&](const char *channel) {
        return QString::fromStdString(
            trace(deliveryOf(j, channel))["data"]["delivery"]["message_id"].get<std::string>());
    };
    QVERIFY(
        QRegularExpression(u"^010[0-9a-f]{13}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-000000$"_s)
            .match(id("email"))
            .hasMatch());
    QVERIFY(QRegularExpression(u"^\\d{10}\\.\\d{6}$"_s).match(id("slack")).hasMatch());
    QVERIFY(QRegularExpression(u"^\\d{17,20}$"_s).match(id("discord")).hasMatch());
    QVERIFY(id("whatsapp").startsWith(u"wamid."_s));
}

void tst_DeliveryRoutes::listsNewestFirstWithExactTotal()
{
    QStringList sent;
    for (int i = 0; i < 25; ++i)
        sent.prepend(QString::fromStdString(sendEmail(u"list%1@example.com"_s.arg(i))));
    Json j = m_client.get(m_server->url(u"/v1/deliveries"_s)).json();
    QCOMPARE(j["data"]["total"], 25);
    QCOMPARE(j["data"]["limit"], 20);
    QCOMPARE(j["data"]["offset"], 0);
    QCOMPARE(j["data"]["deliveries"].size(), size_t(20));
    QStringList listed;
    for (const Json &d : j["data"]["deliveries"])
        listed << QString::fromStdString(d["uuid"].get<std::string>());
    j = m_client.get(m_server->url(u"/v1/deliveries?offset=20&limit=100"_s)).json();
    QCOMPARE(j["data"]["deliveries"].size(), size_t(5));
    for (const Json &d : j["data"]["deliveries"])
        listed << QString::fromStdString(d["uuid"].get<std::string>());
    QCOMPARE(listed, sent);
    QVERIFY(!j["data"]["deliveries"][0].contains("content"));
    // Above the maximum is clamped to it (the reference's "Max 100"), not refused.
    const HttpReply clamped = m_client.get(m_server->url(u"/v1/deliveries?limit=101"_s));
    QCOMPARE(clamped.status, 200);
    QCOMPARE(clamped.json()["data"]["limit"], 100);
    QCOMPARE(clamped.json()["data"]["deliveries"].size(), size_t(25));
}

void tst_DeliveryRoutes::filters()
{
    send(u"/v1/send/all.channels"_s, Json{{"to", everyChannelContact()}, {"payload", Json::object()}});
    send(u"/v1/send/broken.partial"_s, Json{{"to", "ada@example.com"}, {"payload", Json::object()}});
    const auto total = [&](const QString &query) {
        return m_client.get(m_server->url(u"/v1/deliveries?"_s + query)).json()["data"]["total"].get<int>();
    };
    QCOMPARE(total(QString()), 7);
    QCOMPARE(total(u"event=all.channels"_s), 6);
    QCOMPARE(total(u"event=broken.partial"_s), 1);
    QCOMPARE(total(u"channel=email"_s), 2);
    QCOMPARE(total(u"channel=email&event=all.channels"_s), 1);
    QCOMPARE(total(u"status=failed"_s), 1);
    QCOMPARE(total(u"status=pending"_s), 0);
    QTRY_COMPARE(total(u"status=delivered"_s), 1);
    QCOMPARE(total(u"status=sent"_s), 5);
    QCOMPARE(total(u"event=nope"_s), 0);
    const Json j = m_client.get(m_server->url(u"/v1/deliveries?channel=slack"_s)).json();
    QCOMPARE(j["data"]["deliveries"][0]["channel"], "slack");
}

void tst_DeliveryRoutes::rejectsBadFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("channel") << "channel=fax" << "channel";
    QTest::newRow("status") << "status=lost" << "status";
    QTest::newRow("one bad status of two") << "status=failed,lost" << "status";
    QTest::newRow("no status") << "status=," << "status";
    QTest::newRow("not a time") << "created_after=yesterday" << "created_after";
    QTest::newRow("not a time either") << "created_before=2026-13-45" << "created_before";
    QTest::newRow("order") << "order=recipient" << "order";
    QTest::newRow("limit") << "limit=0" << "limit";
    QTest::newRow("offset") << "offset=-2" << "offset";
}

void tst_DeliveryRoutes::rejectsBadFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpReply r = m_client.get(m_server->url(u"/v1/deliveries?"_s + query));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    QCOMPARE(r.json()["details"][0]["field"], field.toStdString());
}

void tst_DeliveryRoutes::unknownTraceIs404()
{
    const HttpReply r = m_client.get(m_server->url(u"/v1/deliveries/00000000-0000-4000-8000-000000000000/trace"_s));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json()["code"], "NOT_FOUND");
}

void tst_DeliveryRoutes::simulate_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::newRow("delivered") << "delivered";
    QTest::newRow("failed") << "failed";
    QTest::newRow("bounced") << "bounced";
    QTest::newRow("complained") << "complained";
}

void tst_DeliveryRoutes::simulate()
{
    QFETCH(QString, outcome);
    const Json j
        = send(u"/v1/send/all.channels/slack"_s, Json{{"to", everyChannelContact()}, {"payload", Json::object()}})
              .json();
    const std::string uuid = deliveryOf(j, "slack");
    const HttpReply r = simulate(uuid, Json{{"outcome", outcome.toStdString()}, {"detail", "from the test"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["data"]["delivery"]["status"], outcome.toStdString());
    const Json t = trace(uuid)["data"];
    QCOMPARE(t["delivery"]["status"], outcome.toStdString());
    QCOMPARE(t["timeline"].back()["event"], outcome.toStdString());
    QCOMPARE(t["timeline"].back()["detail"], "from the test");
    QCOMPARE(t["delivery"]["delivered_at"].is_null(), outcome != u"delivered"_s);
}

void tst_DeliveryRoutes::simulateRejectsBadInput()
{
    const std::string uuid = sendEmail(u"x@example.com"_s);
    for (const Json &body : {Json::object(), Json{{"outcome", "lost"}}, Json{{"outcome", 3}},
             Json{{"outcome", "failed"}, {"detail", 5}}}) {
        const HttpReply r = simulate(uuid, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
        QVERIFY(r.json()["details"].is_array());
    }
    const HttpReply missing = simulate("00000000-0000-4000-8000-000000000000", Json{{"outcome", "delivered"}});
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json()["code"], "NOT_FOUND");
    HttpClient anonymous;
    QCOMPARE(anonymous.post(m_server->url(u"/_local/deliveries/%1/simulate"_s.arg(QString::fromStdString(uuid))),
                            Json{{"outcome", "delivered"}}).status, 401);
}

void tst_DeliveryRoutes::simulateNeverSentIsConflict()
{
    const Json j
        = send(u"/v1/send/broken.partial"_s, Json{{"to", "x@example.com"}, {"payload", Json::object()}}).json();
    const HttpReply r = simulate(deliveryOf(j, "email"), Json{{"outcome", "delivered"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()["code"], "CONFLICT");
}

void tst_DeliveryRoutes::simulateSettlesTheEmulatedOutcome()
{
    startServer(200);
    const std::string uuid = sendEmail(u"success@simulator.amazonses.com"_s);
    QCOMPARE(simulate(uuid, Json{{"outcome", "bounced"}}).status, 200);
    QVERIFY(settle(*m_server)); // the emulated outcome's time has come and gone
    const Json t = trace(uuid)["data"];
    QCOMPARE(t["delivery"]["status"], "bounced");
    QCOMPARE(t["timeline"].size(), size_t(4));
}

void tst_DeliveryRoutes::owedOutcomesSurviveARestart()
{
    startServer(60'000);
    const std::string bounce = sendEmail(u"bounce@simulator.amazonses.com"_s);
    QCOMPARE(status(bounce), u"sent"_s);
    startServer(10);
    QTRY_COMPARE(status(bounce), u"bounced"_s);
}

void tst_DeliveryRoutes::resetDropsDeliveries()
{
    sendEmail(u"x@example.com"_s);
    QCOMPARE(m_client.get(m_server->url(u"/v1/deliveries"_s)).json()["data"]["total"], 1);
    QCOMPARE(m_client.post(m_server->url(u"/_local/reset"_s), Json::object()).status, 200);
    QCOMPARE(m_client.get(m_server->url(u"/v1/deliveries"_s)).json()["data"]["total"], 0);
    QVERIFY(settle(*m_server)); // an outcome owed to a dropped delivery is simply dropped
}

void tst_DeliveryRoutes::erasingAContactErasesItsDeliveries()
{
    const std::string erased = sendEmail(u"forget.me@example.com"_s);
    const std::string kept = sendEmail(u"keep.me@example.com"_s);
    {
        Database db(m_server->databasePath());
        QVERIFY(db.open());
        QVERIFY(ContactService(db).remove(u"forget.me@example.com"_s));
    }
    QCOMPARE(m_client.get(m_server->url(u"/v1/deliveries/%1/trace"_s.arg(QString::fromStdString(erased)))).status, 404);
    QCOMPARE(m_client.get(m_server->url(u"/v1/deliveries/%1/trace"_s.arg(QString::fromStdString(kept)))).status, 200);
    QCOMPARE(m_client.get(m_server->url(u"/v1/deliveries"_s)).json()["data"]["total"], 1);
}

QTEST_GUILESS_MAIN(tst_DeliveryRoutes)
#include "tst_deliveryroutes.moc"
