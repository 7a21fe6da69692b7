// Unit tests of the Handlebars engine: each construct, Sendivent's fallback syntax,
// syntax-error positions, render errors, nesting caps, the cache and concurrent use.
// (Byte-for-byte agreement with handlebars.js is tst_differential's job.)

#include "template/handlebars.h"

#include <QTest>

#include <thread>

using namespace sendivent;
using hbs::Json;

namespace {

// Rendered output, or "ERROR <message>" / "SYNTAX <line:col: message>".
std::string run(std::string_view source, const char *data = "{}", const hbs::Partials &partials = {},
                hbs::Escaping escaping = hbs::Escaping::Html)
{
    const hbs::Compiled compiled = hbs::Template::compile(source);
    if (!compiled)
        return "SYNTAX " + compiled.error().toString();
    const hbs::RenderResult r = compiled.value().render(Json::parse(data), partials, escaping);
    return r ? r.value() : "ERROR " + r.error();
}

hbs::SyntaxError syntaxError(std::string_view source)
{
    const hbs::Compiled compiled = hbs::Template::compile(source);
    if (compiled)
        return {0, 0, "compiled"};
    return compiled.error();
}

} // namespace

class TestHandlebars : public QObject
{
    Q_OBJECT

private slots:
    void constructs_data();
    void constructs();
    void values_data();
    void values();
    void whitespace_data();
    void whitespace();
    void partials_data();
    void partials();
    void fallback_data();
    void fallback();
    void escapingNone();
    void syntaxErrorPositions_data();
    void syntaxErrorPositions();
    void renderErrors_data();
    void renderErrors();
    void nestingIsCapped();
    void templateIsSharedAndReusable();
    void concurrentRenders();
    void cache();
    void partialsFromJson();
};

void TestHandlebars::constructs_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("expected");
    const QString d = QStringLiteral(R"({"a":{"b":{"c":"deep"}},"name":"Ann","list":[1,2,3],"obj":{"x":1,"y":2},
        "t":true,"f":false,"zero":0,"people":[{"n":"A","kids":["k1","k2"]},{"n":"B","kids":[]}],"sp":{"a b":"spaced"}})");
    const auto row = [&](const char *name, const char *source, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(source) << d << QString::fromUtf8(expected);
    };
    row("path", "{{a.b.c}}", "deep");
    row("slash path", "{{a/b/c}}", "deep");
    row("this", "{{#with a.b}}{{this.c}}{{/with}}", "deep");
    row("dot slash", "{{#with a}}{{./b.c}}{{/with}}", "deep");
    row("parent", "{{#with a}}{{#with b}}{{../../name}}{{/with}}{{/with}}", "Ann");
    row("segment literal", "{{[sp].[a b]}}", "spaced");
    row("array index segment", "{{list.[1]}}", "2");
    row("root", "{{#each list}}{{@root.name}}{{/each}}", "AnnAnnAnn");
    row("index key first last", "{{#each obj}}{{@index}}{{@key}}{{@first}}{{@last}} {{/each}}", "0xtruefalse 1yfalsetrue ");
    row("parent index", "{{#each people}}{{#each kids}}{{@../index}}{{@index}},{{/each}}{{/each}}", "00,01,");
    row("block params", "{{#each people as |p i|}}{{i}}{{p.n}}{{/each}}", "0A1B");
    row("if else", "{{#if f}}y{{else}}n{{/if}}", "n");
    row("else if chain", "{{#if f}}1{{else if zero}}2{{else if t}}3{{/if}}", "3");
    row("includeZero", "{{#if zero includeZero=true}}z{{/if}}", "z");
    row("unless", "{{#unless f}}u{{/unless}}", "u");
    row("each else", "{{#each missing}}x{{else}}none{{/each}}", "none");
    row("with else", "{{#with missing}}x{{else}}none{{/with}}", "none");
    row("inverse section", "{{^t}}x{{else}}has{{/t}}", "has");
    row("inverse section on array iterates", "{{^list}}x{{else}}i{{/list}}", "iii");
    row("caret else", "{{#f}}x{{^}}inverse{{/f}}", "inverse");
    row("lookup", "{{#each list}}{{lookup ../list @index}}{{/each}}", "123");
    row("log renders nothing", "a{{log name level=\"error\"}}b", "ab");
    row("subexpression", "{{#with (lookup a \"b\")}}{{c}}{{/with}}", "deep");
    row("literals", "{{lookup obj \"x\"}}{{#if 1}}1{{/if}}{{#if null}}n{{/if}}", "11");
    row("triple stash", "{{{name}}}", "Ann");
    row("ampersand", "{{& name}}", "Ann");
    row("comments", "a{{! short }}b{{!-- long }} --}}c", "abc");
    row("escaped mustache", "\\{{name}} {{name}}", "{{name}} Ann");
    row("raw block", "{{{{t}}}}{{name}}{{{{/t}}}}", "{{name}}");
    row("section on object", "{{#a}}{{b.c}}{{/a}}", "deep");
    row("section on array", "{{#list}}{{this}}{{/list}}", "123");
}

