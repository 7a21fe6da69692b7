// `sendivent-console pull-workspace` (issue 16): the real program reads a remote
// Sendivent API — here a real local server standing in for the sandbox — and writes a
// fixture or imports into a data folder; a remote that answers 401 or never answers,
// and production without --allow-production, are refused with clear messages.
#include "../localserver/sendfixture.h"

#include <httpclient.h>
#include <storage/database.h>
#include <stubservers.h>
#include <testserver.h>
#include <workspace/workspaceservice.h>

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the console while this thread keeps serving (the remote lives in this process).
Run pull(const QStringList &arguments, const QString &key)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SENDIVENT_API_KEY"_s);
    if (!key.isEmpty())
        env.insert(u"SENDIVENT_API_KEY"_s, key);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"disabled:"_s); // no keychain to wait for
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SENDIVENT_CONSOLE"), QStringList{u"pull-workspace"_s} + arguments);
    Run run;
    if (!p.waitForStarted(10000))
        return run;
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QStringList identifiers(const Json &events)
{
    QStringList out;
    for (const Json &e : events)
        out << toQt(e["identifier"].get<std::string>());
    out.sort();
    return out;
}

} // namespace

class tst_PullWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesAFixtureThatImportsBack();
    void importsIntoTheDataFolderKeepingWhatIsLocal();
    void refusesWhatItCannotRead();
    void remoteThatNeverAnswersTimesOut();
    void productionNeedsAllowProduction();

private:
    std::unique_ptr<TestServer> m_remote;
};

void tst_PullWorkspace::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("SENDIVENT_CONSOLE")));
    m_remote = std::make_unique<TestServer>();
    QVERIFY(m_remote->start());
    HttpClient client(kSandboxKey);
    QCOMPARE(client.put(m_remote->url(u"/_local/workspace"_s), sendFixture()).status, 200);
}

void tst_PullWorkspace::writesAFixtureThatImportsBack()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"pulled.json"_s);
    const Run run = pull({u"--from"_s, m_remote->url({}).toString(), u"--to"_s, file}, kSandboxKey);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("wrote"), run.out.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto fixture = parseJson(f.readAll());
    QVERIFY(fixture);
    QCOMPARE(identifiers((*fixture)["events"]), identifiers(sendFixture()["events"]));
    QCOMPARE((*fixture)["integrations"].size(), sendFixture()["integrations"].size());
    for (const Json &integration : (*fixture)["integrations"])
        QVERIFY(!integration.contains("secrets"));
    // The templates came along, field for field.
    QCOMPARE(dumpJson((*fixture)["events"][0]["templates"]), dumpJson(sendFixture()["events"][0]["templates"]));

    // It is a fixture another local server takes as it is.
    TestServer other;
    QVERIFY(other.start());
    HttpClient client(kSandboxKey);
    const HttpReply put = client.put(other.url(u"/_local/workspace"_s), *fixture);
    QVERIFY2(put.status == 200, put.body.constData());
}

void tst_PullWorkspace::importsIntoTheDataFolderKeepingWhatIsLocal()
{
    QTemporaryDir folder;
    {
        // A local workspace with a baseline contact and a secret of its own.
        Database db(folder.filePath(u"sendivent.db"_s));
        QVERIFY(db.open().ok());
        Json local = WorkspaceService::demoFixture();
        local["contacts"] = Json::array({{{"email", "local@example.com"}}});
        QVERIFY(WorkspaceService(db).importFixture(local).ok());
    }
    const Run run = pull({u"--from"_s, m_remote->url({}).toString(), u"--data-dir"_s, folder.path()}, kSandboxKey);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    Database db(folder.filePath(u"sendivent.db"_s));
    QVERIFY(db.open().ok());
    WorkspaceService workspace(db);
    const auto exported = workspace.exportFixture();
    QVERIFY(exported.ok());
    QCOMPARE(identifiers((*exported)["events"]), identifiers(sendFixture()["events"]));
    QCOMPARE((*exported)["app"]["name"], WorkspaceService::demoFixture()["app"]["name"]); // not readable remotely
    QCOMPARE((*exported)["contacts"].size(), size_t(1));                               // the baseline stays
    // The demo's SES secret stays with the SES integration of the same channel and provider.
    const auto current = workspace.current();
    QVERIFY(current.ok());
    bool sesKeptItsSecret = false;
    for (const Integration &i : (*current)->integrations)
        sesKeptItsSecret = sesKeptItsSecret || (i.provider == u"ses"_s && dumpJson(i.secrets).contains("demo-secret"));
    QVERIFY(sesKeptItsSecret);
}

void tst_PullWorkspace::refusesWhatItCannotRead()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"never.json"_s);
    const Run run = pull({u"--from"_s, m_remote->url({}).toString(), u"--to"_s, file}, u"test_notakey000000000"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Invalid API key"), run.err.constData());
    QVERIFY(!run.err.contains("test_notakey000000000"));
    QVERIFY(!QFile::exists(file)); // nothing half-written
    // No key at all for a URL: said before anything is sent.
    const Run keyless = pull({u"--from"_s, m_remote->url({}).toString(), u"--to"_s, file}, {});
    QCOMPARE(keyless.exitCode, 2);
    QVERIFY2(keyless.err.contains("SENDIVENT_API_KEY"), keyless.err.constData());
}

void tst_PullWorkspace::remoteThatNeverAnswersTimesOut()
{
    SilentServer silent; // accepts, reads, never answers
    QTemporaryDir dir;
    const QString file = dir.filePath(u"never.json"_s);
    const Run run = pull({u"--from"_s, silent.url().toString(), u"--to"_s, file,
                          u"--timeout"_s, u"1"_s},
                         kSandboxKey);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("(the events: "), run.err.constData());
    QVERIFY2(run.err.contains("did not answer"), run.err.constData());
    QVERIFY(!QFile::exists(file));
    QVERIFY(silent.connections() > 0); // it did reach the remote
}

void tst_PullWorkspace::productionNeedsAllowProduction()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"prod.json"_s);
    // Never reaches the network: the refusal comes first (the URL is unused).
    const Run run = pull({u"--from"_s, u"production"_s, u"--remote-url"_s, m_remote->url({}).toString(), u"--to"_s,
                          file},
                         u"live_remote0123456789"_s);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--allow-production"), run.err.constData());
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(tst_PullWorkspace)
#include "tst_pullworkspace.moc"
