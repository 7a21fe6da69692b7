// The local server's keys: created, revoked and seen at once by every store in the
// process, although authentication reads them from memory.
#include <auth/apikeystore.h>
#include <storage/database.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace sendivent;

class tst_ApiKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void runtimeKeys();
    void storedKeysAreHashedAndShownByPrefix();
    void createdKeyWorksAtOnceInAnotherStore();
    void revokedKeyStopsAtOnceInAnotherStore();
    void changeByAnotherProcessIsSeenWithinASecond();
    void environmentComesFromThePrefix();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_ApiKeyStore::init()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("keys.db")));
    QVERIFY(m_db->open().ok());
    QVERIFY(execSql(*m_db, QStringLiteral("DELETE FROM api_keys")).ok());
}

void tst_ApiKeyStore::cleanup()
{
    m_db.reset();
}

void tst_ApiKeyStore::runtimeKeys()
{
    ApiKeyStore store(*m_db);
    QVERIFY(!store.addRuntimeKey(QStringLiteral("nope_123")));
    QVERIFY(store.addRuntimeKey(QStringLiteral("test_runtime0123456789")));
    QVERIFY(store.hasRuntimeKeys());
    const auto key = store.authenticate(u"test_runtime0123456789");
    QVERIFY(key);
    QVERIFY(!key->persistent);
    QVERIFY(!store.authenticate(u"test_runtime0123456780"));
    QVERIFY(!store.authenticate(u""));
    QVERIFY(!store.authenticate(u"Bearer test_runtime0123456789"));
}

void tst_ApiKeyStore::storedKeysAreHashedAndShownByPrefix()
{
    ApiKeyStore store(*m_db);
    const auto key = store.createKey(Environment::Production, QStringLiteral("ci"));
    QVERIFY(key.ok());
    QVERIFY(key->startsWith(QStringLiteral("live_")));
    QCOMPARE(key->size(), 5 + 32);
    const auto stored = store.storedKeys();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().label, QStringLiteral("ci"));
    QCOMPARE(stored->first().prefix, key->left(9) + QStringLiteral("…"));
    QVERIFY(stored->first().hash != key->toUtf8());
    auto plain = execSql(*m_db, QStringLiteral("SELECT count(*) FROM api_keys WHERE hash = ? OR prefix = ?"),
                         {key->toUtf8(), *key});
    QVERIFY(plain.ok() && plain->next());
    QCOMPARE(plain->value(0).toInt(), 0);
}

void tst_ApiKeyStore::createdKeyWorksAtOnceInAnotherStore()
{
    ApiKeyStore server(*m_db);
    ApiKeyStore gui(*m_db);
    QVERIFY(!server.authenticate(u"test_unknown0123456789")); // the server's cache is now warm
    const auto key = gui.createKey(Environment::Sandbox, QStringLiteral("from the GUI"));
    QVERIFY(key.ok());
    const auto found = server.authenticate(*key);
    QVERIFY(found);
    QCOMPARE(found->environment, Environment::Sandbox);
    QCOMPARE(found->label, QStringLiteral("from the GUI"));
}

void tst_ApiKeyStore::revokedKeyStopsAtOnceInAnotherStore()
{
    ApiKeyStore server(*m_db);
    ApiKeyStore gui(*m_db);
    const auto key = gui.createKey(Environment::Sandbox, QStringLiteral("short-lived"));
    QVERIFY(key.ok());
    const auto found = server.authenticate(*key);
    QVERIFY(found);
    QVERIFY(server.authenticate(*key)); // from memory this time
    QVERIFY(gui.revokeKey(found->id).ok());
    QVERIFY(!server.authenticate(*key));
    QCOMPARE(gui.revokeKey(found->id).error().code, ErrorCode::NotFound);
}

void tst_ApiKeyStore::changeByAnotherProcessIsSeenWithinASecond()
{
    ApiKeyStore server(*m_db);
    const auto key = server.createKey(Environment::Sandbox, QStringLiteral("shared folder"));
    QVERIFY(key.ok());
    QVERIFY(server.authenticate(*key));
    // Another process sharing the data folder deletes it behind this store's back.
    QVERIFY(execSql(*m_db, QStringLiteral("DELETE FROM api_keys")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!server.authenticate(*key), 3000);
}

void tst_ApiKeyStore::environmentComesFromThePrefix()
{
    ApiKeyStore store(*m_db);
    const auto key = store.createKey(Environment::Production, QStringLiteral("p"));
    QVERIFY(key.ok());
    const auto found = store.authenticate(*key);
    QVERIFY(found);
    QCOMPARE(found->environment, Environment::Production);
    QVERIFY(found->persistent);
}

QTEST_GUILESS_MAIN(tst_ApiKeyStore)
#include "tst_apikeystore.moc"
