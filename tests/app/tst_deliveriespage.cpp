// The Deliveries page, driven offscreen through the real MainWindow beside a real
// local server that shares the window's change notifier (as in the product): a send
// over HTTP appears live, the provider's report updates it, the trace shows its
// timeline and content, a simulated report changes its status, the filters narrow
// the table (time ranges included), and MainWindow::showDelivery selects it.
#include <database.h>
#include <deliverieschart.h>
#include <deliveriesmodel.h>
#include <deliveriespage.h>
#include <contactsmodel.h>
#include <contactspage.h>
#include <deliverystore.h>
#include <emailpreview.h>
#include <errorbanner.h>
#include <httpclient.h>
#include <localbackend.h>
#include <stubservers.h>
#include <testserver.h>
#include <tracetimeline.h>
#include <traceview.h>

#include "windowwithserver.h"

#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QTreeWidget>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

class tst_DeliveriesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modelPassesTester();
    void sendOverHttpAppearsLive();
    void traceShowsTimelineAndContent();
    void simulateChangesStatus();
    void simulateRefusesWhatNoProviderAccepted();
    void simulateSaysWhatTheProviderNeverReports();
    void filtersNarrowTheTable();
    void timeRangeIsExact();
    void searchBoxFindsAndPastedUuidOpens();
    void fromAContactToItsDeliveries();
    void contextMenuCopiesAndFilters();
    void showDeliverySelectsIt();
    void chartCountsByStatus();
    void copyAsCurl();
    void resendWebhookFromTheTrace();

private:
    app::DeliveriesPage *page() const { return m_app.window->findChild<app::DeliveriesPage *>(u"deliveriesPage"_s); }
    QTableView *table() const { return m_app.window->findChild<QTableView *>(u"deliveryTable"_s); }
    QString send(const QString &to, const QString &key = kSandboxKey, const QString &path = u"/v1/send/order.confirmed/email"_s);
    int rowOf(const QString &uuid) const
    {
        for (int r = 0; r < table()->model()->rowCount(); ++r) {
            if (table()->model()->index(r, 0).data(app::DeliveriesModel::UuidRole).toString() == uuid)
                return r;
        }
        return -1;
    }
    QString statusShown(const QString &uuid) const
    {
        const int r = rowOf(uuid);
        return r < 0 ? QString() : table()->model()->index(r, app::DeliveriesModel::StatusColumn).data().toString();
    }
    void pick(const char *combo, const QString &data)
    {
        auto *box = m_app.window->findChild<QComboBox *>(QString::fromLatin1(combo));
        QVERIFY(box);
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        box->setCurrentIndex(index);
    }
    QStringList shownUuids() const
    {
        QStringList out;
        for (int r = 0; r < table()->model()->rowCount(); ++r)
            out << table()->model()->index(r, 0).data(app::DeliveriesModel::UuidRole).toString();
        return out;
    }

    WindowWithServer m_app;
};

void tst_DeliveriesPage::init()
{
    m_app.start(u"deliveriesPage"_s);
}

void tst_DeliveriesPage::cleanup()
{
    m_app.stop();
}

QString tst_DeliveriesPage::send(const QString &to, const QString &key, const QString &path)
{
    HttpClient http(key);
    const HttpReply r = http.post(QUrl(m_app.server->url() + path), Json{{"to", toStd(to)}, {"payload", {{"order_id", 7}}}});
    if (r.status != 200)
        qWarning("send answered %d: %s", r.status, r.body.constData());
    const Json body = r.json();
    if (!body.contains("deliveries") || body["deliveries"].empty())
        return {};
    return toQt(body["deliveries"][0].begin().value().get<std::string>());
}

