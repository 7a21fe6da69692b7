// Not a test: builds the real window over the demo workspace, with a real local
// server, and saves a PNG of each page and of the studio's previews per channel.
// tests/screenshots.sh runs it under Xvfb; the PNGs go to docs/screenshots/.
//
//   sendivent-screenshots OUTPUT_DIR [--dark] [--lang sv] [--key-pages WIDTHxHEIGHT]
//
// With --key-pages, only the pages a user lives in, at that window size, into
// OUTPUT_DIR/WIDTHxHEIGHT/ (issue 21: 1440×900 and 1024×700, light and dark).
#include <backend/localbackend.h>
#include <backend/localoperations.h>
#include <changenotifier.h>
#include <contacts/contactsdialog.h>
#include <contacts/contactspage.h>
#include <emulation/clock.h>
#include <gotoanything.h>
#include <httpclient.h>
#include <mainwindow.h>
#include <server/apikeyspanel.h>
#include <server/journalview.h>
#include <server/servercontroller.h>
#include <server/serverpage.h>
#include <services.h>
#include <storage/database.h>
#include <stubservers.h>
#include <studio/emailhtmlview.h>
#include <studio/emailpreview.h>
#include <studio/templatefieldseditor.h>
#include <studio/templatestudiopage.h>
#include <testserver.h>
#include <webhooklistener.h>
#include <webhooks/webhooklistenermodel.h>
#include <webhooks/webhooksignature.h>
#include <webhooks/webhookspage.h>
#include <widgets/codeeditor.h>
#include <widgets/theme.h>
#include <workspace/integrationspage.h>

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtGui/QPainter>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>

#include <cstdio>
#include <numeric>

using namespace sendivent;