void TestHandlebars::constructs()
{
    QFETCH(QString, source);
    QFETCH(QString, data);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(run(source.toStdString(), data.toUtf8().constData())), expected);
}

void TestHandlebars::values_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer-valued float") << R"({"v":1.0})" << "1";
    QTest::newRow("negative zero") << R"({"v":-0.0})" << "0";
    QTest::newRow("fraction") << R"({"v":0.1})" << "0.1";
    QTest::newRow("1e21") << R"({"v":1e21})" << "1e+21";
    QTest::newRow("below 1e21") << R"({"v":123456789012345680000})" << "123456789012345680000";
    QTest::newRow("small") << R"({"v":1e-7})" << "1e-7";
    QTest::newRow("0.000001") << R"({"v":0.000001})" << "0.000001";
    QTest::newRow("beyond 2^53") << R"({"v":9007199254740993})" << "9007199254740992";
    QTest::newRow("true") << R"({"v":true})" << "true";
    QTest::newRow("false") << R"({"v":false})" << "false";
    QTest::newRow("null") << R"({"v":null})" << "";
    QTest::newRow("missing") << R"({})" << "";
    QTest::newRow("array") << R"({"v":[1,[2,3],null,"a"]})" << "1,2,3,,a";
    QTest::newRow("object") << R"({"v":{"a":1}})" << "[object Object]";
    QTest::newRow("escaping") << R"({"v":"&<>\"'`="})" << "&amp;&lt;&gt;&quot;&#x27;&#x60;&#x3D;";
}

void TestHandlebars::values()
{
    QFETCH(QString, data);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(run("{{v}}", data.toUtf8().constData())), expected);
}

void TestHandlebars::whitespace_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("standalone block") << "a\n{{#if t}}\nb\n{{/if}}\nc" << "a\nb\nc";
    QTest::newRow("standalone else") << "{{#if f}}\n1\n{{else}}\n2\n{{/if}}\n" << "2\n";
    QTest::newRow("standalone comment") << "a\n  {{! x }}\nb" << "a\nb";
    QTest::newRow("not standalone") << "a {{#if t}}b{{/if}} c" << "a b c";
    QTest::newRow("tilde") << "a  {{~name~}}  b" << "aAnnb";
    QTest::newRow("tilde block") << "{{#if t~}}\n  x  \n{{~/if}}" << "x";
    QTest::newRow("crlf") << "a\r\n{{#if t}}\r\nb\r\n{{/if}}\r\n" << "a\r\nb\r\n";
}

void TestHandlebars::whitespace()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(run(source.toStdString(), R"({"t":true,"f":false,"name":"Ann"})")),
             expected);
}