void tst_DeliveriesPage::modelPassesTester()
{
    for (int i = 0; i < 120; ++i)
        QVERIFY(!send(u"user%1@example.com"_s.arg(i)).isEmpty());
    app::DeliveriesModel model;
    connect(&model, &app::DeliveriesModel::loadFailed, this,
            [](const Error &e) { qWarning("load failed: %s", qPrintable(e.message)); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(m_app.backend.get());
    QTRY_VERIFY(model.rowCount() >= 100);
    QCOMPARE(model.total(), 120);
    QTRY_VERIFY(!model.isLoading());
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 120);
    const QString newest = send(u"late@example.com"_s);
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 121);
    QCOMPARE(model.index(0, 0).data(app::DeliveriesModel::UuidRole).toString(), newest);
    DeliveryQuery sms;
    sms.channel = Channel::Sms;
    model.setFilter(sms);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
}

void tst_DeliveriesPage::sendOverHttpAppearsLive()
{
    QCOMPARE(table()->model()->rowCount(), 0);
    const QString uuid = send(u"jane@example.com"_s);
    QVERIFY(!uuid.isEmpty());
    // No refresh, no click: the server's notification brings it in.
    QTRY_COMPARE(rowOf(uuid), 0);
    QCOMPARE(table()->model()->index(0, app::DeliveriesModel::RecipientColumn).data().toString(),
             u"jane@example.com"_s);
    QCOMPARE(table()->model()->index(0, app::DeliveriesModel::EventColumn).data().toString(), u"order.confirmed"_s);
    // SES reports delivery 100 ms later; the row follows.
    QTRY_COMPARE(statusShown(uuid), u"Delivered"_s);
    const QString second = send(u"bounce@simulator.amazonses.com"_s);
    QTRY_COMPARE(rowOf(second), 0);
    QCOMPARE(rowOf(uuid), 1);
    QTRY_COMPARE(statusShown(second), u"Bounced"_s);
    QTRY_VERIFY(m_app.window->findChild<QLabel *>(u"deliveryCount"_s)->text().startsWith(u"2 of 2"_s));
}

void tst_DeliveriesPage::traceShowsTimelineAndContent()
{
    const QString uuid = send(u"jane@example.com"_s);
    QTRY_COMPARE(statusShown(uuid), u"Delivered"_s);
    table()->setCurrentIndex(table()->model()->index(rowOf(uuid), 0));
    app::TraceView *trace = page()->traceView();
    QTRY_COMPARE(trace->trace() ? trace->trace()->delivery.uuid : QString(), uuid);
    auto *timeline = trace->findChild<app::TraceTimeline *>(u"traceTimeline"_s);
    QStringList events;
    for (const TimelineEntry &e : timeline->entries())
        events << e.event;
    QCOMPARE(events, (QStringList{u"queued"_s, u"rendered"_s, u"sent"_s, u"delivered"_s}));
    const TimelineEntry sent = timeline->entries()[2];
    const QString text = timeline->stepText(2);
    QVERIFY2(text.startsWith(u"Sent   +"_s), qPrintable(text)); // with the time since "rendered"
    // Exact: milliseconds, in UTC as the API has them.
    QVERIFY2(text.contains(sent.timestamp.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s)), qPrintable(text));
    QVERIFY2(text.contains(u"Accepted by ses"_s), qPrintable(text));
    QVERIFY(timeline->stepText(3).contains(u"+"_s)); // how long after "sent"
    QCOMPARE(trace->findChild<QLabel *>(u"traceHeading"_s)->text().contains(u"Delivered"_s), true);

    // The content as sent, in the email preview.
    auto *email = trace->findChild<app::EmailPreview *>();
    QVERIFY(email && email->isVisibleTo(trace));
    auto *html = email->findChild<QTextBrowser *>();
    QVERIFY(html);
    const std::string subject = trace->trace()->delivery.content.value("subject", "");
    QVERIFY(!subject.empty());
    QVERIFY(email->findChildren<QLabel *>().size() > 0);
    bool subjectShown = false;
    for (const QLabel *l : email->findChildren<QLabel *>())
        subjectShown = subjectShown || l->text().contains(toQt(subject));
    QVERIFY(subjectShown);
    QVERIFY(!html->toPlainText().isEmpty());
    QVERIFY(trace->findChild<QLabel *>(u"traceNoWebhookAttempts"_s)->isVisibleTo(trace));
    QTRY_VERIFY(trace->findChild<QLabel *>(u"traceContact"_s)->text().contains(u"Jane Cooper"_s));
}

