#include "emailpreview.h"

#include "emailhtmlview.h"
#include "widgets/timeformat.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrl>
#include <QtGui/QDesktopServices>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

QToolButton *toolButton(const QString &name, const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

EmailPreview::EmailPreview(QWidget *parent)
    : QWidget(parent)
    , m_subject(new QLabel(this))
    , m_from(new QLabel(this))
    , m_to(new QLabel(this))
    , m_date(new QLabel(this))
    , m_envelope(new QFormLayout)
    , m_tabs(new QTabWidget(this))
    , m_html(EmailHtmlView::create(this))
    , m_text(new QPlainTextEdit(this))
    , m_remoteNotice(new QWidget(this))
    , m_remoteLabel(new QLabel(m_remoteNotice))
    , m_loadRemote(new QPushButton(tr("Load remote images"), m_remoteNotice))
{
    m_subject->setObjectName(u"emailSubject"_s);
    m_from->setObjectName(u"emailFrom"_s);
    m_to->setObjectName(u"emailTo"_s);
    m_date->setObjectName(u"emailDate"_s);
    m_tabs->setObjectName(u"emailTabs"_s);
    m_html->setObjectName(u"emailHtml"_s);
    m_html->setAccessibleName(tr("Email preview"));
    m_text->setObjectName(u"emailText"_s);
    m_remoteNotice->setObjectName(u"emailRemoteNotice"_s);
    m_remoteLabel->setObjectName(u"emailRemoteBlocked"_s);
    m_loadRemote->setObjectName(u"emailLoadRemote"_s);

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

    // A link in a preview never navigates the preview: web links and mail addresses
    // open in the system's browser or mail program, anything else is ignored.
    connect(m_html, &EmailHtmlView::linkActivated, this, [](const QUrl &url) {
        if (url.scheme() == u"https"_s || url.scheme() == u"http"_s || url.scheme() == u"mailto"_s)
            QDesktopServices::openUrl(url);
    });
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // Remote content stays blocked (no tracking pixel fires) until asked for.
    auto *noticeLayout = new QHBoxLayout(m_remoteNotice);
    noticeLayout->setContentsMargins(6, 4, 6, 4);
    noticeLayout->addWidget(m_remoteLabel, 1);
    noticeLayout->addWidget(m_loadRemote);
    m_remoteLabel->setWordWrap(true);
    m_remoteNotice->setAutoFillBackground(true);
    m_remoteNotice->setBackgroundRole(QPalette::AlternateBase);
    m_remoteNotice->hide();
    connect(m_html, &EmailHtmlView::remoteContentBlockedChanged, this, &EmailPreview::updateRemoteNotice);
    connect(m_loadRemote, &QPushButton::clicked, this, [this] {
        m_html->setRemoteContentAllowed(true);
        updateRemoteNotice();
    });

    // The email at the width of a desktop client or a phone, centred on the window's
    // colour the way a webmail reading pane frames it.
    auto *htmlPage = new QWidget(this);
    auto *htmlLayout = new QVBoxLayout(htmlPage);
    htmlLayout->setContentsMargins(0, 0, 0, 0);
    htmlLayout->setSpacing(0);
    htmlLayout->addWidget(m_remoteNotice);
    // While the pane is narrower than the width chosen the email is laid out narrower,
    // and media queries and wrapping follow the real width: say so, over the email.
    // (Wrapped text, so a narrow pane does not have to make room for it.)
    m_width = new QLabel(htmlPage);
    m_width->setObjectName(u"emailWidth"_s);
    m_width->setWordWrap(true);
    m_width->setContentsMargins(6, 4, 6, 4);
    m_width->setAutoFillBackground(true);
    m_width->setBackgroundRole(QPalette::AlternateBase);
    m_width->hide();
    htmlLayout->addWidget(m_width);
    auto *centre = new QHBoxLayout;
    centre->setContentsMargins(0, 0, 0, 0);
    centre->addStretch(0);
    centre->addWidget(m_html, 1);
    centre->addStretch(0);
    htmlLayout->addLayout(centre, 1);

    m_tabs->addTab(htmlPage, tr("HTML"));
    m_tabs->addTab(m_text, tr("Plain text"));
    m_tabs->setDocumentMode(true);

    auto *controls = new QWidget(this);
    controls->setObjectName(u"emailControls"_s);
    auto *controlsLayout = new QHBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->setSpacing(0);
    m_desktop = toolButton(u"emailDesktop"_s, tr("Desktop"), tr("Show the email %1 pixels wide, as a desktop mail client does").arg(kDesktopWidth), controls);
    m_mobile = toolButton(u"emailMobile"_s, tr("Mobile"), tr("Show the email %1 pixels wide, as a phone does").arg(kMobileWidth), controls);
    m_dark = toolButton(u"emailDark"_s, tr("Dark"), tr("Show the email as a reader who prefers a dark colour scheme sees it"), controls);
    m_openInBrowser = toolButton(u"emailOpenInBrowser"_s, tr("Open in browser"),
                                 tr("Open the email in your web browser, with remote content"), controls);
    auto *widths = new QButtonGroup(this);
    for (QToolButton *b : {m_desktop, m_mobile}) {
        b->setCheckable(true);
        widths->addButton(b);
    }
    m_desktop->setChecked(true);
    m_dark->setCheckable(true);
    for (QToolButton *b : {m_desktop, m_mobile, m_dark, m_openInBrowser})
        controlsLayout->addWidget(b);
    m_html->installEventFilter(this);
    // A row of their own, not the tab bar's corner: there their width added to the
    // tabs' and made the studio too wide for a 1024 px window in Swedish.
    m_controls = controls;
    connect(m_mobile, &QToolButton::toggled, this, &EmailPreview::setMobile);
    connect(m_dark, &QToolButton::toggled, this, [this](bool dark) {
        m_html->setColorScheme(dark ? ColorScheme::Dark : ColorScheme::Light);
    });
    connect(m_openInBrowser, &QToolButton::clicked, this, &EmailPreview::openInBrowser);
    setMobile(false);

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
    auto *controlsRow = new QHBoxLayout;
    controlsRow->setContentsMargins(0, 0, 0, 0);
    controlsRow->addStretch(1);
    controlsRow->addWidget(m_controls);
    layout->addLayout(controlsRow);
    layout->addWidget(m_tabs, 1);
}

EmailPreview::~EmailPreview() = default;

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
    m_htmlSource = html;
    m_html->setHtml(html);
}

