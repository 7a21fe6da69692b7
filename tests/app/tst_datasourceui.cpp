// The window's Local / Sandbox / Production switch against a second local server
// acting as the remote API (as --remote-url points the console at one): the key
// dialog, the pages browsing the remote, the environment banner, the template
// studio read-only with its sends going to the remote (production asks first), and
// no key anywhere in a file afterwards. Run twice by CTest: with a real Secret
// Service (SENDIVENT_EXPECT_KEYCHAIN=1, keys kept in the keychain) and with none
// (keys kept for the session, said once).
#include <apikeydialog.h>
#include <datasourcebanner.h>
#include <mainwindow.h>
#include <studio/templatestudiopage.h>
#include <workspace/eventlistmodel.h>

#include <backend/datasource.h>
#include <backend/localbackend.h>
#include <changenotifier.h>
#include <httpclient.h>
#include <idleprobe.h>
#include <remote/credentialstore.h>
#include <services.h>
#include <storage/database.h>
#include <testserver.h>
#include <widgets/codeeditor.h>

#include <QtCore/QDirIterator>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTabWidget>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

// The remote's workspace: one event, recognisable by its name.
const char *kRemoteFixture = R"({
  "app": {"name": "Remote Co"},
  "senders": [{"name": "Remote", "email": "hello@remote.test"}],
  "integrations": [{"channel": "email", "provider": "ses", "status": "active", "config": {"region": "eu-north-1"}}],
  "events": [{"identifier": "order.confirmed", "name": "Remote order confirmed", "channels": ["email"],
              "default_language": "en",
              "templates": [{"channel": "email", "language": "en", "subject": "Remote {{payload.order_id}}",
                             "html": "<p>Remote</p>", "text": "Remote"}]}]
})";

template <typename T>
T *visibleTopLevel(const QString &objectName = {})
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *t = qobject_cast<T *>(w);
        if (t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
            return t;
    }
    return nullptr;
}

bool expectKeychain()
{
    return qEnvironmentVariableIntValue("SENDIVENT_EXPECT_KEYCHAIN") == 1;
}

} // namespace

class tst_DataSourceUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyDialogThenThePagesBrowseTheRemote();
    void cancellingTheDialogKeepsLocal();
    void refusedKeyIsShownAndTheSwitchReverts();
    void keychainNoticeOnlyWithoutAKeychain();
    void productionIsMarkedAndSendsAsk();
    void studioIsReadOnlyOnARemote();
    void noKeyReachesAFile();

private:
    template <typename T>
    T *find(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    void choose(int index) { find<QComboBox>(u"dataSource"_s)->setCurrentIndex(index); }
    bool typeKey(const QString &key);
    QStringList eventNames() const;

    QTemporaryDir m_fixtureDir;
    std::unique_ptr<TestServer> m_remote;
    std::unique_ptr<TestServer> m_local;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    Services *m_services = nullptr;
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<DataSource> m_source;
    std::unique_ptr<app::MainWindow> m_window;
    int m_keychainNotices = 0;
};

void tst_DataSourceUi::initTestCase()
{
    QFile fixture(m_fixtureDir.filePath(u"remote.json"_s));
    QVERIFY(fixture.open(QIODevice::WriteOnly));
    fixture.write(kRemoteFixture);
}