void TestHandlebars::partials_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("basic") << "{{> hello}}" << "Hello Ann";
    QTest::newRow("context") << "{{> item person}}" << "[Bob]";
    QTest::newRow("hash") << "{{> item name=\"Hash\"}}" << "[Hash]";
    QTest::newRow("dynamic") << "{{> (lookup . \"which\")}}" << "Hello Ann";
    QTest::newRow("indent") << "<div>\n  {{> lines}}\n</div>" << "<div>\n  one\n  two\n</div>";
    QTest::newRow("partial block fallback") << "{{#> missing}}fallback{{/missing}}" << "fallback";
    QTest::newRow("layout") << "{{#> layout}}body{{/layout}}" << "<main>body</main>";
    QTest::newRow("inline") << "{{#*inline \"x\"}}X{{name}}{{/inline}}{{> x}}" << "XAnn";
    QTest::newRow("inline into layout") << "{{#> layout}}{{#*inline \"t\"}}T{{/inline}}{{/layout}}" << "<main></main>";
    QTest::newRow("nested") << "{{> outer}}" << "(Hello Ann)";
}

void TestHandlebars::partials()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const hbs::Partials partials{{"hello", "Hello {{name}}"},
                                 {"item", "[{{name}}]"},
                                 {"lines", "one\ntwo\n"},
                                 {"layout", "<main>{{> @partial-block}}</main>"},
                                 {"outer", "({{> hello}})"}};
    QCOMPARE(QString::fromStdString(run(source.toStdString(),
                                        R"({"name":"Ann","person":{"name":"Bob"},"which":"hello"})",
                                        partials)),
             expected);
}

void TestHandlebars::fallback_data()
{
    // {{path | Default}}: the default replaces a missing value, null or "". false and 0
    // are values (they render as "false" and "0"), as are empty arrays and objects.
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("present") << "{{name | Guest}}" << "Ann";
    QTest::newRow("missing") << "{{missing | Guest}}" << "Guest";
    QTest::newRow("null") << "{{nil | Guest}}" << "Guest";
    QTest::newRow("empty string") << "{{empty | Guest}}" << "Guest";
    QTest::newRow("false is a value") << "{{no | Guest}}" << "false";
    QTest::newRow("zero is a value") << "{{zero | Guest}}" << "0";
    QTest::newRow("nested path") << "{{contact.meta.tier | standard}}" << "standard";
    QTest::newRow("no spaces") << "{{missing|Guest}}" << "Guest";
    QTest::newRow("text with spaces and punctuation") << "{{missing |  dear customer, hi! }}"
                                                       << "dear customer, hi!";
    QTest::newRow("default escaped like the value") << "{{missing | <Guest & Co>}}"
                                                    << "&lt;Guest &amp; Co&gt;";
    QTest::newRow("triple stash not escaped") << "{{{missing | <b>Guest</b>}}}" << "<b>Guest</b>";
    QTest::newRow("value escaped") << "{{html | x}}" << "&lt;i&gt;";
    QTest::newRow("tilde") << "a {{~missing | G~}} b" << "aGb";
    QTest::newRow("inside each") << "{{#each people}}{{name | ?}},{{/each}}" << "A,?,?,";
    QTest::newRow("data variable") << "{{@root.missing | none}}" << "none";
    QTest::newRow("standalone rules unaffected") << "x\n{{missing | y}}\nz" << "x\ny\nz";
}

void TestHandlebars::fallback()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const char *data = R"({"name":"Ann","nil":null,"empty":"","no":false,"zero":0,"html":"<i>",
        "contact":{"meta":{}},"people":[{"name":"A"},{"name":""},{}]})";
    QCOMPARE(QString::fromStdString(run(source.toStdString(), data)), expected);
}

