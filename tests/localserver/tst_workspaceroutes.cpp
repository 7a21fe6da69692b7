// GET /v1/events, GET /v1/events/{identifier}, GET /v1/integrations and the local
// workspace routes, over real HTTP against a real database.
#include "sendfixture.h"

#include <httpclient.h>
#include <storage/database.h>
#include <testserver.h>
#include <workspace/workspaceservice.h>

#include <jsoncompare.h>

#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;

namespace {

// The send tests' workspace with one baseline contact who has every identifier.
Json sendFixtureWithContacts()
{
    Json fixture = sendFixture();
    fixture["contacts"] = Json::array({everyChannelContact()});
    return fixture;
}

int fixtureEvents()
{
    return int(sendFixture()["events"].size());
}

// A server (not started) whose --seed is a file in `dir` holding `fixture`.
std::unique_ptr<TestServer> serverSeededWith(const QTemporaryDir &dir, const QByteArray &fixture)
{
    const QString seed = dir.filePath(QStringLiteral("seed.json"));
    QFile f(seed);
    if (!f.open(QIODevice::WriteOnly) || f.write(fixture) != fixture.size())
        qFatal("cannot write the seed file");
    f.close();
    server::LocalServerOptions o;
    o.seedFile = seed;
    return std::make_unique<TestServer>(o);
}

bool hasHeader(const HttpReply &reply, const QByteArray &name)
{
    return std::any_of(reply.headers.cbegin(), reply.headers.cend(),
                       [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

class tst_WorkspaceRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsEvents();
    void pagesEvents();
    void rejectsBadPaging();
    void getsEventWithTemplates();
    void unknownEventIs404();
    void identifierIsPercentDecoded();
    void listsIntegrationsWithoutSecrets();
    void filtersIntegrationsByChannel();
    void rejectsUnknownChannelFilter();
    void getsWorkspaceFixture();
    void fixtureRoundTripsUnchanged();
    void putReplacesWorkspace();
    void putCanKeepOtherContacts();
    void putRejectsInvalidFixtureWhole();
    void resetReturnsToTheBaseline();
    void seedStartsWithOnlyTheFixture();
    void seedFileIsImportedAtStart();
    void invalidSeedFileStopsStart();

private:
    HttpReply get(const QString &path) { return m_client.get(m_server->url(path)); }

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void tst_WorkspaceRoutes::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
}

void tst_WorkspaceRoutes::cleanup()
{
    m_server.reset();
}

void tst_WorkspaceRoutes::listsEvents()
{
    const HttpReply r = get(QStringLiteral("/v1/events"));
    QCOMPARE(r.status, 200);
    const Json j = r.json();
    QCOMPARE(j["success"], true);
    const Json &events = j["data"]["events"];
    QCOMPARE(events.size(), size_t(5));
    QCOMPARE(j["data"]["total"], 5);
    QCOMPARE(events[0]["identifier"], "user.welcome");
    QCOMPARE(events[0]["name"], "User welcome");
    QCOMPARE(events[0]["channels"], Json::array({"email", "slack", "push"}));
    QCOMPARE(events[0]["languages"], Json::array({"en", "sv"}));
    QVERIFY(!events[0].contains("templates"));
}

void tst_WorkspaceRoutes::pagesEvents()
{
    QSet<QString> seen;
    for (int offset = 0; offset < 5; offset += 2) {
        const Json j = get(QStringLiteral("/v1/events?limit=2&offset=%1").arg(offset)).json();
        QCOMPARE(j["data"]["limit"], 2);
        QCOMPARE(j["data"]["offset"], offset);
        QCOMPARE(j["data"]["total"], 5);
        for (const Json &e : j["data"]["events"])
            seen.insert(QString::fromStdString(e["identifier"].get<std::string>()));
    }
    QCOMPARE(seen.size(), 5);
    QCOMPARE(get(QStringLiteral("/v1/events?offset=50")).json()["data"]["events"].size(), size_t(0));
}

void tst_WorkspaceRoutes::rejectsBadPaging()
{
    for (const QString &query : {QStringLiteral("limit=0"), QStringLiteral("limit=abc"),
                                 QStringLiteral("offset=-1"), QStringLiteral("limit=1.5")}) {
        const HttpReply r = get(QStringLiteral("/v1/events?") + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
        QVERIFY(r.json()["details"].is_array() && !r.json()["details"].empty());
    }
}

void tst_WorkspaceRoutes::getsEventWithTemplates()
{
    const HttpReply r = get(QStringLiteral("/v1/events/order.confirmed"));
    QCOMPARE(r.status, 200);
    const Json body = r.json();
    const Json &e = body["data"]["event"];
    QCOMPARE(e["identifier"], "order.confirmed");
    QCOMPARE(e["default_language"], "en");
    QCOMPARE(e["templates"].size(), size_t(6));
    const Json &email = e["templates"][0];
    QCOMPARE(email["channel"], "email");
    QCOMPARE(email["language"], "en");
    QVERIFY(email["subject"].get<std::string>().find("{{payload.order_id}}") != std::string::npos);
    QVERIFY(email.contains("html") && email.contains("text"));
    const Json &sms = e["templates"][2];
    QCOMPARE(sms["channel"], "sms");
    QVERIFY(sms.contains("text") && !sms.contains("subject"));
}

void tst_WorkspaceRoutes::unknownEventIs404()
{
    const HttpReply r = get(QStringLiteral("/v1/events/order.shipped.twice"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json()["code"], "EVENT_NOT_FOUND");
    QCOMPARE(r.json()["error"], "Event 'order.shipped.twice' not found");
}

void tst_WorkspaceRoutes::identifierIsPercentDecoded()
{
    QCOMPARE(get(QStringLiteral("/v1/events/order%2Econfirmed")).status, 200);
    const HttpReply slash = get(QStringLiteral("/v1/events/a%2Fb"));
    QCOMPARE(slash.status, 404);
    QCOMPARE(slash.json()["error"], "Event 'a/b' not found");
}

void tst_WorkspaceRoutes::listsIntegrationsWithoutSecrets()
{
    const HttpReply r = get(QStringLiteral("/v1/integrations"));
    QCOMPARE(r.status, 200);
    const Json body = r.json();
    const Json &list = body["data"]["integrations"];
    QCOMPARE(list.size(), size_t(6));
    QCOMPARE(list[0]["channel"], "email");
    QCOMPARE(list[0]["provider"], "ses");
    QCOMPARE(list[0]["status"], "active");
    for (const Json &i : list)
        QVERIFY(!i.contains("secrets"));
    QVERIFY2(!r.body.contains("demo-secret") && !r.body.contains("xoxb-demo"), r.body.constData());
}

void tst_WorkspaceRoutes::filtersIntegrationsByChannel()
{
    const Json list = get(QStringLiteral("/v1/integrations?channel=slack")).json()["data"]["integrations"];
    QCOMPARE(list.size(), size_t(1));
    QCOMPARE(list[0]["provider"], "slack");
    QCOMPARE(get(QStringLiteral("/v1/integrations?channel=whatsapp")).json()["data"]["integrations"].size(), size_t(0));
}

void tst_WorkspaceRoutes::rejectsUnknownChannelFilter()
{
    const HttpReply r = get(QStringLiteral("/v1/integrations?channel=fax"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json()["code"], "VALIDATION_ERROR");
    QCOMPARE(r.json()["details"][0]["field"], "channel");
}

void tst_WorkspaceRoutes::getsWorkspaceFixture()
{
    const HttpReply r = get(QStringLiteral("/_local/workspace"));
    QCOMPARE(r.status, 200);
    const Json ws = r.json(); // the fixture itself, no envelope (DESIGN §11)
    QCOMPARE(ws["app"]["name"], "Acme Shop");
    QCOMPARE(ws["events"].size(), size_t(5));
    QCOMPARE(dumpJson(ws["contacts"]), dumpJson(WorkspaceService::demoFixture()["contacts"]));
    QVERIFY(!r.body.contains("secrets"));
    QVERIFY(!r.body.contains("demo-secret"));
}

void tst_WorkspaceRoutes::fixtureRoundTripsUnchanged()
{
    // curl …/_local/workspace > f.json; curl -X PUT -d @f.json …/_local/workspace
    const QByteArray exported = get(QStringLiteral("/_local/workspace")).body;
    const HttpReply put = m_client.send("PUT", m_server->url(QStringLiteral("/_local/workspace")), exported);
    QCOMPARE(put.status, 200);
    QCOMPARE(get(QStringLiteral("/_local/workspace")).body, exported);
    // The secrets it does not carry were kept (the demo's SES integration has one).
    Database db(m_server->databasePath());
    QVERIFY(db.open().ok());
    const auto stored = WorkspaceService(db).current();
    QVERIFY(stored.ok());
    QVERIFY(dumpJson((*stored)->integrations.front().secrets).contains("demo-secret"));
    // An export made before 2026-12-04, in the data envelope, is taken as it is.
    const Json envelope{{"success", true}, {"data", {{"workspace", Json::parse(exported)}}}};
    QCOMPARE(m_client.put(m_server->url(QStringLiteral("/_local/workspace")), envelope).status, 200);
    QCOMPARE(get(QStringLiteral("/_local/workspace")).body, exported);
}

void tst_WorkspaceRoutes::putReplacesWorkspace()
{
    const Json fixture = Json::parse(R"({
        "app": {"name": "Replaced"},
        "events": [{"identifier": "only.one", "name": "Only", "channels": ["email"],
                    "templates": [{"channel": "email", "language": "en", "subject": "s", "html": "h", "text": "t"}]}],
        "contacts": [{"email": "new@example.com"}, {"email": "jane@example.com", "name": "Jane Again"}]
    })");
    const HttpReply r = m_client.put(m_server->url(QStringLiteral("/_local/workspace")), fixture);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["data"]["events"], 1);
    // The fixture's contacts replace the stored ones (revised 2026-12-04).
    QCOMPARE(r.json()["data"]["contacts_created"], 2);
    QCOMPARE(r.json()["data"]["contacts_updated"], 0);
    const Json events = get(QStringLiteral("/v1/events")).json()["data"]["events"];
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events[0]["identifier"], "only.one");
    QCOMPARE(get(QStringLiteral("/_local/workspace")).json()["app"]["name"], "Replaced");
    QCOMPARE(get(QStringLiteral("/v1/integrations")).json()["data"]["integrations"].size(), size_t(0));
    const Json contacts = get(QStringLiteral("/v1/contacts")).json()["data"];
    QCOMPARE(contacts["total"], 2);
    QCOMPARE(get(QStringLiteral("/v1/contacts/john%40example.com")).status, 404); // a demo contact
}

void tst_WorkspaceRoutes::putCanKeepOtherContacts()
{
    Json fixture = WorkspaceService::demoFixture();
    fixture["contacts"] = Json::array({{{"email", "kept@example.com"}}});
    const HttpReply r = m_client.put(m_server->url(QStringLiteral("/_local/workspace?keep_contacts=true")), fixture);
    QCOMPARE(r.status, 200);
    QCOMPARE(get(QStringLiteral("/v1/contacts/jane%40example.com")).status, 200); // still there
    QCOMPARE(get(QStringLiteral("/v1/contacts/kept%40example.com")).status, 200);
    // Only the fixture's contacts are the baseline: a reset removes the others.
    QCOMPARE(m_client.post(m_server->url(QStringLiteral("/_local/reset")), Json::object()).status, 200);
    QCOMPARE(get(QStringLiteral("/v1/contacts/jane%40example.com")).status, 404);
    QCOMPARE(get(QStringLiteral("/v1/contacts/kept%40example.com")).status, 200);
    QCOMPARE(m_client.put(m_server->url(QStringLiteral("/_local/workspace?keep_contacts=maybe")), fixture).status, 400);
}

void tst_WorkspaceRoutes::putRejectsInvalidFixtureWhole()
{
    const QByteArray before = get(QStringLiteral("/_local/workspace")).body;
    Json fixture = WorkspaceService::demoFixture();
    fixture["app"]["name"] = "Should not stick";
    fixture["events"][1]["channels"].push_back("carrier-pigeon");
    fixture["events"][2]["templates"][0]["html"] = "{{#each items}}no end";
    const HttpReply r = m_client.put(m_server->url(QStringLiteral("/_local/workspace")), fixture);
    QCOMPARE(r.status, 400);
    const Json j = r.json();
    QCOMPARE(j["code"], "VALIDATION_ERROR");
    QVERIFY(j["details"].size() >= 2);
    QSet<QString> fields;
    for (const Json &d : j["details"])
        fields.insert(QString::fromStdString(d["field"].get<std::string>()));
    QVERIFY(fields.contains(QStringLiteral("events[1].channels[3]")));
    QVERIFY(fields.contains(QStringLiteral("events[2].templates[0].html")));
    QCOMPARE(get(QStringLiteral("/_local/workspace")).body, before);
}

void tst_WorkspaceRoutes::resetReturnsToTheBaseline()
{
    Json fixture = sendFixtureWithContacts();
    QCOMPARE(m_client.put(m_server->url(QStringLiteral("/_local/workspace")), fixture).status, 200);
    const Json ada = get(QStringLiteral("/v1/contacts/ada%40example.com")).json()["data"]["contact"];
    QVERIFY(ada.contains("uuid"));

    // A test case: changes a baseline contact, adds one, sends (with an idempotency
    // key), points the webhook endpoint somewhere.
    QCOMPARE(m_client.patch(m_server->url(QStringLiteral("/v1/contacts/ada%40example.com")), Json{{"name", "Changed"}}).status, 200);
    QCOMPARE(m_client.post(m_server->url(QStringLiteral("/v1/contacts")), Json{{"email", "extra@example.com"}}).status, 201);
    const QList<QPair<QByteArray, QByteArray>> key{{"X-Idempotency-Key", "reset-key-1"}};
    const Json send{{"to", "ada@example.com"}, {"payload", {{"note", "hi"}}}};
    QCOMPARE(m_client.send("POST", m_server->url(QStringLiteral("/v1/send/all.channels/email")), dumpJson(send), key).status, 200);
    QCOMPARE(get(QStringLiteral("/v1/deliveries")).json()["data"]["total"], 1);
    const HttpReply hook = m_client.post(m_server->url(QStringLiteral("/v1/webhooks")),
                                         Json{{"url", "http://127.0.0.1:9/hook"}, {"enabled_events", {"delivery.sent"}}});
    QCOMPARE(hook.status, 201);

    // curl -X POST -H "Authorization: Bearer …" …/_local/reset: no body, no Content-Type.
    const HttpReply r = m_client.send("POST", m_server->url(QStringLiteral("/_local/reset")), {}, {}, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), Json({{"success", true}, {"reset", true}}));

    // Exactly the baseline: the same contact (uuid), as imported; nothing else.
    const Json after = get(QStringLiteral("/v1/contacts/ada%40example.com")).json()["data"]["contact"];
    QCOMPARE(dumpJson(after), dumpJson(ada));
    QCOMPARE(get(QStringLiteral("/v1/contacts/extra%40example.com")).status, 404);
    QCOMPARE(get(QStringLiteral("/v1/contacts")).json()["data"]["total"], 1);
    QCOMPARE(get(QStringLiteral("/v1/deliveries")).json()["data"]["total"], 0);
    QCOMPARE(get(QStringLiteral("/v1/events")).json()["data"]["total"], fixtureEvents());
    // The idempotency key is forgotten: the same key sends anew instead of replaying.
    const HttpReply again = m_client.send("POST", m_server->url(QStringLiteral("/v1/send/all.channels/email")), dumpJson(send), key);
    QCOMPARE(again.status, 200);
    QVERIFY(!hasHeader(again, "X-Idempotent-Replay"));
    QCOMPARE(get(QStringLiteral("/v1/deliveries")).json()["data"]["total"], 1);
    // The webhook endpoint is configuration: it stays unless asked.
    QVERIFY(!get(QStringLiteral("/v1/webhooks")).json()["data"]["webhook"].is_null());
    QCOMPARE(m_client.post(m_server->url(QStringLiteral("/_local/reset")), Json{{"webhooks", true}}).status, 200);
    QVERIFY(get(QStringLiteral("/v1/webhooks")).json()["data"]["webhook"].is_null());
    // Options are checked.
    const HttpReply bad = m_client.post(m_server->url(QStringLiteral("/_local/reset")), Json{{"everything", true}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json()["details"][0]["field"], "everything");
}

void tst_WorkspaceRoutes::seedStartsWithOnlyTheFixture()
{
    QTemporaryDir dir;
    m_server = serverSeededWith(dir, dumpJson(sendFixtureWithContacts()));
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    // No demo event, no demo contact: only what the fixture defines.
    QCOMPARE(get(QStringLiteral("/v1/events")).json()["data"]["total"], fixtureEvents());
    QCOMPARE(get(QStringLiteral("/v1/contacts")).json()["data"]["total"], 1);
    QCOMPARE(get(QStringLiteral("/v1/contacts/jane%40example.com")).status, 404);
    // And the seed is the baseline a reset returns to.
    QCOMPARE(m_client.post(m_server->url(QStringLiteral("/v1/contacts")), Json{{"email", "more@example.com"}}).status, 201);
    QCOMPARE(m_client.post(m_server->url(QStringLiteral("/_local/reset")), Json::object()).status, 200);
    QCOMPARE(get(QStringLiteral("/v1/contacts")).json()["data"]["total"], 1);
}

void tst_WorkspaceRoutes::seedFileIsImportedAtStart()
{
    QTemporaryDir dir;
    m_server = serverSeededWith(dir, R"({"app":{"name":"Seeded"},"events":[{"identifier":"seeded.event","channels":["sms"]}]})");
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    const Json events = get(QStringLiteral("/v1/events")).json()["data"]["events"];
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events[0]["identifier"], "seeded.event");
    QCOMPARE(events[0]["name"], "seeded.event");
}

void tst_WorkspaceRoutes::invalidSeedFileStopsStart()
{
    QTemporaryDir dir;
    m_server = serverSeededWith(
        dir, R"({"events":[{"identifier":"x","channels":["email"],"templates":[{"channel":"email","subject":"{{"}]}]})");
    QVERIFY(!m_server->start());
    QVERIFY2(m_server->lastError().contains(QStringLiteral("invalid")), qPrintable(m_server->lastError()));
}

QTEST_GUILESS_MAIN(tst_WorkspaceRoutes)
#include "tst_workspaceroutes.moc"
