// The remote backend against a second local server standing in for the remote API:
// every service call, the mapping of error bodies, back-off on 429, time-outs and
// unreachable hosts, and answers it cannot read.
#include <httpclient.h>
#include <jsoncompare.h>
#include <stubservers.h>
#include <testserver.h>

#include <remote/apijson.h>
#include <remote/remotebackend.h>
#include <services.h>

#include <QtCore/QElapsedTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

ContactInput contactWith(const QString &email, const QString &name = {})
{
    ContactInput in;
    in.email = email;
    if (!name.isEmpty())
        in.name = name;
    return in;
}

} // namespace

class tst_RemoteBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void callsDoNotBlock();
    void defaultUrls();
    void eventsAndIntegrations();
    void eventsFollowEveryPage();
    void contactsLifecycle();
    void contactMetaTravelsAsFields();
    void contactSearchAndPaging();
    void deliveriesAndTrace();
    void sendAnswers();
    void errorBodiesMapToErrors_data();
    void errorBodiesMapToErrors();
    void wrongKeyIsUnauthorized();
    void webhooksThroughTheApi();
    void sendsOnlyItsOwnHeaders();
    void answersThatCannotBeRead();
    void statusWithoutErrorBody();
    void backsOffOn429();
    void givesUpAfterBoundedRetries();
    void honoursRetryAfterOfRealLimits();
    void timesOutASilentServer();
    void unreachableHost();

private:
    std::unique_ptr<TestServer> m_remote;
    std::unique_ptr<RemoteBackend> m_backend;
};

void tst_RemoteBackend::init()
{
    m_remote = std::make_unique<TestServer>();
    QVERIFY2(m_remote->start(), qPrintable(m_remote->lastError()));
    m_backend = std::make_unique<RemoteBackend>(Environment::Sandbox, m_remote->url(u""_s));
    m_backend->setApiKey(kSandboxKey);
    m_backend->client().setTransferTimeout(std::chrono::seconds(10));
}

void tst_RemoteBackend::cleanup()
{
    m_backend.reset();
    m_remote.reset();
}

void tst_RemoteBackend::callsDoNotBlock()
{
    // The answer arrives through the event loop, never inside the call.
    QElapsedTimer timer;
    timer.start();
    const auto future = m_backend->events();
    QVERIFY(!future.isFinished());
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(take(future).ok());
}

void tst_RemoteBackend::defaultUrls()
{
    QCOMPARE(defaultRemoteUrl(Environment::Production), QUrl(u"https://api.sendivent.com"_s));
    QCOMPARE(defaultRemoteUrl(Environment::Sandbox), QUrl(u"https://api-sandbox.sendivent.com"_s));
    RemoteBackend production(Environment::Production, QUrl());
    QCOMPARE(production.baseUrl(), QUrl(u"https://api.sendivent.com"_s));
    QCOMPARE(production.displayName(), u"Production"_s);
    QVERIFY(!production.isLocal());

    // A base URL with a path prefix (on-premise behind a gateway) keeps it.
    RemoteClient client(QUrl(u"https://gw.example/sendivent/"_s));
    RemoteRequest r;
    r.path = u"/v1/contacts/"_s + encodePathSegment(u"a+b@x.test"_s);
    r.query = encodeQuery({{u"search"_s, u"+46 70&x"_s}});
    QCOMPARE(client.urlFor(r).toString(QUrl::FullyEncoded),
             u"https://gw.example/sendivent/v1/contacts/a%2Bb%40x.test?search=%2B46%2070%26x"_s);
}

