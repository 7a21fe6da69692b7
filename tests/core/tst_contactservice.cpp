// ContactService and ContactStore against a temporary database: what the HTTP tests
// cannot see — the schema upgrade, the kept count, nesting in a caller's transaction,
// change notifications, and the erasure hook other modules register.
#include <changenotifier.h>
#include <contacts/contactservice.h>
#include <contacts/erasure.h>
#include <storage/database.h>
#include <storage/migrations.h>
#include <workspace/workspaceservice.h>

#include <jsoncompare.h>

#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace Qt::StringLiterals;

class tst_ContactService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void upgradeIndexesExistingContacts();
    void countIsKeptExact();
    void nestsInCallersTransaction();
    void notifiesOnlyAfterRealChanges();
    void erasureRunsThePlan();
    void failedErasureChangesNothing();
    void parsesInput();
    void findTriesTypeThenExternalIdThenSlack();
    void normalizesSearch();

private:
    ContactInput input(const Json &body)
    {
        auto parsed = parseContactInput(body);
        if (!parsed)
            qFatal("unexpected invalid input: %s", qPrintable(parsed.error().message));
        return *parsed;
    }
    // An idempotency key's stored answer with `body`, as the API keeps them.
    bool storeAnswer(const QString &key, const QString &body)
    {
        return bool(execSql(*m_db,
                            u"INSERT INTO idempotency_keys (environment, key, fingerprint, status, headers, body,"
                            " created_at) VALUES ('sandbox', ?, x'00', 200, '', CAST(? AS BLOB), 0)"_s,
                            {key, body}));
    }
    int scalar(const QString &sql, const QVariantList &binds = {})
    {
        auto q = execSql(*m_db, sql, binds);
        return q && q->next() ? q->value(0).toInt() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_ContactService::initTestCase()
{
    // The erasure plan: children before parents, one uuid parameter each, the contact last.
    const QStringList statements = erasure::contactStatements();
    QVERIFY(statements.first().contains(u"DELETE FROM webhook_messages"_s));
    QVERIFY(statements.last().startsWith(u"DELETE FROM contacts"_s));
    for (const QString &s : statements)
        QCOMPARE(s.count(u'?'), 1);
}

void tst_ContactService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"test.db"_s));
    QVERIFY(m_db->open());
}

