// The Server page against a real local server on its own thread (ServerController)
// and the GUI's own connection to its database: API keys created (shown once) and
// revoked (then refused), the limits switch (429 or not), the request inspector
// showing what came over HTTP, with filters, bodies and "copy as curl", and the
// proxy switch forwarding /v1 to a second server.
#include <server/apikeyspanel.h>
#include <server/journalmodel.h>
#include <server/journalview.h>
#include <server/servercontroller.h>
#include <server/serverpage.h>

#include <apikeydialog.h>

#include <backend/datasource.h>
#include <backend/localbackend.h>
#include <changenotifier.h>
#include <emulation/clock.h>
#include <httpclient.h>
#include <idleprobe.h>
#include <remote/credentialstore.h>
#include <services.h>
#include <storage/database.h>
#include <testserver.h>

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QClipboard>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFrame>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTreeWidget>

using namespace sendivent;
using namespace sendivent::app;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

QMessageBox *openBox(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible() && box->objectName() == objectName)
            return box;
    }
    return nullptr;
}

QAbstractButton *buttonWithText(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class tst_ServerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createsAKeyShownOnceAndRevokesIt();
    void limitsSwitchChangesTheAnswers();
    void inspectorShowsRequestsNewestFirst();
    void inspectorFilters();
    void copiesARequestAsCurl();
    void curlQuotesForTheShell();
    void inspectorShowsRedactedHeaders();
    void replayAsksThenSendsWithTheConsolesKey();
    void copiedSnippetsRun();
    void journalModelIsAModel();
    void proxySwitchForwardsToAnotherServer();
    void productionProxyIsConfirmed();
    void namedProxyAsksForTheKeyOnce();

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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<ServerController> m_controller;
    std::unique_ptr<LocalBackend> m_backend; // over the controller's services, on their thread
    std::unique_ptr<ServerPage> m_page;
};

void tst_ServerPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    server::LocalServerOptions options;
    options.dataDir = m_dir->path();
    options.port = 0;
    options.apiKeys = {kSandboxKey, kProductionKey};
    options.limits = true;
    m_notifier = std::make_unique<ChangeNotifier>();
    m_controller = std::make_unique<ServerController>(options, m_notifier.get());
    const Status started = m_controller->start();
    QVERIFY2(started.ok(), started ? "" : qPrintable(started.error().message));
    QVERIFY(m_controller->services());
    m_backend = std::make_unique<LocalBackend>(*m_controller->services());

    m_page = std::make_unique<ServerPage>();
    m_page->setServerStatus(m_controller->url(), true);
    m_page->setController(m_controller.get());
    m_page->setLocal(m_backend.get());
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_ServerPage::cleanup()
{
    m_page.reset();
    m_backend.reset();
    m_controller.reset();
    m_notifier.reset();
    m_dir.reset();
}