void tst_DeliveriesPage::simulateChangesStatus()
{
    const QString uuid = send(u"jane@example.com"_s);
    QTRY_COMPARE(statusShown(uuid), u"Delivered"_s);
    table()->setCurrentIndex(table()->model()->index(rowOf(uuid), 0));
    app::TraceView *trace = page()->traceView();
    QTRY_VERIFY(trace->trace());
    auto *complained = trace->findChild<QPushButton *>(u"traceSimulate_complained"_s);
    QVERIFY(complained->isEnabled());
    QTest::mouseClick(complained, Qt::LeftButton);
    QTRY_COMPARE(statusShown(uuid), u"Complained"_s);
    QTRY_COMPARE(trace->trace()->delivery.status, u"complained"_s);
    QCOMPARE(trace->findChild<app::TraceTimeline *>()->entries().last().event, u"complained"_s);
    const auto stored = take(m_app.backend->deliveryTrace(uuid));
    QVERIFY(stored);
    QCOMPARE(stored->delivery.status, u"complained"_s);
    QVERIFY(stored->delivery.deliveredAt.isValid()); // a complaint keeps the delivery time
    QCOMPARE(stored->delivery.error, u"Complaint (abuse): simulated"_s);
}

void tst_DeliveriesPage::simulateRefusesWhatNoProviderAccepted()
{
    // Twilio's magic number: stored as failed, never accepted by a provider.
    HttpClient http(kSandboxKey);
    http.post(QUrl(m_app.server->url() + u"/v1/send/password.reset/sms"_s),
              Json{{"to", "+15005550001"}, {"payload", Json::object()}});
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    const QString uuid = table()->model()->index(0, 0).data(app::DeliveriesModel::UuidRole).toString();
    table()->setCurrentIndex(table()->model()->index(0, 0));
    app::TraceView *trace = page()->traceView();
    QTRY_VERIFY(trace->trace());
    QCOMPARE(trace->trace()->delivery.status, u"failed"_s);
    QVERIFY(!trace->findChild<QPushButton *>(u"traceSimulate_delivered"_s)->isEnabled());
    QVERIFY(trace->findChild<QLabel *>(u"traceSimulateNote"_s)->text().contains(u"No provider accepted"_s));
    trace->simulate(u"delivered"_s); // what the button would do: refused, and said so
    auto *errors = trace->findChild<app::ErrorBanner *>(u"traceErrors"_s);
    QTRY_VERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(u"never accepted"_s), qPrintable(errors->text()));
    QCOMPARE(take(m_app.backend->deliveryTrace(uuid))->delivery.status, u"failed"_s);
}

void tst_DeliveriesPage::simulateSaysWhatTheProviderNeverReports()
{
    // An SMS through Amazon SNS stays sent: SNS never reports delivered, bounced or
    // complained. The buttons still simulate them, and say so.
    HttpClient http(kSandboxKey);
    http.post(QUrl(m_app.server->url() + u"/v1/send/password.reset/sms"_s),
              Json{{"to", "+46701234567"}, {"payload", Json::object()}});
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    const QString uuid = table()->model()->index(0, 0).data(app::DeliveriesModel::UuidRole).toString();
    table()->setCurrentIndex(table()->model()->index(0, 0));
    app::TraceView *trace = page()->traceView();
    QTRY_VERIFY(trace->trace());
    QCOMPARE(trace->trace()->delivery.status, u"sent"_s);
    auto *delivered = trace->findChild<QPushButton *>(u"traceSimulate_delivered"_s);
    QVERIFY(delivered->isEnabled());
    QVERIFY2(delivered->toolTip().contains(u"Amazon SNS never reports"_s), qPrintable(delivered->toolTip()));
    QVERIFY(!trace->findChild<QPushButton *>(u"traceSimulate_failed"_s)->toolTip().contains(u"never"_s));
    auto *note = trace->findChild<QLabel *>(u"traceSimulateNote"_s);
    QVERIFY(note->isVisibleTo(trace));
    QVERIFY2(note->text().contains(u"simulate it anyway"_s), qPrintable(note->text()));
    QTest::mouseClick(delivered, Qt::LeftButton);
    QTRY_COMPARE(statusShown(uuid), u"Delivered"_s);
}

