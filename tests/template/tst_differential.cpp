// Differential test: every case of the corpus is rendered by this engine and by the
// npm package handlebars@4.7.8 (run with Node.js); the outputs must be identical, or
// both must fail. The package is installed into the build tree by the CTest fixture
// `template_reference_setup`; when it is missing this test fails, it never skips.

#include "template/handlebars.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace sendivent;

namespace {

struct Case
{
    std::string name;
    std::string file;
    std::string templ;
    hbs::Json data;
    hbs::Json partials;
    hbs::Escaping escaping = hbs::Escaping::Html;
};

hbs::Json readJson(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return hbs::Json::parse(buffer.str());
}

std::string shown(const std::string &s)
{
    return hbs::Json(s).dump();
}

} // namespace

class TestDifferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusMatchesHandlebarsJs();

private:
    QStringList m_corpusFiles;
    std::vector<Case> m_cases;
    hbs::Json m_reference;
};

void TestDifferential::initTestCase()
{
    const QDir corpusDir(QStringLiteral(SENDIVENT_TEMPLATE_CORPUS_DIR));
    const QStringList names = corpusDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), "no corpus files");
    for (const QString &name : names) {
        const QString path = corpusDir.filePath(name);
        m_corpusFiles << path;
        const hbs::Json cases = readJson(path);
        QVERIFY2(cases.is_array(), qPrintable(path));
        for (const auto &c : cases) {
            Case item;
            item.file = name.toStdString();
            item.name = c.at("name").get<std::string>();
            item.templ = c.at("template").get<std::string>();
            item.data = c.value("data", hbs::Json::object());
            item.partials = c.value("partials", hbs::Json::object());
            item.escaping = c.value("escape", std::string("html")) == "none" ? hbs::Escaping::None
                                                                            : hbs::Escaping::Html;
            m_cases.push_back(std::move(item));
        }
    }

    const QString modules = qEnvironmentVariable("SENDIVENT_HBS_MODULES");
    QVERIFY2(!modules.isEmpty(), "SENDIVENT_HBS_MODULES is not set (see tests/template/CMakeLists.txt)");
    QVERIFY2(QFile::exists(modules + QStringLiteral("/node_modules/handlebars/package.json")),
             qPrintable(QStringLiteral("handlebars is not installed in %1: the fixture "
                                       "template_reference_setup (npm install) must run first")
                            .arg(modules)));
    QString node = qEnvironmentVariable("SENDIVENT_NODE");
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!node.isEmpty(), "Node.js (node) not found");

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString output = tmp.filePath(QStringLiteral("reference.json"));
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral(SENDIVENT_TEMPLATE_REFERENCE_SCRIPT), modules, output};
    arguments += m_corpusFiles;
    process.start(node, arguments);
    QVERIFY2(process.waitForFinished(180000), "node did not finish");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    m_reference = readJson(output);
    QCOMPARE(m_reference.at("version").get<std::string>(), std::string("4.7.8"));
}

void TestDifferential::corpusMatchesHandlebarsJs()
{
    const hbs::Json &results = m_reference.at("results");
    QCOMPARE(results.size(), m_cases.size());

    int differences = 0;
    int bothFailed = 0;
    for (std::size_t i = 0; i < m_cases.size(); ++i) {
        const Case &c = m_cases[i];
        const hbs::Json &expected = results[i];
        QCOMPARE(expected.at("name").get<std::string>(), c.name);
        hbs::Partials partials;
        std::string partialsError;
        QVERIFY2(hbs::Partials::fromJson(c.partials, partials, &partialsError), partialsError.c_str());

        const hbs::Compiled compiled = hbs::Template::compile(c.templ);
        bool ok = false;
        std::string actual;
        if (!compiled) {
            actual = compiled.error().toString();
        } else {
            const hbs::RenderResult r = compiled.value().render(c.data, partials, c.escaping);
            ok = r.hasValue();
            actual = ok ? r.value() : r.error();
        }
        const bool expectedOk = expected.at("ok").get<bool>();
        if (!expectedOk && !ok) {
            ++bothFailed;
            continue;
        }
        if (expectedOk && ok && expected.at("output").get<std::string>() == actual)
            continue;
        ++differences;
        const std::string want = expectedOk ? "output " + shown(expected.at("output").get<std::string>())
                                            : "error " + expected.at("error").get<std::string>();
        const std::string got = ok ? "output " + shown(actual) : "error " + actual;
        qWarning("DIFFERENCE %s / %s\n  template: %s\n  handlebars.js: %s\n  this engine:   %s",
                 c.file.c_str(), c.name.c_str(), shown(c.templ).c_str(), want.c_str(), got.c_str());
    }
    qInfo("%zu cases, %d failing in both engines, %d differences", m_cases.size(), bothFailed,
          differences);
    QCOMPARE(differences, 0);
    QVERIFY2(m_cases.size() >= 300, "the corpus must hold at least 300 cases");
}

QTEST_GUILESS_MAIN(TestDifferential)
#include "tst_differential.moc"
