// The movable clock in the window (issue 23): the Server page's Clock row moves the
// clock the server follows (proved over real HTTP), and the status bar says so on
// every page while the time is not real.
#include <windowfixture.h>

#include <httpclient.h>

#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_ClockUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_app.start(u"serverPage"_s); }
    void cleanup() { m_app.stop(); }

    void statusBarShowsAMovedClockOnEveryPage();
    void typedDurationsAndFreezing();
    void backToRealTimeSaysWhyNot();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        T *w = m_app.window->findChild<T *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }
    Json serverClock() const
    {
        return HttpClient(kSandboxKey).get(QUrl(m_app.url() + u"/_local/clock"_s)).json()["data"]["clock"];
    }

    WindowWithServer m_app;
};

void tst_ClockUi::statusBarShowsAMovedClockOnEveryPage()
{
    auto *status = child<QLabel>(u"clockStatus"_s);
    QVERIFY(status);
    QVERIFY(!status->isVisible()); // real time: nothing to say
    QVERIFY(child<QLabel>(u"clockNow"_s)->text().contains(u"real time"_s));

    QTest::mouseClick(child<QPushButton>(u"clockPlusHour"_s), Qt::LeftButton);
    QTRY_VERIFY(status->isVisible());
    QCOMPARE(status->text().contains(u"Clock: +1 h"_s), true);
    QVERIFY(status->toolTip().contains(u"not real time"_s));
    // The server follows the same clock.
    const Json clock = serverClock();
    QCOMPARE(clock["mode"], "offset");
    QVERIFY(std::abs(clock["offset_ms"].get<qint64>() - 3'600'000) < 5000);

    // A move over HTTP shows in the window too, whichever page is open.
    QVERIFY(m_app.window->showPage(u"deliveriesPage"_s));
    QCOMPARE(HttpClient(kSandboxKey)
                 .post(QUrl(m_app.url() + u"/_local/clock"_s), Json{{"advance", "1d"}})
                 .status,
             200);
    QTRY_VERIFY(status->text().contains(u"Clock: +1 d 1 h"_s));
    QVERIFY(status->isVisible());
}

void tst_ClockUi::typedDurationsAndFreezing()
{
    auto *status = child<QLabel>(u"clockStatus"_s);
    QTest::mouseClick(child<QPushButton>(u"clockFreeze"_s), Qt::LeftButton);
    QTRY_VERIFY(status->isVisible());
    QVERIFY(status->text().contains(u"Clock frozen at"_s));
    QCOMPARE(serverClock()["mode"], "frozen");
    const qint64 frozen = m_app.clock->nowMs();

    auto *duration = child<QLineEdit>(u"clockDuration"_s);
    duration->setText(u"90m"_s);
    QTest::mouseClick(child<QPushButton>(u"clockAdvance"_s), Qt::LeftButton);
    QCOMPARE(m_app.clock->nowMs(), frozen + 90 * 60 * 1000);
    QVERIFY(duration->text().isEmpty());
    QVERIFY(!child<QLabel>(u"clockProblem"_s)->isVisible());

    duration->setText(u"soon"_s);
    QTest::keyClick(duration, Qt::Key_Return);
    QVERIFY(child<QLabel>(u"clockProblem"_s)->isVisible());
    QVERIFY(child<QLabel>(u"clockProblem"_s)->text().contains(u"not a duration"_s));
    QCOMPARE(m_app.clock->nowMs(), frozen + 90 * 60 * 1000);

    QTest::mouseClick(child<QPushButton>(u"clockReal"_s), Qt::LeftButton);
    QTRY_VERIFY(!status->isVisible());
    QCOMPARE(serverClock()["mode"], "real");
}

void tst_ClockUi::backToRealTimeSaysWhyNot()
{
    QTest::mouseClick(child<QPushButton>(u"clockPlusDay"_s), Qt::LeftButton);
    // A delivery dated a day ahead.
    const HttpReply sent = HttpClient(kSandboxKey)
                               .post(QUrl(m_app.url() + u"/v1/send/user.welcome/email"_s),
                                     Json{{"to", "later@example.com"}, {"payload", Json::object()}});
    QCOMPARE(sent.status, 200);
    QTest::mouseClick(child<QPushButton>(u"clockReal"_s), Qt::LeftButton);
    auto *problem = child<QLabel>(u"clockProblem"_s);
    QTRY_VERIFY(problem->isVisible()); // the floor is read on the server's thread
    QVERIFY(problem->text().contains(u"/_local/reset"_s));
    QCOMPARE(m_app.clock->mode(), Clock::Mode::Offset);
    QVERIFY(child<QLabel>(u"clockStatus"_s)->isVisible());
}

QTEST_MAIN(tst_ClockUi)
#include "tst_clockui.moc"
