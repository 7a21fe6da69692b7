// POST /v1/send/{event}[/{channel}] over real HTTP: recipients, channels, languages,
// senders, overrides, rendering and personalisation (errors: tst_senderrors).
#include "sendfixture.h"

#include <contacts/contactservice.h>
#include <storage/database.h>

#include <jsoncompare.h>

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_SendRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sendsToEmailStringAndCreatesContact();
    void sendsEveryChannelOfTheEvent();
    void sendsEachChannel_data();
    void sendsEachChannel();
    void pushGoesToEveryToken();
    void forcedChannelSendsOnlyIt();
    void resolvesUuidAndExternalId();
    void contactObjectIsUpsertedWithMetaAndAliases();
    void multiRecipientPersonalisation();
    void languageSelection_data();
    void languageSelection();
    void verifiedFromPicksSender();
    void overridesReplaceRenderedFields();
    void htmlEscapedOnlyInHtml();
    void renderFailureFailsTheDeliveryNotTheRequest();
    void missingTemplateFailsTheDelivery();
    void environmentComesFromTheKey();
    void recipientsFollowContactChanges();
    void concurrentSendsAndContactWrites();

private:
    HttpReply send(const QString &path, const Json &body) { return sendTo(m_client, *m_server, path, body); }
    Json trace(const std::string &uuid) { return traceOf(m_client, *m_server, uuid); }
    void useWorkspace(const Json &fixture);

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void tst_SendRoutes::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    useWorkspace(sendFixture());
}

void tst_SendRoutes::cleanup()
{
    m_server.reset();
}

void tst_SendRoutes::useWorkspace(const Json &fixture)
{
    const HttpReply r = m_client.put(m_server->url(QStringLiteral("/_local/workspace")), fixture);
    QVERIFY2(r.status == 200, r.body.constData());
}

void tst_SendRoutes::sendsToEmailStringAndCreatesContact()
{
    const HttpReply r = send(QStringLiteral("/v1/send/broken.partial/email"),
                             Json{{"to", "New.Person@Example.com"}, {"payload", Json::object()}});
    QCOMPARE(r.status, 200);
    const Json j = r.json();
    QCOMPARE(j["success"], true);
    QCOMPARE(j["deliveries"].size(), size_t(1));
    QVERIFY(!j.contains("errors"));
    const Json t = trace(deliveryOf(j, "email"));
    QCOMPARE(t["data"]["delivery"]["recipient"], "new.person@example.com");
    QVERIFY(t["data"]["delivery"]["contact_uuid"].is_string());

    // The same address again finds the same contact.
    const Json again = send(QStringLiteral("/v1/send/broken.partial/email"),
                            Json{{"to", "new.person@example.com"}, {"payload", Json::object()}}).json();
    QCOMPARE(
        trace(deliveryOf(again, "email"))["data"]["delivery"]["contact_uuid"], t["data"]["delivery"]["contact_uuid"]);
}

void tst_SendRoutes::sendsEveryChannelOfTheEvent()
{
    // Jane-like contact: email and phone only, so slack/push/telegram/discord have no
    // identifier and whatsapp/sms go to the phone.
    const HttpReply r = send(QStringLiteral("/v1/send/all.channels"),
                             Json{{"to", {{"email", "jane@example.com"}, {"phone", "+46702222222"}, {"name", "Jane"}}},
                                  {"payload", {{"note", "hello"}}}});
    QCOMPARE(r.status, 200);
    const Json j = r.json();
    QCOMPARE(j["success"], true);
    QCOMPARE(j["deliveries"], Json::array({{{"email", deliveryOf(j, "email")}},
                                           {{"sms", deliveryOf(j, "sms")}},
                                           {{"whatsapp", deliveryOf(j, "whatsapp")}}}));
    QCOMPARE(j["errors"].size(), size_t(4));
    for (const Json &e : j["errors"]) {
        QCOMPARE(e["code"], "MISSING_IDENTIFIER");
        QCOMPARE(e["recipient"], "jane@example.com");
        QVERIFY(e["message"].is_string());
    }
    QCOMPARE(j["errors"][0]["channel"], "slack");
    QCOMPARE(j["errors"][1]["channel"], "push");
    QCOMPARE(j["errors"][2]["channel"], "telegram");
    QCOMPARE(j["errors"][3]["channel"], "discord");
}