void EmailPreview::setText(const QString &text)
{
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setPlainText(text);
    m_text->verticalScrollBar()->setValue(scroll);
}

QUrl EmailPreview::openInBrowser()
{
    if (!m_browserFiles)
        m_browserFiles = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/sendivent-preview-XXXXXX"_s);
    if (!m_browserFiles->isValid())
        return {};
    // One file per click: a browser still reading the last one keeps it.
    QFile file(m_browserFiles->filePath(u"email-%1.html"_s.arg(++m_browserFileCount)));
    const QByteArray bytes = m_htmlSource.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    const QUrl url = QUrl::fromLocalFile(file.fileName());
    QDesktopServices::openUrl(url);
    return url;
}

void EmailPreview::setMobile(bool mobile)
{
    m_html->setMaximumWidth(mobile ? kMobileWidth : kDesktopWidth);
    updateWidthLabel();
}

bool EmailPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_html && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        updateWidthLabel();
    return QWidget::eventFilter(watched, event);
}

void EmailPreview::updateWidthLabel()
{
    const int wanted = m_html->maximumWidth();
    const int shown = m_html->width();
    const bool narrower = m_html->isVisible() && shown < wanted;
    if (narrower)
        m_width->setText(tr("The pane is narrower than %1 pixels, so the email is laid out %2 pixels wide; "
                            "widen the preview to see it at %1")
                             .arg(wanted)
                             .arg(shown));
    m_width->setVisible(narrower);
}

void EmailPreview::updateRemoteNotice()
{
    const int blocked = m_html->remoteContentBlocked();
    m_remoteLabel->setText(tr("%n remote image(s) or file(s) blocked to protect privacy.", nullptr, blocked));
    m_remoteNotice->setVisible(blocked > 0 && !m_html->remoteContentAllowed());
}

} // namespace sendivent::app
