#include <contacts/contactservice.h>
#include <storage/database.h>
#include <workspace/fixture.h>
#include <workspace/workspaceservice.h>

#include <jsoncompare.h>
#include <QtCore/QTemporaryDir>

#include <QtTest/QTest>

using namespace sendivent;
using namespace Qt::StringLiterals;

namespace {

bool hasDetail(const Error &e, const QString &field, const QString &messagePart = {})
{
    for (const FieldError &d : e.details) {
        if (d.field == field && d.message.contains(messagePart))
            return true;
    }
    return false;
}

QString describe(const Error &e)
{
    QStringList lines{e.message};
    for (const FieldError &d : e.details)
        lines << d.field + QStringLiteral(": ") + d.message;
    return lines.join(QLatin1Char('\n'));
}

Json minimalFixture()
{
    return Json::parse(R"({
      "app": {"name": "Test App"},
      "plan": {"contact_limit": 3, "addons": ["sms"]},
      "senders": [{"name": "T", "email": "t@test.dev"}],
      "integrations": [{"channel": "email", "provider": "ses", "status": "active",
                        "config": {"region": "eu"}, "secrets": {"key": "s3cr3t"}}],
      "partials": {"footer": "<p>{{app.name}}</p>"},
      "events": [{"identifier": "a.b", "name": "A B", "channels": ["email", "sms"],
                  "default_language": "en",
                  "templates": [{"channel": "email", "language": "en", "subject": "Hi {{contact.name}}",
                                 "html": "<b>{{payload.x}}</b>{{> footer}}", "text": "x"},
                                {"channel": "sms", "language": "sv", "text": "Hej"}]}],
      "contacts": [{"email": "a@test.dev", "name": "A"}]
    })");
}

} // namespace

class tst_Fixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void demoWorkspaceIsValidAndComplete();
    void parsesEveryPart();
    void reportsEveryProblemWithItsField();
    void reportsTemplateSyntaxErrorsWithPosition();
    void importIsAllOrNothing();
    void exportRoundTripsWithoutSecrets();
    void importUpsertsContacts();
    void importReplacesContacts();
    void resetReturnsToTheBaseline();
    void seedsDemoOnlyWhenEmpty();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Fixture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("s.db")));
    QVERIFY(m_db->open().ok());
}

void tst_Fixture::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_Fixture::demoWorkspaceIsValidAndComplete()
{
    const Json demo = WorkspaceService::demoFixture();
    QVERIFY(demo.is_object() && !demo.empty());
    auto parsed = parseWorkspaceFixture(demo, handlebarsSyntaxError);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : describe(parsed.error())));
    const Workspace &ws = parsed->workspace;
    QVERIFY(!ws.appName.isEmpty());
    QVERIFY(!ws.senders.isEmpty());
    // An integration for every channel but WhatsApp.
    for (const Channel c : kAllChannels) {
        const bool has = std::any_of(ws.integrations.begin(), ws.integrations.end(),
                                     [c](const Integration &i) { return i.channel == c; });
        QCOMPARE(has, c != Channel::Whatsapp);
    }
    QVERIFY(ws.events.size() >= 4);
    // email/sms/slack/push templates in English and Swedish.
    for (const Channel c : {Channel::Email, Channel::Sms, Channel::Slack, Channel::Push}) {
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("sv")}) {
            const bool has = std::any_of(ws.events.begin(), ws.events.end(),
                                         [&](const Event &e) { return e.findTemplate(c, lang) != nullptr; });
            QVERIFY2(has, qPrintable(channelName(c) + QLatin1Char('/') + lang));
        }
    }
    QVERIFY(parsed->contacts.size() >= 3);
}

void tst_Fixture::parsesEveryPart()
{
    auto parsed = parseWorkspaceFixture(minimalFixture(), handlebarsSyntaxError);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : describe(parsed.error())));
    const Workspace &ws = parsed->workspace;
    QCOMPARE(ws.appName, QStringLiteral("Test App"));
    QCOMPARE(ws.plan.contactLimit, 3);
    QCOMPARE(ws.plan.addons, QStringList{QStringLiteral("sms")});
    QCOMPARE(ws.senders.size(), 1);
    QCOMPARE(ws.integrations.size(), 1);
    QCOMPARE(ws.integrations[0].secrets["key"], "s3cr3t");
    QCOMPARE(ws.partials.value(QStringLiteral("footer")), QStringLiteral("<p>{{app.name}}</p>"));
    QCOMPARE(ws.events.size(), 1);
    const Event &e = ws.events[0];
    QCOMPARE(e.channels, (QList<Channel>{Channel::Email, Channel::Sms}));
    QCOMPARE(e.languages(), (QStringList{QStringLiteral("en"), QStringLiteral("sv")}));
    QVERIFY(e.findTemplate(Channel::Email, QStringLiteral("en")));
    QCOMPARE(e.findTemplate(Channel::Email, QStringLiteral("en"))->fields.value(QStringLiteral("subject")),
             QStringLiteral("Hi {{contact.name}}"));
    QCOMPARE(parsed->contacts.size(), size_t(1));
}

