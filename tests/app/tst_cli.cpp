// The executable's command line: --version, --help, bad options, and --headless
// serving, shutting down on SIGTERM, refusing a taken port, a data folder another
// process holds, and a database it cannot use (saying why).
#include <httpclient.h>
#include <storage/database.h>
#include <workspace/workspaceservice.h>

#include <jsoncompare.h>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <QtTest/QTest>

#ifndef Q_OS_WIN
#include <csignal>
#include <unistd.h>
#endif

using namespace sendivent;
using namespace sendivent::test;

namespace {

QString console()
{
    return qEnvironmentVariable("SENDIVENT_CONSOLE");
}

QStringList headlessArguments(const QString &dataDir)
{
    return {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"),
            QStringLiteral("test_x"), QStringLiteral("--data-dir"), dataDir};
}

// Starts the headless server and waits for its "listening on" line; the URL, or empty.
QUrl startHeadless(QProcess &p, const QString &dataDir, const QStringList &extra = {})
{
    p.start(console(), headlessArguments(dataDir) + extra);
    if (!p.waitForStarted(30000))
        return {};
    QByteArray line;
    QDeadlineTimer deadline(30000);
    while (!line.contains('\n') && !deadline.hasExpired() && p.state() == QProcess::Running) {
        p.waitForReadyRead(100);
        line += p.readAllStandardOutput();
    }
    if (!line.startsWith("listening on "))
        return {};
    return QUrl(QString::fromLatin1(line.mid(13).trimmed()));
}

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the console to its end (a start that fails), through `wrapper` when given.
Finished runToEnd(const QStringList &arguments, const QStringList &wrapper = {})
{
    QProcess p;
    if (wrapper.isEmpty())
        p.start(console(), arguments);
    else
        p.start(wrapper.constFirst(), wrapper.mid(1) + QStringList{console()} + arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
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
    void secondProcessOnSameFolderExits2();
    void headlessNamesDatabaseProblems();
    void headlessReadOnlyFolder();
    void durabilityFull();
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
    // The program as it is installed, not Qt's placeholder or the build path.
    QVERIFY2(out.startsWith("Usage: sendivent-console [options]"), out.constData());
    QVERIFY(!out.contains("executable_name"));
    for (const char *option : {"--headless", "--host", "--port", "--data-dir", "--api-key", "--seed", "--faults",
                               "--limits", "--webhook-retry-schedule", "--proxy", "--allow-production", "--remote-url",
                               "--log-format", "--durability", "--clock", "--smtp", "--release-to", "--release-all",
                               "SENDIVENT_SMTP_PASSWORD", "render"})
        QVERIFY2(out.contains(option), option);

    for (const QStringList &render : {QStringList{QStringLiteral("render"), QStringLiteral("--help")},
                                      QStringList{QStringLiteral("render"), QStringLiteral("--template-file"),
                                                  QStringLiteral("x"), QStringLiteral("--help")}}) {
        QProcess r;
        r.start(console(), render);
        QVERIFY(r.waitForFinished(30000));
        QCOMPARE(r.exitCode(), 0);
        const QByteArray usage = r.readAllStandardOutput();
        QVERIFY2(usage.startsWith("Usage: sendivent-console render [options]"), usage.constData());
    }
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
    QTest::newRow("faults with proxy") << QStringList{QStringLiteral("--headless"), QStringLiteral("--faults"), QStringLiteral("f.json"),
                                                   QStringLiteral("--proxy"), QStringLiteral("sandbox")};
    QTest::newRow("bad durability") << QStringList{QStringLiteral("--headless"), QStringLiteral("--durability"), QStringLiteral("extra")};
    // Release to a real inbox: no password in the URL, no rule without a recipient,
    // no release options without a server, no other scheme.
    QTest::newRow("smtp password in URL") << QStringList{QStringLiteral("--headless"), QStringLiteral("--smtp"), QStringLiteral("smtp://me:secret@mail.example.com")};
    QTest::newRow("smtp scheme") << QStringList{QStringLiteral("--headless"), QStringLiteral("--smtp"), QStringLiteral("http://mail.example.com")};
    QTest::newRow("release-all without to") << QStringList{QStringLiteral("--headless"), QStringLiteral("--smtp"), QStringLiteral("smtp://mail.example.com"), QStringLiteral("--release-all")};
    QTest::newRow("release-to without smtp") << QStringList{QStringLiteral("--headless"), QStringLiteral("--release-to"), QStringLiteral("me@example.com")};
    QTest::newRow("bad release-to") << QStringList{QStringLiteral("--headless"), QStringLiteral("--smtp"), QStringLiteral("smtp://mail.example.com"), QStringLiteral("--release-to"), QStringLiteral("not an address")};
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

    // JSON lines on stderr, one of them per request, in order, none carrying the key;
    // written while the server runs (the request lines wait only for an idle moment).
    QByteArray err;
    QStringList requests;
    const auto readRequestLines = [&] {
        err += p.readAllStandardError();
        requests.clear();
        for (const QByteArray &l : err.split('\n')) {
            const auto j = parseJson(l);
            if (j && j->is_object() && (*j)["category"] == "sendivent.requests")
                requests << jsonString(*j, "message").section(u' ', 0, 2);
        }
        return requests.size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(readRequestLines(), 3, 10000);
    QCOMPARE(requests, QStringList({QStringLiteral("GET /healthz 200"), QStringLiteral("GET /v1/events 200"),
                                    QStringLiteral("GET /v1/events 401")}));

    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    err += p.readAllStandardError();
    for (const QByteArray &l : err.split('\n')) {
        if (l.isEmpty())
            continue;
        const auto j = parseJson(l);
        QVERIFY2(j && j->is_object() && j->contains("level") && j->contains("message"), l.constData());
    }
    QCOMPARE(readRequestLines(), 3);
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

// Issue 18: two processes on one data folder answered one idempotency key twice. The
// second start is refused (exit 2, naming the folder and the holder's PID); a holder
// killed with SIGKILL leaves a lock file behind that must not block the next start;
// render and --version need no lock.
void tst_Cli::secondProcessOnSameFolderExits2()
{
    QTemporaryDir data;
    QProcess first;
    const QUrl url = startHeadless(first, data.path());
    QVERIFY2(url.port() > 0, first.readAllStandardError().constData());

    const Finished second = runToEnd(headlessArguments(data.path()));
    QCOMPARE(second.exitCode, 2);
    QVERIFY(second.out.isEmpty());
    const QString err = QString::fromLocal8Bit(second.err);
    QVERIFY2(err.contains(QDir::toNativeSeparators(QDir(data.path()).absolutePath())), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("PID %1").arg(first.processId())), qPrintable(err));
    // The first one did not notice.
    QCOMPARE(HttpClient().get(url.resolved(QUrl(QStringLiteral("/healthz")))).status, 200);

    const Finished render = runToEnd({QStringLiteral("render"), QStringLiteral("order.confirmed"),
                                      QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--to"),
                                      QStringLiteral("+46701234567"), QStringLiteral("--data-dir"), data.path()});
    QVERIFY2(render.exitCode == 0, render.err.constData());

#ifndef Q_OS_WIN
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(30000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(QDir(data.path()).filePath(QStringLiteral("sendivent.lock"))));
    QProcess next;
    QVERIFY2(startHeadless(next, data.path()).port() > 0, next.readAllStandardError().constData());
    ::kill(pid_t(next.processId()), SIGTERM);
    QVERIFY(next.waitForFinished(30000));
    QCOMPARE(next.exitCode(), 0);
    // A clean stop takes its lock file along.
    QVERIFY(!QFile::exists(QDir(data.path()).filePath(QStringLiteral("sendivent.lock"))));
#else
    first.kill();
    QVERIFY(first.waitForFinished(30000));
#endif
}

// A database the console cannot use fails the start (non-zero) with a message that
// names the file and the problem, and leaves the file as it was.
void tst_Cli::headlessNamesDatabaseProblems()
{
    const auto expectFailure = [](const QString &dataDir, const QString &expected) {
        const QString file = QDir::toNativeSeparators(QDir(dataDir).absoluteFilePath(QStringLiteral("sendivent.db")));
        QFile f(file);
        const QByteArray before = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        f.close();
        const Finished run = runToEnd(headlessArguments(dataDir));
        const QString err = QString::fromLocal8Bit(run.err);
        QVERIFY2(run.exitCode == 1, qPrintable(err));
        QVERIFY2(err.contains(file), qPrintable(err));
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    };
    const auto fileIn = [](const QTemporaryDir &dir) { return QDir(dir.path()).filePath(QStringLiteral("sendivent.db")); };

    QTemporaryDir text;
    {
        QFile f(fileIn(text));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are somebody's notes\n");
    }
    expectFailure(text.path(), QStringLiteral("is not a SQLite database"));
    if (QTest::currentTestFailed())
        return;

    QTemporaryDir foreign;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(fileIn(foreign));
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    expectFailure(foreign.path(), QStringLiteral("another program"));
    if (QTest::currentTestFailed())
        return;

    QTemporaryDir newer;
    {
        Database db(fileIn(newer));
        QVERIFY(db.open().ok());
        QVERIFY(execSql(db, QStringLiteral("UPDATE schema_version SET version = 9999")).ok());
    }
    expectFailure(newer.path(), QStringLiteral("newer Sendivent Console"));
    if (QTest::currentTestFailed())
        return;

    QTemporaryDir damaged;
    {
        Database db(fileIn(damaged));
        QVERIFY(db.open().ok());
    }
    {
        QFile f(fileIn(damaged));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100));
        f.write(QByteArray(200, '\xff'));
    }
    expectFailure(damaged.path(), QStringLiteral("is damaged"));
    if (QTest::currentTestFailed())
        return;

    // Another program in the middle of a write that does not end.
    QTemporaryDir locked;
    {
        Database db(fileIn(locked));
        QVERIFY(db.open().ok());
    }
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(fileIn(locked));
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
        expectFailure(locked.path(), QStringLiteral("is locked by another program"));
        q.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

namespace {

// How to run the console so that file permissions stop it: as it is for any user but
// root; for root (CI), without the capabilities that override them (setpriv drops
// them from the bounding set, so the program never has them).
QStringList permissionsApplyWrapper()
{
#ifndef Q_OS_WIN
    if (::geteuid() == 0)
        return {QStandardPaths::findExecutable(QStringLiteral("setpriv")),
                QStringLiteral("--bounding-set=-dac_override,-dac_read_search"), QStringLiteral("--")};
#endif
    return {};
}

} // namespace

// A good database in a folder or file this user cannot write: "read-only", never
// "not a Sendivent database" (issue 18), and nothing changed.
void tst_Cli::headlessReadOnlyFolder()
{
    const QStringList wrapper = permissionsApplyWrapper();
    if (!wrapper.isEmpty())
        QVERIFY2(!wrapper.constFirst().isEmpty(), "setpriv (util-linux) is needed to run this test as root");
    QTemporaryDir data;
    const QString file = QDir(data.path()).filePath(QStringLiteral("sendivent.db"));
    {
        Database db(file);
        QVERIFY(db.open().ok());
        QVERIFY(WorkspaceService(db).seedDemoIfEmpty().ok());
    }
    const QFile::Permissions writable = QFile::permissions(data.path());
    const QFile::Permissions noWrite = ~(QFile::WriteOwner | QFile::WriteUser | QFile::WriteGroup | QFile::WriteOther);

    // The folder: its lock file cannot be made.
    QVERIFY(QFile::setPermissions(data.path(), writable & noWrite));
    const Finished folder = runToEnd(headlessArguments(data.path()), wrapper);
    QVERIFY(QFile::setPermissions(data.path(), writable));
    QString err = QString::fromLocal8Bit(folder.err);
    QVERIFY2(folder.exitCode == 1, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("read-only")), qPrintable(err));
    QVERIFY2(err.contains(QDir::toNativeSeparators(QDir(data.path()).absolutePath())), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("not a")), qPrintable(err));

