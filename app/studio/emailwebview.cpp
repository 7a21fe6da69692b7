#include "emailwebview.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QtMath>
#include <QtCore/QPointer>
#include <QtCore/QTemporaryFile>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtWebEngineCore/QWebEnginePage>
#include <QtWebEngineCore/QWebEngineProfile>
#include <QtWebEngineCore/QWebEngineSettings>
#include <QtWebEngineCore/QWebEngineUrlRequestInterceptor>
#include <QtWebEngineWidgets/QWebEngineView>
#include <QtWidgets/QVBoxLayout>

#include <functional>
#include <utility>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

// setHtml() sends the page as a percent-encoded data: URL, which Chromium caps at
// 2 MB; a larger email goes through a temporary file.
constexpr qsizetype kSetHtmlLimit = 1536 * 1024;

QWebEngineProfile *previewProfile()
{
    // No storage name: off the record, no cache, cookies or history on disk.
    static QPointer<QWebEngineProfile> profile;
    if (!profile) {
        profile = new QWebEngineProfile(QCoreApplication::instance());
        profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
        profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    }
    return profile;
}

} // namespace

void prepareWebEngine()
{
    if (!QCoreApplication::instance())
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
#ifdef Q_OS_UNIX
    // Chromium refuses to start its sandbox as root (containers, CI).
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif
}

// Lets through the email itself (the data: URL of setHtml(), or its temporary file)
// and, once allowed, http and https. Everything else is blocked and reported.
class RemoteContentBlocker final : public QWebEngineUrlRequestInterceptor
{
public:
    RemoteContentBlocker(std::function<void(const QUrl &)> blocked, QObject *parent)
        : QWebEngineUrlRequestInterceptor(parent)
        , m_onBlocked(std::move(blocked))
    {
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        const QString scheme = url.scheme();
        if (scheme == u"data"_s || scheme == u"blob"_s || (url.isLocalFile() && url == page))
            return;
        if (remoteAllowed && (scheme == u"http"_s || scheme == u"https"_s))
            return;
        info.block(true);
        // Called on the GUI thread (Qt 6).
        m_onBlocked(url);
    }

    QUrl page; // the temporary file of a large email
    bool remoteAllowed = false;

private:
    std::function<void(const QUrl &)> m_onBlocked;
};

// Shows only what the view loads: a click on a link is reported, never followed;
// redirects, form posts, history and dropped files go nowhere.
class PreviewPage final : public QWebEnginePage
{
public:
    PreviewPage(QWebEngineProfile *profile, EmailWebView *view)
        : QWebEnginePage(profile, view)
        , m_view(view)
    {
    }

    QUrl page; // the temporary file of a large email

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (type == NavigationTypeLinkClicked) {
            Q_EMIT m_view->linkActivated(url);
            return false;
        }
        const bool ours = url.scheme() == u"data"_s || (url.isLocalFile() && url == page);
        return isMainFrame && ours && (type == NavigationTypeTyped || type == NavigationTypeOther);
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }

private:
    EmailWebView *m_view;
};