void tst_RemoteBackend::eventsAndIntegrations()
{
    HttpClient direct(kSandboxKey);
    const Json listed = direct.get(m_remote->url(u"/v1/events"_s)).json()["data"]["events"];

    const auto events = take(m_backend->events());
    QVERIFY2(events.ok(), qPrintable(events.ok() ? QString() : events.error().message));
    QCOMPARE(qsizetype(events->size()), qsizetype(listed.size()));
    for (qsizetype i = 0; i < events->size(); ++i) {
        QCOMPARE(Json(toStd(events->at(i).identifier)), listed[size_t(i)]["identifier"]);
        QCOMPARE(qsizetype(events->at(i).channels.size()), qsizetype(listed[size_t(i)]["channels"].size()));
    }

    const auto event = take(m_backend->event(u"order.confirmed"_s));
    QVERIFY(event.ok());
    QCOMPARE(event->identifier, u"order.confirmed"_s);
    QCOMPARE(event->channels, (QList<Channel>{Channel::Email, Channel::Sms, Channel::Push}));
    QVERIFY(!event->templates.isEmpty());
    const EventTemplate *email = event->findTemplate(Channel::Email, u"en"_s);
    QVERIFY(email);
    QVERIFY(!email->fields.value(u"subject"_s).isEmpty());

    const auto missing = take(m_backend->event(u"no.such.event"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::EventNotFound);
    QCOMPARE(missing.error().message, u"Event 'no.such.event' not found"_s);

    const auto integrations = take(m_backend->integrations());
    QVERIFY(integrations.ok());
    const Json direct_integrations = direct.get(m_remote->url(u"/v1/integrations"_s)).json()["data"]["integrations"];
    QCOMPARE(qsizetype(integrations->size()), qsizetype(direct_integrations.size()));
    QCOMPARE(integrations->first().channel, Channel::Email);
    QCOMPARE(integrations->first().provider, u"ses"_s);
    QVERIFY(integrations->first().isActive());
    QVERIFY(integrations->first().secrets.empty());
}

void tst_RemoteBackend::eventsFollowEveryPage()
{
    // 130 events: two pages of GET /v1/events.
    HttpClient direct(kSandboxKey);
    Json fixture = direct.get(m_remote->url(u"/_local/workspace"_s)).json();
    Json events = Json::array();
    for (int i = 0; i < 130; ++i) {
        events.push_back({{"identifier", toStd(u"bulk.%1"_s.arg(i, 3, 10, QLatin1Char('0')))},
                          {"name", "Bulk"},
                          {"channels", {"email"}},
                          {"default_language", "en"},
                          {"templates", {{{"channel", "email"}, {"language", "en"}, {"subject", "s"}, {"html", "h"}, {"text", "t"}}}}});
    }
    fixture["events"] = events;
    const HttpReply put = direct.put(m_remote->url(u"/_local/workspace"_s), fixture);
    QVERIFY2(put.status == 200, put.body.constData());

    const auto all = take(m_backend->events());
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 130);
    QCOMPARE(all->first().identifier, u"bulk.000"_s);
    QCOMPARE(all->last().identifier, u"bulk.129"_s);
}