void tst_Fixture::reportsEveryProblemWithItsField()
{
    Json f = minimalFixture();
    f["integrations"][0]["channel"] = "pager";
    f["events"][0]["channels"].push_back("fax");
    f["events"][0]["templates"][0]["body"] = "push field on email";
    f["events"][0]["templates"].push_back({{"channel", "push"}, {"title", "x"}});
    f["events"].push_back({{"identifier", "a.b"}, {"channels", Json::array({"email"})}});
    f["senders"][0]["email"] = "not-an-email";
    f["plan"]["contact_limit"] = "many";
    f["surprise"] = true;
    auto parsed = parseWorkspaceFixture(f, handlebarsSyntaxError);
    QVERIFY(!parsed.ok());
    const Error &e = parsed.error();
    QCOMPARE(e.code, ErrorCode::ValidationError);
    QVERIFY2(hasDetail(e, QStringLiteral("integrations[0].channel"), QStringLiteral("pager")), qPrintable(describe(e)));
    QVERIFY(hasDetail(e, QStringLiteral("events[0].channels[2]")));
    QVERIFY(hasDetail(e, QStringLiteral("events[0].templates[0].body")));
    QVERIFY(hasDetail(e, QStringLiteral("events[0].templates[2].channel"), QStringLiteral("does not use")));
    QVERIFY(hasDetail(e, QStringLiteral("events[1].identifier"), QStringLiteral("another event")));
    QVERIFY(hasDetail(e, QStringLiteral("senders[0].email")));
    QVERIFY(hasDetail(e, QStringLiteral("plan.contact_limit")));
    QVERIFY(hasDetail(e, QStringLiteral("surprise"), QStringLiteral("unknown")));
    QVERIFY(e.details.size() >= 8);

    QVERIFY(!parseWorkspaceFixture(Json::array(), handlebarsSyntaxError).ok());
}

void tst_Fixture::reportsTemplateSyntaxErrorsWithPosition()
{
    Json f = minimalFixture();
    f["events"][0]["templates"][0]["html"] = "line one\n  {{#if x}}unclosed";
    f["partials"]["broken"] = "{{foo";
    auto parsed = parseWorkspaceFixture(f, handlebarsSyntaxError);
    QVERIFY(!parsed.ok());
    const Error &e = parsed.error();
    QVERIFY2(hasDetail(e, QStringLiteral("events[0].templates[0].html"), QStringLiteral("syntax error at ")),
             qPrintable(describe(e)));
    QVERIFY(hasDetail(e, QStringLiteral("partials.broken"), QStringLiteral("1:")));
    for (const FieldError &d : e.details) {
        if (d.field == QStringLiteral("events[0].templates[0].html"))
            QVERIFY2(d.message.contains(QRegularExpression(QStringLiteral("at \\d+:\\d+: "))), qPrintable(d.message));
    }
}

void tst_Fixture::importIsAllOrNothing()
{
    WorkspaceService service(*m_db);
    QVERIFY(service.importFixture(minimalFixture()).ok());
    const auto before = service.exportFixture();
    QVERIFY(before.ok());

    Json bad = WorkspaceService::demoFixture();
    bad["contacts"].push_back({{"email", "broken@@example"}});
    auto result = service.importFixture(bad);
    QVERIFY(!result.ok());
    QVERIFY2(hasDetail(result.error(), QStringLiteral("contacts[5].email")), qPrintable(describe(result.error())));

    // A contact over the plan's quota fails the import after the workspace was written
    // inside the transaction: the whole import must still be rolled back.
    Json overQuota = minimalFixture();
    overQuota["events"][0]["name"] = "Changed";
    overQuota["contacts"] =
        Json::array({{{"email", "1@t.dev"}}, {{"email", "2@t.dev"}}, {{"email", "3@t.dev"}}, {{"email", "4@t.dev"}}});
    result = service.importFixture(overQuota);
    QVERIFY(!result.ok());
    QVERIFY2(hasDetail(result.error(), QStringLiteral("contacts[3]"), QStringLiteral("quota")), qPrintable(describe(result.error())));

    const auto after = service.exportFixture();
    QVERIFY(after.ok());
    QCOMPARE(dumpJson(*after), dumpJson(*before));
    QCOMPARE(ContactService(*m_db).count().value(), qint64(1));
}

void tst_Fixture::exportRoundTripsWithoutSecrets()
{
    WorkspaceService service(*m_db);
    QVERIFY(service.importFixture(WorkspaceService::demoFixture()).ok());
    auto exported = service.exportFixture();
    QVERIFY(exported.ok());
    QVERIFY2(!dumpJson(*exported).contains("demo-secret"), "secrets are stripped on export");
    // The fixture itself: its baseline contacts come along (DESIGN §11, revised 2026-12-04).
    QCOMPARE(dumpJson((*exported)["contacts"]), dumpJson(WorkspaceService::demoFixture()["contacts"]));
    for (const Json &i : (*exported)["integrations"])
        QVERIFY(!i.contains("secrets"));

    // Imported back where it came from, the stored secrets stay.
    const Workspace withSecrets = **service.current();
    QVERIFY(service.importFixture(*exported).ok());
    QVERIFY(**service.current() == withSecrets);

    // Importing the export elsewhere gives the same workspace (secrets aside).
    QTemporaryDir other;
    Database db2(other.filePath(QStringLiteral("s.db")));
    QVERIFY(db2.open().ok());
    WorkspaceService service2(db2);
    QVERIFY(service2.importFixture(*exported).ok());
    QCOMPARE(dumpJson(service2.exportFixture().value()), dumpJson(*exported));
    Workspace a = **service.current();
    Workspace b = **service2.current();
    for (Integration &i : a.integrations)
        i.secrets = Json::object();
    QVERIFY(a == b);
}

