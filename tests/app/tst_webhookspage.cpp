// The Webhooks page, driven offscreen through the real MainWindow beside a real local
// server on a real SQLite file (sharing the window's change notifier, as in the
// product): the endpoint is made through the page's widgets, the page's own listener
// receives what the server's dispatcher sends and checks each signature, test events,
// rotation, the attempts log with resend, deactivation, deletion, and the remote
// backend with its local-only actions off.
#include <backend/localbackend.h>
#include <deliveries/traceview.h>
#include <httpclient.h>
#include <remote/remotebackend.h>
#include <storage/database.h>
#include <stubservers.h>
#include <testserver.h>
#include <webhooklistener.h>
#include <webhooks/webhookattemptdetail.h>
#include <webhooks/webhookattemptsmodel.h>
#include <webhooks/webhooklistenermodel.h>
#include <webhooks/webhooklistenerpanel.h>
#include <webhooks/webhooksignature.h>
#include <webhooks/webhookspage.h>
#include <widgets/errorbanner.h>

#include <windowfixture.h>

#include <QtCore/QTimer>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTabWidget>

#include <chrono>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_WebhooksPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modelsPassTester();
    void createThroughWidgets();
    void listenerReceivesSignedSendEvents();
    void tamperedOrWrongSecretIsInvalid();
    void testEventAndAttemptsLogWithResend();
    void rotateAsksThenNewSecretVerifies();
    void deactivatedEndpointGetsNothing();
    void deleteAsksFirst();
    void localSecretShowsAgainRemoteOnce();
    void listenerStaysPut();
    void remoteBackendDisablesLocalOnly();
    void attemptDetailAfterAFailureAndRetry();

private:
    app::WebhooksPage *page() const { return m_app.window->findChild<app::WebhooksPage *>(u"webhooksPage"_s); }
    template <typename T>
    T *widget(const QString &name) const
    {
        T *w = m_app.window->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    void click(const QString &name)
    {
        auto *button = widget<QPushButton>(name);
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), qPrintable(name + u" is disabled"_s));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    // Starts the page's listener, puts its URL into the form and creates the endpoint.
    void createWithListener();
    QString send(const QString &to);
    // The confirmation box the page opened, found by object name.
    QMessageBox *box(const QString &name) const
    {
        QMessageBox *found = nullptr;
        (void)QTest::qWaitFor([&] { return (found = m_app.window->findChild<QMessageBox *>(name)) && found->isVisible(); }, 5000);
        return found;
    }
    int rowsWhere(const std::function<bool(const app::ReceivedWebhook &)> &match) const
    {
        int n = 0;
        for (int r = 0; r < page()->received()->rowCount(); ++r)
            n += match(*page()->received()->at(r)) ? 1 : 0;
        return n;
    }
    QString cell(QAbstractItemModel *model, int row, int column) const
    {
        return model->index(row, column).data().toString();
    }
    Json currentWebhook()
    {
        HttpClient http(kSandboxKey);
        return http.get(QUrl(m_app.url() + u"/v1/webhooks"_s)).json()["data"]["webhook"];
    }

    WindowWithServer m_app;
};

void tst_WebhooksPage::init()
{
    m_app.start(u"webhooksPage"_s, [](server::LocalServerOptions &options) {
        options.webhookRetrySchedule = {200ms, 200ms};
        options.webhookTimeout = 3000ms;
    });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(page());
    QTRY_VERIFY(page()->isLoaded());
}

void tst_WebhooksPage::cleanup()
{
    m_app.stop();
}

void tst_WebhooksPage::createWithListener()
{
    click(u"listenerToggle"_s);
    QTRY_VERIFY(page()->listener()->isListening());
    QVERIFY(!widget<QLineEdit>(u"listenerUrl"_s)->text().isEmpty());
    click(u"listenerUseUrl"_s);
    QCOMPARE(widget<QLineEdit>(u"webhookUrl"_s)->text(), page()->listener()->url().toString());
    QCOMPARE(widget<QPushButton>(u"webhookSave"_s)->text(), u"Create endpoint"_s);
    click(u"webhookSave"_s);
    QTRY_VERIFY(page()->endpoint().has_value());
    QVERIFY(page()->knownSecret().startsWith(u"whsec_"_s));
}

QString tst_WebhooksPage::send(const QString &to)
{
    HttpClient http(kSandboxKey);
    const HttpReply r = http.post(QUrl(m_app.url() + u"/v1/send/order.confirmed/email"_s),
                                  Json{{"to", toStd(to)}, {"payload", {{"order_id", 7}}}});
    const Json body = r.json();
    if (r.status != 200 || !body.contains("deliveries") || body["deliveries"].empty()) {
        qWarning("send answered %d: %s", r.status, r.body.constData());
        return {};
    }
    return toQt(body["deliveries"][0].begin().value().get<std::string>()); // [{"email": uuid}]
}

