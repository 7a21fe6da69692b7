#pragma once

#include <QtCore/QString>
#include <QtWidgets/QWidget>

class QTextBrowser;

namespace sendivent::app {

// Which `prefers-color-scheme` an email is shown in.
enum class ColorScheme { Light, Dark };

// Emulates a reader's colour preference in the HTML itself, so one view can show both
// without touching the browser engine's process-wide setting: each
// `(prefers-color-scheme: dark|light)` media feature becomes `(color)` where it should
// match and `(monochrome)` where it should not, and a `color-scheme` that offers both
// (CSS property or <meta>) is narrowed to the one emulated. Everything else is kept.
QString emulateColorScheme(const QString &html, ColorScheme scheme);

// What the browser engine needs before QApplication exists (the OpenGL context
// sharing attribute; as root, Chromium's sandbox switched off, which it refuses
// otherwise). Does nothing in a build without Qt WebEngine.
void prepareEmailEngine();

// The body of an email, drawn as an inbox would. Two engines sit behind this: a
// browser engine (Qt WebEngine, when built with SENDIVENT_WEBENGINE) and Qt's rich
// text (QTextBrowser), which knows only a subset of HTML 4 and CSS. Either way no
// script runs, no link navigates the view (linkActivated() reports it), and remote
// content (images, fonts, style sheets) is not fetched until allowed.
class EmailHtmlView : public QWidget
{
    Q_OBJECT
public:
    // The faithful engine when the build has one, else rich text.
    static EmailHtmlView *create(QWidget *parent = nullptr);
    // Qt's rich text engine, whatever the build (the fidelity suite's control).
    static EmailHtmlView *createRichText(QWidget *parent = nullptr);

    // An unchanged HTML is not drawn again.
    virtual void setHtml(const QString &html) = 0;
    virtual void setColorScheme(ColorScheme scheme) = 0;
    virtual ColorScheme colorScheme() const = 0;
    // Off by default; once allowed it stays allowed in this view.
    virtual void setRemoteContentAllowed(bool allowed) = 0;
    virtual bool remoteContentAllowed() const = 0;
    // Distinct remote URLs the current email asked for and did not get.
    virtual int remoteContentBlocked() const = 0;
    // The text of the last finished rendering, as the engine laid it out.
    virtual QString renderedText() const = 0;
    // True for an engine that renders as a browser does.
    virtual bool isBrowserEngine() const = 0;

Q_SIGNALS:
    void rendered();
    void remoteContentBlockedChanged(int count);
    void linkActivated(const QUrl &url);

protected:
    using QWidget::QWidget;
};

} // namespace sendivent::app