void tst_ServerPage::createsAKeyShownOnceAndRevokesIt()
{
    find<QTabWidget>(u"serverTabs"_s)->setCurrentWidget(m_page->keys());
    auto *table = find<QTreeWidget>(u"keysTable"_s);
    auto *panel = find<QFrame>(u"newKeyPanel"_s);
    QTRY_COMPARE(table->topLevelItemCount(), 0); // --api-key keys are for the run only, not listed
    QVERIFY(!panel->isVisible());

    find<QLineEdit>(u"keyLabel"_s)->setText(u"CI"_s);
    find<QPushButton>(u"keyCreate"_s)->click();
    const QString key = find<QLineEdit>(u"newKey"_s)->text();
    QVERIFY2(key.startsWith(u"test_"_s) && key.size() == 37, qPrintable(key));
    QVERIFY(panel->isVisible());
    QTRY_COMPARE(table->topLevelItemCount(), 1);
    QCOMPARE(table->topLevelItem(0)->text(1), u"CI"_s);
    QVERIFY(key.startsWith(table->topLevelItem(0)->text(0).chopped(1))); // the prefix, then "…"
    QVERIFY(!table->topLevelItem(0)->text(0).contains(key));

    find<QPushButton>(u"newKeyCopy"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    // Shown once: dismissed, it is nowhere on the page any more.
    find<QPushButton>(u"newKeyDone"_s)->click();
    QVERIFY(!panel->isVisible());
    QVERIFY(find<QLineEdit>(u"newKey"_s)->text().isEmpty());

    HttpClient client(key);
    QCOMPARE(client.get(url(u"/v1/events"_s)).status, 200);

    table->setCurrentItem(table->topLevelItem(0));
    auto *revoke = find<QPushButton>(u"keyRevoke"_s);
    QVERIFY(revoke->isEnabled());
    // It asks first; Cancel keeps the key.
    revoke->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openBox(u"confirmRevoke"_s)) != nullptr);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!openBox(u"confirmRevoke"_s));
    QTRY_COMPARE(table->topLevelItemCount(), 1);
    QCOMPARE(client.get(url(u"/v1/events"_s)).status, 200);

    table->setCurrentItem(table->topLevelItem(0));
    revoke->click();
    QTRY_VERIFY((box = openBox(u"confirmRevoke"_s)) != nullptr);
    buttonWithText(box, u"Revoke"_s)->click();
    QTRY_COMPARE(table->topLevelItemCount(), 0);
    QTRY_COMPARE(client.get(url(u"/v1/events"_s)).status, 401);
    QCOMPARE(HttpClient(kSandboxKey).get(url(u"/v1/events"_s)).status, 200);
}

void tst_ServerPage::limitsSwitchChangesTheAnswers()
{
    auto *limits = find<QCheckBox>(u"serverLimits"_s);
    QVERIFY(limits->isChecked());
    HttpClient client(kSandboxKey);
    // The sandbox allows 10 requests a second. The clock stands still, so 25 quick
    // ones fall in one window whatever the machine's speed: 15 are refused.
    Clock &clock = m_controller->services()->clock;
    clock.freeze();
    QVERIFY(clock.advance(1000).ok()); // a window of its own
    const auto limited = [&] {
        int refused = 0;
        for (int i = 0; i < 25; ++i)
            refused += client.get(url(u"/v1/events"_s)).status == 429;
        return refused;
    };
    QCOMPARE(limited(), 15);

    limits->click();
    QVERIFY(!limits->isChecked());
    QTRY_VERIFY(!m_controller->limitsEnabled());
    QCOMPARE(limited(), 0);

    limits->click();
    QTRY_VERIFY(m_controller->limitsEnabled());
    QVERIFY(clock.advance(1000).ok()); // a fresh window
    QCOMPARE(limited(), 15);
}

void tst_ServerPage::inspectorShowsRequestsNewestFirst()
{
    HttpClient client(kSandboxKey);
    QCOMPARE(client.get(url(u"/v1/events"_s)).status, 200);
    QCOMPARE(client.post(url(u"/v1/contacts"_s), Json {{"email", "inspect@example.com"}, {"name", "Inez"}}).status,
             201);
    auto *table = find<QTableView>(u"journalTable"_s);
    // Fed by the controller's exchangesFinished signal, no polling by the test.
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, JournalModel::MethodColumn).data().toString(), u"POST"_s);
    QCOMPARE(table->model()->index(0, JournalModel::PathColumn).data().toString(), u"/v1/contacts"_s);
    QCOMPARE(table->model()->index(0, JournalModel::StatusColumn).data().toInt(), 201);
    QCOMPARE(table->model()->index(1, JournalModel::MethodColumn).data().toString(), u"GET"_s);

    QVERIFY(m_page->journal()->selectRow(0));
    auto *request = find<QPlainTextEdit>(u"journalRequestBody"_s);
    auto *response = find<QPlainTextEdit>(u"journalResponseBody"_s);
    QVERIFY(request->toPlainText().contains(u"\"email\": \"inspect@example.com\""_s)); // indented for reading
    QVERIFY(response->toPlainText().contains(u"\"contact\""_s));
    QVERIFY(find<QLabel>(u"journalSummary"_s)->text().contains(u"201"_s));

    // The selection stays on its request when newer ones arrive on top.
    QCOMPARE(client.get(url(u"/v1/contacts/inspect%40example.com"_s)).status, 200);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(request->toPlainText().contains(u"inspect@example.com"_s));
}

