// CredentialStore against a real Secret Service: run-with-keyring.sh starts a
// private D-Bus session with an unlocked GNOME keyring in a throwaway HOME.
#include <remote/credentialstore.h>
#include <stubservers.h>

#include <QtCore/QDirIterator>
#include <QtCore/QSettings>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

// Whether any file under `folder` holds `needle`.
bool anyFileContains(const QString &folder, const QByteArray &needle)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class tst_Keychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReadDelete();
    void environmentsAreSeparate();
    void survivesANewStore();
    void keyNeverInPlainFiles();
};

void tst_Keychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through tests/core/run-with-keyring.sh");
    QCOMPARE(CredentialStore::serviceName(), u"com.sendivent.Console"_s);
    QCOMPARE(CredentialStore::entryName(Environment::Sandbox), u"sandbox"_s);
    QCOMPARE(CredentialStore::entryName(Environment::Production), u"production"_s);
}

void tst_Keychain::storeReadDelete()
{
    CredentialStore store;
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    const auto nothing = take(store.read(Environment::Sandbox));
    QVERIFY(nothing.ok());
    QVERIFY(!nothing->has_value());

    const auto stored = take(store.write(Environment::Sandbox, u"test_keychain_secret_1"_s));
    QVERIFY(stored.ok());
    QCOMPARE(*stored, KeyStorage::Keychain);
    QVERIFY2(store.keychainAvailable(), qPrintable(store.unavailableReason()));

    const auto read = take(store.read(Environment::Sandbox));
    QVERIFY(read.ok());
    QCOMPARE(read->value_or(QString()), u"test_keychain_secret_1"_s);

    // Overwriting replaces.
    QVERIFY(take(store.write(Environment::Sandbox, u"test_keychain_secret_2"_s)).ok());
    QCOMPARE(take(store.read(Environment::Sandbox))->value_or(QString()), u"test_keychain_secret_2"_s);

    QVERIFY(take(store.remove(Environment::Sandbox)).ok());
    QVERIFY(!take(store.read(Environment::Sandbox))->has_value());
    // Removing what is not there is fine.
    QVERIFY(take(store.remove(Environment::Sandbox)).ok());
    QCOMPARE(unavailable.count(), 0);
    QVERIFY(store.keychainAvailable());
}

void tst_Keychain::environmentsAreSeparate()
{
    CredentialStore store;
    QVERIFY(take(store.write(Environment::Sandbox, u"test_separate"_s)).ok());
    QVERIFY(take(store.write(Environment::Production, u"live_separate"_s)).ok());
    QCOMPARE(take(store.read(Environment::Sandbox))->value_or(QString()), u"test_separate"_s);
    QCOMPARE(take(store.read(Environment::Production))->value_or(QString()), u"live_separate"_s);
    QVERIFY(take(store.remove(Environment::Production)).ok());
    QCOMPARE(take(store.read(Environment::Sandbox))->value_or(QString()), u"test_separate"_s);
    QVERIFY(!take(store.read(Environment::Production))->has_value());
    QVERIFY(take(store.remove(Environment::Sandbox)).ok());
}

void tst_Keychain::survivesANewStore()
{
    {
        CredentialStore first;
        QCOMPARE(*take(first.write(Environment::Production, u"live_persisted"_s)), KeyStorage::Keychain);
    }
    CredentialStore second;
    QCOMPARE(take(second.read(Environment::Production))->value_or(QString()), u"live_persisted"_s);
    QVERIFY(take(second.remove(Environment::Production)).ok());
}

void tst_Keychain::keyNeverInPlainFiles()
{
    CredentialStore store;
    QVERIFY(take(store.write(Environment::Sandbox, u"test_plaintext_probe_7f3a"_s)).ok());
    QSettings().sync();
    // The test's own HOME (settings, app data) holds no trace of it; the keyring
    // keeps it encrypted in the keyring daemon's HOME.
    QVERIFY(!anyFileContains(QDir::homePath(), "test_plaintext_probe_7f3a"));
    const QString keyringHome = qEnvironmentVariable("SENDIVENT_KEYRING_HOME");
    if (!keyringHome.isEmpty())
        QVERIFY(!anyFileContains(keyringHome, "test_plaintext_probe_7f3a"));
    QVERIFY(take(store.remove(Environment::Sandbox)).ok());
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