void tst_DataSourceUi::init()
{
    QSettings().clear();
    m_keychainNotices = 0;
    server::LocalServerOptions remote;
    remote.seedFile = m_fixtureDir.filePath(u"remote.json"_s);
    m_remote = std::make_unique<TestServer>(remote);
    QVERIFY2(m_remote->start(), qPrintable(m_remote->lastError()));
    // The console's own server and database (the demo workspace).
    m_local = std::make_unique<TestServer>(server::LocalServerOptions {}); // keys: test_/live_ of testserver.h
    QVERIFY2(m_local->start(), qPrintable(m_local->lastError()));
    m_db = std::make_unique<Database>(m_local->databasePath());
    QVERIFY(m_db->open().ok());
    m_notifier = std::make_unique<ChangeNotifier>();
    m_services = m_local->server().services();
    m_backend = std::make_unique<LocalBackend>(*m_services);

    // Its own keychain service, so runs never see each other's keys.
    m_credentials = std::make_unique<CredentialStore>(u"com.sendivent.Console.tests.%1"_s.arg(QCoreApplication::applicationPid()));
    m_source = std::make_unique<DataSource>(m_backend.get(), m_credentials.get());
    for (const Environment e : {Environment::Sandbox, Environment::Production})
        m_source->setRemoteUrl(e, m_remote->url(QString())); // what --remote-url does
    m_window = std::make_unique<app::MainWindow>(m_backend.get());
    m_window->setServerStatus(m_local->url(QString()).toString(), true);
    m_window->setApiKey(m_local->server().consoleKey());
    m_window->setDataSource(m_source.get(), m_remote->url(QString()).toString());
    connect(m_credentials.get(), &CredentialStore::keychainUnavailable, this, [this] { ++m_keychainNotices; });
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_DataSourceUi::cleanup()
{
    // Close what a failed test left open.
    while (QWidget *w = visibleTopLevel<QDialog>())
        w->close();
    if (m_credentials) {
        for (const Environment e : {Environment::Sandbox, Environment::Production}) {
            auto removed = m_credentials->remove(e);
            QTRY_VERIFY(removed.isFinished());
        }
    }
    m_window.reset();
    m_source.reset();
    m_credentials.reset();
    m_backend.reset();
    m_notifier.reset();
    m_db.reset();
    m_local.reset();
    m_remote.reset();
}

bool tst_DataSourceUi::typeKey(const QString &key)
{
    app::ApiKeyDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = visibleTopLevel<app::ApiKeyDialog>()) != nullptr; }, 5000))
        return false;
    dialog->findChild<QLineEdit *>(u"apiKey"_s)->setText(key);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (!ok->isEnabled())
        return false;
    ok->click();
    return true;
}

QStringList tst_DataSourceUi::eventNames() const
{
    QStringList names;
    auto *table = find<QTableView>(u"eventTable"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, 0).data(app::EventListModel::IdentifierRole).toString() + u' '
                     + table->model()->index(row, 1).data().toString();
    return names;
}

void tst_DataSourceUi::keyDialogThenThePagesBrowseTheRemote()
{
    auto *banner = find<app::DataSourceBanner>(u"dataSourceBanner"_s);
    QVERIFY(!banner->isVisible());
    const qsizetype localEvents = eventNames().size();
    QVERIFY(localEvents > 1);
    QVERIFY(find<QPushButton>(u"eventNew"_s)->isEnabled());

    choose(1);
    QVERIFY(typeKey(kSandboxKey));
    QTRY_COMPARE(m_source->kind(), DataSourceKind::Sandbox);
    QCOMPARE(find<QComboBox>(u"dataSource"_s)->currentIndex(), 1);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->property("environment").toString(), u"sandbox"_s);
    QVERIFY(banner->text().contains(u"127.0.0.1"_s));
    // The Events page lists the remote's one event, read-only with the reason.
    QTRY_COMPARE(eventNames().size(), 1);
    QVERIFY(eventNames().first().contains(u"Remote order confirmed"_s));
    QVERIFY(!find<QPushButton>(u"eventNew"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"workspaceImport"_s)->isEnabled());
    QVERIFY(find<QLabel>(u"eventsNotice"_s)->isVisible());
    QVERIFY(find<QLabel>(u"eventsNotice"_s)->text().startsWith(u"Read-only"_s));

    choose(0);
    QTRY_COMPARE(m_source->kind(), DataSourceKind::Local);
    QVERIFY(!banner->isVisible());
    QTRY_COMPARE(eventNames().size(), localEvents);
    QVERIFY(find<QPushButton>(u"eventNew"_s)->isEnabled());
    QVERIFY(!find<QLabel>(u"eventsNotice"_s)->isVisible());

    // The key is remembered: no dialog the second time.
    choose(1);
    QTRY_COMPARE(m_source->kind(), DataSourceKind::Sandbox);
    QVERIFY(!visibleTopLevel<app::ApiKeyDialog>());

    // Where it went: the keychain when there is one (a fresh store finds it), else
    // this session only.
    CredentialStore fresh(u"com.sendivent.Console.tests.%1"_s.arg(QCoreApplication::applicationPid()));
    auto read = fresh.read(Environment::Sandbox);
    QTRY_VERIFY(read.isFinished());
    QVERIFY(read.result().ok());
    QCOMPARE(read.result().value(), expectKeychain() ? std::optional<QString>(kSandboxKey) : std::nullopt);
    QVERIFY(m_window->statusBar()->currentMessage().size() > 0);
}

