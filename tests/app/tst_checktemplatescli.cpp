// `sendivent-console check-templates` (issue 20), run as CI runs it: the built
// executable on fixture files and on a data folder, every output format, exit codes.

#include <base/json.h>
#include <storage/database.h>
#include <workspace/workspaceservice.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sendivent;
using namespace Qt::StringLiterals;

class TestCheckTemplatesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoWorkspaceIsClean();
    void findingsFailWithLocation();
    void failOnThreshold();
    void jsonFormat();
    void junitFormatParses();
    void payloadsFolder();
    void dataDirectory();
    void clientsOption();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run check(const QStringList &options);
    QString write(const QString &name, const QByteArray &contents);
    QString brokenFixture();

    QString m_program;
    QTemporaryDir m_dir;
};

void TestCheckTemplatesCli::initTestCase()
{
    m_program = qEnvironmentVariable("SENDIVENT_CONSOLE");
    QVERIFY2(!m_program.isEmpty() && QFile::exists(m_program), "SENDIVENT_CONSOLE must name the executable");
    QVERIFY(m_dir.isValid());
}

QString TestCheckTemplatesCli::write(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

TestCheckTemplatesCli::Run TestCheckTemplatesCli::check(const QStringList &options)
{
    QProcess process;
    process.start(m_program, QStringList{u"check-templates"_s} + options);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// One event: an email whose html has an unclosed block on line 2, and an SMS that
// reads a payload value the sample payload lacks.
QString TestCheckTemplatesCli::brokenFixture()
{
    const Json fixture = Json::parse(R"({
      "app": {"name": "Acme"},
      "senders": [{"name": "Acme", "email": "hello@acme.test", "phone": "+46700000001"}],
      "events": [{
        "identifier": "order.confirmed", "name": "Order confirmed", "channels": ["email", "sms"],
        "default_language": "en",
        "templates": [
          {"channel": "email", "language": "en", "subject": "Order {{payload.order_id}}",
           "html": "<p>Hi</p>\n{{#if payload.paid}}<p>Paid</p>", "text": "Hi"},
          {"channel": "sms", "language": "en", "text": "Order {{payload.order_id}}: {{payload.total}}"}
        ]
      }]
    })");
    return write(u"broken.json"_s, QByteArray::fromStdString(fixture.dump()));
}

void TestCheckTemplatesCli::demoWorkspaceIsClean()
{
    QFile demo(QStringLiteral(SENDIVENT_DEMO_WORKSPACE));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QString path = write(u"demo.json"_s, demo.readAll());
    const Run run = check({u"--workspace"_s, path});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY(run.err.contains("templates checked: 0 errors, 0 warnings"));
}

void TestCheckTemplatesCli::findingsFailWithLocation()
{
    const Run run = check({u"--workspace"_s, brokenFixture()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("order.confirmed/email/en/html:2:"), run.out.constData());
    QVERIFY(run.out.contains(": error [syntax]"));
    QVERIFY(run.err.contains("1 errors"));
}

void TestCheckTemplatesCli::failOnThreshold()
{
    const QByteArray onlyWarnings = R"({"events": [{"identifier": "a", "name": "A", "channels": ["sms"],
        "templates": [{"channel": "sms", "language": "en", "text": "{{contact.nmae}}"}]}]})";
    const QString path = write(u"warnings.json"_s, onlyWarnings);
    QCOMPARE(check({u"--workspace"_s, path}).exitCode, 1);
    QCOMPARE(check({u"--workspace"_s, path, u"--fail-on"_s, u"error"_s}).exitCode, 0);
    QCOMPARE(check({u"--workspace"_s, path, u"--fail-on"_s, u"warning"_s}).exitCode, 1);
}

void TestCheckTemplatesCli::jsonFormat()
{
    const Run run = check({u"--workspace"_s, brokenFixture(), u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 1);
    const Json report = Json::parse(run.out.toStdString());
    QCOMPARE(report["counts"]["error"].get<int>(), 1);
    const Json &first = report["findings"][0];
    QCOMPARE(first["check"].get<std::string>(), "syntax");
    QCOMPARE(first["event"].get<std::string>(), "order.confirmed");
    QCOMPARE(first["line"].get<int>(), 2);
    QVERIFY(first["column"].is_number());
    QVERIFY(run.err.isEmpty());
}

void TestCheckTemplatesCli::junitFormatParses()
{
    const Run run = check({u"--workspace"_s, brokenFixture(), u"--format"_s, u"junit"_s});
    QCOMPARE(run.exitCode, 1);
    QXmlStreamReader xml(run.out);
    int suites = 0, cases = 0, failures = 0;
    QString declaredTests, declaredFailures;
    QStringList failedCases;
    QString currentCase;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"testsuite"_s) {
            ++suites;
            declaredTests = xml.attributes().value(u"tests"_s).toString();
            declaredFailures = xml.attributes().value(u"failures"_s).toString();
        } else if (xml.name() == u"testcase"_s) {
            ++cases;
            currentCase = xml.attributes().value(u"classname"_s) + u'.' + xml.attributes().value(u"name"_s);
        } else if (xml.name() == u"failure"_s) {
            ++failures;
            failedCases << currentCase;
            QVERIFY(!xml.attributes().value(u"message"_s).isEmpty());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suites, 1);
    QCOMPARE(cases, 3); // email/en, sms/en and the event (translations, payload)
    QCOMPARE(declaredTests, QString::number(cases));
    QCOMPARE(declaredFailures, u"1"_s); // the email; the SMS's payload reads are unchecked without payloads
    QCOMPARE(failures, 1);
    QCOMPARE(failedCases, QStringList{u"order.confirmed.email/en"_s});
}

