// Not a test: builds the real window over the demo workspace, with a real local
// server, and saves a PNG of each page and of the studio's previews per channel.
// tests/screenshots.sh runs it under Xvfb; the PNGs go to docs/screenshots/.
//
//   sendivent-screenshots OUTPUT_DIR [--dark] [--lang sv]
#include <changenotifier.h>
#include <database.h>
#include <localbackend.h>
#include <mainwindow.h>
#include <templatefieldseditor.h>
#include <templatestudiopage.h>
#include <testserver.h>
#include <theme.h>

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QTableView>

#include <cstdio>

using namespace sendivent;

namespace {

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

void payload(app::MainWindow &window, const char *json)
{
    window.findChild<QPlainTextEdit *>(QStringLiteral("samplePayload"))->setPlainText(QString::fromUtf8(json));
}

} // namespace

int main(int argc, char **argv)
{
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

    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    const QString suffix = (dark ? QStringLiteral("-dark") : QString())
        + (language != QStringLiteral("en") ? u'-' + language : QString());

    test::TestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.lastError()));
        return 1;
    }
    Database db(server.databasePath());
    if (!db.open())
        return 1;
    ChangeNotifier notifier;
    LocalBackend backend(db, &notifier);
    app::MainWindow window(&backend);
    window.setServerStatus(server.url(QString()).toString(), true);
    window.setApiKey(server.server().consoleKey());
    window.resize(1440, 880);
    window.show();
    settle();

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

    window.showPage(QStringLiteral("serverPage"));
    ok &= shoot(&window, out, QStringLiteral("server"));
    return ok ? 0 : 1;
}