void tst_ContactService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_ContactService::upgradeIndexesExistingContacts()
{
    // A database written by a build that knew only migration 1, holding contacts.
    const QString path = m_dir->filePath(u"v1.db"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO schema_version VALUES (1)"_s));
        for (const QString &statement : migrations().front().statements)
            QVERIFY(q.exec(statement));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(q.exec(u"INSERT INTO contacts (uuid, email, name, created_at, updated_at)"
                           u" VALUES ('u%1', 'old%1@example.com', 'Old Timer %1', 0, 0)"_s.arg(i)));
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    Database upgraded(path);
    QVERIFY(upgraded.open());
    QCOMPARE(upgraded.schemaVersion(), Database::latestSchemaVersion());
    ContactService service(upgraded);
    QCOMPARE(service.count().value(), qint64(3));
    auto found = service.list(u"timer 1"_s, 10, 0);
    QVERIFY(found);
    QCOMPARE(found->total, qint64(1));
    QCOMPARE(found->contacts.first().email, u"old1@example.com"_s);
}

void tst_ContactService::countIsKeptExact()
{
    ContactService service(*m_db);
    for (int i = 0; i < 10; ++i)
        QVERIFY(service.upsert(input({{"email", "c" + std::to_string(i) + "@example.com"}}), 100));
    QVERIFY(service.upsert(input({{"email", "c3@example.com"}, {"name", "again"}}), 100)); // no new row
    QCOMPARE(service.count().value(), qint64(10));
    QCOMPARE(scalar(u"SELECT count(*) FROM contacts"_s), 10);
    QVERIFY(service.remove(u"c4@example.com"_s));
    QCOMPARE(service.count().value(), qint64(9));
    QVERIFY(!service.remove(u"c4@example.com"_s));
    QCOMPARE(service.count().value(), qint64(9));
    QVERIFY(WorkspaceService(*m_db).resetToBaseline({})); // no fixture: no baseline contacts
    QCOMPARE(service.count().value(), qint64(0));
    QCOMPARE(service.list(u"example"_s, 10, 0)->total, qint64(0));
}

void tst_ContactService::nestsInCallersTransaction()
{
    ContactService service(*m_db);
    {
        Transaction tx(*m_db);
        QVERIFY(tx.isActive());
        auto created = service.upsert(input({{"email", "inner@example.com"}}), 100);
        QVERIFY(created);
        QVERIFY(created->created);
        // A failing write inside rolls back only itself.
        QCOMPARE(service.upsert(input({{"email", "x@example.com"}}), 1).error().code, ErrorCode::QuotaExceeded);
        QVERIFY(service.find(u"inner@example.com"_s));
        // The caller abandons its transaction: the contact goes with it.
    }
    QCOMPARE(service.find(u"inner@example.com"_s).error().code, ErrorCode::ContactNotFound);
    QCOMPARE(service.count().value(), qint64(0));
    {
        Transaction tx(*m_db);
        QVERIFY(service.upsert(input({{"email", "kept@example.com"}}), 100));
        QVERIFY(tx.commit());
    }
    QVERIFY(service.find(u"kept@example.com"_s));
    // And on its own, a write commits by itself.
    QVERIFY(service.addPushToken(u"kept@example.com"_s, u"tok"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM push_tokens"_s), 1);
}

void tst_ContactService::notifiesOnlyAfterRealChanges()
{
    ChangeNotifier notifier;
    QSignalSpy spy(&notifier, &ChangeNotifier::contactsChanged);
    ContactService service(*m_db, &notifier);
    QVERIFY(service.upsert(input({{"email", "n@example.com"}, {"name", "N"}}), 100));
    QCOMPARE(spy.count(), 1);
    QVERIFY(service.upsert(input({{"email", "n@example.com"}, {"name", "N"}}), 100)); // the same again
    QVERIFY(service.update(u"n@example.com"_s, input(Json::object())));
    QCOMPARE(spy.count(), 1);
    QVERIFY(service.update(u"n@example.com"_s, input({{"city", "Rome"}})));
    QCOMPARE(spy.count(), 2);
    QVERIFY(service.addPushToken(u"n@example.com"_s, u"t1"_s));
    QVERIFY(service.addPushToken(u"n@example.com"_s, u"t1"_s));
    QCOMPARE(spy.count(), 3);
    QVERIFY(service.removePushToken(u"n@example.com"_s, u"t1"_s));
    QVERIFY(service.removePushToken(u"n@example.com"_s, u"t1"_s));
    QCOMPARE(spy.count(), 4);
    QCOMPARE(service.upsert(input({{"email", "m@example.com"}}), 1).error().code, ErrorCode::QuotaExceeded);
    QCOMPARE(service.update(u"n@example.com"_s, input({{"email", nullptr}})).error().code, ErrorCode::ValidationError);
    QCOMPARE(spy.count(), 4);
    QVERIFY(service.remove(u"n@example.com"_s));
    QCOMPARE(spy.count(), 5);
}

void tst_ContactService::erasureRunsThePlan()
{
    ContactService service(*m_db);
    auto ann = service.upsert(input({{"email", "ann@example.com"}}), 100);
    auto bob = service.upsert(input({{"email", "bob@example.com"}}), 100);
    QVERIFY(ann && bob);
    QVERIFY(service.addPushToken(u"ann@example.com"_s, u"ann-device"_s));
    // Stored answers naming each of them (and one naming Ann by her push token only).
    QVERIFY(storeAnswer(u"a1"_s, u"{\"email\":\"ANN@example.com\"}"_s));
    QVERIFY(storeAnswer(u"a2"_s, u"{\"token\":\"ann-device\"}"_s));
    QVERIFY(storeAnswer(u"b1"_s, u"{\"email\":\"bob@example.com\"}"_s));

    QVERIFY(service.remove(ann->contact.uuid));
    QCOMPARE(scalar(u"SELECT count(*) FROM idempotency_keys WHERE key LIKE 'a%'"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM idempotency_keys WHERE key = 'b1'"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM push_tokens"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM contacts_search WHERE contacts_search MATCH '\"ann@\"'"_s), 0);
}

void tst_ContactService::failedErasureChangesNothing()
{
    ContactService service(*m_db);
    auto ann = service.upsert(input({{"email", "ann@example.com"}}), 100);
    QVERIFY(ann);
    QVERIFY(service.addPushToken(u"ann@example.com"_s, u"ann-device"_s));
    QVERIFY(storeAnswer(u"locked"_s, u"{\"email\":\"ann@example.com\"}"_s));
    QVERIFY(execSql(*m_db, u"CREATE TRIGGER answer_guard BEFORE DELETE ON idempotency_keys"
                           u" WHEN old.key = 'locked' BEGIN SELECT RAISE(ABORT, 'locked'); END"_s));

    const Status s = service.remove(u"ann@example.com"_s);
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::ServerError);
    QVERIFY(!s.error().message.contains(u"locked"_s)); // no SQL detail leaks
    QVERIFY(service.find(u"ann@example.com"_s));
    QCOMPARE(service.find(u"ann@example.com"_s)->pushTokens, QStringList{u"ann-device"_s});
    QCOMPARE(service.count().value(), qint64(1));
}

void tst_ContactService::parsesInput()
{
    const ContactInput in = input({{"email", " Mixed@Case.COM "},
                                   {"telegram", 123456789},
                                   {"discord", "80351110224678912"},
                                   {"slackId", "U1"}, {"meta", {{"first_name", "A"}, {"gone", nullptr}}},
                                   {"last_name", "B"}, {"_", 1}, {"uuid", "ignored"}, {"created_at", "ignored"}});
    QCOMPARE(*in.email, u"mixed@case.com"_s);
    QCOMPARE(*in.telegram, u"123456789"_s);
    QCOMPARE(*in.discord, u"80351110224678912"_s);
    QCOMPARE(*in.slack, u"U1"_s);
    QVERIFY(!in.phone && !in.name && !in.externalId);
    QCOMPARE(in.meta, Json({{"firstName", "A"}, {"gone", nullptr}, {"lastName", "B"}, {"_", 1}}));
    QVERIFY(in.hasIdentifier());
    QVERIFY(!in.isEmpty());

    const ContactInput cleared = input({{"name", nullptr}, {"meta", nullptr}});
    QCOMPARE(*cleared.name, QString());
    QVERIFY(cleared.clearMeta);
    QVERIFY(!cleared.hasIdentifier());
    QVERIFY(input(Json::object()).isEmpty());

    auto wrong = parseContactInput({{"name", 1}, {"email", false}, {"phone", 46701234567}});
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::ValidationError);
    QCOMPARE(wrong.error().details.size(), 3);
    QCOMPARE(parseContactInput(Json::array()).error().code, ErrorCode::ValidationError);
    QCOMPARE(parseContactInput({{"slack", "U1"}, {"slack_id", "U2"}}).error().code, ErrorCode::ValidationError);
    QVERIFY(parseContactInput({{"slack", "U1"}, {"slack_id", "U1"}})); // agreeing spellings are fine
}

void tst_ContactService::findTriesTypeThenExternalIdThenSlack()
{
    ContactService service(*m_db);
    auto byEmail = service.upsert(input({{"email", "x@example.com"}}), 100);
    auto externalLikeEmail = service.upsert(input({{"externalId", "y@example.com"}}), 100);
    auto slackOnly = service.upsert(input({{"slack", "UABC"}}), 100); // any identifier will do
    auto externalVsSlack = service.upsert(input({{"externalId", "UXYZ"}}), 100);
    auto slackNamesake = service.upsert(input({{"slack", "UXYZ"}}), 100);
    QVERIFY(byEmail && externalLikeEmail && slackOnly && externalVsSlack && slackNamesake);
    QCOMPARE(service.find(u"X@EXAMPLE.COM"_s)->uuid, byEmail->contact.uuid);
    QCOMPARE(service.find(u"y@example.com"_s)->uuid, externalLikeEmail->contact.uuid);
    QCOMPARE(service.find(u"UABC"_s)->uuid, slackOnly->contact.uuid);
    QCOMPARE(service.find(u"UXYZ"_s)->uuid, externalVsSlack->contact.uuid); // external id first
    QCOMPARE(service.find(u"  "_s).error().code, ErrorCode::ContactNotFound);
}

void tst_ContactService::normalizesSearch()
{
    QCOMPARE(ContactStore::normalizedSearch(u"  Jane Doe "_s), u"Jane Doe"_s);
    QCOMPARE(ContactStore::normalizedSearch(u"+46 (70) 123-45"_s), u"+467012345"_s);
    QCOMPARE(ContactStore::normalizedSearch(u"(070) 12"_s), u"07012"_s);
    QCOMPARE(ContactStore::normalizedSearch(u"user-12"_s), u"user-12"_s); // not phone-like
    QCOMPARE(ContactStore::normalizedSearch(u"- -"_s), u"- -"_s);
}

QTEST_GUILESS_MAIN(tst_ContactService)
#include "tst_contactservice.moc"