void tst_WebhooksPage::modelsPassTester()
{
    createWithListener();
    QAbstractItemModelTester listenerTester(page()->received(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester attemptsTester(page()->attempts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!send(u"jane@example.com"_s).isEmpty());
    QTRY_VERIFY(page()->received()->rowCount() >= 2); // sent, then delivered
    QTRY_VERIFY(page()->attempts()->rowCount() >= 2);
    click(u"listenerClear"_s);
    QCOMPARE(page()->received()->rowCount(), 0);
}

void tst_WebhooksPage::createThroughWidgets()
{
    auto *url = widget<QLineEdit>(u"webhookUrl"_s);
    QTRY_VERIFY(!widget<QPushButton>(u"webhookDelete"_s)->isEnabled());
    QVERIFY(!widget<QPushButton>(u"webhookSave"_s)->isEnabled()); // nothing typed yet
    QVERIFY(!widget<QPushButton>(u"webhookRotateSecret"_s)->isEnabled());
    QVERIFY(!widget<QPushButton>(u"webhookSendTest"_s)->isEnabled());
    url->setFocus();
    QTest::keyClicks(url, u"https://hooks.example.com/sendivent"_s);
    // Every event is ticked for a new endpoint; this one does not want complaints.
    auto *complained = widget<QCheckBox>(u"webhookEvent_complained"_s);
    QVERIFY(complained->isChecked());
    complained->setChecked(false);
    QVERIFY(page()->hasUnsavedChanges());
    click(u"webhookSave"_s);
    QTRY_VERIFY(page()->endpoint().has_value());
    QVERIFY(!page()->hasUnsavedChanges());

    const Json stored = currentWebhook();
    QCOMPARE(toQt(stored["url"].get<std::string>()), u"https://hooks.example.com/sendivent"_s);
    QCOMPARE(stored["enabled_events"].size(), 4u);
    QCOMPARE(stored["is_active"].get<bool>(), true);
    QVERIFY(!stored.contains("signing_secret")); // GET never shows it

    // The secret of the create is known for the session: hidden, then revealed and copied.
    auto *secret = widget<QLineEdit>(u"webhookSecret"_s);
    QVERIFY(page()->knownSecret().startsWith(u"whsec_"_s));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    click(u"webhookRevealSecret"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(secret->text(), page()->knownSecret());
    click(u"webhookCopySecret"_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), page()->knownSecret());
    QCOMPARE(widget<QPushButton>(u"webhookSave"_s)->text(), u"Save"_s);
    QVERIFY(widget<QPushButton>(u"webhookDelete"_s)->isEnabled());

    // A change is saved with PATCH; a bad URL is refused with the API's reason.
    url->selectAll();
    QTest::keyClicks(url, u"ftp://nope.example.com"_s);
    click(u"webhookSave"_s);
    QTRY_VERIFY(widget<app::ErrorBanner>(u"webhookErrors"_s)->isVisible());
    QVERIFY(widget<app::ErrorBanner>(u"webhookErrors"_s)->text().contains(u"url"_s));
    QCOMPARE(toQt(currentWebhook()["url"].get<std::string>()), u"https://hooks.example.com/sendivent"_s);
    click(u"webhookRevert"_s);
    QCOMPARE(url->text(), u"https://hooks.example.com/sendivent"_s);
    complained->setChecked(true);
    click(u"webhookSave"_s);
    QTRY_COMPARE(currentWebhook()["enabled_events"].size(), 5u);
}

void tst_WebhooksPage::listenerReceivesSignedSendEvents()
{
    createWithListener();
    QCOMPARE(toQt(currentWebhook()["url"].get<std::string>()), page()->listener()->url().toString());
    const QString uuid = send(u"jane@example.com"_s);
    QVERIFY(!uuid.isEmpty());
    const auto sentVerified = [&](const app::ReceivedWebhook &r) {
        return r.eventType == u"delivery.sent"_s && r.deliveryUuid == uuid
            && r.signature == app::ReceivedWebhook::Signature::Verified && r.request.status == 200;
    };
    QTRY_COMPARE(rowsWhere(sentVerified), 1);
    // The emulated provider reports delivery a moment later: a second signed event.
    QTRY_COMPARE(rowsWhere([&](const app::ReceivedWebhook &r) {
                     return r.eventType == u"delivery.delivered"_s && r.deliveryUuid == uuid
                         && r.signature == app::ReceivedWebhook::Signature::Verified;
                 }),
                 1);

    // The table says so, and the selected row shows the raw request.
    auto *table = widget<QTableView>(u"webhookReceivedTable"_s);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (cell(table->model(), r, app::WebhookListenerModel::EventColumn) == u"delivery.sent"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(cell(table->model(), row, app::WebhookListenerModel::SignatureColumn), u"Signature verified"_s);
    QCOMPARE(cell(table->model(), row, app::WebhookListenerModel::StatusColumn), u"200"_s);
    QCOMPARE(cell(table->model(), row, app::WebhookListenerModel::DeliveryColumn), uuid);
    table->setCurrentIndex(table->model()->index(row, 0));
    const QString raw = widget<QPlainTextEdit>(u"webhookRequestRaw"_s)->toPlainText();
    QVERIFY(raw.startsWith(u"POST /webhooks HTTP/1.1"_s));
    QVERIFY(raw.contains(u"webhook-signature: v1,"_s, Qt::CaseInsensitive));
    QVERIFY(raw.contains(uuid));
    QVERIFY(widget<QPlainTextEdit>(u"webhookRequestBody"_s)->toPlainText().contains(u"\"event\": \"delivery.sent\""_s));
    QVERIFY(widget<QLabel>(u"webhookRequestSummary"_s)->text().contains(u"Signature verified"_s));

    // Every column sorts (at most 500 requests, in memory); the selection stays on its request.
    QVERIFY(table->isSortingEnabled());
    table->sortByColumn(app::WebhookListenerModel::EventColumn, Qt::AscendingOrder);
    QCOMPARE(cell(table->model(), 0, app::WebhookListenerModel::EventColumn), u"delivery.delivered"_s);
    QCOMPARE(cell(table->model(), table->currentIndex().row(), app::WebhookListenerModel::EventColumn),
             u"delivery.sent"_s);
    QVERIFY(widget<QPlainTextEdit>(u"webhookRequestRaw"_s)->toPlainText().contains(uuid));
    // A row's menu copies what a support ticket needs.
    std::unique_ptr<QMenu> menu(page()->listenerPanel()->contextMenu(table->currentIndex().row()));
    QVERIFY(menu);
    menu->findChild<QAction *>(u"listenerMenuCopyDelivery"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), uuid);
    menu->findChild<QAction *>(u"listenerMenuCopyMessageId"_s)->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"msg_"_s));
    table->sortByColumn(app::WebhookListenerModel::TimeColumn, Qt::DescendingOrder);

    // Stopped: the port is closed.
    click(u"listenerToggle"_s);
    QVERIFY(!page()->listener()->isListening());
    QCOMPARE(widget<QPushButton>(u"listenerToggle"_s)->text(), u"Start listener"_s);
}