void tst_RemoteBackend::contactsLifecycle()
{
    QSignalSpy changed(m_backend.get(), &Backend::dataChanged);
    const auto created = take(m_backend->saveContact(contactWith(u"ada@example.com"_s, u"Ada"_s)));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(created->created);
    QCOMPARE(created->contact.email, u"ada@example.com"_s);
    QCOMPARE(created->contact.name, u"Ada"_s);
    QVERIFY(!created->contact.uuid.isEmpty());
    QVERIFY(created->contact.createdAt.isValid());
    QCOMPARE(changed.count(), 1);

    const auto again = take(m_backend->saveContact(contactWith(u"ada@example.com"_s, u"Ada L."_s)));
    QVERIFY(again.ok());
    QVERIFY(!again->created);
    QCOMPARE(again->contact.uuid, created->contact.uuid);

    const auto found = take(m_backend->contact(u"ada@example.com"_s));
    QVERIFY(found.ok());
    QCOMPARE(found->name, u"Ada L."_s);
    const auto byUuid = take(m_backend->contact(created->contact.uuid));
    QVERIFY(byUuid.ok());

    ContactInput patch;
    patch.phone = u"+46709998877"_s;
    const auto updated = take(m_backend->updateContact(created->contact.uuid, patch));
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    QCOMPARE(updated->phone, u"+46709998877"_s);
    QCOMPARE(updated->email, u"ada@example.com"_s);
    // A phone with its '+' survives the path.
    QVERIFY(take(m_backend->contact(u"+46709998877"_s)).ok());

    const auto withToken = take(m_backend->addPushToken(u"ada@example.com"_s, u"ExponentPushToken[abc/+=]"_s));
    QVERIFY(withToken.ok());
    QCOMPARE(withToken->pushTokens, QStringList{u"ExponentPushToken[abc/+=]"_s});
    const auto withoutToken = take(m_backend->removePushToken(u"ada@example.com"_s, u"ExponentPushToken[abc/+=]"_s));
    QVERIFY(withoutToken.ok());
    QVERIFY(withoutToken->pushTokens.isEmpty());

    ContactInput clear;
    clear.name = QString(); // empty: clear it
    const auto cleared = take(m_backend->updateContact(u"ada@example.com"_s, clear));
    QVERIFY(cleared.ok());
    QVERIFY(cleared->name.isEmpty());

    const int before = changed.count();
    QVERIFY(take(m_backend->deleteContact(u"ada@example.com"_s)).ok());
    QCOMPARE(changed.count(), before + 1);
    const auto gone = take(m_backend->contact(u"ada@example.com"_s));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, ErrorCode::NotFound); // the reference's NOT_FOUND; the message names the kind
    QVERIFY(gone.error().message.contains(u"Contact"_s));
    const auto goneAgain = take(m_backend->deleteContact(u"ada@example.com"_s));
    QVERIFY(!goneAgain.ok());
    QCOMPARE(goneAgain.error().code, ErrorCode::NotFound);
}

void tst_RemoteBackend::contactMetaTravelsAsFields()
{
    ContactInput in = contactWith(u"meta@example.com"_s);
    in.meta = Json{{"tier", "gold"}, {"visits", 3}, {"name", "a meta key named like a field"}};
    const auto saved = take(m_backend->saveContact(in));
    QVERIFY(saved.ok());
    QCOMPARE(saved->contact.meta["tier"], "gold");
    QCOMPARE(saved->contact.meta["visits"], 3);
    QCOMPARE(saved->contact.meta["name"], "a meta key named like a field");
    QVERIFY(saved->contact.name.isEmpty());

    // What went over the wire: the reference's way (unknown fields → meta).
    const Json body = contactInputToJson(in);
    QCOMPARE(body["tier"], "gold");
    QCOMPARE(body["meta"], Json({{"name", "a meta key named like a field"}}));
}

void tst_RemoteBackend::contactSearchAndPaging()
{
    for (int i = 0; i < 7; ++i)
        QVERIFY(take(m_backend->saveContact(contactWith(u"page%1@paging.test"_s.arg(i)))).ok());
    const auto page = take(m_backend->contacts(u"paging.test"_s, 3, 3));
    QVERIFY(page.ok());
    QCOMPARE(page->total, 7);
    QCOMPARE(page->contacts.size(), 3);
    QCOMPARE(page->contacts.first().email, u"page3@paging.test"_s);

    // A search with characters a query string treats specially.
    const auto odd = take(m_backend->contacts(u"a&b=c+d"_s, 10, 0));
    QVERIFY(odd.ok());
    QCOMPARE(odd->total, 0);
}

