// The contacts a send writes go through the writer with its deliveries (issue 19):
// sends in flight see each other's pending contacts, the plan's limit counts them, a
// contact write on the services' connection lets them land first, and they are
// announced once committed. The sends go through LocalBackend, as the GUI's do: into
// the group commit, answered after it.
#include <contacts/contactstore.h>
#include <contacts/pendingcontacts.h>
#include <localservices.h>
#include <storage/statementcache.h>
#include <stubservers.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_SendContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsInOneGroupMakeOneContact();
    void sendsInConsecutiveGroupsMakeOneContact();
    void laterPieceStandsWhenAnEarlierOneFails();
    void contactLimitCountsPendingContacts();
    void contactWriteLetsPendingSendsLandFirst();
    void contactsAreAnnouncedAfterTheCommit();

private:
    static Json body(const Json &to) { return Json{{"to", to}, {"payload", Json::object()}}; }
    QFuture<Result<SendAnswer>> send(const Json &to) { return m_backend->send(u"user.welcome"_s, Channel::Email, body(to)); }
    static SendRequest request(const Json &to)
    {
        auto parsed = parseSendRequest(u"user.welcome"_s, u"email"_s, body(to));
        if (!parsed)
            qFatal("bad request: %s", qPrintable(parsed.error().message));
        return *parsed;
    }
    qint64 contacts() { return *m_services->contacts.count(); }
    // The stored delivery of a send's answer.
    Delivery delivery(const Result<SendAnswer> &answer)
    {
        if (!answer || answer->deliveries.isEmpty())
            qFatal("the send made no delivery");
        return **m_services->deliveries.find(answer->deliveries.first().second);
    }
    static QString subject(const Delivery &d) { return QString::fromStdString(d.content["subject"].get<std::string>()); }

    std::unique_ptr<LocalBackendFixture> m_fixture;
    Services *m_services = nullptr;
    LocalBackend *m_backend = nullptr;
};

void tst_SendContacts::init()
{
    m_fixture = LocalBackendFixture::open();
    QVERIFY(m_fixture);
    m_services = &m_fixture->services;
    m_backend = &m_fixture->backend;
}

void tst_SendContacts::cleanup()
{
    m_fixture.reset();
}

void tst_SendContacts::sendsInOneGroupMakeOneContact()
{
    const qint64 before = contacts();
    // Both are decided before this thread's event loop hands the group to the writer.
    auto first = send("grace@example.com");
    auto second = send(Json{{"email", "Grace@Example.com"}, {"name", "Grace"}, {"tier", "gold"}});
    auto third = send("grace@example.com");
    const auto a = take(first);
    const auto b = take(second);
    const auto c = take(third);
    QVERIFY(a && b && c);
    QCOMPARE(m_services->commits.lastGroupSize(), 3);

    QCOMPARE(contacts(), before + 1);
    const auto stored = m_services->contacts.find(u"grace@example.com"_s);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Grace"_s);
    QCOMPARE(stored->meta["tier"], "gold");
    // Every answer is about the contact that is stored, as each send saw it.
    for (const auto *answer : {&a, &b, &c})
        QCOMPARE(delivery(*answer).contactUuid, stored->uuid);
    QCOMPARE(subject(delivery(a)), u"Welcome to Acme Shop, there!"_s);
    QCOMPARE(subject(delivery(b)), u"Welcome to Acme Shop, Grace!"_s);
    QCOMPARE(subject(delivery(c)), u"Welcome to Acme Shop, Grace!"_s); // the pending contact, not the database's
}

void tst_SendContacts::sendsInConsecutiveGroupsMakeOneContact()
{
    const qint64 before = contacts();
    auto first = send(Json{{"email", "lin@example.com"}, {"name", "Lin"}});
    m_services->commits.setMaxGroupSize(1); // each send a group of its own, queued behind the last
    auto second = send(Json{{"email", "lin@example.com"}, {"tier", "silver"}});
    auto third = send(Json{{"externalId", "lin-1"}, {"email", "lin@example.com"}});
    const auto a = take(first);
    const auto b = take(second);
    const auto c = take(third);
    QVERIFY(a && b && c);
    QCOMPARE(m_services->commits.lastGroupSize(), 1);

    QCOMPARE(contacts(), before + 1);
    const auto stored = m_services->contacts.find(u"lin-1"_s);
    QVERIFY(stored);
    QCOMPARE(stored->email, u"lin@example.com"_s);
    QCOMPARE(stored->name, u"Lin"_s);
    QCOMPARE(stored->meta["tier"], "silver");
    for (const auto *answer : {&a, &b, &c})
        QCOMPARE(delivery(*answer).contactUuid, stored->uuid);
}

