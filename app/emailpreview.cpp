#include "emailpreview.h"

#include "timeformat.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

EmailPreview::EmailPreview(QWidget *parent)
    : QWidget(parent)
    , m_subject(new QLabel(this))
    , m_from(new QLabel(this))
    , m_to(new QLabel(this))
    , m_date(new QLabel(this))
    , m_envelope(new QFormLayout)
    , m_tabs(new QTabWidget(this))
    , m_html(new QTextBrowser(this))
    , m_text(new QPlainTextEdit(this))
{
    m_subject->setObjectName(u"emailSubject"_s);
    m_from->setObjectName(u"emailFrom"_s);
    m_to->setObjectName(u"emailTo"_s);
    m_date->setObjectName(u"emailDate"_s);
    m_tabs->setObjectName(u"emailTabs"_s);
    m_html->setObjectName(u"emailHtml"_s);
    m_html->setAccessibleName(tr("Email preview"));
    m_text->setObjectName(u"emailText"_s);

    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_from, m_to, m_date}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setTextFormat(Qt::PlainText);
    }
    m_subject->setTextFormat(Qt::PlainText);

    // Emails are written for a white page, whatever the console's palette.
    QPalette page = m_html->palette();
    page.setColor(QPalette::Base, Qt::white);
    page.setColor(QPalette::Text, QColor(0x1d, 0x29, 0x39));
    page.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    m_html->setPalette(page);
    m_html->document()->setDefaultStyleSheet(u"a { color: #0b57d0; }"_s);
    // A link in a preview must not navigate the preview itself.
    m_html->setOpenLinks(false);
    connect(m_html, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == u"https"_s || url.scheme() == u"http"_s || url.scheme() == u"mailto"_s)
            QDesktopServices::openUrl(url);
    });
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_tabs->addTab(m_html, tr("HTML"));
    m_tabs->addTab(m_text, tr("Plain text"));
    m_tabs->setDocumentMode(true);

    m_envelope->setContentsMargins(4, 0, 4, 0);
    m_envelope->setHorizontalSpacing(10);
    m_envelope->setVerticalSpacing(2);
    auto *fromLabel = new QLabel(tr("From"), this);
    auto *toLabel = new QLabel(tr("To"), this);
    auto *dateLabel = new QLabel(tr("Date"), this);
    for (QLabel *l : {fromLabel, toLabel, dateLabel})
        l->setForegroundRole(QPalette::PlaceholderText);
    m_envelope->addRow(fromLabel, m_from);
    m_envelope->addRow(toLabel, m_to);
    m_envelope->addRow(dateLabel, m_date);
    m_envelope->setRowVisible(m_date, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_subject);
    layout->addLayout(m_envelope);
    layout->addWidget(m_tabs, 1);
}

void EmailPreview::setEnvelope(const QString &from, const QString &to, const QDateTime &date)
{
    m_from->setText(from);
    m_to->setText(to);
    m_envelope->setRowVisible(m_from, !from.isEmpty());
    m_date->setText(TimeFormat::text(date));
    m_date->setToolTip(TimeFormat::iso(date));
    m_envelope->setRowVisible(m_date, date.isValid());
}

void EmailPreview::setSubject(const QString &subject)
{
    m_subject->setText(subject.isEmpty() ? tr("(no subject)") : subject);
}

void EmailPreview::setHtml(const QString &html)
{
    // Keep the reader's place while the template is being typed.
    const int scroll = m_html->verticalScrollBar()->value();
    m_html->setHtml(html);
    m_html->verticalScrollBar()->setValue(scroll);
}

void EmailPreview::setText(const QString &text)
{
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setPlainText(text);
    m_text->verticalScrollBar()->setValue(scroll);
}

} // namespace sendivent::app
