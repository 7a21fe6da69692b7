// The Server page's fault controls against a real local server on its own thread
// (ServerController): a rule added in the GUI answers over HTTP, rules set over HTTP
// show in the table with what they fired, the badge shows while a rule is active,
// "Clear all" turns faults off. With SENDIVENT_SCREENSHOTS=DIR, also a screenshot of the tab.
#include <server/faultspanel.h>
#include <server/servercontroller.h>
#include <server/serverpage.h>

#include <changenotifier.h>
#include <emulation/faults.h>
#include <httpclient.h>
#include <testserver.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QTabWidget>

using namespace sendivent;
using namespace sendivent::app;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_FaultsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void offByDefault();
    void addsARuleThatAnswersOverHttp();
    void showsRulesSetOverHttp();
    void apiRuleAndProxyMode();
    void tableShowsEveryRuleAndWhatFired();

private:
    template<typename T>
    T *find(const QString &name)
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    QUrl url(const QString &path) const { return QUrl(m_controller->url() + path); }
    int sendSms()
    {
        return m_client
            .post(url(u"/v1/send/order.confirmed/sms"_s), Json{{"to", "+46701234567"}, {"payload", Json::object()}})
            .status;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<ServerController> m_controller;
    std::unique_ptr<ServerPage> m_page;
    HttpClient m_client{kSandboxKey};
};

void tst_FaultsPanel::init()
{
    server::LocalServerOptions options;
    options.dataDir = m_dir.path();
    options.port = 0;
    options.apiKeys = {kSandboxKey};
    m_notifier = std::make_unique<ChangeNotifier>();
    m_controller = std::make_unique<ServerController>(options, m_notifier.get());
    QVERIFY(m_controller->start());
    m_page = std::make_unique<ServerPage>();
    m_page->setController(m_controller.get());
    m_page->setServerStatus(m_controller->url(), true);
    m_page->setApiKey(m_controller->consoleKey());
    m_page->resize(1000, 640);
    m_page->show();
    find<QTabWidget>(u"serverTabs"_s)->setCurrentWidget(find<FaultsPanel>(u"faultsPanel"_s));
    // The demo workspace has sms on order.confirmed: check it is sent without faults.
    const HttpReply reset = m_client.send("POST", url(u"/_local/reset"_s));
    QCOMPARE(reset.status, 200);
}

void tst_FaultsPanel::cleanup()
{
    m_page.reset();
    m_controller.reset();
    m_notifier.reset();
}

void tst_FaultsPanel::offByDefault()
{
    QVERIFY(!find<QLabel>(u"faultsBadge"_s)->isVisible());
    QCOMPARE(find<QTableWidget>(u"faultsTable"_s)->rowCount(), 0);
    QVERIFY(!find<QPushButton>(u"faultsClear"_s)->isEnabled());
    QVERIFY(find<QPushButton>(u"faultAdd"_s)->isEnabled());
}

