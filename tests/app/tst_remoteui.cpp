// The widgets of the remote data sources: the key dialog, the environment banner,
// the production send confirmation, the read-only notice, the webhook attempts the
// remote API cannot tell; and the support flows against a remote (a local server
// acting as the sandbox API): a pasted UUID opens the trace, the filters the API
// lacks are off and say why, Go to anything explains what a remote cannot look up.
#include <apikeydialog.h>
#include <datasourcebanner.h>
#include <deliveries/deliveriesmodel.h>
#include <deliveries/deliveriespage.h>
#include <deliveries/traceview.h>
#include <gotoanything.h>
#include <mainwindow.h>
#include <stubservers.h>
#include <webhooks/webhookattemptspanel.h>

#include <backend/localbackend.h>
#include <httpclient.h>
#include <localservices.h>
#include <remote/remotebackend.h>
#include <storage/database.h>
#include <testserver.h>

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>

using namespace sendivent;
using namespace sendivent::app;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

QMessageBox *openQuestion()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

class tst_RemoteUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyDialogChecksThePrefix();
    void keyDialogSaysWhereTheKeyGoes();
    void bannerMarksRemotes();
    void productionSendIsConfirmed();
    void readOnlyNotice();
    void deliveriesOnTheRemote();
    void webhookAttemptsAreVisiblyUnavailable();
};

void tst_RemoteUi::keyDialogChecksThePrefix()
{
    ApiKeyDialog dialog(Environment::Production);
    auto *key = dialog.findChild<QLineEdit *>(u"apiKey"_s);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(key && ok);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(!ok->isEnabled());
    key->setText(u"test_abc"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"apiKeyProblem"_s)->text().contains(u"live_"_s));
    key->setText(u"live_"_s);
    QVERIFY(!ok->isEnabled());
    key->setText(u" live_abc "_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.key(), u"live_abc"_s);
}

void tst_RemoteUi::keyDialogSaysWhereTheKeyGoes()
{
    ApiKeyDialog withKeychain(Environment::Sandbox, true);
    QVERIFY(withKeychain.findChild<QLabel *>(u"apiKeyStorage"_s)->text().contains(u"system keychain"_s));
    ApiKeyDialog without(Environment::Sandbox, false);
    QVERIFY(without.findChild<QLabel *>(u"apiKeyStorage"_s)->text().contains(u"this session only"_s));
}

void tst_RemoteUi::bannerMarksRemotes()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"sendivent.db"_s));
    QVERIFY(db.open().ok());
    test::LocalServices core(db);
    LocalBackend local(core.services);
    RemoteBackend sandbox(Environment::Sandbox, QUrl());
    RemoteBackend production(Environment::Production, QUrl());

    QWidget window;
    auto *banner = new DataSourceBanner(&window);
    window.show();
    banner->showBackend(&local);
    QVERIFY(!banner->isVisible());
    banner->showBackend(&sandbox);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->property("environment").toString(), u"sandbox"_s);
    QVERIFY(banner->text().contains(u"api-sandbox.sendivent.com"_s));
    banner->showBackend(&production);
    QCOMPARE(banner->property("environment").toString(), u"production"_s);
    QVERIFY(banner->text().startsWith(u"PRODUCTION"_s));
    QVERIFY(banner->styleSheet().contains(u"#b3261e"_s));
    banner->showBackend(&local);
    QVERIFY(!banner->isVisible());
}

void tst_RemoteUi::productionSendIsConfirmed()
{
    QWidget window;
    window.show();
    int sent = 0;
    confirmProductionSend(&window, u"This test message"_s, [&sent] { ++sent; });
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openQuestion()) != nullptr);
    QVERIFY(box->text().contains(u"This test message"_s));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!openQuestion());
    QCOMPARE(sent, 0);

    confirmProductionSend(&window, u"This test message"_s, [&sent] { ++sent; });
    QTRY_VERIFY((box = openQuestion()) != nullptr);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(sent, 1);
}