void TestHandlebars::escapingNone()
{
    const char *data = R"({"html":"<b>&'\"</b>","missing":null})";
    QCOMPARE(run("{{html}}|{{missing | <x>}}", data, {}, hbs::Escaping::None), "<b>&'\"</b>|<x>");
    QCOMPARE(run("{{> p}}", data, hbs::Partials{{"p", "{{html}}"}}, hbs::Escaping::None), "<b>&'\"</b>");
    QCOMPARE(run("{{html}}", data), "&lt;b&gt;&amp;&#x27;&quot;&lt;/b&gt;");
}

void TestHandlebars::syntaxErrorPositions_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("unclosed mustache") << "Hello {{name" << 1 << 9; // an ID needs a terminator
    QTest::newRow("empty mustache") << "ab{{}}" << 1 << 5;
    QTest::newRow("invalid identifier") << "{{na#me}}" << 1 << 3;
    QTest::newRow("missing close") << "Hello {{name }" << 1 << 14;
    QTest::newRow("mismatched close on second line") << "line one\n  {{#if}}{{/unless}}" << 2 << 6;
    QTest::newRow("third line after crlf") << "a\r\nb\r\n{{else}}" << 3 << 1;
    QTest::newRow("unclosed block reported where it opens") << "ab\n  {{#if x}}\nabc" << 2 << 3;
    QTest::newRow("column counts code points") << "ÄÖ😀 {{a b=}}" << 1 << 11;
    QTest::newRow("invalid path") << "x {{foo/../bar}}" << 1 << 5;
    QTest::newRow("partial arguments") << "\n\n   {{> p a b}}" << 3 << 4;
    QTest::newRow("unterminated comment") << "ok\n{{!-- never" << 2 << 1;
}

void TestHandlebars::syntaxErrorPositions()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, column);
    const hbs::SyntaxError e = syntaxError(source.toStdString());
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY(!e.message.empty());
    QCOMPARE(QString::fromStdString(e.toString()),
             QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(QString::fromStdString(e.message)));
}

void TestHandlebars::renderErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing partial") << "{{> nope}}" << "The partial nope could not be found";
    QTest::newRow("missing helper") << "{{shout name}}" << "Missing helper: \"shout\"";
    QTest::newRow("if arity") << "{{#if}}x{{/if}}" << "#if requires exactly one argument";
    QTest::newRow("with arity") << "{{#with a b}}x{{/with}}" << "#with requires exactly one argument";
    QTest::newRow("each arity") << "{{#each}}x{{/each}}" << "Must pass iterator to #each";
    QTest::newRow("value called") << "{{name 1}}" << "\"name\" is not a function";
    QTest::newRow("block helper as mustache") << "{{if name}}" << "options.fn is not a function";
    QTest::newRow("broken partial") << "{{> broken}}" << "partial broken: 1:8:";
}

void TestHandlebars::renderErrors()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    const std::string out = run(source.toStdString(), R"({"name":"Ann"})", hbs::Partials{{"broken", "{{#if x}"}});
    QVERIFY2(QString::fromStdString(out).startsWith(QStringLiteral("ERROR ") + message), out.c_str());
}

void TestHandlebars::nestingIsCapped()
{
    // Unbounded partial recursion is a clear render error, not a stack overflow.
    const std::string loop = run("{{> loop}}", "{}", hbs::Partials{{"loop", "x{{> loop}}"}});
    QVERIFY2(loop.rfind("ERROR nesting too deep", 0) == 0, loop.c_str());

    // Deeply nested source is a syntax error with the position where the cap was hit.
    std::string deep;
    for (int i = 0; i < 1000; ++i)
        deep += "{{#if x}}";
    const hbs::SyntaxError e = syntaxError(deep);
    QVERIFY2(e.message.find("nesting too deep") != std::string::npos, e.message.c_str());
    QCOMPARE(e.line, 1);

    std::string sexpr = "{{x ";
    for (int i = 0; i < 1000; ++i)
        sexpr += "(x ";
    QVERIFY(syntaxError(sexpr).message.find("nesting too deep") != std::string::npos);

    // Legitimate depth (a 40-level tree through a recursive partial) still renders.
    Json tree = Json::object();
    Json *node = &tree;
    for (int i = 0; i < 40; ++i) {
        (*node)["v"] = i;
        (*node)["c"] = Json::array({Json::object()});
        node = &(*node)["c"][0];
    }
    hbs::Partials partials{{"n", "{{v}}{{#each c}}{{> n}}{{/each}}"}};
    const auto compiled = hbs::Template::compile("{{> n}}");
    const auto out = compiled.value().render(tree, partials, hbs::Escaping::Html);
    QVERIFY2(out.hasValue(), out.hasValue() ? "" : out.error().c_str());
    QVERIFY(out.value().rfind("0123456789", 0) == 0);
}