void tst_WebhooksPage::tamperedOrWrongSecretIsInvalid()
{
    createWithListener();
    const QString secret = page()->knownSecret();
    const QByteArray body = R"({"event":"delivery.sent","delivery":{"uuid":"forged"}})";
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto post = [&](const QString &signingSecret, const QByteArray &sentBody, const QByteArray &id) {
        const auto signature = webhooksignature::sign(signingSecret, QString::fromLatin1(id), now, body);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, page()->listener()->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /webhooks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nwebhook-id: " + id
                     + "\r\nwebhook-timestamp: " + QByteArray::number(now) + "\r\nwebhook-signature: "
                     + signature->toLatin1() + "\r\nContent-Length: " + QByteArray::number(sentBody.size())
                     + "\r\nConnection: close\r\n\r\n" + sentBody);
        QVERIFY(socket.waitForBytesWritten(5000));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    };
    const QString otherSecret = webhooksignature::generateSecret();
    post(otherSecret, body, "msg_wrongsecret");
    post(secret, QByteArray(body).replace("forged", "forgeD"), "msg_tampered");
    post(secret, body, "msg_good");
    QTRY_COMPARE(page()->received()->rowCount(), 3);
    const auto signatureOf = [&](const QString &id) {
        for (int r = 0; r < page()->received()->rowCount(); ++r) {
            if (page()->received()->at(r)->messageId == id)
                return cell(page()->received(), r, app::WebhookListenerModel::SignatureColumn);
        }
        return QString();
    };
    QCOMPARE(signatureOf(u"msg_wrongsecret"_s), u"Signature invalid"_s);
    QCOMPARE(signatureOf(u"msg_tampered"_s), u"Signature invalid"_s);
    QCOMPARE(signatureOf(u"msg_good"_s), u"Signature verified"_s);
}

