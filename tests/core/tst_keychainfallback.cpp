// Without a keychain (DBUS_SESSION_BUS_ADDRESS=disabled:, as on a Linux box with no
// Secret Service): CredentialStore says so once and keeps keys for the session; the
// data-source switch still works; and no key lands in a file.
#include <httpclient.h>
#include <stubservers.h>
#include <testserver.h>

#include <backend/datasource.h>
#include <backend/localbackend.h>
#include <localservices.h>
#include <remote/credentialstore.h>
#include <services.h>
#include <storage/database.h>

#include <QtCore/QDirIterator>
#include <QtCore/QSettings>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

class tst_KeychainFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepsKeysForTheSession();
    void dataSourceSwitches();
    void productionKeyMustBeLive();
    void noKeyInDataFolderOrSettings();
};

void tst_KeychainFallback::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("disabled:"));
}

void tst_KeychainFallback::keepsKeysForTheSession()
{
    CredentialStore store;
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    QVERIFY(store.keychainAvailable()); // until it has been asked

    const auto nothing = take(store.read(Environment::Sandbox));
    QVERIFY(nothing.ok());
    QVERIFY(!nothing->has_value());
    QVERIFY(!store.keychainAvailable());
    QVERIFY(!store.unavailableReason().isEmpty());
    QCOMPARE(unavailable.count(), 1);

    const auto stored = take(store.write(Environment::Sandbox, u"test_session_only"_s));
    QVERIFY(stored.ok());
    QCOMPARE(*stored, KeyStorage::Session);
    QCOMPARE(take(store.read(Environment::Sandbox))->value_or(QString()), u"test_session_only"_s);
    QVERIFY(!take(store.read(Environment::Production))->has_value());
    QVERIFY(take(store.remove(Environment::Sandbox)).ok());
    QVERIFY(!take(store.read(Environment::Sandbox))->has_value());
    QCOMPARE(unavailable.count(), 1); // said once

    // A write that is the first contact with the keychain falls back too.
    CredentialStore other;
    QCOMPARE(*take(other.write(Environment::Production, u"live_session_only"_s)), KeyStorage::Session);
    QVERIFY(!other.keychainAvailable());
    // The next session starts with nothing.
    CredentialStore next;
    QVERIFY(!take(next.read(Environment::Production))->has_value());
}

