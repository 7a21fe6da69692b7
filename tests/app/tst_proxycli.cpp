// --proxy on the command line of the built executable: the refusals (exit 2) and a
// headless proxy in front of an in-process "remote" server.
#include <httpclient.h>
#include <jsoncompare.h>
#include <testserver.h>

#include <services.h>

#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#ifndef Q_OS_WIN
#include <csignal>
#endif

using namespace sendivent;
using namespace sendivent::test;
using namespace Qt::StringLiterals;

namespace {

QString console()
{
    return qEnvironmentVariable("SENDIVENT_CONSOLE");
}

// The environment of a child: no keychain (so nothing waits on one) and the given
// SENDIVENT_API_KEY, or none.
QProcessEnvironment childEnvironment(const QString &remoteKey)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"disabled:"_s);
    env.remove(u"SENDIVENT_API_KEY"_s);
    if (!remoteKey.isEmpty())
        env.insert(u"SENDIVENT_API_KEY"_s, remoteKey);
    return env;
}

} // namespace

class tst_ProxyCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusals_data();
    void refusals();
#ifndef Q_OS_WIN
    void headlessProxyForwards();
    void productionWithConfirmation();
#endif

private:
    QTemporaryDir m_data;
};

void tst_ProxyCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(console()), qPrintable(console()));
}

void tst_ProxyCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("remoteKey");
    QTest::addColumn<QString>("message");
    QTest::newRow("production without --allow-production")
        << QStringList{u"--proxy"_s, u"production"_s} << u"live_remote123"_s << u"--allow-production"_s;
    QTest::newRow("production without any key")
        << QStringList{u"--proxy"_s, u"production"_s} << QString() << u"--allow-production"_s;
    QTest::newRow("a live key behind a URL")
        << QStringList{u"--proxy"_s, u"http://127.0.0.1:9"_s} << u"live_remote123"_s << u"--allow-production"_s;
    QTest::newRow("sandbox without a key")
        << QStringList{u"--proxy"_s, u"sandbox"_s} << QString() << u"no API key for the sandbox API"_s;
    QTest::newRow("URL without a key")
        << QStringList{u"--proxy"_s, u"http://127.0.0.1:9"_s} << QString() << u"SENDIVENT_API_KEY"_s;
    QTest::newRow("key of the other environment")
        << QStringList{u"--proxy"_s, u"sandbox"_s} << u"live_remote123"_s << u"holds a production key"_s;
    QTest::newRow("not a key")
        << QStringList{u"--proxy"_s, u"sandbox"_s} << u"sk_123"_s << u"does not look like an API key"_s;
    QTest::newRow("unknown target")
        << QStringList{u"--proxy"_s, u"staging"_s} << u"test_remote123"_s << u"expected sandbox, production"_s;
    QTest::newRow("URL and --remote-url")
        << QStringList{u"--proxy"_s, u"http://127.0.0.1:9"_s, u"--remote-url"_s, u"http://127.0.0.1:8"_s}
        << u"test_remote123"_s << u"give one of them"_s;
}

void tst_ProxyCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, remoteKey);
    QFETCH(QString, message);
    QProcess p;
    p.setProcessEnvironment(childEnvironment(remoteKey));
    p.start(console(), QStringList{u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_data.path()} + arguments);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains(message.toUtf8()), err.constData());
    QVERIFY(p.readAllStandardOutput().isEmpty()); // never got to listen
    if (!remoteKey.isEmpty())
        QVERIFY(!err.contains(remoteKey.toUtf8()));
}

#ifndef Q_OS_WIN
namespace {

// Starts the console with `arguments`; the base URL it listens on, or empty.
QUrl startConsole(QProcess &p, const QStringList &arguments)
{
    p.start(console(), arguments);
    if (!p.waitForStarted(30000))
        return {};
    QByteArray line;
    if (!QTest::qWaitFor([&] { return (line += p.readAllStandardOutput()).contains('\n'); }, 30000))
        return {};
    if (!line.startsWith("listening on "))
        return {};
    return QUrl(QString::fromLatin1(line.mid(13).trimmed()));
}

// Ends a console a test left running when it failed early.
void stopConsole(QProcess &p)
{
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
}

} // namespace

void tst_ProxyCli::headlessProxyForwards()
{
    TestServer remote;
    QVERIFY(remote.start());
    QProcess p;
    const auto stop = qScopeGuard([&p] { stopConsole(p); });
    p.setProcessEnvironment(childEnvironment(kSandboxKey));
    const QUrl base = startConsole(p, {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_data.path(),
                                       u"--api-key"_s, u"test_localclient1"_s, u"--proxy"_s, remote.url(u""_s).toString()});
    QByteArray err = p.readAllStandardError();
    QVERIFY2(base.isValid() && base.port() > 0, err.constData());

    HttpClient client(u"test_localclient1"_s);
    const HttpReply viaProxy = client.get(base.resolved(QUrl(u"/v1/events"_s)));
    QCOMPARE(viaProxy.status, 200);
    QCOMPARE(viaProxy.body, HttpClient(kSandboxKey).get(remote.url(u"/v1/events"_s)).body);
    QVERIFY(!viaProxy.header("X-Remote-Request-Id").isEmpty());
    QCOMPARE(HttpClient().get(base.resolved(QUrl(u"/v1/events"_s))).status, 401);

    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    err += p.readAllStandardError();
    // A URL target with a test_ key: the sandbox API at that URL.
    const QByteArray announced = "proxy mode: /v1 is forwarded to the sandbox API at " + remote.url(u""_s).toString().toUtf8();
    QVERIFY2(err.contains(announced), err.constData());
    // The log names the target, never a key.
    QVERIFY(!err.contains(kSandboxKey.toUtf8()));
    QVERIFY(!err.contains("test_localclient1"));
}

void tst_ProxyCli::productionWithConfirmation()
{
    // --proxy production at a --remote-url (on-premise) with --allow-production.
    TestServer remote;
    QVERIFY(remote.start());
    QProcess p;
    const auto stop = qScopeGuard([&p] { stopConsole(p); });
    p.setProcessEnvironment(childEnvironment(kProductionKey));
    const QUrl base = startConsole(p, {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_data.path(),
                                       u"--api-key"_s, u"test_localclient1"_s, u"--proxy"_s, u"production"_s,
                                       u"--allow-production"_s, u"--remote-url"_s, remote.url(u""_s).toString()});
    QByteArray err = p.readAllStandardError();
    QVERIFY2(base.isValid(), err.constData());
    HttpClient client(u"test_localclient1"_s);
    QCOMPARE(client.post(base.resolved(QUrl(u"/v1/contacts"_s)), Json{{"email", "cli@proxy.test"}}).status, 201);
    // The remote saw a production request.
    remote.server().services()->settle();
    const Json journal = HttpClient(kSandboxKey).get(remote.url(u"/_local/requests?environment=production"_s)).json();
    QVERIFY2(journal["data"].is_object(), journal.dump().c_str());
    QCOMPARE(journal["data"]["total"], 1);
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(30000));
    err += p.readAllStandardError();
    QVERIFY2(err.contains("the production API at"), err.constData());
}
#endif

QTEST_GUILESS_MAIN(tst_ProxyCli)
#include "tst_proxycli.moc"
