// A send's contact and its deliveries are one write (issue 19): when the storage
// refuses the group that holds them, the answer is the storage error and neither the
// contact nor a delivery is left behind. The refusal is SQLite's own (query_only, as
// LocalServer::injectStorageFaultForTests sets it) on the writer's connection only,
// so a contact still written on the services' own connection would show.
#include "sendfixture.h"

#include <base/json.h>
#include <jsoncompare.h>
#include <services.h>
#include <storage/groupcommit.h>

#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_SendWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refusedWriteLeavesNoNewContact();
    void refusedWriteLeavesTheContactAsItWas();
    void idempotentReplayKeepsOneContact();

private:
    HttpReply send(const Json &to, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return sendTo(m_client, *m_server, u"/v1/send/all.channels/email"_s,
                      Json{{"to", to}, {"payload", {{"note", "hello"}}}}, headers);
    }
    HttpReply contact(const QString &identifier)
    {
        return m_client.get(m_server->url(u"/v1/contacts/"_s + identifier));
    }
    Services &services() { return *m_server->server().services(); }
    qint64 deliveries() { return *services().deliveries.count({}); }
    qint64 contacts() { return *services().contacts.count(); }
    void refuseWrites(bool refuse)
    {
        services().commits.runOnWriter([refuse](WriteSession &session) {
            (void)session.statements.query(u"PRAGMA query_only = %1"_s.arg(refuse ? 1 : 0), {}, {});
        });
    }
    static void verifyRefused(const HttpReply &refused);

    std::unique_ptr<TestServer> m_server;
    HttpClient m_client{kSandboxKey};
};

void tst_SendWrites::init()
{
    server::LocalServerOptions options;
    options.outcomeDelayMs = 600'000; // no emulated outcomes: the writes are the test's
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    QCOMPARE(m_client.put(m_server->url(u"/_local/workspace"_s), sendFixture()).status, 200);
    QCOMPARE(send(Json{{"email", "ada@example.com"}, {"name", "Ada"}}).status, 200);
}

void tst_SendWrites::cleanup()
{
    m_server.reset();
}

void tst_SendWrites::verifyRefused(const HttpReply &refused)
{
    QCOMPARE(refused.status, 500);
    const Json error = refused.json();
    QCOMPARE(error["code"], "SERVER_ERROR");
    const QString message = QString::fromStdString(error["error"].get<std::string>());
    QVERIFY2(message.startsWith(u"The local database cannot be written: "_s), qPrintable(message));
}

void tst_SendWrites::refusedWriteLeavesNoNewContact()
{
    const qint64 contactsBefore = contacts();
    const qint64 deliveriesBefore = deliveries();
    refuseWrites(true);
    verifyRefused(send("grace@example.com"));
    verifyRefused(send(Json{{"email", "lin@example.com"}, {"name", "Lin"}}));
    refuseWrites(false);

    QCOMPARE(contact(u"grace@example.com"_s).status, 404);
    QCOMPARE(contact(u"lin@example.com"_s).status, 404);
    QCOMPARE(contacts(), contactsBefore);
    QCOMPARE(deliveries(), deliveriesBefore);

    // Writable again: the same send stores both.
    const HttpReply sent = send("grace@example.com");
    QCOMPARE(sent.status, 200);
    const HttpReply created = contact(u"grace@example.com"_s);
    QCOMPARE(created.status, 200);
    QCOMPARE(contacts(), contactsBefore + 1);
    QCOMPARE(deliveries(), deliveriesBefore + 1);
    const auto delivery = services().deliveries.find(QString::fromStdString(deliveryOf(sent.json(), "email")));
    QVERIFY(delivery && delivery->has_value());
    QCOMPARE((*delivery)->contactUuid, str(created.json()["data"]["contact"]["uuid"]));
}

void tst_SendWrites::refusedWriteLeavesTheContactAsItWas()
{
    const Json before = contact(u"ada@example.com"_s).json();
    refuseWrites(true);
    verifyRefused(send(Json{{"email", "ada@example.com"}, {"name", "Ada Changed"}, {"tier", "gold"}}));
    refuseWrites(false);
    QCOMPARE(contact(u"ada@example.com"_s).json(), before);

    // What the refused send decided is not what the next one builds on.
    QCOMPARE(send(Json{{"email", "ada@example.com"}, {"plan", "pro"}}).status, 200);
    const Json after = contact(u"ada@example.com"_s).json()["data"]["contact"];
    QCOMPARE(after["name"], "Ada");
    QCOMPARE(after["meta"], Json({{"plan", "pro"}}));
}

void tst_SendWrites::idempotentReplayKeepsOneContact()
{
    const qint64 contactsBefore = contacts();
    const QList<QPair<QByteArray, QByteArray>> key{{"X-Idempotency-Key", "contact-once"}};
    const Json to{{"email", "replay@example.com"}, {"name", "Re"}};

    // Refused: nothing kept under the key either, so the retry runs for real.
    refuseWrites(true);
    verifyRefused(send(to, key));
    refuseWrites(false);
    const HttpReply first = send(to, key);
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("X-Idempotent-Replay").isEmpty());
    const HttpReply replay = send(to, key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("X-Idempotent-Replay"), "true");
    QCOMPARE(replay.body, first.body);
    QCOMPARE(contacts(), contactsBefore + 1);
    QCOMPARE(contact(u"replay@example.com"_s).json()["data"]["contact"]["name"], "Re");
}

QTEST_GUILESS_MAIN(tst_SendWrites)
#include "tst_sendwrites.moc"