void tst_DeliveriesPage::filtersNarrowTheTable()
{
    const QString email = send(u"jane@example.com"_s);
    const QString bounced = send(u"bounce@simulator.amazonses.com"_s);
    const QString production = send(u"john@example.com"_s, kProductionKey);
    const QString slack = send(u"john@example.com"_s, kSandboxKey, u"/v1/send/team.alert/slack"_s);
    QVERIFY(!email.isEmpty() && !bounced.isEmpty() && !production.isEmpty() && !slack.isEmpty());
    QTRY_COMPARE(table()->model()->rowCount(), 4);
    QTRY_COMPARE(statusShown(bounced), u"Bounced"_s);

    pick("deliveryFilterEnvironment", u"production"_s);
    QTRY_COMPARE(shownUuids(), QStringList{production});
    pick("deliveryFilterEnvironment", QString());
    pick("deliveryFilterChannel", u"slack"_s);
    QTRY_COMPARE(shownUuids(), QStringList{slack});
    pick("deliveryFilterChannel", QString());
    pick("deliveryFilterStatus", u"bounced"_s);
    QTRY_COMPARE(shownUuids(), QStringList{bounced});
    pick("deliveryFilterStatus", QString());
    pick("deliveryFilterEvent", u"team.alert"_s);
    QTRY_COMPARE(shownUuids(), QStringList{slack});
    pick("deliveryFilterEvent", QString());
    QTRY_COMPARE(table()->model()->rowCount(), 4);

    // Time: the last 15 minutes hold them all; a range in the past holds none.
    page()->setPeriod(app::DeliveriesPage::Period::Last15Minutes);
    QTRY_COMPARE(table()->model()->rowCount(), 4);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    page()->setPeriod(app::DeliveriesPage::Period::Custom, now.addDays(-2), now.addDays(-1));
    QTRY_COMPARE(m_app.window->findChild<QLabel *>(u"deliveryCount"_s)->text().left(6), u"0 of 0"_s);
    QCOMPARE(table()->model()->rowCount(), 0);
    page()->setPeriod(app::DeliveriesPage::Period::Any);
    QTRY_COMPARE(table()->model()->rowCount(), 4);
}

// Support staff type the start of an address, or paste a uuid from their logs.
void tst_DeliveriesPage::searchBoxFindsAndPastedUuidOpens()
{
    const QString jane = send(u"jane@example.com"_s);
    const QString john = send(u"john@example.com"_s);
    const QString slack = send(u"john@example.com"_s, kSandboxKey, u"/v1/send/team.alert/slack"_s);
    QVERIFY(!jane.isEmpty() && !john.isEmpty() && !slack.isEmpty());
    QTRY_COMPARE(table()->model()->rowCount(), 3);

    auto *search = m_app.window->findChild<QLineEdit *>(u"deliverySearch"_s);
    QVERIFY(search);
    QVERIFY(search->isVisible() && search->isEnabled());
    // Ctrl+F on the page puts the cursor in the box.
    table()->setFocus();
    QTest::keySequence(table(), QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, u"JANE@"_s); // letter case aside, debounced
    QTRY_COMPARE(shownUuids(), QStringList{jane});
    search->selectAll();
    QTest::keyClicks(search, u"john@ex"_s);
    QTRY_COMPARE(shownUuids(), QStringList{john});
    // John's whole email is an identifier of his contact: his Slack message too.
    QTest::keyClicks(search, u"ample.com"_s);
    QTRY_COMPARE(shownUuids(), (QStringList{slack, john}));
    // Every filter combines with it.
    pick("deliveryFilterEvent", u"team.alert"_s);
    QTRY_COMPARE(shownUuids(), QStringList{slack});
    pick("deliveryFilterEvent", QString());
    QTRY_COMPARE(shownUuids(), (QStringList{slack, john}));

    // A pasted whole uuid opens that delivery at once and selects its row.
    search->clear();
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    search->setText(john.toUpper());
    QTRY_COMPARE(page()->traceView()->uuid(), john);
    QTRY_COMPARE(shownUuids(), QStringList{john});
    QTRY_COMPARE(page()->selectedUuid(), john);

    // Clearing the box (its clear button does this) shows everything again.
    search->clear();
    QTRY_COMPARE(table()->model()->rowCount(), 3);
}