    // The file alone.
    const QFile::Permissions fileWritable = QFile::permissions(file);
    QVERIFY(QFile::setPermissions(file, fileWritable & noWrite));
    const Finished fileOnly = runToEnd(headlessArguments(data.path()), wrapper);
    for (const QString &each : QDir(data.path()).entryList({QStringLiteral("sendivent.db*")}, QDir::Files))
        QVERIFY(QFile::setPermissions(QDir(data.path()).filePath(each), fileWritable));
    err = QString::fromLocal8Bit(fileOnly.err);
    QVERIFY2(fileOnly.exitCode == 1, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("read-only")), qPrintable(err));
    QVERIFY2(err.contains(QDir::toNativeSeparators(file)), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("not a")), qPrintable(err));

    // Writable again, it starts with everything in it.
    QProcess p;
    QVERIFY(startHeadless(p, data.path()).port() > 0);
    p.terminate();
    QVERIFY(p.waitForFinished(30000));
}

// --durability full reaches the process (tst_database checks every connection).
void tst_Cli::durabilityFull()
{
    QTemporaryDir data;
    QProcess p;
    const QUrl url = startHeadless(p, data.path(), {QStringLiteral("--durability"), QStringLiteral("full")});
    QVERIFY(url.port() > 0); // (QVERIFY2 would read stderr, which is checked below)
    QCOMPARE(HttpClient().get(url.resolved(QUrl(QStringLiteral("/healthz")))).status, 200);
    p.terminate();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardError().contains("durability: full"));
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
