// `sendivent-console render --template-file …` (DESIGN §12): runs the built executable.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestRenderCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersExactlyTheOutput();
    void escapeNone();
    void partialsFile();
    void syntaxErrorReportsLineAndColumn();
    void renderErrorFails();
    void unreadableOrInvalidFiles();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run render(const QStringList &options);
    QString write(const QString &name, const QByteArray &contents);

    QString m_program;
    QTemporaryDir m_dir;
};

void TestRenderCli::initTestCase()
{
    m_program = qEnvironmentVariable("SENDIVENT_CONSOLE");
    QVERIFY2(!m_program.isEmpty() && QFile::exists(m_program), "SENDIVENT_CONSOLE must name the executable");
    QVERIFY(m_dir.isValid());
}

QString TestRenderCli::write(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

TestRenderCli::Run TestRenderCli::render(const QStringList &options)
{
    QProcess process;
    process.start(m_program, QStringList{QStringLiteral("render")} + options);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestRenderCli::rendersExactlyTheOutput()
{
    const QString tpl = write(QStringLiteral("t.hbs"),
                              "Hi {{contact.name | Guest}}! {{#each items}}{{@index}}={{this}};{{/each}}");
    const QString data = write(QStringLiteral("d.json"), R"({"contact":{},"items":["<a>",2.0]})");
    const Run run = render({QStringLiteral("--template-file"), tpl, QStringLiteral("--data-file"), data});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("Hi Guest! 0=&lt;a&gt;;1=2;")); // no newline added
    QCOMPARE(run.err, QByteArray());
}

void TestRenderCli::escapeNone()
{
    const QString tpl = write(QStringLiteral("e.hbs"), "{{v}}\n");
    const QString data = write(QStringLiteral("e.json"), R"({"v":"<b>&</b>"})");
    const Run run = render({QStringLiteral("--template-file"), tpl, QStringLiteral("--data-file"), data,
                            QStringLiteral("--escape"), QStringLiteral("none")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("<b>&</b>\n"));
}

void TestRenderCli::partialsFile()
{
    const QString tpl = write(QStringLiteral("p.hbs"), "{{#> layout}}body {{name}}{{/layout}}");
    const QString data = write(QStringLiteral("p.json"), R"({"name":"Ann"})");
    const QString partials = write(QStringLiteral("partials.json"),
                                   R"({"layout":"<main>{{> @partial-block}}</main>"})");
    const Run run = render({QStringLiteral("--template-file"), tpl, QStringLiteral("--data-file"), data,
                            QStringLiteral("--partials-file"), partials});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("<main>body Ann</main>"));
}

void TestRenderCli::syntaxErrorReportsLineAndColumn()
{
    const QString tpl = write(QStringLiteral("bad.hbs"), "line one\n  {{#if}}x{{/each}}\n");
    const QString data = write(QStringLiteral("bad.json"), "{}");
    const Run run = render({QStringLiteral("--template-file"), tpl, QStringLiteral("--data-file"), data});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(QRegularExpression(QStringLiteral("^2:6: .+\\n$")).match(QString::fromUtf8(run.err)).hasMatch(),
             run.err.constData());
}

void TestRenderCli::renderErrorFails()
{
    const QString tpl = write(QStringLiteral("missing.hbs"), "{{> nowhere}}");
    const QString data = write(QStringLiteral("missing.json"), "{}");
    const Run run = render({QStringLiteral("--template-file"), tpl, QStringLiteral("--data-file"), data});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("nowhere"));
}

void TestRenderCli::unreadableOrInvalidFiles()
{
    const QString tpl = write(QStringLiteral("ok.hbs"), "{{x}}");
    const QString badJson = write(QStringLiteral("bad-data.json"), "{\"x\":");
    Run run = render({QStringLiteral("--template-file"), m_dir.filePath(QStringLiteral("nope.hbs")),
                      QStringLiteral("--data-file"), badJson});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("nope.hbs"));

    run = render({QStringLiteral("--template-file"), tpl, QStringLiteral("--data-file"), badJson});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("bad-data.json"));

    const QString badPartials = write(QStringLiteral("bad-partials.json"), R"({"p": 3})");
    const QString data = write(QStringLiteral("ok.json"), "{}");
    run = render({QStringLiteral("--template-file"), tpl, QStringLiteral("--data-file"), data,
                  QStringLiteral("--partials-file"), badPartials});
    QCOMPARE(run.exitCode, 1);
}

void TestRenderCli::usageErrors()
{
    const QString tpl = write(QStringLiteral("u.hbs"), "x");
    const QString data = write(QStringLiteral("u.json"), "{}");
    QCOMPARE(render({QStringLiteral("--template-file"), tpl}).exitCode, 2);
    QCOMPARE(render({QStringLiteral("--template-file"), tpl, QStringLiteral("--data-file"), data,
                     QStringLiteral("--escape"), QStringLiteral("xml")}).exitCode, 2);
    QCOMPARE(render({QStringLiteral("--bogus")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRenderCli)
#include "tst_rendercli.moc"