void tst_RemoteUi::readOnlyNotice()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"sendivent.db"_s));
    QVERIFY(db.open().ok());
    test::LocalServices core(db);
    LocalBackend local(core.services);
    RemoteBackend sandbox(Environment::Sandbox, QUrl());
    QVERIFY(localOnlyNotice(local).isEmpty());
    QVERIFY(localOnlyNotice(sandbox).startsWith(u"Read-only"_s));
    QVERIFY(localOnlyNotice(sandbox).contains(u"Sandbox"_s));
}

void tst_RemoteUi::deliveriesOnTheRemote()
{
    QSettings().clear();
    TestServer remote;
    QVERIFY2(remote.start(), qPrintable(remote.lastError()));
    HttpClient http(kSandboxKey);
    const auto send = [&](const char *to) {
        const HttpReply r = http.post(remote.url(u"/v1/send/order.confirmed/email"_s),
                                      Json{{"to", to}, {"payload", {{"order_id", 7}}}});
        const Json body = r.json();
        return r.status == 200 ? toQt(body["deliveries"][0].begin().value().get<std::string>()) : QString();
    };
    const QString jane = send("jane@example.com");
    const QString bounce = send("bounce@simulator.amazonses.com");
    QVERIFY(!jane.isEmpty() && !bounce.isEmpty());

    RemoteBackend sandbox(Environment::Sandbox, remote.url(QString()));
    sandbox.setApiKey(kSandboxKey);
    MainWindow window(&sandbox);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"deliveriesPage"_s));
    auto *page = window.findChild<DeliveriesPage *>(u"deliveriesPage"_s);
    QTRY_COMPARE(page->model()->rowCount(), 2);

    // A pasted UUID opens the trace through GET /v1/deliveries/{uuid}/trace.
    auto *search = window.findChild<QLineEdit *>(u"deliverySearch"_s);
    QVERIFY(search->placeholderText().contains(u"UUID"_s));
    search->setText(jane.toUpper());
    QTRY_VERIFY(page->traceView()->trace());
    QCOMPARE(page->traceView()->trace()->delivery.uuid, jane);
    // Text that is not a UUID: the API cannot search, and the page says so.
    search->setText(u"jane@"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(window.findChild<QLabel *>(u"deliveryCount"_s)->text().contains(u"cannot search"_s));
    QCOMPARE(page->model()->rowCount(), 2); // not silently filtered

    // What GET /v1/deliveries has no parameter for is off, with the reason.
    for (const char *name : {"deliveryFilterPeriod", "deliveryFilterEnvironment"}) {
        auto *box = window.findChild<QComboBox *>(QLatin1StringView(name));
        QVERIFY2(box && !box->isEnabled(), name);
        QVERIFY2(box->toolTip().contains(u"API"_s), name);
    }
    // One status at a time: picking a second drops the first.
    auto *status = window.findChild<QToolButton *>(u"deliveryStatusFilter"_s);
    QVERIFY(status->isEnabled());
    QVERIFY(status->toolTip().contains(u"one status at a time"_s));
    window.findChild<QAction *>(u"deliveryStatus_sent"_s)->trigger();
    window.findChild<QAction *>(u"deliveryStatus_bounced"_s)->trigger();
    QCOMPARE(page->statusFilter(), QStringList{u"bounced"_s});
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->at(0)->uuid, bounce);
    window.findChild<QAction *>(u"deliveryStatus_all"_s)->trigger();
    QTRY_COMPARE(page->model()->rowCount(), 2);
    // Newest first only: the Created header does not turn the order round.
    QHeaderView *header = window.findChild<QTableView *>(u"deliveryTable"_s)->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(DeliveriesModel::CreatedColumn) + 8, header->height() / 2));
    QVERIFY(!page->isOldestFirst());
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(page->model()->headerData(DeliveriesModel::CreatedColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString().contains(u"newest first only"_s));
    QCOMPARE(page->model()->at(0)->uuid, bounce);

    // Go to anything: a UUID opens it; what only the local server knows is explained.
    auto *goTo = window.goToAnything();
    auto *input = window.findChild<QLineEdit *>(u"goToAnythingInput"_s);
    auto *message = window.findChild<QLabel *>(u"goToAnythingMessage"_s);
    QVERIFY(window.showPage(u"contactsPage"_s));
    goTo->open();
    input->setText(jane);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(window.currentPage()->objectName(), u"deliveriesPage"_s);
    QTRY_COMPARE(page->selectedUuid(), jane);
    for (const QString &what : {u"msg_0123456789abcdef0123456789abcdef"_s, u"req_0123456789abcdef0123456789abcdef"_s,
                                u"0100018c-not-a-contact"_s}) {
        goTo->open();
        input->setText(what);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY2(message->text().contains(u"Sandbox"_s), qPrintable(what + u": "_s + message->text()));
        QVERIFY(goTo->isVisible());
    }
}