void tst_FaultsPanel::addsARuleThatAnswersOverHttp()
{
    auto *target = find<QComboBox>(u"faultTarget"_s);
    target->setCurrentIndex(target->findData(u"sms"_s));
    auto *kind = find<QComboBox>(u"faultKind"_s);
    kind->setCurrentIndex(kind->findData(u"refuse"_s));
    auto *when = find<QComboBox>(u"faultWhen"_s);
    when->setCurrentIndex(when->findData(u"count"_s));
    find<QSpinBox>(u"faultAmount"_s)->setValue(2);
    QTest::mouseClick(find<QPushButton>(u"faultAdd"_s), Qt::LeftButton);

    auto *badge = find<QLabel>(u"faultsBadge"_s);
    QVERIFY(badge->isVisible());
    QVERIFY2(badge->text().contains(u"1"_s), qPrintable(badge->text()));
    auto *table = find<QTableWidget>(u"faultsTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), u"refuse"_s);
    QCOMPARE(table->item(0, 2)->text(), u"sms"_s);

    QCOMPARE(sendSms(), 502);
    QCOMPARE(sendSms(), 502);
    QCOMPARE(sendSms(), 200); // the next two only
    QTRY_VERIFY(table->item(0, 4)->text().startsWith(u"2"_s));
    QTRY_VERIFY(!badge->isVisible()); // spent: nothing can fire any more

    QTest::mouseClick(find<QPushButton>(u"faultsClear"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(m_client.get(url(u"/_local/faults"_s)).json()["data"]["faults"]["rules"], Json::array());
}

void tst_FaultsPanel::showsRulesSetOverHttp()
{
    const HttpReply put = m_client.put(url(u"/_local/faults"_s), Json::parse(R"j({"seed": 3, "rules": [
        {"id": "slow-mail", "kind": "latency", "channel": "email", "latency_ms": [100, 900]},
        {"kind": "bounce", "recipient": "*@bounce.example", "probability": 0.25}]})j"));
    QCOMPARE(put.status, 200);
    auto *table = find<QTableWidget>(u"faultsTable"_s);
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"slow-mail"_s);
    QVERIFY(table->item(0, 3)->text().contains(u"100–900 ms"_s));
    QVERIFY(table->item(1, 2)->text().contains(u"*@bounce.example"_s));
    QVERIFY(table->item(1, 3)->text().startsWith(u"25"_s));
    QTRY_VERIFY(find<QLabel>(u"faultsBadge"_s)->isVisible());
    // A reset clears them, and the panel follows.
    QCOMPARE(m_client.send("POST", url(u"/_local/reset"_s)).status, 200);
    QTRY_COMPARE(table->rowCount(), 0);
    QTRY_VERIFY(!find<QLabel>(u"faultsBadge"_s)->isVisible());
}

void tst_FaultsPanel::apiRuleAndProxyMode()
{
    auto *target = find<QComboBox>(u"faultTarget"_s);
    target->setCurrentIndex(target->findData(u"api"_s));
    auto *kind = find<QComboBox>(u"faultKind"_s);
    QCOMPARE(kind->findData(u"refuse"_s), -1); // provider kinds make no sense for the API
    kind->setCurrentIndex(kind->findData(u"rate_limited"_s));
    auto *when = find<QComboBox>(u"faultWhen"_s);
    when->setCurrentIndex(when->findData(u"probability"_s));
    find<QSpinBox>(u"faultAmount"_s)->setValue(100);
    QTest::mouseClick(find<QPushButton>(u"faultAdd"_s), Qt::LeftButton);
    const HttpReply limited = m_client.get(url(u"/v1/events"_s));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), "1");

    // Proxy mode: nothing can be added (the rules would not apply).
    m_controller->setProxy(server::ProxyTarget{QUrl(u"http://127.0.0.1:9"_s), u"test_remote0123456789"_s});
    QTRY_VERIFY(!find<QPushButton>(u"faultAdd"_s)->isEnabled());
    m_controller->setProxy(std::nullopt);
    QTRY_VERIFY(find<QPushButton>(u"faultAdd"_s)->isEnabled());
}

// Rules of every family, and what they fired, in the table; with
// SENDIVENT_SCREENSHOTS=DIR (as tst_releaseui) the page is saved as server-faults.png.
void tst_FaultsPanel::tableShowsEveryRuleAndWhatFired()
{
    QCOMPARE(m_client.put(url(u"/_local/faults"_s), Json::parse(R"j({"seed": 42, "rules": [
        {"id": "sms-down", "kind": "refuse", "channel": "sms", "count": 3},
        {"kind": "bounce", "recipient": "*@bounce.example", "probability": 0.5, "latency_ms": [200, 800]},
        {"kind": "rate_limited", "method": "POST", "path": "/v1/send*", "probability": 0.2, "retry_after": 2}]})j"))
                 .status,
             200);
    QCOMPARE(sendSms(), 502);
    auto *table = find<QTableWidget>(u"faultsTable"_s);
    QTRY_VERIFY(table->rowCount() == 3 && table->item(0, 4)->text() == u"1"_s);
    if (const QString dir = qEnvironmentVariable("SENDIVENT_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(m_page->grab().save(dir + u"/server-faults.png"_s));
}

QTEST_MAIN(tst_FaultsPanel)
#include "tst_faultspanel.moc"