void TestCheckTemplatesCli::payloadsFolder()
{
    QDir(m_dir.path()).mkdir(u"payloads"_s);
    write(u"payloads/order.confirmed.json"_s, R"([{"order_id": "1001", "paid": true}])");
    const Run run = check({u"--workspace"_s, brokenFixture(), u"--payloads"_s, m_dir.filePath(u"payloads"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("order.confirmed/sms/en/text:1:") && run.out.contains("payload.total"), run.out.constData());

    write(u"payloads/order.confirmed.json"_s, R"("not an object")");
    QCOMPARE(check({u"--workspace"_s, brokenFixture(), u"--payloads"_s, m_dir.filePath(u"payloads"_s)}).exitCode, 2);
    QCOMPARE(check({u"--workspace"_s, brokenFixture(), u"--payloads"_s, m_dir.filePath(u"nowhere"_s)}).exitCode, 2);
}

void TestCheckTemplatesCli::dataDirectory()
{
    // The workspace a console stores in its data folder, as `--data-dir` reads it.
    QTemporaryDir data;
    {
        Database db(data.filePath(u"sendivent.db"_s));
        QVERIFY(db.open());
        WorkspaceService workspaces(db);
        QVERIFY(workspaces.seedDemoIfEmpty());
    }
    Run run = check({u"--data-dir"_s, data.path()});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY(run.err.contains("0 errors"));

    QTemporaryDir empty;
    run = check({u"--data-dir"_s, empty.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no workspace"));
}

void TestCheckTemplatesCli::clientsOption()
{
    const QByteArray flex = R"({"senders": [{"name": "A", "email": "a@acme.test"}], "events": [{"identifier": "a", "name": "A", "channels": ["email"],
        "templates": [{"channel": "email", "language": "en", "subject": "x", "text": "x",
                       "html": "<div style=\"display:flex\">x</div>"}]}]})";
    const QString path = write(u"flex.json"_s, flex);
    Run run = check({u"--workspace"_s, path, u"--clients"_s, u"outlook-windows"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("https://www.caniemail.com/features/css-display-flex/"));
    run = check({u"--workspace"_s, path, u"--clients"_s, u"apple-mail"_s});
    QVERIFY2(!run.out.contains("css-display-flex"), run.out.constData());
    run = check({u"--list-clients"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("outlook-windows\tOutlook (Windows)"));
    QVERIFY(run.out.contains("caniemail.com"));
}

void TestCheckTemplatesCli::usageErrors()
{
    const QString path = brokenFixture();
    QCOMPARE(check({u"--workspace"_s, path, u"--format"_s, u"xml"_s}).exitCode, 2);
    QCOMPARE(check({u"--workspace"_s, path, u"--fail-on"_s, u"fatal"_s}).exitCode, 2);
    const Run unknownClient = check({u"--workspace"_s, path, u"--clients"_s, u"gmail,lotus-notes"_s});
    QCOMPARE(unknownClient.exitCode, 2);
    QVERIFY(unknownClient.err.contains("lotus-notes"));
    QCOMPARE(check({u"--workspace"_s, path, u"--sms-max-segments"_s, u"0"_s}).exitCode, 2);
    QCOMPARE(check({u"--workspace"_s, m_dir.filePath(u"missing.json"_s)}).exitCode, 2);
    QCOMPARE(check({u"--workspace"_s, write(u"bad.json"_s, "{")}).exitCode, 2);
    QCOMPARE(check({u"--workspace"_s, path, u"--data-dir"_s, m_dir.path()}).exitCode, 2);
    QCOMPARE(check({u"stray"_s}).exitCode, 2);
    QCOMPARE(check({u"--bogus"_s}).exitCode, 2);
    const Run help = check({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("sendivent-console check-templates"));
}

QTEST_GUILESS_MAIN(TestCheckTemplatesCli)
#include "tst_checktemplatescli.moc"
