// Issue 20: the email preview's browser engine keeps its promises. No script runs, no
// remote request leaves before it is allowed (a real local server counts them), a
// click on a link is reported and goes nowhere, dark mode switches a
// prefers-color-scheme page, and an email larger than setHtml()'s 2 MB still shows.
#include <stubservers.h>
#include <studio/emailhtmlview.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWebEngineWidgets/QWebEngineView>

#include <memory>

using namespace sendivent;
using namespace Qt::StringLiterals;

namespace {

bool isUniform(const QImage &image)
{
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            if (image.pixel(x, y) != image.pixel(0, 0))
                return false;
    return true;
}

} // namespace

class tst_EmailHtmlView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void colorSchemeIsRewritten_data();
    void colorSchemeIsRewritten();
    void javascriptIsOff();
    void remoteContentIsBlockedUntilAllowed();
    void linkIsReportedNotFollowed();
    void darkModeSwitchesThePage();
    void largeEmailStillShows();

private:
    void show(const QString &html);
    QColor pixelWhenPainted(QPoint at, QColor expected);

    std::unique_ptr<app::EmailHtmlView> m_view;
};

void tst_EmailHtmlView::init()
{
    m_view.reset(app::EmailHtmlView::create());
    QVERIFY(m_view->isBrowserEngine());
    m_view->resize(400, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_EmailHtmlView::cleanup()
{
    m_view.reset();
}

void tst_EmailHtmlView::show(const QString &html)
{
    QSignalSpy rendered(m_view.get(), &app::EmailHtmlView::rendered);
    m_view->setHtml(html);
    QVERIFY2(rendered.wait(30000), "the email was not rendered");
}

// The colour at `at` once the engine has painted it as expected (or its last value).
QColor tst_EmailHtmlView::pixelWhenPainted(QPoint at, QColor expected)
{
    QColor seen;
    (void)QTest::qWaitFor(
        [&] {
            const QImage image = m_view->grab().toImage();
            seen = isUniform(image) && image.pixelColor(0, 0) == Qt::white && expected != Qt::white
                ? QColor()
                : image.pixelColor(at);
            return seen == expected;
        },
        20000);
    return seen;
}

void tst_EmailHtmlView::colorSchemeIsRewritten_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("dark");
    QTest::addColumn<QString>("light");
    QTest::newRow("media feature") << u"@media (prefers-color-scheme: dark) { a {} }"_s
                                   << u"@media (color) { a {} }"_s << u"@media (monochrome) { a {} }"_s;
    QTest::newRow("case, spaces, and") << u"@media screen AND ( Prefers-Color-Scheme :  LIGHT ) {}"_s
                                       << u"@media screen AND (monochrome) {}"_s << u"@media screen AND (color) {}"_s;
    QTest::newRow("link media") << u"<link rel=stylesheet media=\"(prefers-color-scheme: dark)\" href=d.css>"_s
                                << u"<link rel=stylesheet media=\"(color)\" href=d.css>"_s
                                << u"<link rel=stylesheet media=\"(monochrome)\" href=d.css>"_s;
    QTest::newRow("meta offering both") << u"<meta name=\"color-scheme\" content=\"light dark\">"_s
                                        << u"<meta name=\"color-scheme\" content=\"dark\">"_s
                                        << u"<meta name=\"color-scheme\" content=\"light\">"_s;
    QTest::newRow("css offering both") << u":root { color-scheme: light dark; }"_s << u":root { color-scheme: dark; }"_s
                                       << u":root { color-scheme: light; }"_s;
    QTest::newRow("one scheme kept") << u":root { color-scheme: light; }"_s << u":root { color-scheme: light; }"_s
                                     << u":root { color-scheme: light; }"_s;
    QTest::newRow("text untouched") << u"<p>color scheme: dark</p>"_s << u"<p>color scheme: dark</p>"_s
                                    << u"<p>color scheme: dark</p>"_s;
}

void tst_EmailHtmlView::colorSchemeIsRewritten()
{
    QFETCH(QString, html);
    QFETCH(QString, dark);
    QFETCH(QString, light);
    QCOMPARE(app::emulateColorScheme(html, app::ColorScheme::Dark), dark);
    QCOMPARE(app::emulateColorScheme(html, app::ColorScheme::Light), light);
}

void tst_EmailHtmlView::javascriptIsOff()
{
    show(u"<body style='margin:0;background:#ffffff'><p>static</p>"
         "<script>document.body.style.background='#ff0000';"
         "document.body.insertAdjacentHTML('beforeend', '<p>script ran</p>');</script></body>"_s);
    QVERIFY(m_view->renderedText().contains(u"static"_s));
    QVERIFY2(!m_view->renderedText().contains(u"script ran"_s), qPrintable(m_view->renderedText()));
    QCOMPARE(pixelWhenPainted({200, 250}, Qt::white), QColor(Qt::white));
}

void tst_EmailHtmlView::remoteContentIsBlockedUntilAllowed()
{
    test::ScriptedServer server([](const test::SeenRequest &) { return test::httpAnswer(404, {}, {}, {}); });
    const QString base = server.url().toString();
    QSignalSpy blocked(m_view.get(), &app::EmailHtmlView::remoteContentBlockedChanged);
    show(u"<html><head><link rel=stylesheet href='%1/style.css'></head><body>"
         "<p>hello</p><img src='%1/open.gif?u=42' width=1 height=1 alt=''>"
         "<div style=\"background:url('%1/bg.png')\">x</div></body></html>"_s.arg(base));
    // All three were asked for and refused; not one connection reached the server.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->remoteContentBlocked(), 3, 20000);
    QVERIFY(!blocked.isEmpty());
    QCOMPARE(server.connections(), 0);
    QVERIFY(!m_view->remoteContentAllowed());

    // One click allows them: the page is loaded again and the requests go out.
    QSignalSpy rendered(m_view.get(), &app::EmailHtmlView::rendered);
    m_view->setRemoteContentAllowed(true);
    QVERIFY(m_view->remoteContentAllowed());
    QTRY_VERIFY_WITH_TIMEOUT(server.connections() >= 1, 20000);
    QVERIFY(rendered.wait(20000) || !rendered.isEmpty());
    QCOMPARE(m_view->remoteContentBlocked(), 0);
}

void tst_EmailHtmlView::linkIsReportedNotFollowed()
{
    show(u"<body style='margin:0'><a href='https://example.com/account?id=7' "
         "style='display:block;width:400px;height:300px;background:#0b57d0;color:#fff'>Your account</a></body>"_s);
    QCOMPARE(pixelWhenPainted({100, 100}, QColor(0x0b, 0x57, 0xd0)), QColor(0x0b, 0x57, 0xd0));
    auto *web = m_view->findChild<QWebEngineView *>();
    QVERIFY(web && web->focusProxy());
    QSignalSpy links(m_view.get(), &app::EmailHtmlView::linkActivated);
    QSignalSpy rendered(m_view.get(), &app::EmailHtmlView::rendered);
    QTest::mouseClick(web->focusProxy(), Qt::LeftButton, {}, QPoint(100, 100));
    QTRY_COMPARE_WITH_TIMEOUT(links.size(), 1, 20000);
    QCOMPARE(links.first().first().toUrl(), QUrl(u"https://example.com/account?id=7"_s));
    // The refused navigation leaves the email where it was.
    QCOMPARE(web->url().scheme(), u"data"_s);
    QVERIFY(rendered.isEmpty());
    QVERIFY(m_view->renderedText().contains(u"Your account"_s));
    QCOMPARE(pixelWhenPainted({100, 100}, QColor(0x0b, 0x57, 0xd0)), QColor(0x0b, 0x57, 0xd0));
}

void tst_EmailHtmlView::darkModeSwitchesThePage()
{
    show(u"<style>body{margin:0;background:#ffffff}"
         "@media (prefers-color-scheme: dark){body{background:#0d1117}}</style><p>code</p>"_s);
    QCOMPARE(pixelWhenPainted({300, 250}, Qt::white), QColor(Qt::white));
    QSignalSpy rendered(m_view.get(), &app::EmailHtmlView::rendered);
    m_view->setColorScheme(app::ColorScheme::Dark);
    QVERIFY(rendered.wait(30000));
    QCOMPARE(pixelWhenPainted({300, 250}, QColor(0x0d, 0x11, 0x17)), QColor(0x0d, 0x11, 0x17));
    m_view->setColorScheme(app::ColorScheme::Light);
    QCOMPARE(pixelWhenPainted({300, 250}, Qt::white), QColor(Qt::white));
}

void tst_EmailHtmlView::largeEmailStillShows()
{
    // Over 2 MB: too large for a data: URL, served from a temporary file instead.
    QString html = u"<p>start</p><!--"_s + QString(3 * 1024 * 1024, u'x') + u"--><p>end of a large email</p>"_s;
    show(html);
    QVERIFY2(m_view->renderedText().contains(u"end of a large email"_s), qPrintable(m_view->renderedText().left(200)));
}

QTEST_MAIN(tst_EmailHtmlView)
#include "tst_emailhtmlview.moc"
