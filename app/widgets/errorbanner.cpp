#include "errorbanner.h"

#include "theme.h"

#include <QtCore/QEvent>
#include <QtCore/QRegularExpression>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace sendivent::app {

using namespace Qt::StringLiterals;

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_message->setObjectName(u"errorMessage"_s);
    m_details->setObjectName(u"errorDetails"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QToolButton(this);
    close->setObjectName(u"errorClose"_s);
    close->setAutoRaise(true);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &ErrorBanner::clear);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_message);
    texts->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    applyColors();
    hide();
}

void ErrorBanner::showError(const Error &error, const QString &fieldPrefix)
{
    m_message->setText(error.message);
    QString html;
    for (const FieldError &d : error.details) {
        QString field = d.field;
        if (!fieldPrefix.isEmpty() && field.startsWith(fieldPrefix))
            field = field.mid(fieldPrefix.size());
        html += u"<li><code>%1</code> — %2</li>"_s.arg(field.toHtmlEscaped(), d.message.toHtmlEscaped());
    }
    m_details->setText(html.isEmpty() ? QString() : u"<ul style=\"margin:0\">"_s + html + u"</ul>"_s);
    m_details->setVisible(!html.isEmpty());
    show();
}

void ErrorBanner::showMessage(const QString &message)
{
    showError(Error {ErrorCode::ValidationError, message, {}});
}

void ErrorBanner::clear()
{
    m_message->clear();
    m_details->clear();
    hide();
}

QString ErrorBanner::text() const
{
    QString details = m_details->text();
    details.replace(u"</li>"_s, u"\n"_s);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    details.remove(tags);
    return QString(m_message->text() + u"\n"_s + details).trimmed();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void ErrorBanner::applyColors()
{
    const theme::Colors colors = theme::colors(palette());
    QPalette p = palette();
    if (p.color(QPalette::Window) == colors.errorBackground)
        return; // our own change coming back
    p.setColor(QPalette::Window, colors.errorBackground);
    p.setColor(QPalette::WindowText, colors.error);
    setPalette(p);
}

} // namespace sendivent::app