void tst_RemoteBackend::deliveriesAndTrace()
{
    const auto sent = take(m_backend->send(u"order.confirmed"_s, Channel::Email,
                                           Json{{"to", "trace@example.com"}, {"payload", {{"order", 42}}}}));
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QVERIFY(sent->success);
    QCOMPARE(sent->deliveries.size(), 1);
    const QString uuid = sent->deliveries.first().second;

    DeliveryQuery query;
    query.channel = Channel::Email;
    const auto page = take(m_backend->deliveries(query));
    QVERIFY(page.ok());
    QCOMPARE(page->total, 1);
    QCOMPARE(page->deliveries.first().uuid, uuid);
    QCOMPARE(page->deliveries.first().eventName, u"order.confirmed"_s);
    QCOMPARE(page->deliveries.first().recipient, u"trace@example.com"_s);
    QCOMPARE(page->deliveries.first().environment, Environment::Sandbox);

    query.channel = Channel::Sms;
    QCOMPARE(take(m_backend->deliveries(query))->total, 0);
    query = {};
    query.event = u"user.welcome"_s;
    QCOMPARE(take(m_backend->deliveries(query))->total, 0);
    query = {};
    query.statuses = {u"nonsense"_s};
    const auto badFilter = take(m_backend->deliveries(query));
    QVERIFY(!badFilter.ok());
    QCOMPARE(badFilter.error().code, ErrorCode::ValidationError);
    QCOMPARE(badFilter.error().details.first().field, u"status"_s);

    // The emulated provider reports "delivered" shortly after.
    QTRY_COMPARE_WITH_TIMEOUT(take(m_backend->deliveryTrace(uuid))->delivery.status, u"delivered"_s, 10000);
    const auto trace = take(m_backend->deliveryTrace(uuid));
    QVERIFY(trace.ok());
    QCOMPARE(trace->delivery.uuid, uuid);
    QVERIFY(trace->delivery.deliveredAt.isValid());
    QStringList steps;
    for (const TimelineEntry &e : trace->delivery.timeline)
        steps << e.event;
    QCOMPARE(steps.first(), u"queued"_s);
    QVERIFY(steps.contains(u"delivered"_s));
    QVERIFY(trace->delivery.content.contains("subject"));
    QVERIFY(trace->webhookAttempts.is_array());

    const auto unknown = take(m_backend->deliveryTrace(u"00000000-0000-0000-0000-000000000000"_s));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(unknown.error().message.contains(u"Delivery"_s));
}

void tst_RemoteBackend::sendAnswers()
{
    // Some channels sent, others not: success, with errors.
    const auto partly = take(m_backend->send(u"order.confirmed"_s, std::nullopt, Json{{"to", "partly@example.com"}, {"payload", Json::object()}}));
    QVERIFY(partly.ok());
    QVERIFY(partly->success);
    QCOMPARE(partly->deliveries.first().first, Channel::Email);
    QVERIFY(!partly->errors.isEmpty());
    QCOMPARE(partly->errors.first().code, ErrorCode::MissingIdentifier);
    QVERIFY(partly->errors.first().channel.has_value());
    QVERIFY(!partly->replayed);

    // Nobody reached: an answer (400 with the send shape), not an Error.
    const auto none = take(m_backend->send(u"order.confirmed"_s, Channel::Sms, Json{{"to", "nophone@example.com"}, {"payload", Json::object()}}));
    QVERIFY(none.ok());
    QVERIFY(!none->success);
    QVERIFY(none->deliveries.isEmpty());
    QCOMPARE(none->errors.first().code, ErrorCode::MissingIdentifier);
    QCOMPARE(none->errors.first().recipient, u"nophone@example.com"_s);

    // Errors that end the request are Errors.
    const auto unknown = take(m_backend->send(u"no.such.event"_s, std::nullopt, Json{{"to", "x@example.com"}, {"payload", Json::object()}}));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::EventNotFound);
    const auto invalid = take(m_backend->send(u"order.confirmed"_s, std::nullopt, Json{{"payload", Json::object()}}));
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code, ErrorCode::ValidationError);
    QVERIFY(!invalid.error().details.isEmpty());
}

void tst_RemoteBackend::errorBodiesMapToErrors_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("code");
    QTest::newRow("invalid email") << u"not-an-email"_s << int(ErrorCode::InvalidEmail);
}

