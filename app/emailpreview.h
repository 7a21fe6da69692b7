#pragma once

#include <QtCore/QDateTime>
#include <QtWidgets/QWidget>

class QFormLayout;
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

    // An empty `from` hides its row (a delivery stored before its sender was kept);
    // an invalid `date` hides the Date row (a preview, not yet sent).
    void setEnvelope(const QString &from, const QString &to, const QDateTime &date = {});
    void setSubject(const QString &subject);
    void setHtml(const QString &html);
    void setText(const QString &text);

private:
    QLabel *m_subject;
    QLabel *m_from;
    QLabel *m_to;
    QLabel *m_date;
    QFormLayout *m_envelope;
    QTabWidget *m_tabs;
    QTextBrowser *m_html;
    QPlainTextEdit *m_text;
};

} // namespace sendivent::app