void tst_DataSourceUi::cancellingTheDialogKeepsLocal()
{
    choose(2);
    app::ApiKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<app::ApiKeyDialog>()) != nullptr);
    QVERIFY(dialog->windowTitle().contains(u"Production"_s));
    dialog->reject();
    QTRY_COMPARE(find<QComboBox>(u"dataSource"_s)->currentIndex(), 0);
    QCOMPARE(m_source->kind(), DataSourceKind::Local);
    QVERIFY(!find<app::DataSourceBanner>(u"dataSourceBanner"_s)->isVisible());
}

void tst_DataSourceUi::refusedKeyIsShownAndTheSwitchReverts()
{
    // A key of the wrong environment (the dialog refuses it too; this is the switch's check).
    m_source->provideKey(DataSourceKind::Production, kSandboxKey);
    QCOMPARE(m_source->kind(), DataSourceKind::Local);
    QCOMPARE(find<QComboBox>(u"dataSource"_s)->currentIndex(), 0);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"live_"_s),
             qPrintable(m_window->statusBar()->currentMessage()));

    // A remote key the remote does not know: the pages say so, nothing crashes.
    choose(1);
    QVERIFY(typeKey(u"test_notknownthere"_s));
    QTRY_COMPARE(m_source->kind(), DataSourceKind::Sandbox);
    QTRY_VERIFY(find<QLabel>(u"eventStatus"_s)->text().contains(u"API key"_s));
}

void tst_DataSourceUi::keychainNoticeOnlyWithoutAKeychain()
{
    choose(1);
    app::ApiKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<app::ApiKeyDialog>()) != nullptr);
    // Issue 21: two modal dialogs never stack. Without a keychain the key dialog itself
    // says where the key is kept; no notice box opens under or over it.
    const auto visibleModals = [] {
        int n = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            n += w->isVisible() && w->isModal() ? 1 : 0; // window- or application-modal
        return n;
    };
    QCOMPARE(visibleModals(), 1);
    QVERIFY(!visibleTopLevel<QMessageBox>(u"keychainNotice"_s));
    const QString storage = dialog->findChild<QLabel *>(u"apiKeyStorage"_s)->text();
    QVERIFY2(storage.contains(expectKeychain() ? u"system keychain, never in a file"_s : u"this session only"_s),
             qPrintable(storage));
    QVERIFY(typeKey(kSandboxKey));
    QTRY_COMPARE(m_source->kind(), DataSourceKind::Sandbox);
    choose(0);
    choose(2);
    QTRY_VERIFY((dialog = visibleTopLevel<app::ApiKeyDialog>()) != nullptr);
    QCOMPARE(visibleModals(), 1);
    QVERIFY(typeKey(kProductionKey));
    QTRY_COMPARE(m_source->kind(), DataSourceKind::Production);
    QVERIFY(!visibleTopLevel<QMessageBox>(u"keychainNotice"_s));
    // Said once however many keys follow (the dialogs and the status bar carry it).
    QCOMPARE(m_keychainNotices, expectKeychain() ? 0 : 1);
}

void tst_DataSourceUi::productionIsMarkedAndSendsAsk()
{
    choose(2);
    QVERIFY(typeKey(kProductionKey));
    QTRY_COMPARE(m_source->kind(), DataSourceKind::Production);
    auto *banner = find<app::DataSourceBanner>(u"dataSourceBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(u"PRODUCTION"_s));
    QVERIFY(banner->styleSheet().contains(u"#b3261e"_s));

    auto *studio = find<app::TemplateStudioPage>(u"templateStudioPage"_s);
    QVERIFY(m_window->showPage(studio->objectName()));
    studio->openEvent(u"order.confirmed"_s);
    QVERIFY(studio->setChannel(Channel::Email));
    auto *send = find<QPushButton>(u"studioSendTest"_s);
    QTRY_VERIFY(send->isEnabled());
    HttpClient remote(kProductionKey);
    const auto deliveries = [&] {
        return remote.get(m_remote->url(u"/v1/deliveries"_s)).json()["data"]["total"].get<int>();
    };
    QCOMPARE(deliveries(), 0);

    send->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(u"confirmProductionSend"_s)) != nullptr);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!visibleTopLevel<QMessageBox>(u"confirmProductionSend"_s));
    QVERIFY(settle(*m_remote));
    QCOMPARE(deliveries(), 0);

    send->click();
    QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(u"confirmProductionSend"_s)) != nullptr);
    box->button(QMessageBox::Yes)->click();
    auto *status = find<QLabel>(u"studioStatus"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"Sent through the Production API"_s), qPrintable(status->text()),
                              15000);
    QCOMPARE(deliveries(), 1);
    // The remote rendered its own template, as a real remote would.
    const Json listed = remote.get(m_remote->url(u"/v1/deliveries"_s)).json()["data"]["deliveries"][0];
    QCOMPARE(listed["environment"], "production");
    QCOMPARE(listed["event_name"], "order.confirmed");
    // Nothing went to the local server.
    QCOMPARE(HttpClient(kSandboxKey).get(m_local->url(u"/v1/deliveries"_s)).json()["data"]["total"], 0);
}