// The Contacts page's Deliveries button, and its context menu, open the Deliveries
// page filtered to that contact (every channel, not just one address).
void tst_DeliveriesPage::fromAContactToItsDeliveries()
{
    const QString email = send(u"john@example.com"_s);
    const QString slack = send(u"john@example.com"_s, kSandboxKey, u"/v1/send/team.alert/slack"_s);
    const QString other = send(u"jane@example.com"_s);
    QVERIFY(!email.isEmpty() && !slack.isEmpty() && !other.isEmpty());
    QTRY_COMPARE(table()->model()->rowCount(), 3);

    QVERIFY(m_app.window->showPage(u"contactsPage"_s));
    auto *contacts = m_app.window->findChild<app::ContactsPage *>(u"contactsPage"_s);
    auto *button = m_app.window->findChild<QPushButton *>(u"contactDeliveries"_s);
    QVERIFY(contacts && button);
    QTRY_VERIFY(contacts->model()->rowCount() > 0);
    int john = -1;
    for (int r = 0; r < contacts->model()->rowCount(); ++r) {
        if (contacts->model()->at(r)->email == u"john@example.com"_s)
            john = r;
    }
    QVERIFY(john >= 0);
    const QString johnUuid = contacts->model()->at(john)->uuid;
    QVERIFY(contacts->selectContact(johnUuid));
    QTRY_VERIFY(button->isEnabled());
    button->click();
    QTRY_VERIFY(page()->isVisible());
    QTRY_COMPARE(shownUuids(), (QStringList{slack, email}));
    QCOMPARE(m_app.window->findChild<QLineEdit *>(u"deliverySearch"_s)->text(), johnUuid);

    // The same from the table's context menu, after the filters were changed.
    pick("deliveryFilterChannel", u"email"_s);
    QVERIFY(m_app.window->showPage(u"contactsPage"_s));
    std::unique_ptr<QMenu> menu(contacts->contextMenu(john));
    auto *action = menu->findChild<QAction *>(u"contactMenuDeliveries"_s);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QTRY_VERIFY(page()->isVisible());
    QTRY_COMPARE(shownUuids(), (QStringList{slack, email})); // the channel filter was cleared
}

