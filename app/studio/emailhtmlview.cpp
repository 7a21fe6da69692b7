#include "emailhtmlview.h"

#if SENDIVENT_WEBENGINE
#include "emailwebview.h"
#endif

#include <QtCore/QRegularExpression>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

QString emulateColorScheme(const QString &html, ColorScheme scheme)
{
    const QString wanted = scheme == ColorScheme::Dark ? u"dark"_s : u"light"_s;
    QString out = html;

    // (prefers-color-scheme: dark) → (color) or (monochrome): both valid media
    // features, one always true on a colour screen, one always false.
    static const QRegularExpression feature(u"\\(\\s*prefers-color-scheme\\s*:\\s*(dark|light)\\s*\\)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    QString rewritten;
    qsizetype last = 0;
    for (auto it = feature.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rewritten += QStringView(out).mid(last, m.capturedStart() - last);
        rewritten += m.captured(1).compare(wanted, Qt::CaseInsensitive) == 0 ? u"(color)"_s : u"(monochrome)"_s;
        last = m.capturedEnd();
    }
    rewritten += QStringView(out).mid(last);
    out = rewritten;

    // A page that offers both schemes ("light dark") gets the emulated one, as the
    // browser would choose: in CSS (`color-scheme: light dark`) and in
    // <meta name="color-scheme" content="light dark">. A page offering one keeps it.
    const auto narrow = [&](const QString &value) {
        const QStringList words = value.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
        return words.contains(u"light"_s) && words.contains(u"dark"_s) ? wanted : value;
    };
    static const QRegularExpression property(u"(?<![-\\w])(color-scheme\\s*:\\s*)([a-z ]+)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression meta(
        u"(<meta\\b[^>]*\\bname\\s*=\\s*[\"']?(?:supported-)?color-scheme[\"']?[^>]*\\bcontent\\s*=\\s*[\"'])([^\"']*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *re : {&property, &meta}) {
        rewritten.clear();
        last = 0;
        for (auto it = re->globalMatch(out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            rewritten += QStringView(out).mid(last, m.capturedStart(2) - last);
            rewritten += narrow(m.captured(2));
            last = m.capturedEnd(2);
        }
        rewritten += QStringView(out).mid(last);
        out = rewritten;
    }
    return out;
}

void prepareEmailEngine()
{
#if SENDIVENT_WEBENGINE
    prepareWebEngine();
#endif
}

namespace {

// Qt's rich text: what the console had before it could embed a browser engine, and
// what builds without Qt WebEngine still show. It never fetches anything remote and
// runs no script.
class RichTextEmailView final : public EmailHtmlView
{
public:
    explicit RichTextEmailView(QWidget *parent)
        : EmailHtmlView(parent)
        , m_browser(new QTextBrowser(this))
    {
        m_browser->setObjectName(u"emailRichText"_s);
        setFocusProxy(m_browser);
        // Emails are written for a white page, whatever the console's palette.
        QPalette page = m_browser->palette();
        page.setColor(QPalette::Base, Qt::white);
        page.setColor(QPalette::Text, QColor(0x1d, 0x29, 0x39));
        page.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xd0));
        m_browser->setPalette(page);
        m_browser->document()->setDefaultStyleSheet(u"a { color: #0b57d0; }"_s);
        // A link in a preview must not navigate the preview itself.
        m_browser->setOpenLinks(false);
        m_browser->setOpenExternalLinks(false);
        connect(m_browser, &QTextBrowser::anchorClicked, this, &EmailHtmlView::linkActivated);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_browser);
    }

    void setHtml(const QString &html) override
    {
        if (html == m_html)
            return;
        m_html = html;
        draw();
    }
    void setColorScheme(ColorScheme scheme) override
    {
        if (scheme == m_scheme)
            return;
        m_scheme = scheme;
        draw();
    }
    ColorScheme colorScheme() const override { return m_scheme; }
    void setRemoteContentAllowed(bool) override { } // it has no network access to allow
    bool remoteContentAllowed() const override { return false; }
    int remoteContentBlocked() const override { return 0; }
    QString renderedText() const override { return m_browser->toPlainText(); }
    bool isBrowserEngine() const override { return false; }

private:
    void draw()
    {
        // Keep the reader's place while the template is being typed.
        const int scroll = m_browser->verticalScrollBar()->value();
        m_browser->setHtml(emulateColorScheme(m_html, m_scheme));
        m_browser->verticalScrollBar()->setValue(scroll);
        Q_EMIT rendered();
    }

    QTextBrowser *m_browser;
    QString m_html;
    ColorScheme m_scheme = ColorScheme::Light;
};

} // namespace

EmailHtmlView *EmailHtmlView::create(QWidget *parent)
{
#if SENDIVENT_WEBENGINE
    return new EmailWebView(parent);
#else
    return createRichText(parent);
#endif
}

EmailHtmlView *EmailHtmlView::createRichText(QWidget *parent)
{
    return new RichTextEmailView(parent);
}

} // namespace sendivent::app