namespace {

// A send's answer comes after the writer's commit, through this thread's event loop
// when the services live on it (as here): turn the loop until it has come, rather than
// block in result().
template <typename T>
T answerOf(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.result();
}


// Lets the debounced preview render and paint before a picture is taken.
void settle(int ms = 600)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool shoot(QWidget *window, const QDir &out, const QString &name)
{
    settle();
    const QString path = out.filePath(name + QStringLiteral(".png"));
    const bool ok = window->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

// Waits (up to 20 s) for the email preview's engine to finish a rendering, then for it
// to paint: the first one starts the browser engine.
void waitForEmail(app::MainWindow &window, const QString &marker)
{
    auto *studio = window.findChild<QWidget *>(QStringLiteral("templateStudioPage"));
    auto *html = studio ? studio->findChild<app::EmailHtmlView *>(QStringLiteral("emailHtml")) : nullptr;
    for (int i = 0; i < 200 && html && !html->renderedText().contains(marker); ++i)
        settle(100);
    settle(900);
}

// An order email as many shops send it: tables and inline styles, a remote logo, and
// a dark-mode style sheet (issue 20's preview screenshots).
const char *kPreviewEmail = R"(<!DOCTYPE html>
<html><head><meta name="color-scheme" content="light dark"><style>
  body { margin:0; background:#f2f4f7; font-family: Helvetica, Arial, sans-serif; color:#1d2939; }
  .card { background:#ffffff; border-radius:8px; }
  .muted { color:#667085; }
  .cta { background:#0b57d0; color:#ffffff; border-radius:6px; padding:12px 22px; text-decoration:none; display:inline-block; font-weight:bold; }
  @media (prefers-color-scheme: dark) {
    body, .outer { background:#0b1220 !important; color:#e4e7ec !important; }
    .card { background:#172033 !important; }
    .muted { color:#98a2b3 !important; }
    .cta { background:#5b8def !important; color:#0b1220 !important; }
  }
  @media (max-width: 480px) { .card { border-radius:0; } .pad { padding:20px 16px !important; } }
</style></head>
<body><table role="presentation" class="outer" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f4f7"><tr><td align="center" style="padding:20px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;">
<tr><td align="center" style="padding:4px 0 16px;"><img src="https://cdn.acme.test/logo.png" width="120" height="36" alt="Acme Shop" style="font-weight:bold;font-size:18px;"></td></tr>
<tr><td class="card pad" style="padding:28px;">
  <h1 style="margin:0 0 10px;font-size:24px;">Thanks, {{contact.name}}!</h1>
  <p style="margin:0 0 16px;line-height:22px;">Order <b>#{{payload.order_id}}</b> is confirmed. We will email you again when it ships.</p>
  <table role="presentation" width="100%" cellpadding="8" cellspacing="0" style="border-top:1px solid #e4e7ec;font-size:14px;">
    {{#each payload.items}}<tr><td style="border-bottom:1px solid #e4e7ec;">{{quantity}} × {{name}}</td><td align="right" style="border-bottom:1px solid #e4e7ec;">{{price}}</td></tr>{{/each}}
    <tr><td><b>Total</b></td><td align="right"><b>{{payload.total}}</b></td></tr>
  </table>
  <p style="margin:22px 0 4px;text-align:center;"><a class="cta" href="https://acme.test/orders/{{payload.order_id}}">Track your order</a></p>
</td></tr>
<tr><td class="muted" align="center" style="padding:16px;font-size:12px;">Acme Shop · 12 Harbour Street · Gothenburg</td></tr>
</table></td></tr></table></body></html>)";

void payload(app::MainWindow &window, const char *json)
{
    window.findChild<QPlainTextEdit *>(QStringLiteral("samplePayload"))->setPlainText(QString::fromUtf8(json));
}

// The Server page over a server on its own thread, as in the product: a few
// requests in the inspector (one selected), the keys with one just created, and the
// Settings page beside it.
bool serverPages(app::MainWindow &window, const QDir &out, const QString &mainUrl, const QString &mainKey,
                 const QString &suffix = QString())
{
    QTemporaryDir dir;
    server::LocalServerOptions options;
    options.dataDir = dir.path();
    options.port = 0;
    options.apiKeys = {test::kSandboxKey, test::kProductionKey};
    ChangeNotifier notifier;
    app::ServerController controller(options, &notifier);
    if (const Status s = controller.start(); !s) {
        std::fprintf(stderr, "server: %s\n", qPrintable(s.error().message));
        return false;
    }
    // The Server page shows this server's journal, keys and storage while it is shot.
    LocalBackend services(*controller.services());
    auto *server = window.findChild<app::ServerPage *>(QStringLiteral("serverPage"));
    LocalOperations *mainServices = server->local();
    server->setLocal(&services);
    window.setServer(&controller, dir.path());
    window.setServerStatus(controller.url(), true);
    window.setApiKey(controller.consoleKey());

    test::HttpClient client(test::kSandboxKey);
    const auto url = [&controller](const char *path) { return QUrl(controller.url() + QString::fromLatin1(path)); };
    client.get(url("/v1/events"));
    client.post(url("/v1/contacts"), Json{{"email", "maria@example.com"}, {"name", "Maria Lind"}, {"plan", "pro"}});
    client.get(url("/v1/contacts/nobody%40example.com"));
    client.post(url("/v1/send/order.confirmed"),
                Json{{"to", "jane@example.com"}, {"payload", {{"order_id", 1042}, {"total", "$285.00"}}}});
    client.get(url("/v1/deliveries?limit=5"));
    settle(900);

    bool ok = true;
    window.showPage(server->objectName());
    server->journal()->reload();
    settle(300); // the journal answers from the server's thread
    server->journal()->selectRow(1);
    ok &= shoot(&window, out, QStringLiteral("server") + suffix);

    window.findChild<QTabWidget *>(QStringLiteral("serverTabs"))->setCurrentWidget(server->keys());
    (void)server->keys()->createKey(Environment::Sandbox, QStringLiteral("CI"));
    (void)server->keys()->createKey(Environment::Production, QStringLiteral("Checkout service"));
    ok &= shoot(&window, out, QStringLiteral("server-keys") + suffix);
    window.findChild<QTabWidget *>(QStringLiteral("serverTabs"))
        ->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("storagePanel")));
    settle(300);
    ok &= shoot(&window, out, QStringLiteral("server-storage") + suffix);
    window.findChild<QTabWidget *>(QStringLiteral("serverTabs"))->setCurrentIndex(0);

    window.showPage(QStringLiteral("settingsPage"));
    ok &= shoot(&window, out, QStringLiteral("settings") + suffix);

    window.setServer(nullptr, QString());
    server->setLocal(mainServices);
    window.setServerStatus(mainUrl, true);
    window.setApiKey(mainKey);
    return ok;
}

// Webhooks: the page's own listener as the endpoint, with what it received: signed
// events of two sends, a test event, and a forged request the verifier refuses; a
// verified event selected.
bool webhooksPage(app::MainWindow &window, const QDir &out, const QString &serverUrl,
                  const QString &suffix = QString())
{
    auto *page = window.findChild<app::WebhooksPage *>(QStringLiteral("webhooksPage"));
    window.showPage(page->objectName());
    settle(300);
    if (!page->startListener())
        return false;
    page->useListenerUrl(page->listener()->url().toString());
    page->save();
    settle(300);
    if (!page->endpoint())
        return false;

    // Signed with a secret that is not the endpoint's.
    const QByteArray forged = R"({"event":"delivery.delivered","delivery":{"uuid":"00000000-0000-4000-8000-000000000000"}})";
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto signature = webhooksignature::sign(webhooksignature::generateSecret(),
                                                  QStringLiteral("msg_forged"), now, forged);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, page->listener()->port());
    socket.write("POST /webhooks HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                 "webhook-id: msg_forged\r\nwebhook-timestamp: " + QByteArray::number(now)
                 + "\r\nwebhook-signature: " + (signature ? *signature : QString()).toLatin1()
                 + "\r\nContent-Length: " + QByteArray::number(forged.size()) + "\r\n\r\n" + forged);
    settle(300);

    page->sendTestEvent();
    test::HttpClient client(test::kSandboxKey);
    const auto url = [&serverUrl](const char *path) { return QUrl(serverUrl + QString::fromLatin1(path)); };
    client.post(url("/v1/send/order.confirmed/email"),
                Json{{"to", "jane@example.com"}, {"payload", {{"order_id", 1042}, {"total", "$285.00"}}}});
    client.post(url("/v1/send/order.shipped/email"),
                Json{{"to", "john@example.com"}, {"payload", {{"order_id", 1042}}}});
    settle(2500);
    auto *table = window.findChild<QTableView *>(QStringLiteral("webhookReceivedTable"));
    for (int row = 0; row < page->received()->rowCount(); ++row) {
        const app::ReceivedWebhook *r = page->received()->at(row);
        if (r->eventType == QStringLiteral("delivery.sent")
            && r->signature == app::ReceivedWebhook::Signature::Verified) {
            table->setCurrentIndex(table->model()->index(row, 0));
            break;
        }
    }
    bool ok = shoot(&window, out, QStringLiteral("webhooks") + suffix);

    // The attempts log beside it, the newest attempt selected.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("webhookTabs"));
    tabs->setCurrentIndex(1);
    page->reloadAttempts();
    auto *attempts = window.findChild<QTableView *>(QStringLiteral("webhookAttemptsTable"));
    attempts->setCurrentIndex(attempts->model()->index(0, 0));
    ok &= shoot(&window, out, QStringLiteral("webhooks-attempts") + suffix);

    // An endpoint that is down for maintenance: the failed attempt in full, with its
    // answer's headers and body and the next retry.
    test::ScriptedServer down([](const test::SeenRequest &) {
        return test::httpAnswer(503, R"({"error":"maintenance","detail":"Back at 14:00 UTC"})",
                                {{"Retry-After", "120"}, {"X-Request-Id", "7f3c2a9e-upstream"}});
    });
    tabs->setCurrentIndex(0);
    page->useListenerUrl(down.url().toString() + QStringLiteral("/webhooks/sendivent"));
    page->save();
    settle(300);
    client.post(url("/v1/send/order.shipped/email"),
                Json{{"to", "maria@example.com"}, {"payload", {{"order_id", 1043}}}});
    settle(1500);
    tabs->setCurrentIndex(1);
    page->reloadAttempts();
    settle(300);
    attempts->setCurrentIndex(attempts->model()->index(0, 0));
    ok &= shoot(&window, out, QStringLiteral("webhooks-attempt-detail") + suffix);
    tabs->setCurrentIndex(0);
    return ok;
}


// The pages a user lives in, at one window size (issue 21): Events, the studio, Deliveries
// with a trace, Contacts, Integrations, Webhooks with its listener, Server and Settings.
bool keyPages(app::MainWindow &window, LocalBackend &backend, const QDir &out, const QString &serverUrl,
              const QString &serverKey, const QString &suffix)
{
    bool ok = true;
    auto *events = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    events->setCurrentIndex(events->model()->index(0, 0));
    ok &= shoot(&window, out, QStringLiteral("events") + suffix);

    auto *studio = window.findChild<app::TemplateStudioPage *>(QStringLiteral("templateStudioPage"));
    window.showPage(studio->objectName());
    studio->openEvent(QStringLiteral("order.confirmed"));
    studio->setChannel(Channel::Email);
    payload(window, R"({"order_id": 1042, "items": [{"quantity": 1, "name": "Espresso machine", "price": "$249.00"}],
  "total": "$249.00"})");
    ok &= shoot(&window, out, QStringLiteral("studio-email") + suffix);

    const auto sendTo = [&backend](const char *event, Channel channel, const char *to) {
        return answerOf(backend.send(QString::fromLatin1(event), channel,
                                     Json{{"to", to}, {"payload", {{"order_id", 1042}, {"total", "$285.00"}}}}));
    };
    (void)sendTo("order.shipped", Channel::Sms, "+46701234567");
    (void)sendTo("team.alert", Channel::Slack, "john@example.com");
    (void)sendTo("order.confirmed", Channel::Email, "bounce@simulator.amazonses.com");
    const auto email = sendTo("order.confirmed", Channel::Email, "jane@example.com");
    settle(1500);
    window.showPage(QStringLiteral("deliveriesPage"));
    if (email && !email->deliveries.isEmpty())
        window.showDelivery(email->deliveries.first().second);
    settle(2500);
    ok &= shoot(&window, out, QStringLiteral("deliveries") + suffix);

    auto *contacts = window.findChild<app::ContactsPage *>(QStringLiteral("contactsPage"));
    window.showPage(contacts->objectName());
    settle();
    auto *contactTable = window.findChild<QTableView *>(QStringLiteral("contactTable"));
    contactTable->setCurrentIndex(contactTable->model()->index(0, 0));
    ok &= shoot(&window, out, QStringLiteral("contacts") + suffix);

    auto *integrations = window.findChild<app::IntegrationsPage *>(QStringLiteral("integrationsPage"));
    window.showPage(integrations->objectName());
    integrations->selectChannel(Channel::Email);
    ok &= shoot(&window, out, QStringLiteral("integrations") + suffix);

    ok &= webhooksPage(window, out, serverUrl, suffix);
    ok &= serverPages(window, out, serverUrl, serverKey, suffix);
    return ok;
}

} // namespace

// The menu bar with View open (the pages and their Ctrl+N), over the window, and
// Help → Keyboard shortcuts (issue 21).
bool menusAndShortcuts(app::MainWindow &window, const QDir &out, const QString &suffix)
{
    bool ok = true;
    window.showPage(QStringLiteral("eventsPage"));
    if (auto *view = window.findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        const QRect at = window.menuBar()->actionGeometry(view->menuAction());
        view->popup(window.menuBar()->mapToGlobal(at.bottomLeft()));
        settle();
        QImage picture = window.grab().toImage();
        QPainter painter(&picture);
        painter.drawPixmap(window.mapFromGlobal(view->mapToGlobal(QPoint())), view->grab());
        painter.end();
        const QString path = out.filePath(QStringLiteral("menu-view%1.png").arg(suffix));
        ok &= picture.save(path);
        std::fprintf(stdout, "wrote %s\n", qPrintable(path));
        view->hide();
    }
    window.showShortcuts();
    settle();
    if (auto *dialog = window.findChild<QWidget *>(QStringLiteral("shortcutsDialog"))) {
        ok &= shoot(dialog, out, QStringLiteral("shortcuts%1").arg(suffix));
        dialog->close();
    }
    return ok;
}

int main(int argc, char **argv)
{
    app::prepareEmailEngine(); // as main() does: the preview's engine, before QApplication
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sendivent"));
    QCoreApplication::setApplicationName(QStringLiteral("sendivent-screenshots"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: sendivent-screenshots OUTPUT_DIR [--dark]\n");
        return 2;
    }
    const bool dark = args.contains(QStringLiteral("--dark"));
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    const QString language = langAt > 0 ? args.value(langAt + 1) : QStringLiteral("en");
    QLocale::setDefault(QLocale(language));
    QTranslator translator;
    if (translator.load(QLocale(language), QStringLiteral("sendivent"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // Its own settings, so a developer's remembered layout does not leak into the docs.
    QTemporaryDir home;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    QSettings().setValue(QStringLiteral("ui/theme"), dark ? QStringLiteral("dark") : QStringLiteral("light"));
    app::theme::apply();

    const qsizetype sizeAt = args.indexOf(QStringLiteral("--key-pages"));
    const QStringList sizeParts = sizeAt > 0 ? args.value(sizeAt + 1).split(u'x') : QStringList();
    const QSize size = sizeParts.size() == 2 ? QSize(sizeParts[0].toInt(), sizeParts[1].toInt()) : QSize(1440, 900);
    const QDir out(sizeAt > 0 ? QDir(args.at(1)).filePath(args.value(sizeAt + 1)) : args.at(1));
    QDir().mkpath(out.path());
    const QString suffix = (dark ? QStringLiteral("-dark") : QString())
        + (language != QStringLiteral("en") ? u'-' + language : QString());

    Clock clock; // shared by the server and the window, as in the product
    server::LocalServerOptions serverOptions;
    serverOptions.clock = &clock;
    test::TestServer server(serverOptions);
    if (!server.start()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.lastError()));
        return 1;
    }
    LocalBackend backend(*server.server().services());
    app::MainWindow window(&backend);
    window.setServerStatus(server.url(QString()).toString(), true);
    window.setApiKey(server.server().consoleKey());
    window.resize(size);
    window.show();
    settle();
    if (window.size() != size)
        std::fprintf(stderr, "the window is %dx%d, not %dx%d: its minimum size is larger\n", window.width(),
                     window.height(), size.width(), size.height());
    if (sizeAt > 0)
        return keyPages(window, backend, out, server.url(QString()).toString(), server.server().consoleKey(), suffix)
            ? 0
            : 1;

    bool ok = true;
    auto *table = window.findChild<QTableView *>(QStringLiteral("eventTable"));
    table->setCurrentIndex(table->model()->index(0, 0));
    const bool onlyStudio = dark || language != QStringLiteral("en");
    if (!onlyStudio)
        ok &= shoot(&window, out, QStringLiteral("events"));

    auto *studio = window.findChild<app::TemplateStudioPage *>(QStringLiteral("templateStudioPage"));
    window.showPage(studio->objectName());
    studio->openEvent(QStringLiteral("order.confirmed"));
    studio->setChannel(Channel::Email);
    studio->setLanguage(language); // the templates in the UI's language, when there are some
    payload(window, R"({
  "order_id": 1042,
  "items": [
    {"quantity": 1, "name": "Espresso machine", "price": "$249.00"},
    {"quantity": 2, "name": "Coffee beans 1 kg", "price": "$36.00"}
  ],
  "total": "$285.00"
})");
    ok &= shoot(&window, out, QStringLiteral("studio-email") + suffix);
    if (onlyStudio)
        return ok ? 0 : 1;

    studio->setChannel(Channel::Sms);
    ok &= shoot(&window, out, QStringLiteral("studio-sms"));
    studio->setChannel(Channel::Push);
    ok &= shoot(&window, out, QStringLiteral("studio-push"));

    // The email preview (issue 20): desktop, phone, dark, and the remote-content bar.
    // The preview pane wide enough for the desktop width itself (600 px, not less).
    studio->setChannel(Channel::Email);
    auto *splitter = studio->findChild<QSplitter *>(QStringLiteral("studioSplitter"));
    const QList<int> studioSizes = splitter->sizes();
    if (studioSizes.size() == 3) {
        const int total = std::accumulate(studioSizes.cbegin(), studioSizes.cend(), 0);
        splitter->setSizes({total - 640 - 300, 640, 300});
    }
    studio->fieldsEditor(Channel::Email)->editor(QStringLiteral("html"))->setPlainText(QString::fromUtf8(kPreviewEmail));
    waitForEmail(window, QStringLiteral("Track your order"));
    ok &= shoot(&window, out, QStringLiteral("preview-desktop"));
    auto *emailView = studio->findChild<app::EmailPreview *>(QStringLiteral("emailPreview"));
    if (emailView) {
        settle();
        const QString blocked = out.filePath(QStringLiteral("preview-images-blocked.png"));
        ok &= emailView->grab().save(blocked);
        std::printf("wrote %s\n", qPrintable(blocked));
    }
    studio->findChild<QToolButton *>(QStringLiteral("emailMobile"))->click();
    ok &= shoot(&window, out, QStringLiteral("preview-mobile"));
    studio->findChild<QToolButton *>(QStringLiteral("emailDesktop"))->click();
    studio->findChild<QToolButton *>(QStringLiteral("emailDark"))->click();
    waitForEmail(window, QStringLiteral("Track your order"));
    ok &= shoot(&window, out, QStringLiteral("preview-dark"));
    studio->findChild<QToolButton *>(QStringLiteral("emailDark"))->click();
    splitter->setSizes(studioSizes);

    // The Checks tab (issue 20) on an email with the usual mistakes.
    studio->fieldsEditor(Channel::Email)
        ->editor(QStringLiteral("html"))
        ->setPlainText(QStringLiteral(
            "<div style=\"display:flex; gap:12px\">\n  <img src=\"https://acme.test/logo.png\">\n"
            "  <p>Hi {{contact.name}}, your code is {{payload.coupon}}.</p>\n</div>\n"
            "<a href=\"http://acme.test/orders/{{payload.order_id}}\">See your order</a>"));
    if (auto *side = window.findChild<QTabWidget *>(QStringLiteral("studioSide")))
        side->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("checksPanel")));
    settle(900);
    ok &= shoot(&window, out, QStringLiteral("studio-checks") + suffix);

    studio->openEvent(QStringLiteral("team.alert"));
    payload(window, R"({
  "title": "Checkout errors above 2%",
  "message": "Payments are failing for *card* orders since 14:02. On call: @maria"
})");
    studio->setChannel(Channel::Slack);
    ok &= shoot(&window, out, QStringLiteral("studio-slack"));
    studio->setChannel(Channel::Discord);
    ok &= shoot(&window, out, QStringLiteral("studio-discord"));

    // A syntax error, as the editor marks it.
    studio->openEvent(QStringLiteral("password.reset"));
    studio->setChannel(Channel::Sms);
    auto *sms = studio->fieldsEditor(Channel::Sms)->findChild<QPlainTextEdit *>(QStringLiteral("editor_sms_text"));
    sms->setPlainText(QStringLiteral("Your {{app.name}} reset code is {{payload.code}}.\n{{#if "
                                     "payload.expires_minutes}}Valid for {{payload.expires_minutes}} min."));
    ok &= shoot(&window, out, QStringLiteral("studio-syntax-error"));
    sms->document()->undo();

    ok &= serverPages(window, out, server.url(QString()).toString(), server.server().consoleKey());

    // Contacts: the demo's, one selected, and the dialog editing it.
    auto *contacts = window.findChild<app::ContactsPage *>(QStringLiteral("contactsPage"));
    window.showPage(contacts->objectName());
    settle();
    auto *contactTable = window.findChild<QTableView *>(QStringLiteral("contactTable"));
    contactTable->setCurrentIndex(contactTable->model()->index(0, 0));
    ok &= shoot(&window, out, QStringLiteral("contacts"));
    if (app::ContactDialog *dialog = contacts->editSelected()) {
        settle();
        ok &= shoot(dialog, out, QStringLiteral("contacts-dialog"));
        dialog->reject();
    }

    // Deliveries: a few sends through the GUI's backend (so they arrive live), an
    // email's trace selected.
    const auto sendTo = [&backend](const char *event, Channel channel, const char *to) {
        return answerOf(backend.send(QString::fromLatin1(event), channel,
                                     Json{{"to", to}, {"payload", {{"order_id", 1042}, {"total", "$285.00"}}}}));
    };
    (void)sendTo("order.shipped", Channel::Sms, "+46701234567");
    (void)sendTo("team.alert", Channel::Slack, "john@example.com");
    (void)sendTo("password.reset", Channel::Sms, "+15005550001");
    (void)sendTo("order.confirmed", Channel::Email, "bounce@simulator.amazonses.com");
    (void)sendTo("user.welcome", Channel::Email, "john@example.com");
    const auto email = sendTo("order.confirmed", Channel::Email, "jane@example.com");
    settle(1500);
    window.showPage(QStringLiteral("deliveriesPage"));
    if (email && !email->deliveries.isEmpty())
        window.showDelivery(email->deliveries.first().second);
    settle(2500);
    ok &= shoot(&window, out, QStringLiteral("deliveries"));
    // The same email as sent (issue 17): its real From, headers, payload and revision,
    // with the trace given what the list's chart can spare.
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("traceScroll"));
    auto *split = window.findChild<QWidget *>(QStringLiteral("deliveriesPage"))->findChild<QSplitter *>();
    if (scroll && split) {
        const QList<int> sizes = split->sizes();
        const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
        split->setSizes({640, total - 640});
        settle(300);
        if (auto *sent = window.findChild<QWidget *>(QStringLiteral("traceMessageAsSent")))
            scroll->verticalScrollBar()->setValue(sent->y() - 8);
        ok &= shoot(&window, out, QStringLiteral("trace-email-as-sent"));
        scroll->verticalScrollBar()->setValue(0);
        split->setSizes(sizes);
    }

    // A search in progress: the start of an address, typed as support staff would.
    if (auto *search = window.findChild<QLineEdit *>(QStringLiteral("deliverySearch"))) {
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("john@"));
        settle(1500);
        ok &= shoot(&window, out, QStringLiteral("deliveries-search"));
        search->clear();
        settle(500);
    }
    // Go to anything (Ctrl+K) over the Deliveries page, a contact's address typed in.
    if (auto *goTo = window.goToAnything()) {
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("goToAnythingInput")),
                         QStringLiteral("jane@example.com"));
        settle(800);
        ok &= shoot(&window, out, QStringLiteral("deliveries-goto"));
        goTo->hide();
    }
    // The clock moved five hours on: the Server page's Clock row, and a delivery sent
    // then, dated by it, with the status bar saying the time is not real.
    (void)clock.advance(5 * 3600 * 1000);
    window.showPage(QStringLiteral("serverPage"));
    ok &= shoot(&window, out, QStringLiteral("server-clock"));
    const auto later = sendTo("order.shipped", Channel::Sms, "+46701234567");
    settle(1500);
    window.showPage(QStringLiteral("deliveriesPage"));
    if (later && !later->deliveries.isEmpty())
        window.showDelivery(later->deliveries.first().second);
    settle(2500);
    ok &= shoot(&window, out, QStringLiteral("deliveries-clock"));
    (void)clock.backToReal(0);

    auto *integrations = window.findChild<app::IntegrationsPage *>(QStringLiteral("integrationsPage"));
    window.showPage(integrations->objectName());
    integrations->selectChannel(Channel::Email);
    ok &= shoot(&window, out, QStringLiteral("integrations"));

    ok &= webhooksPage(window, out, server.url(QString()).toString());
    ok &= menusAndShortcuts(window, out, suffix);
    return ok ? 0 : 1;
}
