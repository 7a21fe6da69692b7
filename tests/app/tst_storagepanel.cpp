// The Server page's Storage tab (issue 22) against a real local server on its own
// thread: the figures follow what is stored, Apply stores a retention policy the
// server then applies (proved over HTTP and in the database), a bad duration is
// refused in place, and Compact now reports the sizes.
#include <server/servercontroller.h>

#include <backend/localbackend.h>
#include <server/serverpage.h>
#include <server/storagepanel.h>

#include <changenotifier.h>
#include <httpclient.h>
#include <storage/database.h>
#include <testserver.h>

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>

using namespace sendivent;
using namespace sendivent::app;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_StoragePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsWhatIsStoredAndAppliesRetention();
    void refusesABadDuration();
    void compactsNow();

private:
    template <typename T>
    T *find(const QString &name) const
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }
    QUrl url(const QString &path) const { return QUrl(m_controller->url() + path); }
    qint64 deliveries() const
    {
        auto q = execSql(*m_db, u"SELECT count(*) FROM deliveries"_s);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    void send(int n)
    {
        HttpClient client(kSandboxKey);
        for (int i = 0; i < n; ++i) {
            const HttpReply r = client.post(url(u"/v1/send/user.welcome/email"_s),
                                            Json{{"to", "panel@example.com"}, {"payload", Json::object()}});
            QCOMPARE(r.status, 200);
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<ServerController> m_controller;
    std::unique_ptr<Database> m_db; // the test's own look at the file
    std::unique_ptr<LocalBackend> m_backend;
    std::unique_ptr<ServerPage> m_page;
};

void tst_StoragePanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    server::LocalServerOptions options;
    options.dataDir = m_dir->path();
    options.port = 0;
    options.apiKeys = {kSandboxKey};
    options.limits = false;
    options.pruneInterval = std::chrono::milliseconds(20);
    m_notifier = std::make_unique<ChangeNotifier>();
    m_controller = std::make_unique<ServerController>(options, m_notifier.get());
    const Status started = m_controller->start();
    QVERIFY2(started.ok(), started ? "" : qPrintable(started.error().message));
    m_db = std::make_unique<Database>(QDir(m_dir->path()).filePath(server::LocalServer::databaseFileName()));
    QVERIFY(m_db->open().ok());
    m_page = std::make_unique<ServerPage>();
    m_page->setServerStatus(m_controller->url(), true);
    m_page->setController(m_controller.get());
    m_backend = std::make_unique<LocalBackend>(*m_controller->services());
    m_page->setLocal(m_backend.get());
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    find<QTabWidget>(u"serverTabs"_s)->setCurrentWidget(find<StoragePanel>(u"storagePanel"_s));
}

void tst_StoragePanel::cleanup()
{
    m_page.reset();
    m_db.reset();
    m_backend.reset();
    m_controller.reset();
    m_notifier.reset();
    m_dir.reset();
}

void tst_StoragePanel::showsWhatIsStoredAndAppliesRetention()
{
    auto *stored = find<QLabel>(u"storageStored"_s);
    auto *forecast = find<QLabel>(u"storageForecast"_s);
    QTRY_VERIFY2(stored->text().contains(u"0 deliveries"_s), qPrintable(stored->text()));
    QVERIFY(!find<QLabel>(u"storageVacuumHint"_s)->isVisible()); // a new file shrinks by itself
    // The defaults, as the server has them.
    QCOMPARE(find<QSpinBox>(u"retentionMaxDeliveries"_s)->value(), RetentionPolicy::kDefaultMaxDeliveries);
    QCOMPARE(find<QLineEdit>(u"retentionMaxAge"_s)->text(), u"30d"_s);
    QCOMPARE(find<QSpinBox>(u"retentionMaxJournal"_s)->value(), RetentionPolicy::kDefaultMaxJournal);

    send(6);
    QTest::mouseClick(find<QPushButton>(u"storageRefresh"_s), Qt::LeftButton);
    QTRY_VERIFY2(stored->text().contains(u"6 deliveries"_s), qPrintable(stored->text()));
    QTRY_VERIFY2(forecast->text().contains(u"nothing"_s), qPrintable(forecast->text()));

    find<QSpinBox>(u"retentionMaxDeliveries"_s)->setValue(2);
    find<QLineEdit>(u"retentionMaxAge"_s)->setText(u"7d"_s);
    QTest::mouseClick(find<QPushButton>(u"retentionApply"_s), Qt::LeftButton);
    QTRY_COMPARE(find<QLabel>(u"storageStatus"_s)->text(), u"Retention saved."_s);
    const Json retention = HttpClient(kSandboxKey).get(url(u"/_local/storage"_s)).json()["data"]["retention"];
    QCOMPARE(retention["max_deliveries"].get<int>(), 2);
    QCOMPARE(retention["max_age"], Json("7d"));
    QTRY_COMPARE(deliveries(), 2);
    QTest::mouseClick(find<QPushButton>(u"storageRefresh"_s), Qt::LeftButton);
    QTRY_VERIFY2(stored->text().contains(u"2 deliveries"_s), qPrintable(stored->text()));

    // Off: the spin box says so, and so does the forecast.
    find<QSpinBox>(u"retentionMaxDeliveries"_s)->setValue(0);
    find<QLineEdit>(u"retentionMaxAge"_s)->setText(u"off"_s);
    find<QSpinBox>(u"retentionMaxJournal"_s)->setValue(0);
    QCOMPARE(find<QSpinBox>(u"retentionMaxDeliveries"_s)->text(), u"Off (keep all)"_s);
    QTest::mouseClick(find<QPushButton>(u"retentionApply"_s), Qt::LeftButton);
    QTRY_VERIFY(forecast->text().contains(u"everything is kept"_s));
}

void tst_StoragePanel::refusesABadDuration()
{
    find<QLineEdit>(u"retentionMaxAge"_s)->setText(u"soon"_s);
    QTest::mouseClick(find<QPushButton>(u"retentionApply"_s), Qt::LeftButton);
    QVERIFY(find<QLabel>(u"storageStatus"_s)->text().contains(u"not a duration"_s));
    const Json retention = HttpClient(kSandboxKey).get(url(u"/_local/storage"_s)).json()["data"]["retention"];
    QCOMPARE(retention["max_age"], Json("30d"));
}

void tst_StoragePanel::compactsNow()
{
    send(20);
    auto *compact = find<QPushButton>(u"storageCompact"_s);
    QTest::mouseClick(compact, Qt::LeftButton);
    QTRY_VERIFY(find<QLabel>(u"storageStatus"_s)->text().startsWith(u"Compacted:"_s));
    QVERIFY(compact->isEnabled());
    QCOMPARE(deliveries(), 20);
}

QTEST_MAIN(tst_StoragePanel)
#include "tst_storagepanel.moc"