void tst_SendRoutes::sendsEachChannel_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("content");
    QTest::newRow("email") << "email" << "ada@example.com" << "ses" << "text" << "hi -- Test & Co";
    QTest::newRow("sms") << "sms" << "+46701111111" << "sns" << "text" << "SMS to Ada from +46700000009: hi";
    QTest::newRow("slack") << "slack" << "U0ADA" << "slack" << "text" << "Slack U0ADA: hi";
    QTest::newRow("telegram") << "telegram" << "100200" << "telegram" << "text" << "Telegram 100200";
    QTest::newRow("whatsapp") << "whatsapp" << "+46701111111" << "whatsapp" << "text" << "WhatsApp +46701111111";
    QTest::newRow("discord") << "discord" << "300400" << "discord" << "text" << "Discord 300400";
}

void tst_SendRoutes::sendsEachChannel()
{
    QFETCH(QString, channel);
    QFETCH(QString, recipient);
    QFETCH(QString, provider);
    QFETCH(QString, field);
    QFETCH(QString, content);
    const HttpReply r = send(
        u"/v1/send/all.channels/"_s + channel, Json{{"to", everyChannelContact()}, {"payload", {{"note", "hi"}}}});
    QCOMPARE(r.status, 200);
    const Json j = r.json();
    QCOMPARE(j["deliveries"].size(), size_t(1));
    const std::string uuid = deliveryOf(j, channel.toUtf8().constData());
    QVERIFY(!uuid.empty());
    const Json t = trace(uuid);
    const Json &d = t["data"]["delivery"];
    QCOMPARE(d["channel"], channel.toStdString());
    QCOMPARE(d["recipient"], recipient.toStdString());
    QCOMPARE(d["provider"], provider.toStdString());
    QCOMPARE(d["status"], "sent");
    QCOMPARE(d["event_name"], "all.channels");
    QCOMPARE(d["language"], "en");
    QVERIFY(d["message_id"].is_string() && !d["message_id"].get<std::string>().empty());
    QCOMPARE(t["data"]["content"][field.toStdString()], content.toStdString());
}

void tst_SendRoutes::pushGoesToEveryToken()
{
    send(QStringLiteral("/v1/send/all.channels/email"),
        Json{{"to", everyChannelContact()}, {"payload", Json::object()}});
    {
        Database db(m_server->databasePath());
        QVERIFY(db.open());
        ContactService contacts(db);
        QVERIFY(contacts.addPushToken(QStringLiteral("ada@example.com"), QStringLiteral("ExponentPushToken[aaa]")));
        QVERIFY(contacts.addPushToken(QStringLiteral("ada@example.com"), QStringLiteral("ExponentPushToken[bbb]")));
    }
    const HttpReply r = send(
        QStringLiteral("/v1/send/all.channels/push"), Json{{"to", "ada@example.com"}, {"payload", {{"note", "n"}}}});
    QCOMPARE(r.status, 200);
    const Json j = r.json();
    QCOMPARE(j["deliveries"].size(), size_t(2));
    QSet<std::string> recipients;
    for (const Json &d : j["deliveries"]) {
        const Json t = trace(d["push"].get<std::string>());
        recipients.insert(t["data"]["delivery"]["recipient"].get<std::string>());
        QCOMPARE(t["data"]["content"], Json({{"title", "Push Ada"}, {"body", "n"}}));
    }
    QCOMPARE(recipients, (QSet<std::string>{"ExponentPushToken[aaa]", "ExponentPushToken[bbb]"}));
}

