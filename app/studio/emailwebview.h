#pragma once

#include "emailhtmlview.h"

#include <QtCore/QSet>
#include <QtCore/QUrl>

#include <memory>

class QTemporaryFile;
class QWebEngineView;

namespace sendivent::app {

class PreviewPage;
class RemoteContentBlocker;

// See prepareEmailEngine(); also called before the first page, for processes (tests)
// that do not go through main().
void prepareWebEngine();

// EmailHtmlView on Qt WebEngine: Chromium, as webmail in a browser draws it. An
// off-the-record profile (nothing on disk), JavaScript off, every navigation refused
// (a clicked link is reported), every request that is not the email itself blocked
// until remote content is allowed. The engine starts with the first email shown.
class EmailWebView final : public EmailHtmlView
{
    Q_OBJECT
public:
    explicit EmailWebView(QWidget *parent = nullptr);
    ~EmailWebView() override;

    void setHtml(const QString &html) override;
    void setColorScheme(ColorScheme scheme) override;
    ColorScheme colorScheme() const override { return m_scheme; }
    void setRemoteContentAllowed(bool allowed) override;
    bool remoteContentAllowed() const override { return m_remoteAllowed; }
    int remoteContentBlocked() const override { return int(m_blocked.size()); }
    QString renderedText() const override { return m_text; }
    bool isBrowserEngine() const override { return true; }

    // Height of the laid out email, in pixels (0 before the first rendering).
    int contentHeight() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ensureView();
    void adoptRenderWidget();
    // Shows the current email: at once, or once the load in flight has finished.
    void load();
    void startLoad();
    void onLoadFinished(bool ok);
    void onBlocked(const QUrl &url);

    QWebEngineView *m_view = nullptr;
    PreviewPage *m_page = nullptr;
    RemoteContentBlocker *m_blocker = nullptr;
    std::unique_ptr<QTemporaryFile> m_largeFile; // an email too large for setHtml()
    QString m_html;
    QString m_text;
    QSet<QUrl> m_blocked;
    ColorScheme m_scheme = ColorScheme::Light;
    bool m_remoteAllowed = false;
    quint64 m_generation = 0; // of what should be shown
    quint64 m_loadingGeneration = 0; // of the load in flight, 0 when none is
    quint64 m_loads = 0; // loads started, for the watchdog
};

} // namespace sendivent::app
