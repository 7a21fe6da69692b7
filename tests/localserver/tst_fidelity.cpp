// Fidelity to the API reference (issue 16), over real HTTP: only SES reports
// deliveries, NOT_FOUND for missing resources, refused deliveries acknowledged,
// SES's suppression-list bounce, webhook payloads' environment and request_id,
// refusals worded by the configured provider, and the lists' limits.
#include "sendfixture.h"

#include <idleprobe.h>

#include <stubservers.h>

#include <QtCore/QRegularExpression>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

// sendFixture() with other providers for email and SMS.
Json fixtureWith(const char *emailProvider, const char *smsProvider)
{
    Json f = sendFixture();
    for (Json &i : f["integrations"]) {
        if (i["channel"] == "email")
            i["provider"] = emailProvider;
        if (i["channel"] == "sms")
            i["provider"] = smsProvider;
    }
    return f;
}

} // namespace

class tst_Fidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void onlySesReportsDeliveries();
    void simulateRecordsAnyOutcome();
    void missingResourcesAreNotFound();
    void refusedDeliveryIsAcknowledged();
    void refusalNamesTheConfiguredProvider();
    void suppressionListBouncesAsSes();
    void webhookPayloadTellsEnvironmentAndRequest();
    void listLimitsAreClamped();
    void eventsListsEveryEvent();

private:
    void useFixture(const Json &fixture);
    HttpReply send(const QString &path, const Json &body, HttpClient *client = nullptr)
    {
        return sendTo(client ? *client : m_client, *m_server, path, body);
    }
    QString status(const std::string &uuid)
    {
        return QString::fromStdString(traceOf(m_client, *m_server, uuid)["data"]["delivery"]["status"].get<std::string>());
    }

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void tst_Fidelity::init()
{
    server::LocalServerOptions options;
    options.outcomeDelayMs = 20;
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    useFixture(sendFixture());
}

void tst_Fidelity::cleanup()
{
    m_server.reset();
}

void tst_Fidelity::useFixture(const Json &fixture)
{
    const HttpReply r = m_client.put(m_server->url(u"/_local/workspace"_s), fixture);
    QVERIFY2(r.status == 200, r.body.constData());
}

void tst_Fidelity::onlySesReportsDeliveries()
{
    // Through SES: delivered.
    const std::string viaSes = deliveryOf(
        send(u"/v1/send/all.channels/email"_s, Json{{"to", "ses@example.com"}, {"payload", Json::object()}}).json(),
        "email");
    QTRY_COMPARE(status(viaSes), u"delivered"_s);

    // Through SendGrid: sent, even at SES's success@; a bounce still happens.
    useFixture(fixtureWith("sendgrid", "sns"));
    const auto sendEmail = [&](const char *to) {
        return deliveryOf(
            send(u"/v1/send/all.channels/email"_s, Json{{"to", to}, {"payload", Json::object()}}).json(), "email");
    };
    const std::string plain = sendEmail("grid@example.com");
    const std::string success = sendEmail("success@simulator.amazonses.com");
    const std::string bounce = sendEmail("bounce@simulator.amazonses.com");
    QTRY_COMPARE(status(bounce), u"bounced"_s);
    QVERIFY(settle(*m_server)); // no outcome is owed any more
    QCOMPARE(status(plain), u"sent"_s);
    QCOMPARE(status(success), u"sent"_s);
    const Json delivered = m_client.get(m_server->url(u"/v1/deliveries?status=delivered"_s)).json();
    QCOMPARE(delivered["data"]["total"], 1);
    QCOMPARE(delivered["data"]["deliveries"][0]["uuid"], viaSes);
}