void tst_KeychainFallback::dataSourceSwitches()
{
    TestServer remote;
    QVERIFY(remote.start());
    QTemporaryDir dir;
    Database db(dir.filePath(u"sendivent.db"_s));
    QVERIFY(db.open().ok());
    test::LocalServices core(db);
    LocalBackend local(core.services);
    CredentialStore store;
    DataSource source(&local, &store);
    source.setRemoteUrl(Environment::Sandbox, remote.url(u""_s));
    QSignalSpy changed(&source, &DataSource::backendChanged);
    QSignalSpy keyRequired(&source, &DataSource::keyRequired);
    QSignalSpy stored(&source, &DataSource::keyStored);

    QCOMPARE(source.current(), &local);
    QCOMPARE(source.kind(), DataSourceKind::Local);

    // No key anywhere: the GUI is asked to get one, and nothing switches.
    source.select(DataSourceKind::Sandbox);
    QTRY_COMPARE(keyRequired.count(), 1);
    QCOMPARE(keyRequired.first().first().value<DataSourceKind>(), DataSourceKind::Sandbox);
    QCOMPARE(source.current(), &local);
    QCOMPARE(changed.count(), 0);

    source.provideKey(DataSourceKind::Sandbox, u"  "_s + kSandboxKey + u" "_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(source.kind(), DataSourceKind::Sandbox);
    QCOMPARE(source.current(), source.remote(Environment::Sandbox));
    QVERIFY(!source.isProduction());
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(stored.first().at(1).value<KeyStorage>(), KeyStorage::Session);

    // Pages call through the current backend.
    const auto events = take(source.current()->events());
    QVERIFY2(events.ok(), qPrintable(events.ok() ? QString() : events.error().message));
    QVERIFY(!events->isEmpty());

    // Back and forth: the session's key is remembered.
    source.select(DataSourceKind::Local);
    QCOMPARE(source.current(), &local);
    source.select(DataSourceKind::Sandbox);
    QCOMPARE(source.current(), source.remote(Environment::Sandbox));
    QCOMPARE(changed.count(), 3);

    // A second DataSource over the same store finds the session's key.
    DataSource again(&local, &store);
    again.setRemoteUrl(Environment::Sandbox, remote.url(u""_s));
    again.select(DataSourceKind::Sandbox);
    QTRY_COMPARE(again.kind(), DataSourceKind::Sandbox);

    source.forgetKey(DataSourceKind::Sandbox);
    QCOMPARE(source.kind(), DataSourceKind::Local);
    QVERIFY(!source.remote(Environment::Sandbox)->hasApiKey());
    CredentialStore fresh;
    QVERIFY(!take(fresh.read(Environment::Sandbox))->has_value());
}

void tst_KeychainFallback::productionKeyMustBeLive()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"sendivent.db"_s));
    QVERIFY(db.open().ok());
    test::LocalServices core(db);
    LocalBackend local(core.services);
    CredentialStore store;
    DataSource source(&local, &store);
    QSignalSpy failed(&source, &DataSource::selectionFailed);
    source.provideKey(DataSourceKind::Production, kSandboxKey);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).toString(), u"A production API key starts with live_"_s);
    QCOMPARE(source.kind(), DataSourceKind::Local);

    source.provideKey(DataSourceKind::Production, kProductionKey);
    QCOMPARE(source.kind(), DataSourceKind::Production);
    QVERIFY(source.isProduction());
    QVERIFY(source.sendNeedsConfirmation());
    QCOMPARE(source.current()->displayName(), u"Production"_s);
    QCOMPARE(source.remote(Environment::Production)->baseUrl(), QUrl(u"https://api.sendivent.com"_s));
}

void tst_KeychainFallback::noKeyInDataFolderOrSettings()
{
    // Everything that touches a remote key, then a look at every file we own.
    const QString remoteKey = kSandboxKey;
    TestServer remote;
    QVERIFY(remote.start());
    server::LocalServerOptions options;
    options.apiKeys = {u"test_proxyclient0001"_s};
    options.proxy = server::ProxyTarget{remote.url(u""_s), remoteKey};
    TestServer proxy(options);
    QVERIFY(proxy.start());

    QTemporaryDir guiData;
    Database db(guiData.filePath(u"sendivent.db"_s));
    QVERIFY(db.open().ok());
    test::LocalServices core(db);
    LocalBackend local(core.services);
    CredentialStore store;
    DataSource source(&local, &store);
    source.setRemoteUrl(Environment::Sandbox, remote.url(u""_s));
    source.provideKey(DataSourceKind::Sandbox, remoteKey);
    QVERIFY(take(source.current()->contacts({}, 10, 0)).ok());
    ContactInput in;
    in.email = u"probe@example.com"_s;
    in.meta = Json{{"api_key", toStd(remoteKey)}}; // masked by the journal
    QVERIFY(take(source.current()->saveContact(in)).ok());

    HttpClient client(u"test_proxyclient0001"_s);
    QCOMPARE(client.get(proxy.url(u"/v1/events"_s)).status, 200);
    QCOMPARE(client.post(proxy.url(u"/v1/contacts"_s), Json{{"email", "p2@example.com"}, {"authorization", toStd(remoteKey)}}).status, 201);
    proxy.server().services()->settle(); // the journal is written
    proxy.stop();
    QSettings().sync();

    const QByteArray needle = remoteKey.toUtf8();
    QCOMPARE(filesContaining(proxy.dataDir(), needle), QStringList());
    QCOMPARE(filesContaining(guiData.path(), needle), QStringList());
    QCOMPARE(filesContaining(QDir::homePath(), needle), QStringList());
}

QTEST_GUILESS_MAIN(tst_KeychainFallback)
#include "tst_keychainfallback.moc"