void tst_ServerPage::inspectorFilters()
{
    HttpClient client(kSandboxKey);
    client.get(url(u"/v1/events"_s));
    client.get(url(u"/v1/contacts/nobody%40example.com"_s)); // 404
    client.post(url(u"/v1/contacts"_s), Json {{"email", "filter@example.com"}});
    auto *table = find<QTableView>(u"journalTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 3);

    auto *method = find<QComboBox>(u"journalMethod"_s);
    method->setCurrentIndex(method->findData(u"POST"_s));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    method->setCurrentIndex(0);
    auto *status = find<QComboBox>(u"journalStatus"_s);
    status->setCurrentIndex(status->findData(4));
    QTRY_VERIFY(table->model()->rowCount() == 1
                && table->model()->index(0, JournalModel::StatusColumn).data().toInt() == 404);
    status->setCurrentIndex(status->findData(2));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    status->setCurrentIndex(0);
    find<QLineEdit>(u"journalPath"_s)->setText(u"events"_s);
    QTRY_VERIFY(table->model()->rowCount() == 1
                && table->model()->index(0, JournalModel::PathColumn).data().toString() == u"/v1/events"_s);
}

void tst_ServerPage::copiesARequestAsCurl()
{
    HttpClient client(kSandboxKey);
    client.post(url(u"/v1/contacts"_s), Json {{"email", "curl@example.com"}, {"name", "O'Brien"}});
    QTRY_COMPARE(m_page->journal()->rowCount(), 1);
    auto *copy = find<QPushButton>(u"journalCopyCurl"_s);
    QVERIFY(!copy->isEnabled());
    QVERIFY(m_page->journal()->selectRow(0));
    QVERIFY(copy->isEnabled());
    copy->click();
    const QString curl = QGuiApplication::clipboard()->text();
    QCOMPARE(curl, m_page->journal()->curlForSelection());
    QVERIFY2(curl.startsWith(u"curl -X POST '%1/v1/contacts'"_s.arg(m_controller->url())), qPrintable(curl));
    QVERIFY(curl.contains(u"-H \"Authorization: Bearer $SENDIVENT_API_KEY\""_s));
    QVERIFY(curl.contains(u"-H 'Content-Type: application/json'"_s));
    QVERIFY(curl.contains(u"curl@example.com"_s));
    QVERIFY(curl.contains(u"O'\"'\"'Brien"_s));
    QVERIFY(!curl.contains(kSandboxKey));
}

void tst_ServerPage::curlQuotesForTheShell()
{
    JournalEntry e;
    e.method = u"GET"_s;
    e.path = u"/v1/contacts/team/42 b"_s; // decoded, as the journal keeps it
    e.query = u"search=%2B46"_s;
    QCOMPARE(curlCommand(e, u"http://127.0.0.1:8787"_s),
             u"curl 'http://127.0.0.1:8787/v1/contacts/team/42%20b?search=%2B46' \\\n"
             u"  -H \"Authorization: Bearer $SENDIVENT_API_KEY\""_s);
    e.method = u"DELETE"_s;
    e.query.clear();
    e.requestBody = R"({"token":"it's"})";
    QCOMPARE(curlCommand(e, u"http://h"_s),
             u"curl -X DELETE 'http://h/v1/contacts/team/42%20b' \\\n"
             u"  -H \"Authorization: Bearer $SENDIVENT_API_KEY\" \\\n  -H 'Content-Type: application/json' \\\n"
             u"  --data-raw '{\"token\":\"it'\"'\"'s\"}'"_s);
}

void tst_ServerPage::inspectorShowsRedactedHeaders()
{
    HttpClient client(kSandboxKey);
    const HttpReply r = client.send("GET", url(u"/v1/events"_s), {}, {{"Cookie", "sid=cookie-secret-value"}});
    QCOMPARE(r.status, 200);
    QTRY_COMPARE(m_page->journal()->rowCount(), 1);
    QVERIFY(m_page->journal()->selectRow(0));
    const QString request = find<QPlainTextEdit>(u"journalRequestHeaders"_s)->toPlainText();
    QVERIFY2(request.contains(u"Authorization: Bearer test_…"_s + kSandboxKey.right(4) + u'\n'), qPrintable(request));
    QVERIFY2(request.contains(u"Cookie: [redacted]\n"_s), qPrintable(request));
    const QString response = find<QPlainTextEdit>(u"journalResponseHeaders"_s)->toPlainText();
    QVERIFY2(response.contains(u"X-Request-Id: "_s + QString::fromLatin1(r.header("X-Request-Id"))), qPrintable(response));
    QVERIFY(response.contains(u"Content-Type: application/json"_s));
    const QString summary = find<QLabel>(u"journalSummary"_s)->text();
    QVERIFY2(summary.startsWith(u"GET /v1/events → 200 in "_s), qPrintable(summary));
    QVERIFY(summary.contains(u"sandbox"_s));
    // Nowhere in the inspector, nor in any snippet it writes.
    for (const QObject *o : m_page->journal()->findChildren<QObject *>()) {
        QString shown;
        if (const auto *e = qobject_cast<const QPlainTextEdit *>(o))
            shown = e->toPlainText();
        else if (const auto *l = qobject_cast<const QLabel *>(o))
            shown = l->text() + l->toolTip();
        QVERIFY2(!shown.contains(kSandboxKey) && !shown.contains(u"cookie-secret-value"_s),
                 qPrintable(o->objectName()));
    }
    for (const QString &snippet : {m_page->journal()->curlForSelection(), m_page->journal()->httpieForSelection(),
                                   m_page->journal()->fetchForSelection()})
        QVERIFY(!snippet.contains(kSandboxKey));

    // The context menu: "Copy request id", and "Filter by this path" fills the path filter.
    client.get(url(u"/v1/integrations"_s));
    QTRY_COMPARE(m_page->journal()->rowCount(), 2);
    auto *table = find<QTableView>(u"journalTable"_s);
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu && menu->objectName() == u"journalMenu"_s);
        for (QAction *action : menu->actions()) {
            if (action->text() == u"Filter by this path"_s)
                action->trigger();
        }
        menu->close();
    });
    Q_EMIT table->customContextMenuRequested(table->visualRect(table->model()->index(1, 2)).center());
    QCOMPARE(find<QLineEdit>(u"journalPath"_s)->text(), u"/v1/events"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
}