void tst_SendRoutes::forcedChannelSendsOnlyIt()
{
    const Json j = send(
        QStringLiteral("/v1/send/all.channels/sms"), Json{{"to", everyChannelContact()}, {"payload", Json::object()}})
                       .json();
    QCOMPARE(j["deliveries"].size(), size_t(1));
    QVERIFY(j["deliveries"][0].contains("sms"));
    QVERIFY(!j.contains("errors"));

    // A channel the event does not use is a bad request, not an empty send.
    const HttpReply r = send(
        QStringLiteral("/v1/send/broken.partial/sms"), Json{{"to", "x@example.com"}, {"payload", Json::object()}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    QCOMPARE(r.json()["details"][0]["field"], "channel");
}

void tst_SendRoutes::resolvesUuidAndExternalId()
{
    const Json first = send(QStringLiteral("/v1/send/all.channels/email"),
                            Json{{"to", {{"email", "ext@example.com"}, {"externalId", "user-77"}, {"name", "Ext"}}},
                                 {"payload", Json::object()}}).json();
    const Json contactUuid = trace(deliveryOf(first, "email"))["data"]["delivery"]["contact_uuid"];

    const Json byUuid
        = send(QStringLiteral("/v1/send/all.channels/email"), Json{{"to", contactUuid}, {"payload", Json::object()}})
              .json();
    QCOMPARE(trace(deliveryOf(byUuid, "email"))["data"]["delivery"]["recipient"], "ext@example.com");
    const Json byExternal
        = send(QStringLiteral("/v1/send/all.channels/email"), Json{{"to", "user-77"}, {"payload", Json::object()}})
              .json();
    QCOMPARE(trace(deliveryOf(byExternal, "email"))["data"]["delivery"]["contact_uuid"], contactUuid);

    // An unknown phone creates the contact; an unknown UUID or external id does not.
    const Json byPhone
        = send(QStringLiteral("/v1/send/all.channels/sms"), Json{{"to", "+46703333333"}, {"payload", Json::object()}})
              .json();
    QCOMPARE(trace(deliveryOf(byPhone, "sms"))["data"]["delivery"]["recipient"], "+46703333333");
    for (const char *unknown : {"9b2f3c4d-0000-4000-8000-000000000000", "user-404"}) {
        const HttpReply r
            = send(QStringLiteral("/v1/send/all.channels/email"), Json{{"to", unknown}, {"payload", Json::object()}});
        QCOMPARE(r.status, 404);
        const Json j = r.json();
        QCOMPARE(j["success"], false);
        QCOMPARE(j["deliveries"], Json::array());
        QCOMPARE(j["errors"][0]["code"], "NOT_FOUND");
        QCOMPARE(j["errors"][0]["recipient"], unknown);
        QCOMPARE(j["errors"][0]["channel"], nullptr);
    }
}

void tst_SendRoutes::contactObjectIsUpsertedWithMetaAndAliases()
{
    const Json to = {
        {"email", "meta@example.com"}, {"name", "Meta"}, {"tier", "premium"}, {"id", "sdk-1"}, {"slack_id", "U0META"}};
    const Json j = send(QStringLiteral("/v1/send/all.channels"), Json{{"to", to}, {"payload", {{"note", "n"}}}}).json();
    QCOMPARE(j["success"], true);
    const Json email = trace(deliveryOf(j, "email"));
    QCOMPARE(email["data"]["content"]["html"], "<p>n</p><p>premium</p>-- Test &amp; Co");
    QCOMPARE(trace(deliveryOf(j, "slack"))["data"]["delivery"]["recipient"], "U0META");
    // The alias `id` became the external id.
    const Json again
        = send(QStringLiteral("/v1/send/all.channels/email"), Json{{"to", "sdk-1"}, {"payload", Json::object()}})
              .json();
    QCOMPARE(trace(deliveryOf(again, "email"))["data"]["delivery"]["contact_uuid"],
        email["data"]["delivery"]["contact_uuid"]);
}

void tst_SendRoutes::multiRecipientPersonalisation()
{
    const Json body = {{"to", Json::array({{{"email", "alice@example.com"}, {"name", "Alice"}, {"tier", "premium"}},
                                           {{"email", "bob@example.com"}, {"name", "Bob"}, {"tier", "free"}}})},
                       {"payload", {{"note", "shared"}}}};
    const HttpReply r = send(QStringLiteral("/v1/send/all.channels/email"), body);
    QCOMPARE(r.status, 200);
    const Json j = r.json();
    QCOMPARE(j["deliveries"].size(), size_t(2));
    const Json alice = trace(j["deliveries"][0]["email"].get<std::string>())["data"];
    const Json bob = trace(j["deliveries"][1]["email"].get<std::string>())["data"];
    QCOMPARE(alice["delivery"]["recipient"], "alice@example.com");
    QCOMPARE(alice["content"]["subject"], "Hi Alice from Test Co <hello@test.example>");
    QCOMPARE(alice["content"]["html"], "<p>shared</p><p>premium</p>-- Test &amp; Co");
    QCOMPARE(bob["delivery"]["recipient"], "bob@example.com");
    QCOMPARE(bob["content"]["subject"], "Hi Bob from Test Co <hello@test.example>");
    QCOMPARE(bob["content"]["html"], "<p>shared</p><p>free</p>-- Test &amp; Co");
}

void tst_SendRoutes::languageSelection_data()
{
    QTest::addColumn<QString>("language");  // the request's `language`, or empty
    QTest::addColumn<QString>("contactLanguage"); // meta.language, or empty
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("used");
    QTest::addColumn<QString>("text");
    QTest::newRow("default") << "" << "" << "email" << "en" << "n -- Test & Co";
    QTest::newRow("contact meta") << "" << "sv" << "email" << "sv" << "sv";
    QTest::newRow("request wins over contact") << "en" << "sv" << "email" << "en" << "n -- Test & Co";
    QTest::newRow("request") << "sv" << "" << "email" << "sv" << "sv";
    QTest::newRow("unknown falls back to default") << "fr" << "" << "email" << "en" << "n -- Test & Co";
    QTest::newRow("channel without the language") << "sv" << "" << "slack" << "en" << "Slack U0ADA: n";
}

void tst_SendRoutes::languageSelection()
{
    QFETCH(QString, language);
    QFETCH(QString, contactLanguage);
    QFETCH(QString, channel);
    QFETCH(QString, used);
    QFETCH(QString, text);
    Json to = everyChannelContact();
    if (!contactLanguage.isEmpty())
        to["language"] = contactLanguage.toStdString();
    Json body = {{"to", to}, {"payload", {{"note", "n"}}}};
    if (!language.isEmpty())
        body["language"] = language.toStdString();
    const Json j = send(u"/v1/send/all.channels/"_s + channel, body).json();
    const Json t = trace(deliveryOf(j, channel.toUtf8().constData()));
    QCOMPARE(t["data"]["delivery"]["language"], used.toStdString());
    QCOMPARE(t["data"]["content"]["text"], text.toStdString());
}

void tst_SendRoutes::verifiedFromPicksSender()
{
    const Json body
        = {{"to", everyChannelContact()}, {"payload", Json::object()}, {"from", "Support <SUPPORT@test.example>"}};
    const Json j = send(QStringLiteral("/v1/send/all.channels"), body).json();
    QCOMPARE(
        trace(deliveryOf(j, "email"))["data"]["content"]["subject"], "Hi Ada from Test Support <support@test.example>");
    // An email `from` leaves sms on the workspace's phone sender.
    QCOMPARE(trace(deliveryOf(j, "sms"))["data"]["content"]["text"], "SMS to Ada from +46700000009: ");
    const Json phone = send(QStringLiteral("/v1/send/all.channels/sms"),
        Json{{"to", everyChannelContact()}, {"payload", Json::object()}, {"from", "+46700000009"}})
                           .json();
    QCOMPARE(phone["success"], true);
}

void tst_SendRoutes::overridesReplaceRenderedFields()
{
    const Json body = {{"to", everyChannelContact()}, {"payload", {{"note", "n"}}},
        {"overrides", {{"email", {{"subject", "Custom {{not rendered}}"}}}, {"sms", {{"text", "Plain"}}}}}};
    const Json j = send(QStringLiteral("/v1/send/all.channels"), body).json();
    const Json email = trace(deliveryOf(j, "email"))["data"]["content"];
    QCOMPARE(email["subject"], "Custom {{not rendered}}");
    QCOMPARE(email["text"], "n -- Test & Co");
    QCOMPARE(trace(deliveryOf(j, "sms"))["data"]["content"]["text"], "Plain");
    QCOMPARE(trace(deliveryOf(j, "slack"))["data"]["content"]["text"], "Slack U0ADA: n");
}

void tst_SendRoutes::htmlEscapedOnlyInHtml()
{
    Json to = everyChannelContact();
    to["name"] = "<Ada & \"Co\">";
    const Json j
        = send(QStringLiteral("/v1/send/all.channels/email"), Json{{"to", to}, {"payload", {{"note", "<b>"}}}}).json();
    const Json c = trace(deliveryOf(j, "email"))["data"]["content"];
    QCOMPARE(c["subject"], "Hi <Ada & \"Co\"> from Test Co <hello@test.example>");
    QCOMPARE(c["html"], "<p>&lt;b&gt;</p><p>none</p>-- Test &amp; Co");
    QCOMPARE(c["text"], "<b> -- Test & Co");
}

void tst_SendRoutes::renderFailureFailsTheDeliveryNotTheRequest()
{
    const HttpReply r
        = send(QStringLiteral("/v1/send/broken.partial"), Json{{"to", "a@example.com"}, {"payload", Json::object()}});
    QCOMPARE(r.status, 200);
    const Json j = r.json();
    QCOMPARE(j["success"], true);
    const Json t = trace(deliveryOf(j, "email"))["data"];
    QCOMPARE(t["delivery"]["status"], "failed");
    QVERIFY(t["delivery"]["error"].get<std::string>().find("nowhere") != std::string::npos);
    QCOMPARE(t["timeline"].size(), size_t(2));
    QCOMPARE(t["timeline"][0]["event"], "queued");
    QCOMPARE(t["timeline"][1]["event"], "failed");
    QVERIFY(t["timeline"][1]["detail"].get<std::string>().find("html") != std::string::npos);
    QCOMPARE(t["delivery"]["sent_at"], nullptr);
}

void tst_SendRoutes::missingTemplateFailsTheDelivery()
{
    const Json j = send(
        QStringLiteral("/v1/send/half.templated"), Json{{"to", everyChannelContact()}, {"payload", Json::object()}})
                       .json();
    QCOMPARE(j["deliveries"].size(), size_t(2));
    const Json email = trace(deliveryOf(j, "email"))["data"];
    QCOMPARE(email["delivery"]["status"], "failed");
    QVERIFY(email["delivery"]["error"].get<std::string>().find("No email template") != std::string::npos);
    QCOMPARE(trace(deliveryOf(j, "slack"))["data"]["delivery"]["status"], "sent");
}

void tst_SendRoutes::environmentComesFromTheKey()
{
    HttpClient live(kProductionKey);
    const Json j = sendTo(live, *m_server, QStringLiteral("/v1/send/all.channels/email"),
                          Json{{"to", "live@example.com"}, {"payload", Json::object()}}).json();
    const std::string uuid = deliveryOf(j, "email");
    QCOMPARE(traceOf(live, *m_server, uuid)["data"]["delivery"]["environment"], "production");
    // The sandbox does not see production traffic.
    QCOMPARE(
        m_client.get(m_server->url(u"/v1/deliveries/"_s + QString::fromStdString(uuid) + u"/trace"_s)).status, 404);
    QCOMPARE(m_client.get(m_server->url(QStringLiteral("/v1/deliveries"))).json()["data"]["total"], 0);
    QCOMPARE(live.get(m_server->url(QStringLiteral("/v1/deliveries"))).json()["data"]["total"], 1);
}

void tst_SendRoutes::recipientsFollowContactChanges()
{
    // The send path keeps recipients it resolved; any change to a contact, made
    // through another connection too, must show in the next send.
    const Json to = {{"email", "changing@example.com"}, {"name", "Before"}};
    send(u"/v1/send/all.channels/push"_s, Json{{"to", to}, {"payload", Json::object()}});
    const auto subject = [&] {
        const Json j
            = send(u"/v1/send/all.channels/email"_s, Json{{"to", "changing@example.com"}, {"payload", Json::object()}})
                  .json();
        return trace(deliveryOf(j, "email"))["data"]["content"]["subject"].get<std::string>();
    };
    QCOMPARE(subject(), "Hi Before from Test Co <hello@test.example>");
    QCOMPARE(subject(), "Hi Before from Test Co <hello@test.example>");
    Database db(m_server->databasePath());
    QVERIFY(db.open());
    ContactService contacts(db);
    auto renamed = parseContactInput(Json{{"name", "After"}});
    QVERIFY(renamed);
    QVERIFY(contacts.update(u"changing@example.com"_s, *renamed));
    QCOMPARE(subject(), "Hi After from Test Co <hello@test.example>");

    const auto pushes = [&] {
        return send(u"/v1/send/all.channels/push"_s, Json{{"to", "changing@example.com"}, {"payload", Json::object()}})
            .status;
    };
    QCOMPARE(pushes(), 400); // no token yet
    QVERIFY(contacts.addPushToken(u"changing@example.com"_s, u"ExponentPushToken[new]"_s));
    QCOMPARE(pushes(), 200);
    QVERIFY(contacts.remove(u"changing@example.com"_s));
    QCOMPARE(send(u"/v1/send/all.channels/email"_s, Json{{"to", "changing@example.com"}, {"payload", Json::object()}})
                 .status,
        200);
    QCOMPARE(pushes(), 400); // a new contact, without the old one's token
}

void tst_SendRoutes::concurrentSendsAndContactWrites()
{
    // Sends store their deliveries on the group commit's writer thread while contact
    // writes (a send's own upsert, POST /v1/contacts) run on the server's thread: the
    // two connections take turns at the write lock, and nothing fails or goes missing.
    constexpr int kSends = 24;
    constexpr int kContacts = 8;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    const auto post = [&](const QString &path, const Json &body) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(m_server->url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + kSandboxKey.toLatin1());
        replies.append(managers.back()->post(request, dumpJson(body)));
    };
    for (int i = 0; i < kSends; ++i) {
        const Json to = {{"email", toStd(u"load%1@example.com"_s.arg(i))}, {"name", toStd(u"Load %1"_s.arg(i))}};
        post(u"/v1/send/all.channels/email"_s, Json{{"to", to}, {"payload", Json::object()}});
        if (i % (kSends / kContacts) == 0)
            post(u"/v1/contacts"_s, Json{{"email", toStd(u"side%1@example.com"_s.arg(i))}});
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 20000);
    for (QNetworkReply *r : std::as_const(replies)) {
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 200 || status == 201, r->readAll().constData());
    }
    const Json deliveries = m_client.get(m_server->url(u"/v1/deliveries?limit=100"_s)).json();
    QCOMPARE(deliveries["data"]["total"].get<int>(), kSends);
    const Json contacts = m_client.get(m_server->url(u"/v1/contacts?search=example.com&limit=100"_s)).json();
    int load = 0;
    int side = 0;
    for (const Json &c : contacts["data"]["contacts"]) {
        const std::string email = c.value("email", "");
        load += email.starts_with("load") ? 1 : 0;
        side += email.starts_with("side") ? 1 : 0;
    }
    QCOMPARE(load, kSends);
    QCOMPARE(side, kContacts);
}

QTEST_GUILESS_MAIN(tst_SendRoutes)
#include "tst_sendroutes.moc"
