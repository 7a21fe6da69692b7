#pragma once

#include <QtCore/QDateTime>
#include <QtWidgets/QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTemporaryDir;
class QToolButton;
class QWidget;

namespace sendivent::app {

class EmailHtmlView;

// An email as a mail client shows it: subject, from and to over the HTML body, with
// the plain-text alternative in a second tab. The body is shown at a desktop (600 px)
// or phone (375 px) width, light or dark, with remote content blocked until the
// reader lets it load, and opens in the system browser for the real thing.
class EmailPreview final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDesktopWidth = 600;
    static constexpr int kMobileWidth = 375;

    explicit EmailPreview(QWidget *parent = nullptr);
    ~EmailPreview() override;

    // An empty `from` hides its row (a delivery stored before its sender was kept);
    // an invalid `date` hides the Date row (a preview, not yet sent).
    void setEnvelope(const QString &from, const QString &to, const QDateTime &date = {});
    void setSubject(const QString &subject);
    void setHtml(const QString &html);
    void setText(const QString &text);

    EmailHtmlView *htmlView() const { return m_html; }
    // Writes the HTML to a temporary file and hands it to the system browser;
    // returns the file's URL (empty when nothing could be written).
    QUrl openInBrowser();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setMobile(bool mobile);
    void updateRemoteNotice();
    void updateWidthLabel();

    QLabel *m_subject;
    QLabel *m_from;
    QLabel *m_to;
    QLabel *m_date;
    QFormLayout *m_envelope;
    QTabWidget *m_tabs;
    EmailHtmlView *m_html;
    QPlainTextEdit *m_text;
    QWidget *m_remoteNotice;
    QLabel *m_remoteLabel;
    QPushButton *m_loadRemote;
    QToolButton *m_desktop;
    QToolButton *m_mobile;
    QToolButton *m_dark;
    QToolButton *m_openInBrowser;
    QLabel *m_width = nullptr;
    QWidget *m_controls = nullptr;
    QString m_htmlSource;
    std::unique_ptr<QTemporaryDir> m_browserFiles;
    int m_browserFileCount = 0;
};

} // namespace sendivent::app
