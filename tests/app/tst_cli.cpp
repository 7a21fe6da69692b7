// The executable's command line: --version, --help, bad options, and --headless
// serving, shutting down on SIGTERM, and refusing a taken port.
#include <database.h>
#include <httpclient.h>
#include <workspaceservice.h>

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <jsoncompare.h>

#include <QtTest/QTest>

#ifndef Q_OS_WIN
#include <csignal>
#endif

using namespace sendivent;
using namespace sendivent::test;

namespace {

QString console()
{
    return qEnvironmentVariable("SENDIVENT_CONSOLE");
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help();
    void badOptionsExit2_data();
    void badOptionsExit2();
#ifndef Q_OS_WIN
    void headlessServesAndStopsOnSigterm();
#endif
    void headlessRefusesTakenPort();
    void renderEvent();
    void renderEventErrors();

private:
    QTemporaryDir m_data;
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(console()), qPrintable(console()));
}

void tst_Cli::version()
{
    // No display at all: --version and --help must not need one.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(console(), {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("sendivent-console " SENDIVENT_VERSION));
}

void tst_Cli::help()
{
    QProcess p;
    p.start(console(), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    for (const char *option : {"--headless", "--host", "--port", "--data-dir", "--api-key", "--seed", "--limits",
                               "--webhook-retry-schedule", "--proxy", "--allow-production", "--remote-url",
                               "--log-format", "render"})
        QVERIFY2(out.contains(option), option);
}

void tst_Cli::badOptionsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--headless"), QStringLiteral("--frobnicate")};
    QTest::newRow("bad port") << QStringList{QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("bad host") << QStringList{QStringLiteral("--headless"), QStringLiteral("--host"), QStringLiteral("not-an-ip")};
    QTest::newRow("bad key") << QStringList{QStringLiteral("--headless"), QStringLiteral("--api-key"), QStringLiteral("sk_123")};
    QTest::newRow("bad limits") << QStringList{QStringLiteral("--headless"), QStringLiteral("--limits"), QStringLiteral("maybe")};
    QTest::newRow("bad log format") << QStringList{QStringLiteral("--headless"), QStringLiteral("--log-format"), QStringLiteral("xml")};
    QTest::newRow("bad schedule") << QStringList{QStringLiteral("--headless"), QStringLiteral("--webhook-retry-schedule"), QStringLiteral("1,x")};
}

void tst_Cli::badOptionsExit2()
{
    QFETCH(QStringList, arguments);
    QProcess p;
    p.start(console(), arguments << QStringLiteral("--data-dir") << m_data.path());
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardError().trimmed().isEmpty());
}

#ifndef Q_OS_WIN
void tst_Cli::headlessServesAndStopsOnSigterm()
{
    QProcess p;
    p.start(console(), {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--api-key"), QStringLiteral("test_x"), QStringLiteral("--data-dir"), m_data.path(),
                        QStringLiteral("--log-format"), QStringLiteral("json")});
    QVERIFY(p.waitForStarted(30000));
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((line += p.readAllStandardOutput()).contains('\n'), 30000);
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
    const QUrl base(QString::fromLatin1(line.mid(13).trimmed()));
    QVERIFY(base.port() > 0);

    HttpClient client(QStringLiteral("test_x"));
    QCOMPARE(client.get(base.resolved(QUrl(QStringLiteral("/healthz")))).json(), Json({{"status", "ok"}}));
    QCOMPARE(client.get(base.resolved(QUrl(QStringLiteral("/v1/events")))).status, 200);
    QCOMPARE(HttpClient().get(base.resolved(QUrl(QStringLiteral("/v1/events")))).status, 401);

    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    // JSON lines on stderr, one of them per request, none carrying the key.
    const QByteArray err = p.readAllStandardError();
    int requestLines = 0;
    for (const QByteArray &l : err.split('\n')) {
        if (l.isEmpty())
            continue;
        const auto j = parseJson(l);
        QVERIFY2(j && j->is_object() && j->contains("level") && j->contains("message"), l.constData());
        requestLines += (*j)["category"] == "sendivent.requests";
    }
    QCOMPARE(requestLines, 3);
    QVERIFY(!err.contains("test_x"));
}
#endif