void tst_RemoteBackend::errorBodiesMapToErrors()
{
    QFETCH(QString, email);
    QFETCH(int, code);
    const auto saved = take(m_backend->saveContact(contactWith(email)));
    QVERIFY(!saved.ok());
    QCOMPARE(int(saved.error().code), code);
    QVERIFY(saved.error().message.contains(email));
    QCOMPARE(saved.error().details.first().field, u"email"_s);

    // A 400 with details, a 404 with NOT_FOUND and a message naming the kind.
    const auto badPage = take(m_backend->contacts(QString(), 0, 0));
    QVERIFY(!badPage.ok());
    QCOMPARE(badPage.error().code, ErrorCode::ValidationError);
    QCOMPARE(badPage.error().details.first().field, u"limit"_s);
    const auto noContact = take(m_backend->updateContact(u"nobody@example.com"_s, contactWith(u"x@example.com"_s)));
    QCOMPARE(noContact.error().code, ErrorCode::NotFound);
    QVERIFY(noContact.error().message.contains(u"Contact"_s));
}

void tst_RemoteBackend::wrongKeyIsUnauthorized()
{
    m_backend->setApiKey(u"test_wrong"_s);
    const auto events = take(m_backend->events());
    QVERIFY(!events.ok());
    QCOMPARE(events.error().code, ErrorCode::Unauthorized);
    QCOMPARE(events.error().message, u"Invalid API key"_s);
}

void tst_RemoteBackend::webhooksThroughTheApi()
{
    // A scripted remote plays the reference's answers (a conflict, an unknown uuid).
    const QByteArray webhook = R"({"uuid":"wh-1","url":"https://app.test/hook","enabled_events":["delivery.sent"],
        "description":"Prod","is_active":true,"signing_secret":"whsec_abc","created_at":"2026-03-30T12:00:00Z",
        "updated_at":"2026-03-30T12:00:00Z"})";
    bool exists = false;
    ScriptedServer remote([&](const SeenRequest &r) -> QByteArray {
        if (r.method == "GET" && r.target == "/v1/webhooks")
            return httpAnswer(200, exists ? R"({"success":true,"data":{"webhook":)" + webhook + "}}"
                                          : QByteArray(R"({"success":true,"data":{"webhook":null}})"));
        if (r.method == "POST" && r.target == "/v1/webhooks") {
            if (exists)
                return httpAnswer(409, R"({"success":false,"error":"A webhook endpoint already exists","code":"CONFLICT"})");
            exists = true;
            return httpAnswer(201, R"({"success":true,"data":{"webhook":)" + webhook + "}}");
        }
        if (r.method == "PATCH" && r.target == "/v1/webhooks/wh-1")
            return httpAnswer(200, R"({"success":true,"data":{"webhook":)" + QByteArray(webhook).replace("\"is_active\":true", "\"is_active\":false") + "}}");
        if (r.method == "DELETE" && r.target == "/v1/webhooks/wh-1" && exists) {
            exists = false;
            return httpAnswer(200, R"({"success":true,"deleted":true})");
        }
        return httpAnswer(404, R"({"success":false,"error":"No webhook","code":"WEBHOOK_NOT_FOUND"})");
    });
    RemoteBackend backend(Environment::Sandbox, remote.url());
    backend.setApiKey(kSandboxKey);

    const auto none = take(backend.webhook());
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());

    WebhookInput in;
    in.url = u"https://app.test/hook"_s;
    in.enabledEvents = QStringList{u"delivery.sent"_s};
    in.description = u"Prod"_s;
    const auto created = take(backend.createWebhook(in));
    QVERIFY(created.ok());
    QCOMPARE(created->signingSecret, u"whsec_abc"_s);
    QCOMPARE(created->enabledEvents, QStringList{u"delivery.sent"_s});
    QCOMPARE(parseJson(remote.requests().last().body).value(), Json({{"url", "https://app.test/hook"}, {"enabled_events", {"delivery.sent"}}, {"description", "Prod"}}));
    QCOMPARE(remote.requests().last().header("Authorization"), QByteArray("Bearer ") + kSandboxKey.toLatin1());

    const auto conflict = take(backend.createWebhook(in));
    QCOMPARE(conflict.error().code, ErrorCode::Conflict);

    const auto got = take(backend.webhook());
    QVERIFY(got.ok() && got->has_value());
    QCOMPARE((*got)->url, u"https://app.test/hook"_s);

    WebhookInput off;
    off.isActive = false;
    const auto updated = take(backend.updateWebhook(u"wh-1"_s, off));
    QVERIFY(updated.ok());
    QVERIFY(!updated->isActive);
    QCOMPARE(remote.requests().last().body, QByteArray(R"({"is_active":false})"));

    QVERIFY(take(backend.deleteWebhook(u"wh-1"_s)).ok());
    QCOMPARE(take(backend.deleteWebhook(u"wh-1"_s)).error().code, ErrorCode::WebhookNotFound);

    // The local server answers the same route: no endpoint registered there.
    const auto local = take(m_backend->webhook());
    QVERIFY(local.ok());
    QVERIFY(!local->has_value());
}