void tst_ServerPage::replayAsksThenSendsWithTheConsolesKey()
{
    m_page->setApiKey(kSandboxKey);
    HttpClient client(kSandboxKey);
    QCOMPARE(client.post(url(u"/v1/contacts"_s), Json{{"email", "replay@example.com"}}).status, 201);
    HttpClient live(kProductionKey);
    QCOMPARE(live.get(url(u"/v1/events"_s)).status, 200);
    QTRY_COMPARE(m_page->journal()->rowCount(), 2);
    auto *replay = find<QPushButton>(u"journalReplay"_s);

    // The console has no production key: that request cannot be replayed.
    QVERIFY(m_page->journal()->selectRow(0));
    QCOMPARE(m_page->journal()->selected()->environment, u"production"_s);
    QVERIFY(!replay->isEnabled());
    QVERIFY(replay->toolTip().contains(u"no production key"_s));

    QVERIFY(m_page->journal()->selectRow(1));
    QCOMPARE(m_page->journal()->selected()->method, u"POST"_s);
    QVERIFY(replay->isEnabled());
    // Cancelled: nothing is sent.
    QTest::mouseClick(replay, Qt::LeftButton);
    QMessageBox *ask = nullptr;
    QTRY_VERIFY((ask = openBox(u"confirmJournalReplay"_s)) != nullptr);
    QVERIFY2(ask->text().contains(u"POST /v1/contacts"_s), qPrintable(ask->text()));
    QVERIFY(ask->text().contains(u"sandbox"_s));
    ask->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!openBox(u"confirmJournalReplay"_s));
    QVERIFY(settle(*m_controller->services()));
    onServerThread(*m_controller->services(), [services = m_controller->services()] { services->settle(); });
    m_page->journal()->reload();
    QCOMPARE(m_page->journal()->rowCount(), 2);

    // Confirmed: a new request, with the sandbox key, in the journal.
    QSignalSpy replayed(m_page->journal(), &JournalView::replayed);
    QTest::mouseClick(replay, Qt::LeftButton);
    QTRY_VERIFY((ask = openBox(u"confirmJournalReplay"_s)) != nullptr);
    ask->findChild<QPushButton *>(u"confirmJournalReplayButton"_s)->click();
    QTRY_COMPARE(replayed.size(), 1);
    const int status = replayed.at(0).at(0).toInt();
    const QString requestId = replayed.at(0).at(1).toString();
    QCOMPARE(status, 200); // the same contact again (an upsert): the API took it, authenticated
    QVERIFY(find<QLabel>(u"journalReplayResult"_s)->text().contains(requestId));
    QTRY_COMPARE(m_page->journal()->rowCount(), 3);
    QVERIFY(m_page->journal()->selectRow(0));
    QCOMPARE(m_page->journal()->selected()->requestId, requestId);
    QCOMPARE(m_page->journal()->selected()->environment, u"sandbox"_s);
    QCOMPARE(m_page->journal()->selected()->requestBody, QByteArray(R"({"email":"replay@example.com"})"));
}