void tst_Cli::headlessRefusesTakenPort()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(blocker.serverPort());
    QProcess p;
    p.start(console(), {QStringLiteral("--headless"), QStringLiteral("--port"), port, QStringLiteral("--api-key"),
                        QStringLiteral("test_x"), QStringLiteral("--data-dir"), m_data.path()});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains(port.toLatin1()), err.constData());
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

namespace {

QString seededDataDir(QTemporaryDir &dir)
{
    Database db(QDir(dir.path()).filePath(QStringLiteral("sendivent.db")));
    if (!db.open().ok() || !WorkspaceService(db).seedDemoIfEmpty().ok())
        return {};
    return dir.path();
}

QProcess *runConsole(const QStringList &arguments)
{
    auto *p = new QProcess;
    p->start(console(), arguments);
    p->waitForFinished(30000);
    return p;
}

} // namespace

void tst_Cli::renderEvent()
{
    QTemporaryDir dir;
    const QString data = seededDataDir(dir);
    QVERIFY(!data.isEmpty());
    const QString payload = QStringLiteral(R"({"order_id":"A1","total":"99 kr"})");

    // Jane's meta.language is sv: the Swedish SMS.
    std::unique_ptr<QProcess> sv(runConsole({QStringLiteral("render"), QStringLiteral("order.confirmed"),
                                             QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--to"),
                                             QStringLiteral("jane@example.com"), QStringLiteral("--payload"), payload,
                                             QStringLiteral("--data-dir"), data}));
    QCOMPARE(sv->exitCode(), 0);
    const QString out = QString::fromUtf8(sv->readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("== sms text (sv) ==")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Acme Shop: order #A1 är bekräftad. Summa 99 kr.")), qPrintable(out));

    // --language wins; every channel of the event is printed; a JSON contact works.
    std::unique_ptr<QProcess> en(runConsole({QStringLiteral("render"), QStringLiteral("order.confirmed"),
                                             QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--to"),
                                             QStringLiteral(R"({"email":"sam@example.com","name":"Sam <3"})"),
                                             QStringLiteral("--payload"), payload, QStringLiteral("--data-dir"), data}));
    QCOMPARE(en->exitCode(), 0);
    const QString all = QString::fromUtf8(en->readAllStandardOutput());
    QVERIFY2(all.contains(QStringLiteral("== email subject (en) ==\nOrder #A1 confirmed\n")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Hi Sam &lt;3,"))); // html is escaped
    QVERIFY(all.contains(QStringLiteral("Hi Sam <3, we have received"))); // text is not
    QVERIFY(all.contains(QStringLiteral("== push title (en) ==")));
}

void tst_Cli::renderEventErrors()
{
    QTemporaryDir dir;
    const QString data = seededDataDir(dir);
    std::unique_ptr<QProcess> unknown(runConsole({QStringLiteral("render"), QStringLiteral("no.such.event"),
                                                  QStringLiteral("--data-dir"), data}));
    QCOMPARE(unknown->exitCode(), 1);
    QVERIFY(unknown->readAllStandardError().contains("no.such.event"));
    std::unique_ptr<QProcess> badPayload(runConsole({QStringLiteral("render"), QStringLiteral("order.confirmed"),
                                                     QStringLiteral("--payload"), QStringLiteral("[1"),
                                                     QStringLiteral("--data-dir"), data}));
    QCOMPARE(badPayload->exitCode(), 2);
    std::unique_ptr<QProcess> noEvent(runConsole({QStringLiteral("render"), QStringLiteral("--data-dir"), data}));
    QCOMPARE(noEvent->exitCode(), 2);
    QTemporaryDir empty;
    std::unique_ptr<QProcess> noWorkspace(runConsole({QStringLiteral("render"), QStringLiteral("order.confirmed"),
                                                      QStringLiteral("--data-dir"), empty.path()}));
    QCOMPARE(noWorkspace->exitCode(), 1);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