// The public API has no webhook attempts: on a remote data source the trace's section
// and the Webhooks page's log say so (with why in a tooltip), never an empty list.
void tst_RemoteUi::webhookAttemptsAreVisiblyUnavailable()
{
    const QByteArray uuid = "0a1b2c3d-0000-4000-8000-000000000001";
    ScriptedServer api([&uuid](const SeenRequest &request) {
        if (request.target != "/v1/deliveries/" + uuid + "/trace")
            return httpAnswer(404, R"({"success":false,"error":"Not found","code":"NOT_FOUND"})");
        return httpAnswer(200, R"({"success":true,"data":{"delivery":{"uuid":")" + uuid
                                   + R"(","channel":"email","status":"sent","event_name":"order.confirmed",)"
                                     R"("recipient":"jane@example.com","environment":"sandbox",)"
                                     R"("created_at":"2026-03-30T12:00:00Z","sent_at":"2026-03-30T12:00:01Z"},)"
                                     R"("timeline":[{"event":"queued","timestamp":"2026-03-30T12:00:00Z"},)"
                                     R"({"event":"sent","timestamp":"2026-03-30T12:00:01Z"}]}})");
    });
    RemoteBackend remote(Environment::Sandbox, api.url());
    remote.setApiKey(u"test_remotekey0123456789"_s);
    TraceView trace(&remote);
    trace.resize(900, 1200);
    trace.QWidget::show(); // TraceView::show() shows a trace
    trace.showDelivery(QString::fromLatin1(uuid));
    QTRY_VERIFY(trace.trace() != nullptr);
    QCOMPARE(api.requests().size(), 1);
    auto *none = trace.findChild<QLabel *>(u"traceNoWebhookAttempts"_s);
    QVERIFY(none && none->isVisibleTo(&trace));
    QVERIFY2(none->text().startsWith(u"Webhook attempts are unavailable"_s), qPrintable(none->text()));
    QVERIFY(none->toolTip().contains(u"no endpoint for webhook attempts"_s));
    QVERIFY(!trace.findChild<QPushButton *>(u"traceResendWebhook"_s)->isVisibleTo(&trace));

    WebhookAttemptsPanel panel;
    panel.setBackend(nullptr, remote.displayName());
    panel.reload(); // nothing to read: it stays unavailable, not empty and silent
    auto *note = panel.findChild<QLabel *>(u"webhookAttemptsNote"_s);
    QVERIFY(note->isVisibleTo(&panel));
    QVERIFY(note->text().startsWith(u"Attempts are unavailable"_s));
    QVERIFY(!note->toolTip().isEmpty());
    QVERIFY(!panel.findChild<QTableView *>(u"webhookAttemptsTable"_s)->isEnabled());
}

QTEST_MAIN(tst_RemoteUi)
#include "tst_remoteui.moc"