void tst_ServerPage::copiedSnippetsRun()
{
    HttpClient client(kSandboxKey);
    QCOMPARE(client.post(url(u"/v1/contacts"_s), Json{{"email", "snippet@example.com"}, {"name", "O'Hara"}}).status,
             201);
    QTRY_COMPARE(m_page->journal()->rowCount(), 1);
    QVERIFY(m_page->journal()->selectRow(0));
    const QString base = m_controller->url();

    QTest::mouseClick(find<QPushButton>(u"journalCopyHttpie"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"http POST '%1/v1/contacts' \\\n  \"Authorization:Bearer $SENDIVENT_API_KEY\" \\\n"
             u"  Content-Type:application/json \\\n  --raw '{\"email\":\"snippet@example.com\",\"name\":\"O'\"'\"'Hara\"}'"_s
                 .arg(base));
    QTest::mouseClick(find<QPushButton>(u"journalCopyFetch"_s), Qt::LeftButton);
    const QString fetch = QGuiApplication::clipboard()->text();
    QVERIFY2(fetch.startsWith(u"const response = await fetch(\"%1/v1/contacts\", {\n  method: \"POST\",\n"_s.arg(base)),
             qPrintable(fetch));
    QVERIFY(fetch.contains(u"Authorization: `Bearer ${process.env.SENDIVENT_API_KEY}`"_s));
    QTest::mouseClick(find<QPushButton>(u"journalCopyCurl"_s), Qt::LeftButton);
    const QString curl = QGuiApplication::clipboard()->text();

    // Run them: each is answered as the first was, with the key from the environment.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SENDIVENT_API_KEY"_s, kSandboxKey);
    const auto run = [&env](const QString &program, const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(30000))
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    // Both are installed by scripts/install-deps.sh: a missing one fails, never skips.
    QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is missing (scripts/install-deps.sh)");
    QVERIFY2(!QStandardPaths::findExecutable(u"node"_s).isEmpty(), "node is missing (scripts/install-deps.sh)");
    const QString curlOut = run(u"sh"_s, {u"-c"_s, curl + u" -sS -w ' %{http_code}'"_s});
    QVERIFY2(curlOut.endsWith(u" 200"_s), qPrintable(curlOut));
    QVERIFY(curlOut.contains(u"\"name\":\"O'Hara\""_s));
    {
        QTemporaryDir dir;
        QFile script(dir.filePath(u"fetch.mjs"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(fetch.toUtf8());
        script.close();
        const QString nodeOut = run(u"node"_s, {script.fileName()});
        QVERIFY2(nodeOut.startsWith(u"200 "_s), qPrintable(nodeOut));
        QVERIFY(nodeOut.contains(u"snippet@example.com"_s));
    }
    QTRY_COMPARE(m_page->journal()->rowCount(), 3);
    m_page->journal()->selectRow(0);
    QCOMPARE(m_page->journal()->selected()->environment, u"sandbox"_s);
}

void tst_ServerPage::journalModelIsAModel()
{
    JournalModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JournalEntry a;
    a.id = 2;
    a.method = u"POST"_s;
    a.path = u"/v1/send/x"_s;
    a.status = 502;
    a.requestId = u"req_a"_s;
    a.createdAt = QDateTime::currentDateTimeUtc();
    JournalEntry b = a;
    b.id = 1;
    b.status = 200;
    b.requestId = u"req_b"_s;
    model.setEntries({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(JournalModel::ColumnCount));
    QCOMPARE(model.rowOf(u"req_b"_s), 1);
    QCOMPARE(model.index(0, JournalModel::StatusColumn).data(JournalModel::SortRole).toInt(), 502);
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_ServerPage::proxySwitchForwardsToAnotherServer()
{
    TestServer remote;
    QVERIFY2(remote.start(), qPrintable(remote.lastError()));
    QCOMPARE(HttpClient(kSandboxKey).post(remote.url(u"/v1/contacts"_s), Json {{"email", "far@example.com"}}).status,
             201);
    HttpClient client(kSandboxKey);
    QCOMPARE(client.get(url(u"/v1/contacts/far%40example.com"_s)).status, 404);

    auto *mode = find<QComboBox>(u"proxyMode"_s);
    mode->setCurrentIndex(mode->findData(u"url"_s));
    QVERIFY(find<QLineEdit>(u"proxyUrl"_s)->isVisible());
    // A key of no environment is refused before anything changes.
    find<QLineEdit>(u"proxyUrl"_s)->setText(remote.url(QString()).toString());
    find<QLineEdit>(u"proxyKey"_s)->setText(u"nokey"_s);
    find<QPushButton>(u"proxyApply"_s)->click();
    QVERIFY(find<QLabel>(u"proxyState"_s)->text().contains(u"test_"_s));
    QVERIFY(m_controller->proxyUrl().isEmpty());

    find<QLineEdit>(u"proxyKey"_s)->setText(kSandboxKey);
    find<QPushButton>(u"proxyApply"_s)->click();
    QTRY_COMPARE(m_controller->proxyUrl(), remote.url(QString()));
    QVERIFY(find<QLabel>(u"proxyState"_s)->text().contains(u"Forwarding /v1 to"_s));
    const HttpReply forwarded = client.get(url(u"/v1/contacts/far%40example.com"_s));
    QCOMPARE(forwarded.status, 200);
    QVERIFY(forwarded.header("X-Remote-Request-Id").startsWith("req_"));
    // The proxied request is in the local journal too.
    QTRY_VERIFY(m_page->journal()->rowCount() >= 1);

    mode->setCurrentIndex(mode->findData(u"off"_s));
    QVERIFY(!find<QLineEdit>(u"proxyUrl"_s)->isVisible());
    find<QPushButton>(u"proxyApply"_s)->click();
    QTRY_VERIFY(m_controller->proxyUrl().isEmpty());
    QVERIFY(find<QLabel>(u"proxyState"_s)->text().startsWith(u"Off"_s));
    QCOMPARE(client.get(url(u"/v1/contacts/far%40example.com"_s)).status, 404);
}

void tst_ServerPage::productionProxyIsConfirmed()
{
    TestServer remote;
    QVERIFY2(remote.start(), qPrintable(remote.lastError()));
    auto *mode = find<QComboBox>(u"proxyMode"_s);
    mode->setCurrentIndex(mode->findData(u"url"_s));
    find<QLineEdit>(u"proxyUrl"_s)->setText(remote.url(QString()).toString());
    find<QLineEdit>(u"proxyKey"_s)->setText(kProductionKey); // live_: production
    find<QPushButton>(u"proxyApply"_s)->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openBox(u"confirmProductionProxy"_s)) != nullptr);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!openBox(u"confirmProductionProxy"_s));
    // A change would have been queued to the server's thread before this, and its
    // answer posted back before this returns.
    onServerThread(*m_controller->services(), [] {});
    QCoreApplication::processEvents();
    QVERIFY(m_controller->proxyUrl().isEmpty());

    find<QPushButton>(u"proxyApply"_s)->click();
    QTRY_VERIFY((box = openBox(u"confirmProductionProxy"_s)) != nullptr);
    buttonWithText(box, u"Forward to production"_s)->click();
    QTRY_COMPARE(m_controller->proxyUrl(), remote.url(QString()));
    // The remote sees the production key: its deliveries list is production's.
    const HttpReply listed = HttpClient(kSandboxKey).get(url(u"/v1/events"_s));
    QCOMPARE(listed.status, 200);
    QVERIFY(listed.header("X-Remote-Request-Id").startsWith("req_"));
}

void tst_ServerPage::namedProxyAsksForTheKeyOnce()
{
    // "Sandbox API" goes where the data source's sandbox is (--remote-url or the
    // Settings page), with the key of the keychain — asked for when there is none.
    TestServer remote;
    QVERIFY2(remote.start(), qPrintable(remote.lastError()));
    CredentialStore credentials(u"com.sendivent.Console.tests.serverpage"_s);
    DataSource source(m_backend.get(), &credentials);
    source.setRemoteUrl(Environment::Sandbox, remote.url(QString()));
    m_page->setDataSource(&source);

    auto *mode = find<QComboBox>(u"proxyMode"_s);
    mode->setCurrentIndex(mode->findData(u"sandbox"_s));
    QVERIFY(!find<QLineEdit>(u"proxyUrl"_s)->isVisible());
    find<QPushButton>(u"proxyApply"_s)->click();
    ApiKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<ApiKeyDialog *>(w); d && d->isVisible())
                return d;
        }
        return static_cast<ApiKeyDialog *>(nullptr);
    }()) != nullptr);
    dialog->findChild<QLineEdit *>(u"apiKey"_s)->setText(kSandboxKey);
    dialog->accept();
    QTRY_COMPARE(m_controller->proxyUrl(), remote.url(QString()));
    QVERIFY(HttpClient(kSandboxKey).get(url(u"/v1/events"_s)).header("X-Remote-Request-Id").startsWith("req_"));

    // Off and on again: the key is known now (keychain, or this session's memory).
    mode->setCurrentIndex(mode->findData(u"off"_s));
    find<QPushButton>(u"proxyApply"_s)->click();
    QTRY_VERIFY(m_controller->proxyUrl().isEmpty());
    mode->setCurrentIndex(mode->findData(u"sandbox"_s));
    find<QPushButton>(u"proxyApply"_s)->click();
    QTRY_COMPARE(m_controller->proxyUrl(), remote.url(QString()));
    m_page->setDataSource(nullptr);
}

QTEST_MAIN(tst_ServerPage)
#include "tst_serverpage.moc"