void tst_Fixture::importUpsertsContacts()
{
    WorkspaceService service(*m_db);
    auto first = service.importFixture(minimalFixture());
    QVERIFY(first.ok());
    QCOMPARE(first->contactsCreated, 1);
    Json again = minimalFixture();
    again["contacts"] = Json::array({{{"email", "A@test.dev"}, {"name", "Renamed"}, {"favorite_color", "blue"}},
                                     {{"phone", "+46701234567"}}});
    WorkspaceService::ImportOptions keep;
    keep.keepContacts = true;
    auto second = service.importFixture(again, keep);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : describe(second.error())));
    QCOMPARE(second->contactsCreated, 1);
    QCOMPARE(second->contactsUpdated, 1);
    auto contact = ContactService(*m_db).find(QStringLiteral("a@test.dev"));
    QVERIFY(contact.ok());
    QCOMPARE(contact->name, QStringLiteral("Renamed"));
    QCOMPARE(contact->meta["favoriteColor"], "blue");
}

void tst_Fixture::importReplacesContacts()
{
    WorkspaceService service(*m_db);
    ContactService contacts(*m_db);
    QVERIFY(service.importFixture(minimalFixture()).ok());
    QVERIFY(contacts.upsert(*parseContactInput(Json{{"email", "other@test.dev"}}), 10));
    QCOMPARE(contacts.count().value(), qint64(2));
    // Without asking to keep them, contacts the fixture does not list are gone.
    Json next = minimalFixture();
    next["contacts"] = Json::array({{{"email", "new@test.dev"}}});
    QVERIFY(service.importFixture(next).ok());
    QCOMPARE(contacts.count().value(), qint64(1));
    QVERIFY(contacts.find(u"new@test.dev"_s).ok());
    QVERIFY(!contacts.find(u"other@test.dev"_s).ok());
}

void tst_Fixture::resetReturnsToTheBaseline()
{
    WorkspaceService service(*m_db);
    ContactService contacts(*m_db);
    Json fixture = minimalFixture();
    fixture["plan"]["contact_limit"] = 10;
    fixture["contacts"].push_back({{"phone", "+46701234567"}, {"name", "Phone"}, {"language", "sv"}});
    QVERIFY(service.importFixture(fixture).ok());
    const Contact before = *contacts.find(u"a@test.dev"_s);
    QVERIFY(contacts.addPushToken(u"+46701234567"_s, u"ExponentPushToken[abc]"_s));
    const Contact phoneBefore = *contacts.find(u"+46701234567"_s);

    // A test changes a baseline contact and adds another.
    ContactInput rename = *parseContactInput(Json{{"name", "Changed"}});
    QVERIFY(contacts.update(u"a@test.dev"_s, rename));
    QVERIFY(contacts.upsert(*parseContactInput(Json{{"email", "extra@test.dev"}}), 10));

    QVERIFY(service.resetToBaseline({}).ok());
    QCOMPARE(contacts.count().value(), qint64(2));
    const Contact after = *contacts.find(u"a@test.dev"_s);
    QCOMPARE(after.uuid, before.uuid); // the same contact, not a new one like it
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.createdAt, before.createdAt);
    QVERIFY(!contacts.find(u"extra@test.dev"_s).ok());
    const Contact phoneAfter = *contacts.find(u"+46701234567"_s);
    QCOMPARE(phoneAfter.uuid, phoneBefore.uuid);
    QCOMPARE(phoneAfter.meta["language"], "sv");
    QVERIFY(phoneAfter.pushTokens.isEmpty()); // registered after the import: not baseline
    QCOMPARE((*service.current())->events.size(), 1);
    // Searching finds exactly the restored ones (the search index follows the rows).
    QCOMPARE(contacts.list(u"test.dev"_s, 10, 0)->total, qint64(1));
}

void tst_Fixture::seedsDemoOnlyWhenEmpty()
{
    WorkspaceService service(*m_db);
    QVERIFY(service.seedDemoIfEmpty().ok());
    QCOMPARE((*service.current())->appName, QStringLiteral("Acme Shop"));
    Json fixture = minimalFixture();
    fixture["plan"]["contact_limit"] = 100; // the demo's contacts are still there
    QVERIFY(service.importFixture(fixture).ok());
    QVERIFY(service.seedDemoIfEmpty().ok());
    QCOMPARE((*service.current())->appName, QStringLiteral("Test App"));
}

QTEST_GUILESS_MAIN(tst_Fixture)
#include "tst_fixture.moc"