// Issue 21: the remote API learns the console's name and version and nothing Qt adds
// on its own: no locale in Accept-Language, no compression it did not ask for.
void tst_RemoteBackend::sendsOnlyItsOwnHeaders()
{
    ScriptedServer remote([](const SeenRequest &) { return httpAnswer(200, R"({"success":true,"data":{"events":[]}})"); });
    RemoteBackend backend(Environment::Sandbox, remote.url());
    backend.setApiKey(kSandboxKey);
    QVERIFY(take(backend.events()).ok());
    QVERIFY(!remote.requests().isEmpty());
    const SeenRequest &r = remote.requests().first();
    QCOMPARE(r.header("User-Agent"), QByteArray("sendivent-console/" SENDIVENT_VERSION));
    QCOMPARE(r.header("Accept-Encoding"), QByteArray("identity"));
    QCOMPARE(r.header("Accept-Language"), QByteArray("*"));
    QStringList names;
    for (const auto &[name, value] : r.headers)
        names.append(QString::fromLatin1(name).toLower());
    names.sort();
    QCOMPARE(names.join(u' '), u"accept accept-encoding accept-language authorization connection content-length host user-agent"_s);
}

void tst_RemoteBackend::answersThatCannotBeRead()
{
    ScriptedServer remote([](const SeenRequest &r) -> QByteArray {
        if (r.target.startsWith("/v1/events/"))
            return httpAnswer(200, R"({"success":true,"data":{"event":{"name":"no identifier"}}})");
        if (r.target.startsWith("/v1/integrations"))
            return httpAnswer(200, R"({"success":true,"data":{"integrations":[{"channel":"pigeon","provider":"coop"}]}})");
        return httpAnswer(200, "<html>maintenance</html>", {}, "text/html");
    });
    RemoteBackend backend(Environment::Sandbox, remote.url());
    const auto event = take(backend.event(u"x"_s));
    QCOMPARE(event.error().code, ErrorCode::ServerError);
    QVERIFY2(event.error().message.contains(u"'identifier' is missing"_s), qPrintable(event.error().message));
    const auto integrations = take(backend.integrations());
    QVERIFY2(integrations.error().message.contains(u"'pigeon' is not a channel"_s), qPrintable(integrations.error().message));
    const auto contacts = take(backend.contacts({}, 10, 0));
    QCOMPARE(contacts.error().code, ErrorCode::ServerError);
    QVERIFY(contacts.error().message.contains(u"not JSON"_s));
}

void tst_RemoteBackend::statusWithoutErrorBody()
{
    ScriptedServer remote([](const SeenRequest &) { return httpAnswer(503, "<html>Service Unavailable</html>", {}, "text/html"); });
    RemoteBackend backend(Environment::Sandbox, remote.url());
    const auto events = take(backend.events());
    QCOMPARE(events.error().code, ErrorCode::ProviderError);
    QCOMPARE(events.error().message, u"The remote API answered HTTP 503 without an error body"_s);
}