void TestHandlebars::templateIsSharedAndReusable()
{
    const auto compiled = hbs::Template::compile("{{#each x}}{{this}}{{/each}}");
    QVERIFY(compiled.hasValue());
    const hbs::Template a = compiled.value();
    const hbs::Template b = a; // copies share the compiled tree
    QCOMPARE(a.data().get(), b.data().get());
    QCOMPARE(a.render(Json::parse(R"({"x":[1,2]})")).value(), std::string("12"));
    QCOMPARE(b.render(Json::parse(R"({"x":["a"]})")).value(), std::string("a"));
    QCOMPARE(a.source(), std::string("{{#each x}}{{this}}{{/each}}"));
}

void TestHandlebars::concurrentRenders()
{
    const auto compiled = hbs::Template::compile("{{#each items}}{{> row}}{{/each}}");
    QVERIFY(compiled.hasValue());
    const hbs::Template tpl = compiled.value();
    const hbs::Partials partials{{"row", "<{{@index}}:{{name}}>"}};
    Json data = {{"items", Json::array()}};
    std::string expected;
    for (int i = 0; i < 200; ++i) {
        data["items"].push_back({{"name", "n" + std::to_string(i)}});
        expected += "<" + std::to_string(i) + ":n" + std::to_string(i) + ">";
    }
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                const auto r = tpl.render(data, partials, hbs::Escaping::Html);
                if (!r || r.value() != expected)
                    ++mismatches;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestHandlebars::cache()
{
    hbs::TemplateCache cache(2);
    const auto a1 = cache.get(1, "{{a}}");
    const auto a2 = cache.get(1, "{{a}}");
    QVERIFY(a1.hasValue() && a2.hasValue());
    QCOMPARE(a1.value().data().get(), a2.value().data().get());
    const auto b = cache.get(2, "{{a}}"); // a new revision compiles again
    QVERIFY(b.value().data().get() != a1.value().data().get());
    QCOMPARE(cache.size(), std::size_t(2));
    const auto bad = cache.get(2, "{{#if}");
    QVERIFY(!bad.hasValue());
    QCOMPARE(cache.size(), std::size_t(2)); // capacity respected
    cache.clear();
    QCOMPARE(cache.size(), std::size_t(0));
}

void TestHandlebars::partialsFromJson()
{
    hbs::Partials partials;
    std::string error;
    QVERIFY(hbs::Partials::fromJson(Json::parse(R"({"a":"A{{x}}","b":""})"), partials, &error));
    QCOMPARE(partials.size(), std::size_t(2));
    QVERIFY(partials.contains("a"));
    QVERIFY(!hbs::Partials::fromJson(Json::parse(R"({"a":1})"), partials, &error));
    QVERIFY(error.find("\"a\"") != std::string::npos);
    QVERIFY(!hbs::Partials::fromJson(Json::parse("[]"), partials, &error));

    hbs::Partials copy = partials; // copy-on-write: inserting into a copy leaves the original
    copy.insert("c", "C");
    QVERIFY(copy.contains("c"));
    QVERIFY(!partials.contains("c"));
}

QTEST_GUILESS_MAIN(TestHandlebars)
#include "tst_handlebars.moc"