void tst_DeliveriesPage::contextMenuCopiesAndFilters()
{
    const QString jane = send(u"jane@example.com"_s);
    const QString john = send(u"john@example.com"_s);
    const QString slack = send(u"john@example.com"_s, kSandboxKey, u"/v1/send/team.alert/slack"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    const auto trigger = [&](const QString &uuid, const char *name) {
        std::unique_ptr<QMenu> menu(page()->contextMenu(rowOf(uuid)));
        auto *action = menu->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
    };
    trigger(john, "deliveryMenuCopyUuid");
    QCOMPARE(QGuiApplication::clipboard()->text(), john);
    trigger(john, "deliveryMenuCopyRecipient");
    QCOMPARE(QGuiApplication::clipboard()->text(), u"john@example.com"_s);

    trigger(jane, "deliveryMenuOpen");
    QTRY_COMPARE(page()->traceView()->uuid(), jane);
    QTRY_COMPARE(page()->selectedUuid(), jane);

    trigger(jane, "deliveryMenuFilterRecipient");
    QTRY_COMPARE(shownUuids(), QStringList{jane});
    QCOMPARE(m_app.window->findChild<QLineEdit *>(u"deliverySearch"_s)->text(), u"jane@example.com"_s);
    page()->showDelivery(john); // not among the shown: the filters clear
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    trigger(john, "deliveryMenuFilterContact"); // John's Slack message too
    QTRY_COMPARE(shownUuids(), (QStringList{slack, john}));
    trigger(slack, "deliveryMenuFilterChannel");
    QTRY_COMPARE(shownUuids(), QStringList{slack});
    page()->showDelivery(jane); // clears the filters to show her
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    trigger(jane, "deliveryMenuFilterEvent");
    QTRY_COMPARE(shownUuids(), (QStringList{john, jane}));
}

void tst_DeliveriesPage::timeRangeIsExact()
{
    // Deliveries a minute apart, written straight to the store.
    DeliveryStore store(*m_app.db);
    const QDateTime base = QDateTime(QDate(2026, 3, 30), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < 300; ++i) {
        Delivery d;
        d.uuid = randomUuid();
        d.status = u"sent"_s;
        d.eventName = u"order.confirmed"_s;
        d.recipient = u"r%1@example.com"_s.arg(i);
        d.environment = i % 3 == 0 ? Environment::Production : Environment::Sandbox;
        d.createdAt = base.addSecs(60 * i);
        d.sentAt = d.createdAt;
        QVERIFY(store.insert(d).ok());
    }
    DeliveryQuery q;
    q.limit = 100;
    q.createdFrom = base.addSecs(60 * 10);     // minute 10 inclusive (to the millisecond)
    q.createdBefore = base.addSecs(60 * 250);  // minute 250 exclusive
    auto page1 = take(m_app.backend->deliveries(q));
    QVERIFY(page1);
    QCOMPARE(page1->total, 240);
    QCOMPARE(page1->deliveries.first().createdAt, base.addSecs(60 * 249));
    q.offset = 200;
    auto page3 = take(m_app.backend->deliveries(q));
    QCOMPARE(page3->deliveries.size(), 40);
    QCOMPARE(page3->deliveries.last().createdAt, base.addSecs(60 * 10));
    // With another filter: production only (every third minute).
    q.offset = 0;
    q.environment = Environment::Production;
    auto production = take(m_app.backend->deliveries(q));
    QCOMPARE(production->total, 80); // minutes 12, 15, … 249
    QCOMPARE(production->deliveries.first().createdAt, base.addSecs(60 * 249));
    QCOMPARE(production->deliveries.last().createdAt, base.addSecs(60 * 12));
    // Bounds are exact to the millisecond.
    q.environment.reset();
    q.createdFrom = base.addSecs(60 * 10).addMSecs(1);
    q.createdBefore = base.addSecs(60 * 250).addMSecs(1);
    auto shifted = take(m_app.backend->deliveries(q));
    QCOMPARE(shifted->total, 240); // minutes 11…250
    QCOMPARE(shifted->deliveries.first().createdAt, base.addSecs(60 * 250));
}

void tst_DeliveriesPage::showDeliverySelectsIt()
{
    const QString first = send(u"jane@example.com"_s);
    const QString hidden = send(u"john@example.com"_s, kProductionKey);
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    pick("deliveryFilterEnvironment", u"sandbox"_s);
    QTRY_COMPARE(shownUuids(), QStringList{first});
    QVERIFY(m_app.window->showPage(u"eventsPage"_s));
    m_app.window->showDelivery(hidden); // hidden by the filter: the filters are cleared
    QCOMPARE(m_app.window->currentPage()->objectName(), u"deliveriesPage"_s);
    QTRY_COMPARE(page()->selectedUuid(), hidden);
    QTRY_COMPARE(page()->traceView()->uuid(), hidden);
    QCOMPARE(m_app.window->findChild<QComboBox *>(u"deliveryFilterEnvironment"_s)->currentIndex(), 0);
    m_app.window->showDelivery(first);
    QTRY_COMPARE(page()->selectedUuid(), first);
}

void tst_DeliveriesPage::chartCountsByStatus()
{
    send(u"jane@example.com"_s);
    send(u"john@example.com"_s);
    const QString bounced = send(u"bounce@simulator.amazonses.com"_s);
    QTRY_COMPARE(statusShown(bounced), u"Bounced"_s);
    app::DeliveriesChart *chart = page()->chart();
    QTRY_COMPARE(chart->total(), 3);
    QTRY_COMPARE(chart->count(u"bounced"_s), 1);
    QTRY_COMPARE(chart->count(u"delivered"_s), 2);
}

void tst_DeliveriesPage::copyAsCurl()
{
    const QString uuid = send(u"jane@example.com"_s);
    QTRY_VERIFY(rowOf(uuid) >= 0);
    table()->setCurrentIndex(table()->model()->index(rowOf(uuid), 0));
    app::TraceView *trace = page()->traceView();
    QTRY_VERIFY(trace->trace());
    auto *curl = trace->findChild<QPushButton *>(u"traceCopyCurl"_s);
    QVERIFY(curl->isEnabled());
    QTest::mouseClick(curl, Qt::LeftButton);
    const QString expected = u"curl '%1/v1/deliveries/%2/trace' \\\n  -H \"Authorization: Bearer $SENDIVENT_API_KEY\""_s
                                 .arg(m_app.server->url(), uuid);
    QCOMPARE(trace->curlCommand(), expected);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    // And the command's request answers the trace (as the sandbox key sees it).
    HttpClient http(kSandboxKey);
    const HttpReply r = http.get(QUrl(u"%1/v1/deliveries/%2/trace"_s.arg(m_app.server->url(), uuid)));
    QCOMPARE(r.status, 200);
}

// The trace lists the webhook attempts; "Resend webhook" queues the selected one's
// message again and the receiver gets it a second time, with the same webhook-id.
void tst_DeliveriesPage::resendWebhookFromTheTrace()
{
    ScriptedServer receiver([](const SeenRequest &) { return httpAnswer(200, R"({"ok":true})"); });
    WebhookInput endpoint;
    endpoint.url = receiver.url().toString() + u"/hooks"_s;
    endpoint.enabledEvents = QStringList{u"delivery.sent"_s};
    const auto created = take(m_app.backend->createWebhook(endpoint));
    QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().message));

    const QString uuid = send(u"hooked@example.com"_s);
    QVERIFY(!uuid.isEmpty());
    QTRY_COMPARE(receiver.requests().size(), 1);
    QTRY_VERIFY(rowOf(uuid) >= 0);
    table()->setCurrentIndex(table()->model()->index(rowOf(uuid), 0));
    app::TraceView *trace = page()->traceView();
    auto *attempts = trace->findChild<QTreeWidget *>(u"traceWebhookAttempts"_s);
    auto *resend = trace->findChild<QPushButton *>(u"traceResendWebhook"_s);
    QVERIFY(attempts && resend);
    QTRY_COMPARE_WITH_TIMEOUT((trace->reload(), attempts->topLevelItemCount()), 1, 5000);
    QVERIFY(!resend->isEnabled()); // nothing selected yet
    attempts->setCurrentItem(attempts->topLevelItem(0));
    QVERIFY(resend->isEnabled());
    // The selected attempt in full, as the Webhooks page shows it.
    auto *detail = trace->findChild<QWidget *>(u"traceAttemptDetail"_s);
    QVERIFY(detail && detail->isVisibleTo(trace));
    const QString sent = detail->findChild<QPlainTextEdit *>(u"attemptDetailRequest"_s)->toPlainText();
    QVERIFY2(sent.contains(u"webhook-signature: "_s + QString::fromLatin1(receiver.requests().at(0).header("webhook-signature"))),
             qPrintable(sent));
    QVERIFY(sent.contains(QString::fromUtf8(receiver.requests().at(0).body)));
    QVERIFY(detail->findChild<QPlainTextEdit *>(u"attemptDetailResponse"_s)->toPlainText().startsWith(u"HTTP 200\n"_s));
    QTest::mouseClick(resend, Qt::LeftButton);

    QTRY_COMPARE(receiver.requests().size(), 2);
    QCOMPARE(receiver.requests().at(1).header("webhook-id"), receiver.requests().at(0).header("webhook-id"));
    QTRY_COMPARE_WITH_TIMEOUT((trace->reload(), attempts->topLevelItemCount()), 2, 5000);
}

QTEST_MAIN(tst_DeliveriesPage)
#include "tst_deliveriespage.moc"