void tst_WebhooksPage::testEventAndAttemptsLogWithResend()
{
    createWithListener();
    auto *tests = widget<QComboBox>(u"webhookTestEvent"_s);
    tests->setCurrentIndex(tests->findData(u"delivery.bounced"_s));
    click(u"webhookSendTest"_s);
    QTRY_COMPARE(rowsWhere([](const app::ReceivedWebhook &r) {
                     return r.eventType == u"delivery.bounced"_s
                         && r.signature == app::ReceivedWebhook::Signature::Verified
                         && r.request.body.contains("\"event_name\":\"webhook.test\"");
                 }),
                 1);
    QVERIFY(widget<QLabel>(u"webhookStatus"_s)->text().contains(u"delivery.bounced"_s));
    const QString messageId = page()->received()->at(0)->messageId;
    QVERIFY(messageId.startsWith(u"msg_"_s));

    // The attempts log shows the attempt with its status code, duration and answer.
    auto *tabs = widget<QTabWidget>(u"webhookTabs"_s);
    tabs->setCurrentIndex(1);
    auto *attempts = widget<QTableView>(u"webhookAttemptsTable"_s);
    QTRY_COMPARE(attempts->model()->rowCount(), 1);
    QCOMPARE(cell(attempts->model(), 0, app::WebhookAttemptsModel::EventColumn), u"delivery.bounced"_s);
    QCOMPARE(cell(attempts->model(), 0, app::WebhookAttemptsModel::StatusColumn), u"200"_s);
    QCOMPARE(cell(attempts->model(), 0, app::WebhookAttemptsModel::AttemptColumn), u"1"_s);
    QCOMPARE(cell(attempts->model(), 0, app::WebhookAttemptsModel::ResponseColumn), u"{\"received\":true}"_s);
    QVERIFY(cell(attempts->model(), 0, app::WebhookAttemptsModel::DurationColumn).endsWith(u" ms"_s));
    QCOMPARE(cell(attempts->model(), 0, app::WebhookAttemptsModel::ErrorColumn), QString());
    QVERIFY(widget<QLabel>(u"webhookAttemptsCount"_s)->text().contains(u"1 attempt"_s));

    // Resend: the same message (same webhook-id) arrives again, as attempt 2.
    QVERIFY(!widget<QPushButton>(u"webhookResend"_s)->isEnabled());
    attempts->setCurrentIndex(attempts->model()->index(0, 0));
    click(u"webhookResend"_s);
    QTRY_COMPARE(rowsWhere([&](const app::ReceivedWebhook &r) { return r.messageId == messageId; }), 2);
    QTRY_COMPARE(attempts->model()->rowCount(), 2);
    QCOMPARE(cell(attempts->model(), 0, app::WebhookAttemptsModel::AttemptColumn), u"2"_s);
    QCOMPARE(attempts->model()->index(0, 0).data(app::WebhookAttemptsModel::MessageIdRole).toString(), messageId);

    // A listener that is gone: the next attempt has no status and says why.
    click(u"listenerToggle"_s);
    QVERIFY(!page()->listener()->isListening());
    click(u"webhookSendTest"_s);
    QTRY_VERIFY(attempts->model()->rowCount() >= 3);
    QCOMPARE(cell(attempts->model(), 0, app::WebhookAttemptsModel::StatusColumn), u"no answer"_s);
    QVERIFY(!cell(attempts->model(), 0, app::WebhookAttemptsModel::ErrorColumn).isEmpty());
}

void tst_WebhooksPage::rotateAsksThenNewSecretVerifies()
{
    createWithListener();
    const QString oldSecret = page()->knownSecret();

    // Cancelled: nothing changes.
    click(u"webhookRotateSecret"_s);
    QMessageBox *ask = box(u"confirmWebhookRotate"_s);
    QVERIFY(ask);
    QVERIFY(ask->text().contains(u"stops working at once"_s));
    ask->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_app.window->findChild<QMessageBox *>(u"confirmWebhookRotate"_s));
    QCOMPARE(page()->knownSecret(), oldSecret);

    click(u"webhookRotateSecret"_s);
    ask = box(u"confirmWebhookRotate"_s);
    QVERIFY(ask);
    ask->findChild<QPushButton *>(u"confirmWebhookRotateButton"_s)->click();
    QTRY_VERIFY(page()->knownSecret() != oldSecret);
    const QString newSecret = page()->knownSecret();
    QVERIFY(newSecret.startsWith(u"whsec_"_s));

    click(u"webhookSendTest"_s);
    QTRY_COMPARE(page()->received()->rowCount(), 1);
    const app::ReceivedWebhook *r = page()->received()->at(0);
    QCOMPARE(r->signature, app::ReceivedWebhook::Signature::Verified);
    const webhooksignature::Headers headers{QString::fromLatin1(r->request.header("webhook-id")),
                                            QString::fromLatin1(r->request.header("webhook-timestamp")),
                                            QString::fromLatin1(r->request.header("webhook-signature"))};
    QVERIFY(webhooksignature::verify(newSecret, headers, r->request.body).ok());
    QVERIFY(!webhooksignature::verify(oldSecret, headers, r->request.body).ok());
}

