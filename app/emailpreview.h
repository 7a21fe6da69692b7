#pragma once

#include <QtWidgets/QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace sendivent::app {

// An email as a mail client shows it: subject, from and to over the HTML body, with
// the plain-text alternative in a second tab.
class EmailPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit EmailPreview(QWidget *parent = nullptr);

    void setEnvelope(const QString &from, const QString &to);
    void setSubject(const QString &subject);
    void setHtml(const QString &html);
    void setText(const QString &text);

private:
    QLabel *m_subject;
    QLabel *m_from;
    QLabel *m_to;
    QTabWidget *m_tabs;
    QTextBrowser *m_html;
    QPlainTextEdit *m_text;
};

} // namespace sendivent::app