void tst_RemoteBackend::backsOffOn429()
{
    int limited = 2;
    ScriptedServer remote([&](const SeenRequest &) {
        if (limited-- > 0) {
            return httpAnswer(429, R"({"success":false,"error":"Too many requests","code":"RATE_LIMITED"})",
                              {{"Retry-After", "1"}});
        }
        return httpAnswer(200, R"({"success":true,"data":{"integrations":[],"total":0}})");
    });
    RemoteBackend backend(Environment::Sandbox, remote.url());
    backend.client().setRetryPolicy({3, std::chrono::milliseconds(50), std::chrono::milliseconds(300)});
    QElapsedTimer timer;
    timer.start();
    const auto integrations = take(backend.integrations());
    QVERIFY(integrations.ok());
    QCOMPARE(remote.requests().size(), 3);
    // Retry-After: 1 capped at 300 ms, twice.
    QVERIFY2(timer.elapsed() >= 550 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void tst_RemoteBackend::givesUpAfterBoundedRetries()
{
    ScriptedServer remote([](const SeenRequest &) {
        return httpAnswer(429, R"({"success":false,"error":"Too many requests: slow down","code":"RATE_LIMITED"})");
    });
    RemoteBackend backend(Environment::Sandbox, remote.url());
    backend.client().setRetryPolicy({3, std::chrono::milliseconds(20), std::chrono::milliseconds(100)});
    const auto events = take(backend.events());
    QVERIFY(!events.ok());
    QCOMPARE(events.error().code, ErrorCode::RateLimited);
    QCOMPARE(events.error().message, u"Too many requests: slow down"_s);
    QCOMPARE(remote.requests().size(), 4); // the first try and three retries
}

void tst_RemoteBackend::honoursRetryAfterOfRealLimits()
{
    // The sandbox limit of the "remote" (10 requests a second): a burst of 14 calls
    // all succeed, the last four after waiting out Retry-After.
    TestServer limitedRemote({}, TestServer::Limits::On);
    QVERIFY(limitedRemote.start());
    RemoteBackend backend(Environment::Sandbox, limitedRemote.url(u""_s));
    backend.setApiKey(kSandboxKey);
    waitForFreshSecond();
    QList<QFuture<Result<QList<Integration>>>> calls;
    for (int i = 0; i < 14; ++i)
        calls << backend.integrations();
    for (const auto &call : calls) {
        const auto result = take(call);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    }
    // The remote's journal shows the 429s the backend waited out.
    limitedRemote.server().services()->settle(); // the journal is written
    HttpClient direct(kSandboxKey);
    const Json journal = direct.get(limitedRemote.url(u"/_local/requests?status=429"_s)).json();
    QVERIFY2(journal["data"].is_object(), journal.dump().c_str());
    QVERIFY2(journal["data"]["total"].get<int>() >= 4, journal.dump().c_str());
}

void tst_RemoteBackend::timesOutASilentServer()
{
    SilentServer silent;
    RemoteBackend backend(Environment::Sandbox, silent.url());
    backend.client().setTransferTimeout(std::chrono::milliseconds(300));
    QElapsedTimer timer;
    timer.start();
    const auto events = take(backend.events());
    QVERIFY(!events.ok());
    QCOMPARE(events.error().code, ErrorCode::ProviderError);
    QVERIFY2(events.error().message.startsWith(u"The remote API at %1 did not answer within 0.3 s"_s.arg(silent.url().toString())),
             qPrintable(events.error().message));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(silent.connections(), 1);
}

void tst_RemoteBackend::unreachableHost()
{
    RemoteBackend backend(Environment::Sandbox, QUrl(u"http://127.0.0.1:%1"_s.arg(unusedPort())));
    const auto contacts = take(backend.contacts({}, 10, 0));
    QVERIFY(!contacts.ok());
    QCOMPARE(contacts.error().code, ErrorCode::ProviderError);
    QVERIFY2(contacts.error().message.startsWith(u"Cannot reach the remote API at http://127.0.0.1:"_s),
             qPrintable(contacts.error().message));
}

QTEST_GUILESS_MAIN(tst_RemoteBackend)
#include "tst_remotebackend.moc"