void tst_WebhooksPage::deactivatedEndpointGetsNothing()
{
    createWithListener();
    auto *active = widget<QCheckBox>(u"webhookActive"_s);
    QVERIFY(active->isChecked());
    active->setChecked(false);
    click(u"webhookSave"_s);
    QTRY_COMPARE(currentWebhook()["is_active"].get<bool>(), false);
    QVERIFY(!widget<QPushButton>(u"webhookSendTest"_s)->isEnabled());

    const QString uuid = send(u"jane@example.com"_s);
    QVERIFY(!uuid.isEmpty());
    // The send's event and the provider's report have come and gone.
    QVERIFY(m_app.settle());
    QCOMPARE(page()->received()->rowCount(), 0);
    QCOMPARE(page()->attempts()->rowCount(), 0);

    // On again: events flow (so the silence above was the switch, not a broken listener).
    active->setChecked(true);
    click(u"webhookSave"_s);
    QTRY_COMPARE(currentWebhook()["is_active"].get<bool>(), true);
    click(u"webhookSendTest"_s);
    QTRY_COMPARE(page()->received()->rowCount(), 1);
    QCOMPARE(page()->received()->at(0)->signature, app::ReceivedWebhook::Signature::Verified);
}

void tst_WebhooksPage::deleteAsksFirst()
{
    createWithListener();
    click(u"webhookDelete"_s);
    QMessageBox *ask = box(u"confirmWebhookDelete"_s);
    QVERIFY(ask);
    ask->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_app.window->findChild<QMessageBox *>(u"confirmWebhookDelete"_s));
    QVERIFY(currentWebhook().is_object());

    click(u"webhookDelete"_s);
    ask = box(u"confirmWebhookDelete"_s);
    QVERIFY(ask);
    ask->findChild<QPushButton *>(u"confirmWebhookDeleteButton"_s)->click();
    QTRY_VERIFY(!page()->endpoint().has_value());
    QVERIFY(currentWebhook().is_null());
    QCOMPARE(widget<QPushButton>(u"webhookSave"_s)->text(), u"Create endpoint"_s);
    QVERIFY(page()->knownSecret().isEmpty());
    QVERIFY(!widget<QPushButton>(u"webhookRevealSecret"_s)->isEnabled());
}