void tst_DataSourceUi::studioIsReadOnlyOnARemote()
{
    auto *studio = find<app::TemplateStudioPage>(u"templateStudioPage"_s);
    QVERIFY(m_window->showPage(studio->objectName()));
    studio->openEvent(u"order.confirmed"_s);
    QVERIFY(studio->setChannel(Channel::Email));
    auto *notice = find<QLabel>(u"studioNotice"_s);
    QVERIFY(!notice->isVisible());
    QVERIFY(!studio->isReadOnly());

    choose(1);
    QVERIFY(typeKey(kSandboxKey));
    QTRY_VERIFY(studio->isReadOnly());
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().startsWith(u"Read-only"_s));
    QVERIFY(notice->text().contains(u"Sandbox"_s));
    // The template editors; the sample data stays editable (it is not the workspace's).
    auto *channels = find<QTabWidget>(u"studioChannels"_s);
    const auto editors = channels->findChildren<app::CodeEditor *>();
    QVERIFY(!editors.isEmpty());
    for (const app::CodeEditor *e : editors)
        QVERIFY(e->isReadOnly());
    QVERIFY(!find<QPushButton>(u"studioSave"_s)->isEnabled());
    QVERIFY(!studio->save());
    // A sandbox send needs no confirmation.
    find<QPushButton>(u"studioSendTest"_s)->click();
    auto *status = find<QLabel>(u"studioStatus"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"Sent through the Sandbox API"_s), qPrintable(status->text()),
                              15000);
    QVERIFY(!visibleTopLevel<QMessageBox>(u"confirmProductionSend"_s));

    choose(0);
    QTRY_VERIFY(!studio->isReadOnly());
    QVERIFY(!notice->isVisible());
    for (const app::CodeEditor *e : channels->findChildren<app::CodeEditor *>())
        QVERIFY(!e->isReadOnly());
}

void tst_DataSourceUi::noKeyReachesAFile()
{
    choose(1);
    QVERIFY(typeKey(kSandboxKey));
    QTRY_COMPARE(m_source->kind(), DataSourceKind::Sandbox);
    QTRY_COMPARE(eventNames().size(), 1);
    choose(0);
    choose(2);
    QVERIFY(typeKey(kProductionKey));
    QTRY_COMPARE(m_source->kind(), DataSourceKind::Production);
    QTRY_COMPARE(eventNames().size(), 1);
    // Everything that could write: the layout, the settings, the servers' journals
    // (written out here, as they would be a moment after a request).
    QVERIFY(m_window->close());
    QSettings().sync();
    m_local->server().services()->settle();
    m_remote->server().services()->settle();

    // The whole (throwaway) home — settings, caches — and the console's data folder
    // (database and its WAL): neither key appears in any file, in any of its bytes.
    // (A keychain's own files, where there is one, are encrypted.)
    QStringList roots {QDir::homePath(), m_local->dataDir()};
    QStringList scanned;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            scanned << path;
            for (const QString &key : {kSandboxKey, kProductionKey}) {
                // The remote test server itself was given the keys on its "command line"
                // and keeps only their hashes; any plain copy would be a leak.
                QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(u"%1 holds %2"_s.arg(path, key)));
            }
        }
    }
    QVERIFY(scanned.contains(QSettings().fileName()) || !QFile::exists(QSettings().fileName()));
    QVERIFY(std::any_of(scanned.begin(), scanned.end(), [](const QString &p) { return p.endsWith(u".db"_s); }));
}

QTEST_MAIN(tst_DataSourceUi)
#include "tst_datasourceui.moc"