EmailWebView::EmailWebView(QWidget *parent)
    : EmailHtmlView(parent)
{
    // White until the engine has drawn: an email is written for a white page.
    setAutoFillBackground(true);
    QPalette white = palette();
    white.setColor(QPalette::Window, Qt::white);
    setPalette(white);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

EmailWebView::~EmailWebView()
{
    // The page goes before the view that shows it and the interceptor it calls.
    if (m_view)
        m_view->setPage(nullptr);
    delete m_page;
}

void EmailWebView::ensureView()
{
    if (m_view)
        return;
    prepareWebEngine();
    m_view = new QWebEngineView(this);
    m_view->setObjectName(u"emailWebView"_s);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAcceptDrops(false);
    m_page = new PreviewPage(previewProfile(), this);
    m_blocker = new RemoteContentBlocker([this](const QUrl &url) { onBlocked(url); }, this);
    m_page->setUrlRequestInterceptor(m_blocker);
    m_page->setBackgroundColor(Qt::white);
    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    // Chrome's own default families, not the desktop's (Qt's defaults are fontconfig's
    // "serif" and "sans-serif", DejaVu here): an email that names Verdana or Tahoma
    // and falls back to `sans-serif` then looks as it does in webmail in Chrome.
    // Measured by the fidelity suite (docs/decisions.md, issue 20).
    s->setFontFamily(QWebEngineSettings::StandardFont, u"Times New Roman"_s);
    s->setFontFamily(QWebEngineSettings::SerifFont, u"Times New Roman"_s);
    s->setFontFamily(QWebEngineSettings::SansSerifFont, u"Arial"_s);
    s->setFontFamily(QWebEngineSettings::FixedFont, u"Monospace"_s);
    s->setFontSize(QWebEngineSettings::DefaultFontSize, 16);
    s->setFontSize(QWebEngineSettings::DefaultFixedFontSize, 13);
    m_view->setPage(m_page);
    setFocusProxy(m_view);
    connect(m_page, &QWebEnginePage::loadFinished, this, &EmailWebView::onLoadFinished);
    connect(m_page, &QWebEnginePage::loadStarted, this, &EmailWebView::adoptRenderWidget);
    layout()->addWidget(m_view);
    m_view->installEventFilter(this);
    adoptRenderWidget();
}

void EmailWebView::setHtml(const QString &html)
{
    if (html == m_html && m_view)
        return;
    m_html = html;
    load();
}

void EmailWebView::setColorScheme(ColorScheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    if (m_view)
        load();
}

void EmailWebView::setRemoteContentAllowed(bool allowed)
{
    if (allowed == m_remoteAllowed)
        return;
    m_remoteAllowed = allowed;
    if (m_view)
        load();
}

int EmailWebView::contentHeight() const
{
    return m_page ? qCeil(m_page->contentsSize().height()) : 0;
}

// One load at a time. A setHtml() made while the engine is still loading the last
// one can be dropped without a loadStarted() or loadFinished() of its own (seen under
// Qt 6.4: the preview kept the email from before the payload changed, in about one
// run of tst_templatestudio in three), so what changes meanwhile waits for that load
// to finish and then loads once, whatever changed in between. Should the engine never
// say the load finished, the watchdog lets the next one go after a few seconds.
constexpr int kLoadWatchdogMs = 5000;

void EmailWebView::load()
{
    ensureView();
    ++m_generation;
    if (m_loadingGeneration == 0)
        startLoad();
}

void EmailWebView::startLoad()
{
    m_loadingGeneration = m_generation;
    const quint64 serial = ++m_loads;
    QTimer::singleShot(kLoadWatchdogMs, this, [this, serial] {
        if (serial != m_loads || m_loadingGeneration == 0)
            return;
        const bool behind = m_loadingGeneration != m_generation;
        m_loadingGeneration = 0;
        if (behind)
            startLoad();
    });
    m_blocker->remoteAllowed = m_remoteAllowed;
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, m_remoteAllowed);
    if (!m_blocked.isEmpty()) {
        m_blocked.clear();
        Q_EMIT remoteContentBlockedChanged(0);
    }
    const QString html = emulateColorScheme(m_html, m_scheme);
    const QByteArray utf8 = html.toUtf8();
    if (utf8.size() < kSetHtmlLimit) {
        m_largeFile.reset();
        m_page->page = m_blocker->page = QUrl();
        m_page->setHtml(html);
        return;
    }
    m_largeFile = std::make_unique<QTemporaryFile>(QDir::tempPath() + u"/sendivent-preview-XXXXXX.html"_s);
    if (!m_largeFile->open() || m_largeFile->write(utf8) != utf8.size() || !m_largeFile->flush()) {
        m_page->setHtml(tr("<p>This email is too large to preview here (%1 MB); use Open in browser.</p>")
                            .arg(double(utf8.size()) / (1024 * 1024), 0, 'f', 1));
        return;
    }
    m_page->page = m_blocker->page = QUrl::fromLocalFile(m_largeFile->fileName());
    m_page->load(m_page->page);
}

// The engine draws into a widget of its own, made with the first page, which takes
// the focus and every key. A preview is read, not used: Tab and Shift+Tab leave it for
// the console's next control instead of walking the email's links (the keyboard must
// never be caught in it), and it carries the preview's accessible name.
void EmailWebView::adoptRenderWidget()
{
    if (!m_view)
        return;
    // The view's focus proxy once it has one; until then its child widgets (the engine
    // makes it when the first page's renderer starts, after loadStarted()).
    QList<QWidget *> widgets = m_view->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    if (QWidget *proxy = m_view->focusProxy())
        widgets.prepend(proxy);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->property("sendiventAdopted").toBool())
            continue;
        widget->setProperty("sendiventAdopted", true);
        widget->installEventFilter(this);
        widget->setAccessibleName(accessibleName().isEmpty() ? tr("Email") : accessibleName());
    }
}

bool EmailWebView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::ChildPolished) {
        adoptRenderWidget();
        return false;
    }
    if (watched != m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            focusNextPrevChild(forward);
            return true;
        }
    }
    return EmailHtmlView::eventFilter(watched, event);
}

void EmailWebView::onLoadFinished(bool ok)
{
    adoptRenderWidget();
    const quint64 loaded = std::exchange(m_loadingGeneration, 0);
    if (loaded != 0 && loaded != m_generation) {
        startLoad(); // the email changed while this one loaded
        return;
    }
    // A refused navigation (a clicked link) ends in loadFinished(false): the email
    // shown is still the one loaded before.
    if (!ok)
        return;
    const quint64 generation = m_generation;
    QPointer<EmailWebView> self(this);
    m_page->toPlainText([self, generation](const QString &text) {
        if (!self || self->m_generation != generation)
            return;
        self->m_text = text;
        Q_EMIT self->rendered();
    });
}

void EmailWebView::onBlocked(const QUrl &url)
{
    const qsizetype before = m_blocked.size();
    m_blocked.insert(url);
    if (m_blocked.size() != before)
        Q_EMIT remoteContentBlockedChanged(int(m_blocked.size()));
}

} // namespace sendivent::app