void tst_Fidelity::simulateRecordsAnyOutcome()
{
    // An outcome the provider never reports can still be simulated (the GUI says so).
    const Json j = send(u"/v1/send/all.channels/slack"_s, Json{{"to", everyChannelContact()}, {"payload", Json::object()}})
                       .json();
    const std::string slack = deliveryOf(j, "slack");
    for (const char *outcome : {"delivered", "bounced", "complained", "failed"}) {
        const HttpReply r = m_client.post(
            m_server->url(u"/_local/deliveries/%1/simulate"_s.arg(QString::fromStdString(slack))),
            Json{{"outcome", outcome}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["data"]["delivery"]["status"], outcome);
    }
}

void tst_Fidelity::missingResourcesAreNotFound()
{
    const auto check = [&](const HttpReply &r, const QString &kind) {
        QCOMPARE(r.status, 404);
        const Json j = r.json();
        QCOMPARE(j["code"], "NOT_FOUND");
        const QString message = QString::fromStdString(j["error"].get<std::string>());
        QVERIFY2(message.startsWith(kind), qPrintable(message));
    };
    check(m_client.get(m_server->url(u"/v1/contacts/nobody@example.com"_s)), u"Contact"_s);
    check(m_client.patch(m_server->url(u"/v1/contacts/nobody@example.com"_s), Json{{"name", "x"}}), u"Contact"_s);
    check(m_client.del(m_server->url(u"/v1/contacts/nobody@example.com"_s)), u"Contact"_s);
    check(m_client.get(m_server->url(u"/v1/deliveries/00000000-0000-4000-8000-000000000000/trace"_s)), u"Delivery"_s);
    check(m_client.post(m_server->url(u"/_local/deliveries/00000000-0000-4000-8000-000000000000/simulate"_s),
                        Json{{"outcome", "failed"}}),
          u"Delivery"_s);
    check(m_client.patch(m_server->url(u"/v1/webhooks/00000000-0000-4000-8000-000000000000"_s),
                         Json{{"is_active", false}}),
          u"Webhook"_s);
    check(m_client.del(m_server->url(u"/v1/webhooks/00000000-0000-4000-8000-000000000000"_s)), u"Webhook"_s);
    // Events keep the reference's own EVENT_NOT_FOUND.
    const HttpReply event = m_client.get(m_server->url(u"/v1/events/order.vanished"_s));
    QCOMPARE(event.status, 404);
    QCOMPARE(event.json()["code"], "EVENT_NOT_FOUND");
    // A send to an unknown contact uuid says NOT_FOUND in its errors.
    const HttpReply sent = send(u"/v1/send/all.channels"_s, Json{{"to", "no-such-user"}, {"payload", Json::object()}});
    QCOMPARE(sent.status, 404);
    QCOMPARE(sent.json()["errors"][0]["code"], "NOT_FOUND");
}

void tst_Fidelity::refusedDeliveryIsAcknowledged()
{
    ScriptedServer receiver([](const SeenRequest &) { return httpAnswer(200, "ok", {}, "text/plain"); });
    const HttpReply created = m_client.post(
        m_server->url(u"/v1/webhooks"_s),
        Json{{"url", QString(receiver.url().toString() + u"/hook"_s).toStdString()}, {"enabled_events", {"delivery.failed"}}});
    QCOMPARE(created.status, 201);

    // Twilio's +15005550001 is refused at submission: the answer still names its uuid,
    // the list holds it as failed, and the delivery.failed webhook carries the same uuid.
    const HttpReply r
        = send(u"/v1/send/all.channels/sms"_s, Json{{"to", "+15005550001"}, {"payload", Json::object()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["success"], true);
    QVERIFY(!r.json().contains("errors"));
    const std::string uuid = deliveryOf(r.json(), "sms");
    QVERIFY(!uuid.empty());
    const Json list = m_client.get(m_server->url(u"/v1/deliveries"_s)).json();
    QCOMPARE(list["data"]["total"], 1);
    QCOMPARE(list["data"]["deliveries"][0]["uuid"], uuid);
    QCOMPARE(list["data"]["deliveries"][0]["status"], "failed");
    QTRY_COMPARE(receiver.requests().size(), 1);
    const Json payload = receiver.requests().first().json();
    QCOMPARE(payload["event"], "delivery.failed");
    QCOMPARE(payload["delivery"]["uuid"], uuid);
    QCOMPARE(payload["delivery"]["error"], list["data"]["deliveries"][0]["error"]);
}

void tst_Fidelity::refusalNamesTheConfiguredProvider()
{
    const auto refusal = [&](const char *number) {
        const std::string uuid = deliveryOf(
            send(u"/v1/send/all.channels/sms"_s, Json{{"to", number}, {"payload", Json::object()}}).json(), "sms");
        return QString::fromStdString(
            traceOf(m_client, *m_server, uuid)["data"]["delivery"]["error"].get<std::string>());
    };
    // The fixture's SMS provider is Amazon SNS.
    QCOMPARE(refusal("+15005550004"),
             u"Amazon SNS refused the message: +15005550004 has opted out of receiving SMS (OptedOut)"_s);
    useFixture(fixtureWith("ses", "cellsynt"));
    QCOMPARE(refusal("+15005550001"), u"Cellsynt refused the message: +15005550001 is not a valid phone number"_s);

    // Good English: "an email address", never "a email"/"has no a".
    const HttpReply missing = send(u"/v1/send/all.channels/email"_s,
                                   Json{{"to", Json{{"phone", "+46702222222"}}}, {"payload", Json::object()}});
    const QString message = QString::fromStdString(missing.json()["errors"][0]["message"].get<std::string>());
    QCOMPARE(message, u"Contact has no email address, which the email channel needs"_s);
}

void tst_Fidelity::suppressionListBouncesAsSes()
{
    const std::string uuid = deliveryOf(
        send(u"/v1/send/all.channels/email"_s,
             Json{{"to", "suppressionlist@simulator.amazonses.com"}, {"payload", Json::object()}})
            .json(),
        "email");
    QTRY_COMPARE(status(uuid), u"bounced"_s);
    const Json t = traceOf(m_client, *m_server, uuid)["data"];
    // SES accepts the call (a message id, "sent"), then reports a permanent bounce of
    // subtype Suppressed; the message never arrived.
    QVERIFY(t["delivery"]["message_id"].is_string());
    QCOMPARE(t["delivery"]["delivered_at"], nullptr);
    QCOMPARE(t["timeline"][2]["event"], "sent");
    QCOMPARE(t["timeline"][3]["event"], "bounced");
    const QString error = QString::fromStdString(t["delivery"]["error"].get<std::string>());
    QVERIFY2(error.startsWith(u"Permanent bounce (Suppressed): Amazon SES has suppressed sending to this address"_s),
             qPrintable(error));
}

void tst_Fidelity::webhookPayloadTellsEnvironmentAndRequest()
{
    ScriptedServer receiver([](const SeenRequest &) { return httpAnswer(200, "ok", {}, "text/plain"); });
    const HttpReply created
        = m_client.post(m_server->url(u"/v1/webhooks"_s),
                        Json{{"url", QString(receiver.url().toString() + u"/hook"_s).toStdString()},
                             {"enabled_events", {"delivery.sent", "delivery.delivered"}}});
    QCOMPARE(created.status, 201);

    const HttpReply sandbox
        = send(u"/v1/send/all.channels/email"_s, Json{{"to", "box@example.com"}, {"payload", Json::object()}});
    HttpClient live(kProductionKey);
    const HttpReply production
        = send(u"/v1/send/all.channels/slack"_s, Json{{"to", everyChannelContact()}, {"payload", Json::object()}}, &live);
    QCOMPARE(sandbox.status, 200);
    QCOMPARE(production.status, 200);
    QTRY_COMPARE(receiver.requests().size(), 3); // sandbox sent + delivered, production sent

    const std::string sandboxUuid = deliveryOf(sandbox.json(), "email");
    const std::string productionUuid = deliveryOf(production.json(), "slack");
    for (const SeenRequest &r : receiver.requests()) {
        const Json p = r.json();
        const bool isSandbox = p["delivery"]["uuid"] == sandboxUuid;
        QVERIFY(isSandbox || p["delivery"]["uuid"] == productionUuid);
        QCOMPARE(p["environment"], isSandbox ? "sandbox" : "production");
        // request_id is the X-Request-Id of the send that caused it, not the message id.
        const HttpReply &cause = isSandbox ? sandbox : production;
        QCOMPARE(p["request_id"], cause.header("X-Request-Id").toStdString());
        QVERIFY(p["request_id"] != r.header("webhook-id").toStdString());
    }
}

void tst_Fidelity::listLimitsAreClamped()
{
    for (int i = 0; i < 3; ++i)
        send(u"/v1/send/all.channels/email"_s,
             Json{{"to", u"clamp%1@example.com"_s.arg(i).toStdString()}, {"payload", Json::object()}});
    const HttpReply contacts = m_client.get(m_server->url(u"/v1/contacts?limit=1000"_s));
    QCOMPARE(contacts.status, 200);
    QCOMPARE(contacts.json()["data"]["limit"], 100);
    QCOMPARE(contacts.json()["data"]["contacts"].size(), size_t(3));
    const HttpReply deliveries = m_client.get(m_server->url(u"/v1/deliveries?limit=101&offset=1"_s));
    QCOMPARE(deliveries.status, 200);
    QCOMPARE(deliveries.json()["data"]["limit"], 100);
    QCOMPARE(deliveries.json()["data"]["offset"], 1);
    QCOMPARE(deliveries.json()["data"]["deliveries"].size(), size_t(2));
    // Below the minimum or not a number is still refused.
    QCOMPARE(m_client.get(m_server->url(u"/v1/contacts?limit=0"_s)).status, 400);
    QCOMPARE(m_client.get(m_server->url(u"/v1/deliveries?limit=ten"_s)).status, 400);
}

void tst_Fidelity::eventsListsEveryEvent()
{
    Json fixture = sendFixture();
    for (int i = 0; i < 130; ++i) {
        fixture["events"].push_back(Json{{"identifier", u"bulk.%1"_s.arg(i).toStdString()},
                                         {"name", "Bulk"},
                                         {"channels", {"slack"}},
                                         {"default_language", "en"},
                                         {"templates", {{{"channel", "slack"}, {"language", "en"}, {"text", "hi"}}}}});
    }
    useFixture(fixture);
    const HttpReply all = m_client.get(m_server->url(u"/v1/events"_s));
    QCOMPARE(all.status, 200);
    const Json data = all.json()["data"];
    QCOMPARE(data["events"].size(), size_t(133));
    QCOMPARE(data["total"], 133);
    QCOMPARE(data["limit"], 133);
    QCOMPARE(data["offset"], 0);
    // limit and offset are honoured when given, with no maximum.
    const Json paged = m_client.get(m_server->url(u"/v1/events?limit=200&offset=120"_s)).json()["data"];
    QCOMPARE(paged["events"].size(), size_t(13));
    QCOMPARE(paged["limit"], 200);
    QCOMPARE(paged["total"], 133);
}

QTEST_GUILESS_MAIN(tst_Fidelity)
#include "tst_fidelity.moc"