void tst_SendContacts::laterPieceStandsWhenAnEarlierOneFails()
{
    // The first send's piece fails on its own (as a write the storage refused would);
    // the second, decided on top of the first's pending contact, writes the whole row.
    auto first = m_services->send.send(request(Json{{"email", "mo@example.com"}, {"name", "Mo"}}));
    auto second = m_services->send.send(request(Json{{"email", "mo@example.com"}, {"tier", "bronze"}}));
    QVERIFY(first && second);
    QVERIFY(m_services->send.hasPendingContacts());
    QStringList outcomes;
    m_services->commits.submit([](WriteSession &) -> Status { return databaseError(); },
                               [&](Status s) {
                                   m_services->send.discard(*first);
                                   outcomes << (s ? u"stored"_s : u"failed"_s);
                               });
    m_services->commits.submit(
        [result = *second](WriteSession &session) {
            return SendService::store(session.deliveries, session.statements, result);
        },
        [&](Status s) {
            if (s)
                m_services->send.publish(*second);
            else
                m_services->send.discard(*second);
            outcomes << (s ? u"stored"_s : u"failed"_s);
        });
    m_services->commits.flush();
    QCOMPARE(outcomes, QStringList({u"failed"_s, u"stored"_s}));
    QVERIFY(!m_services->send.hasPendingContacts());

    const auto stored = m_services->contacts.find(u"mo@example.com"_s);
    QVERIFY(stored);
    QCOMPARE(*stored, second->contacts.first()); // what the second send answered about
    QCOMPARE(stored->name, u"Mo"_s);
    QCOMPARE(stored->meta["tier"], "bronze");
}

void tst_SendContacts::contactLimitCountsPendingContacts()
{
    auto ws = m_services->workspace.current();
    QVERIFY(ws);
    Workspace limited = **ws;
    limited.plan.contactLimit = int(contacts()) + 1;
    QVERIFY(m_services->workspace.replace(limited));

    auto first = send("one@example.com");
    auto second = send("two@example.com");
    const auto a = take(first);
    const auto b = take(second);
    QVERIFY(a && b);
    QVERIFY(a->success);
    QVERIFY(!b->success);
    QCOMPARE(b->errors.size(), 1);
    QCOMPARE(b->errors.first().code, ErrorCode::QuotaExceeded);
    QCOMPARE(contacts(), qint64(limited.plan.contactLimit));
    QVERIFY(!m_services->contacts.find(u"two@example.com"_s));

    // A pending contact whose group committed a moment ago (its send not told yet) is
    // both stored and pending: counted once.
    const int stored = int(contacts());
    PendingContacts pending;
    ContactInput three;
    three.email = u"three@example.com"_s;
    auto planned = m_services->contacts.plan(three, stored + 1, &pending);
    QVERIFY(planned && planned->created);
    pending.add(planned->contact, true);
    StatementCache statements(m_fixture->db);
    QVERIFY(ContactStore::write(statements, planned->contact));
    ContactInput four;
    four.email = u"four@example.com"_s;
    QVERIFY(m_services->contacts.plan(four, stored + 2, &pending));
    const auto over = m_services->contacts.plan(four, stored + 1, &pending);
    QVERIFY(!over);
    QCOMPARE(over.error().code, ErrorCode::QuotaExceeded);
}

void tst_SendContacts::contactWriteLetsPendingSendsLandFirst()
{
    auto sent = send(Json{{"email", "ivy@example.com"}, {"name", "Ivy"}});
    QVERIFY(m_services->send.hasPendingContacts());
    // The GUI's edit (or the API's PATCH) of the contact the send is about to store.
    ContactInput rename;
    rename.name = u"Ivy Two"_s;
    const auto renamed = m_services->contacts.update(u"ivy@example.com"_s, rename);
    QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().message));
    QVERIFY(!m_services->send.hasPendingContacts());
    const auto answer = take(sent);
    QVERIFY(answer && answer->success);
    QCOMPARE(delivery(answer).contactUuid, renamed->uuid);

    // An upsert of the same identifier updates the one contact instead of racing it.
    const qint64 before = contacts();
    auto again = send(Json{{"email", "ivy@example.com"}, {"tier", "plain"}});
    ContactInput same;
    same.email = u"ivy@example.com"_s;
    same.name = u"Ivy Three"_s;
    const auto upserted = m_services->contacts.upsert(same, 100);
    QVERIFY(upserted);
    QVERIFY(!upserted->created);
    QVERIFY(take(again));
    QCOMPARE(contacts(), before);
    const auto stored = m_services->contacts.find(u"ivy@example.com"_s);
    QCOMPARE(stored->name, u"Ivy Three"_s);
    QCOMPARE(stored->meta["tier"], "plain");
}

void tst_SendContacts::contactsAreAnnouncedAfterTheCommit()
{
    QSignalSpy announced(&m_fixture->notifier, &ChangeNotifier::contactsChanged);
    auto sent = send("new.one@example.com");
    QCOMPARE(announced.size(), 0); // decided, not stored
    QVERIFY(take(sent));
    QCOMPARE(announced.size(), 1);
    QVERIFY(m_services->contacts.find(u"new.one@example.com"_s));

    // A send that changes no contact announces none.
    QVERIFY(take(send("new.one@example.com")));
    QCOMPARE(announced.size(), 1);
}

QTEST_GUILESS_MAIN(tst_SendContacts)
#include "tst_sendcontacts.moc"