// Issue 21: a local endpoint's secret is local test data: it shows again whenever asked,
// also when this session did not create it. A remote API keeps the show-once rule.
void tst_WebhooksPage::localSecretShowsAgainRemoteOnce()
{
    QVERIFY(page()->listener()->start(0).ok());
    HttpClient http(kSandboxKey);
    const HttpReply created = http.post(QUrl(m_app.url() + u"/v1/webhooks"_s),
                                        Json{{"url", toStd(page()->listener()->url().toString())}});
    QCOMPARE(created.status, 201);
    const QString secret = toQt(created.json()["data"]["webhook"]["signing_secret"].get<std::string>());
    QVERIFY(secret.startsWith(u"whsec_"_s));
    page()->reload();
    QTRY_VERIFY(page()->endpoint().has_value());
    QTRY_COMPARE(page()->knownSecret(), secret);
    QVERIFY(widget<QLabel>(u"webhookSecretHint"_s)->text().contains(u"whenever you need it"_s));
    click(u"webhookRevealSecret"_s);
    QCOMPARE(widget<QLineEdit>(u"webhookSecret"_s)->text(), secret);
    QCOMPARE(widget<QLineEdit>(u"webhookSecret"_s)->echoMode(), QLineEdit::Normal);
    click(u"webhookCopySecret"_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    QCOMPARE(widget<QPushButton>(u"webhookCopySecret"_s)->text(), u"Copied"_s);
    QTRY_COMPARE(widget<QPushButton>(u"webhookCopySecret"_s)->text(), u"Copy"_s);
    // The listener checks what arrives with it.
    click(u"webhookSendTest"_s);
    QTRY_COMPARE(page()->received()->rowCount(), 1);
    QCOMPARE(cell(page()->received(), 0, app::WebhookListenerModel::SignatureColumn), u"Signature verified"_s);

    // Through the API as a remote backend: reads do not carry it, the page does not know it.
    RemoteBackend remote(Environment::Sandbox, QUrl(m_app.url()));
    remote.setApiKey(kSandboxKey);
    page()->setBackend(&remote);
    QTRY_VERIFY(page()->isLoaded());
    QTRY_VERIFY(page()->endpoint().has_value());
    QVERIFY(page()->knownSecret().isEmpty());
    QCOMPARE(widget<QLineEdit>(u"webhookSecret"_s)->placeholderText(), u"Shown only when created or rotated"_s);
    QVERIFY(widget<QLabel>(u"webhookSecretHint"_s)->text().contains(u"Shown only when"_s));
    QVERIFY(!widget<QPushButton>(u"webhookRevealSecret"_s)->isEnabled());
    QVERIFY(!widget<QPushButton>(u"webhookCopySecret"_s)->isEnabled());
    page()->setBackend(m_app.backend.get());
}

// Issue 21: the listener keeps its port across restarts; an endpoint on a listener that
// is not running, or that moved, is said and fixed from the page.
void tst_WebhooksPage::listenerStaysPut()
{
    createWithListener();
    if (QTest::currentTestFailed())
        return;
    const quint16 port = quint16(page()->listener()->url().port());
    auto *notice = widget<QWidget>(u"webhookListenerNotice"_s);
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    // Remembered: the next console's listener asks for the same port.
    QCOMPARE(QSettings().value(u"webhooks/listenerPort"_s).toInt(), int(port));
    {
        app::WebhookListenerPanel next;
        QCOMPARE(next.findChild<QSpinBox *>(u"listenerPort"_s)->value(), int(port));
        QVERIFY(next.hasListenedOn(port));
    }

    // Stopped: the endpoint would send into nothing; the page says so and starts it again there.
    click(u"listenerToggle"_s);
    QTRY_VERIFY(!page()->listener()->isListening());
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(widget<QLabel>(u"webhookListenerNoticeText"_s)->text().contains(u"not running"_s),
             qPrintable(widget<QLabel>(u"webhookListenerNoticeText"_s)->text()));
    QVERIFY(widget<QPushButton>(u"webhookNoticeStartListener"_s)->isVisible());
    click(u"webhookNoticeStartListener"_s);
    QTRY_VERIFY(page()->listener()->isListening());
    QCOMPARE(page()->listener()->url().port(), int(port));
    QTRY_VERIFY(!notice->isVisible());

    // Restarted on another port: never silently dead — the page offers to move the endpoint.
    click(u"listenerToggle"_s);
    QTRY_VERIFY(!page()->listener()->isListening());
    const quint16 other = unusedPort();
    widget<QSpinBox>(u"listenerPort"_s)->setValue(other);
    click(u"listenerToggle"_s);
    QTRY_VERIFY(page()->listener()->isListening());
    QCOMPARE(page()->listener()->url().port(), int(other));
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(widget<QLabel>(u"webhookListenerNoticeText"_s)->text().contains(QString::number(other)),
             qPrintable(widget<QLabel>(u"webhookListenerNoticeText"_s)->text()));
    QVERIFY(!widget<QPushButton>(u"webhookNoticeStartListener"_s)->isVisible());
    click(u"webhookNoticePointEndpoint"_s);
    QTRY_COMPARE(toQt(currentWebhook()["url"].get<std::string>()), page()->listener()->url().toString());
    QTRY_VERIFY(!notice->isVisible());
    QCOMPARE(QSettings().value(u"webhooks/listenerPort"_s).toInt(), int(other));
    // And the events arrive there.
    click(u"webhookSendTest"_s);
    QTRY_VERIFY(page()->received()->rowCount() >= 1);

    // Stopped again, "Point endpoint at the listener" starts it and keeps the endpoint on it.
    click(u"listenerToggle"_s);
    QTRY_VERIFY(notice->isVisible());
    click(u"webhookNoticePointEndpoint"_s);
    QTRY_VERIFY(page()->listener()->isListening());
    QTRY_VERIFY(!notice->isVisible());
    QCOMPARE(toQt(currentWebhook()["url"].get<std::string>()), page()->listener()->url().toString());
}

void tst_WebhooksPage::remoteBackendDisablesLocalOnly()
{
    // The local server stands in for the remote API: the page goes through Backend only.
    RemoteBackend remote(Environment::Sandbox, QUrl(m_app.url()));
    remote.setApiKey(kSandboxKey);
    page()->setBackend(&remote);
    QVERIFY(widget<QLabel>(u"webhookNotice"_s)->isVisible());
    QVERIFY(widget<QLabel>(u"webhookNotice"_s)->text().contains(u"off here"_s));
    QVERIFY(widget<QLabel>(u"webhookAttemptsNote"_s)->text().contains(u"local server only"_s));
    QVERIFY(widget<QLabel>(u"webhookAttemptsNote"_s)->text().startsWith(u"Attempts are unavailable"_s));
    QVERIFY(widget<QLabel>(u"webhookAttemptsNote"_s)->toolTip().contains(u"no endpoint for webhook attempts"_s));
    QVERIFY(!widget<QComboBox>(u"webhookAttemptsOutcome"_s)->isEnabled());

    QTRY_VERIFY(page()->isLoaded());
    QVERIFY(!page()->endpoint().has_value());
    auto *url = widget<QLineEdit>(u"webhookUrl"_s);
    url->setFocus();
    QTest::keyClicks(url, u"https://remote.example.com/hook"_s);
    QTRY_VERIFY(widget<QPushButton>(u"webhookSave"_s)->isEnabled());
    click(u"webhookSave"_s);
    QTRY_VERIFY(page()->endpoint().has_value());
    QCOMPARE(toQt(currentWebhook()["url"].get<std::string>()), u"https://remote.example.com/hook"_s);
    QVERIFY(page()->knownSecret().startsWith(u"whsec_"_s)); // the create's answer carried it
    QVERIFY(widget<QPushButton>(u"webhookRevealSecret"_s)->isEnabled());
    QVERIFY(!widget<QPushButton>(u"webhookRotateSecret"_s)->isEnabled());
    QVERIFY(!widget<QPushButton>(u"webhookSendTest"_s)->isEnabled());
    QVERIFY(!widget<QPushButton>(u"webhookResend"_s)->isEnabled());
    QVERIFY(!widget<QTableView>(u"webhookAttemptsTable"_s)->isEnabled());

    widget<QCheckBox>(u"webhookActive"_s)->setChecked(false);
    click(u"webhookSave"_s);
    QTRY_COMPARE(currentWebhook()["is_active"].get<bool>(), false);
    click(u"webhookDelete"_s);
    QMessageBox *ask = box(u"confirmWebhookDelete"_s);
    QVERIFY(ask);
    ask->findChild<QPushButton *>(u"confirmWebhookDeleteButton"_s)->click();
    QTRY_VERIFY(currentWebhook().is_null());

    // Back to local: the local-only actions return.
    page()->setBackend(m_app.backend.get());
    QVERIFY(!widget<QLabel>(u"webhookNotice"_s)->isVisible());
    QVERIFY(widget<QTableView>(u"webhookAttemptsTable"_s)->isEnabled());
}

// A receiver that fails the first attempt with a big answer, then takes the retry:
// the detail shows each attempt as sent and as answered, the filters narrow the log,
// resend and "Open delivery" work from the detail.
void tst_WebhooksPage::attemptDetailAfterAFailureAndRetry()
{
    const QByteArray big(5000, 'x');
    ScriptedServer receiver([&big](const SeenRequest &) {
        static int seen = 0;
        return ++seen == 1 ? httpAnswer(500, "{\"error\":\"" + big + "\"}", {{"X-Stub", "first"}})
                           : httpAnswer(200, R"({"ok":true})", {{"X-Stub", "later"}});
    });
    WebhookInput input;
    input.url = receiver.url().toString() + u"/hooks"_s;
    input.enabledEvents = QStringList{u"delivery.sent"_s};
    const auto created = take(m_app.backend->createWebhook(input));
    QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().message));
    const QString secret = created->signingSecret;
    QVERIFY(!secret.isEmpty());
    const QString uuid = send(u"retried@example.com"_s);
    QVERIFY(!uuid.isEmpty());
    QTRY_COMPARE(receiver.requests().size(), 2); // failed, then retried after 200 ms

    widget<QTabWidget>(u"webhookTabs"_s)->setCurrentIndex(1);
    auto *attempts = widget<QTableView>(u"webhookAttemptsTable"_s);
    QTRY_COMPARE((page()->reloadAttempts(), attempts->model()->rowCount()), 2);

    // Filter: failed attempts only.
    auto *outcome = widget<QComboBox>(u"webhookAttemptsOutcome"_s);
    outcome->setCurrentIndex(outcome->findData(u"failed"_s));
    QTRY_COMPARE(attempts->model()->rowCount(), 1);
    attempts->setCurrentIndex(attempts->model()->index(0, 0));

    // The trace has a detail of its own: these are the Webhooks page's.
    auto *detail = page()->findChild<app::WebhookAttemptDetail *>(u"webhookAttemptDetail"_s);
    QVERIFY(detail);
    const auto label = [detail](const QString &name) { return detail->findChild<QLabel *>(name)->text(); };
    const auto text = [detail](const QString &name) {
        return detail->findChild<QPlainTextEdit *>(name)->toPlainText();
    };
    QCOMPARE(label(u"attemptDetailSummary"_s), u"Attempt 1 · delivery.sent · failed"_s);
    QCOMPARE(label(u"attemptDetailDelivery"_s), uuid);
    QCOMPARE(label(u"attemptDetailNextRetry"_s), u"none (message delivered)"_s); // retried and delivered since
    QCOMPARE(label(u"attemptDetailStatus"_s), u"500"_s);
    QVERIFY(label(u"attemptDetailDuration"_s).endsWith(u" ms"_s));
    QCOMPARE(label(u"attemptDetailMessage"_s), QString::fromLatin1(receiver.requests().at(0).header("webhook-id")));
    const QString request = text(u"attemptDetailRequest"_s);
    const SeenRequest first = receiver.requests().at(0); // a copy: the list grows
    QVERIFY2(request.startsWith(u"POST "_s + *input.url), qPrintable(request));
    for (const QByteArray &name : {QByteArray("webhook-id"), QByteArray("webhook-timestamp"),
                                  QByteArray("webhook-signature")}) {
        const QString line = QString::fromLatin1(name + ": " + first.header(name));
        QVERIFY2(request.contains(line), qPrintable(line + u" not in "_s + request));
    }
    QVERIFY(request.contains(QString::fromUtf8(first.body))); // the body as sent, byte for byte
    QVERIFY(!request.contains(secret)); // the signature is shown, never the secret
    const QString response = text(u"attemptDetailResponse"_s);
    QVERIFY2(response.startsWith(u"HTTP 500\n"_s), qPrintable(response));
    QVERIFY(response.contains(u"X-Stub: first"_s));
    QVERIFY(response.contains(u"xxxx"_s));
    QVERIFY(response.size() < 4096 + 600); // the body's first 4 KiB only
    QVERIFY2(label(u"attemptDetailTruncated"_s).startsWith(u"Truncated"_s),
             qPrintable(label(u"attemptDetailTruncated"_s)));

    // Other filters: event type and delivery.
    auto *event = widget<QComboBox>(u"webhookAttemptsEvent"_s);
    event->setCurrentIndex(event->findData(u"delivery.failed"_s));
    QTRY_COMPARE(attempts->model()->rowCount(), 0);
    QCOMPARE(label(u"attemptDetailSummary"_s).startsWith(u"Select"_s), true);
    event->setCurrentIndex(event->findData(u"delivery.sent"_s));
    outcome->setCurrentIndex(0);
    auto *delivery = widget<QLineEdit>(u"webhookAttemptsDelivery"_s);
    delivery->setText(u"00000000-0000-0000-0000-000000000000"_s);
    QTRY_COMPARE(attempts->model()->rowCount(), 0);
    delivery->setText(uuid);
    QTRY_COMPARE(attempts->model()->rowCount(), 2);

    // The context menu: "Filter by this delivery" fills the delivery filter.
    delivery->clear();
    QTRY_COMPARE(attempts->model()->rowCount(), 2);
    QTimer::singleShot(0, this, [this] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu && menu->objectName() == u"webhookAttemptsMenu"_s);
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text();
        QVERIFY2(texts.contains(u"Copy message id"_s), qPrintable(texts.join(u", "_s)));
        for (QAction *action : menu->actions()) {
            if (action->text() == u"Filter by this delivery"_s)
                action->trigger();
        }
        menu->close();
    });
    const QRect cell = attempts->visualRect(attempts->model()->index(1, 1));
    Q_EMIT attempts->customContextMenuRequested(cell.center());
    QTRY_COMPARE(delivery->text(), uuid);
    QTRY_COMPARE(attempts->model()->rowCount(), 2);

    // The delivered one, then resend it: a third request, same webhook-id.
    attempts->setCurrentIndex(attempts->model()->index(0, 0));
    QVERIFY(text(u"attemptDetailResponse"_s).startsWith(u"HTTP 200\n"_s));
    QVERIFY(label(u"attemptDetailTruncated"_s).startsWith(u"Response bodies are kept up to"_s));
    click(u"webhookResend"_s);
    QTRY_COMPARE(receiver.requests().size(), 3);
    QCOMPARE(receiver.requests().at(2).header("webhook-id"), first.header("webhook-id"));
    QTRY_COMPARE((page()->reloadAttempts(), attempts->model()->rowCount()), 3);

    // Open delivery: the window shows its trace.
    QTest::mouseClick(detail->findChild<QPushButton *>(u"attemptDetailOpenDelivery"_s), Qt::LeftButton);
    auto *trace = m_app.window->findChild<app::TraceView *>();
    QVERIFY(trace);
    QTRY_COMPARE(trace->uuid(), uuid);
}

QTEST_MAIN(tst_WebhooksPage)
#include "tst_webhookspage.moc"
