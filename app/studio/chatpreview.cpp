#include "chatpreview.h"

#include "chatformat.h"
#include "widgets/theme.h"
#include "widgets/timeformat.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtCore/QTime>
#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 16;

bool isFlat(Channel c)
{
    return c == Channel::Slack || c == Channel::Discord;
}

QColor avatarColor(const QString &name)
{
    // Stable per name, like the chat apps' default avatars.
    static const QColor palette[] = {QColor(0x4a, 0x15, 0x4b), QColor(0x1d, 0x9b, 0xd1), QColor(0x2e, 0xb6, 0x7d),
        QColor(0xe0, 0x1e, 0x5a), QColor(0xec, 0xb2, 0x2e), QColor(0x58, 0x65, 0xf2)};
    return palette[qHash(name) % (sizeof(palette) / sizeof(palette[0]))];
}

} // namespace

// The colours and shapes of one chat app in the current palette.
struct ChatPreview::Look
{
    QColor background, bubble, text, muted, author, headerBar, headerText, badge, badgeText;
    QString badgeLabel;
    QString headerTitle;
    int avatar = 0; // 0: no avatar
    bool roundAvatar = true;
    bool authorInBubble = false;
};

ChatPreview::ChatPreview(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_document.setDocumentMargin(0);
    setTime({});
}

void ChatPreview::setTime(const QDateTime &when)
{
    // A phone's own forms (a clock, "Today"), in the zone every other time is shown in.
    const QDateTime local = TimeFormat::shown(when.isValid() ? when : QDateTime::currentDateTime());
    m_time = theme::clockTime(local.time());
    m_day = local.date() == QDate::currentDate() ? tr("Today") : QLocale().toString(local.date(), QLocale::ShortFormat);
    update();
}

void ChatPreview::setMessage(Channel channel, const QString &author, const QString &text)
{
    m_channel = channel;
    m_author = author;
    m_document.setHtml(chatMessageHtml(channel, text));
    relayout();
}

ChatPreview::Look ChatPreview::look() const
{
    const bool dark = theme::isDark(palette());
    Look l;
    switch (m_channel) {
    case Channel::Slack:
        l.background = dark ? QColor(0x1a, 0x1d, 0x21) : Qt::white;
        l.text = dark ? QColor(0xd1, 0xd2, 0xd3) : QColor(0x1d, 0x1c, 0x1d);
        l.author = dark ? QColor(0xf8, 0xf8, 0xf8) : QColor(0x1d, 0x1c, 0x1d);
        l.muted = QColor(0x86, 0x86, 0x86);
        l.badge = dark ? QColor(0x35, 0x37, 0x3b) : QColor(0xe8, 0xe8, 0xe8);
        l.badgeText = l.muted;
        l.badgeLabel = tr("APP");
        l.avatar = 36;
        l.roundAvatar = false;
        break;
    case Channel::Discord:
        l.background = dark ? QColor(0x31, 0x33, 0x38) : Qt::white;
        l.text = dark ? QColor(0xdb, 0xde, 0xe1) : QColor(0x31, 0x33, 0x38);
        l.author = dark ? QColor(0xf2, 0xf3, 0xf5) : QColor(0x06, 0x06, 0x07);
        l.muted = dark ? QColor(0x94, 0x9b, 0xa4) : QColor(0x5c, 0x5e, 0x66);
        l.badge = QColor(0x58, 0x65, 0xf2);
        l.badgeText = Qt::white;
        l.badgeLabel = tr("BOT");
        l.avatar = 40;
        break;
    case Channel::Telegram:
        l.background = dark ? QColor(0x0e, 0x16, 0x21) : QColor(0xc8, 0xd9, 0xe6);
        l.bubble = dark ? QColor(0x18, 0x25, 0x33) : Qt::white;
        l.text = dark ? QColor(0xf5, 0xf5, 0xf5) : QColor(0x00, 0x00, 0x00);
        l.author = QColor(0x3a, 0x8d, 0xde);
        l.muted = dark ? QColor(0x6d, 0x7f, 0x8f) : QColor(0x8c, 0x9b, 0xa5);
        l.headerBar = dark ? QColor(0x17, 0x21, 0x2b) : Qt::white;
        l.headerText = dark ? QColor(0xf5, 0xf5, 0xf5) : Qt::black;
        l.headerTitle = m_author;
        l.avatar = 34;
        l.authorInBubble = true;
        break;
    case Channel::Whatsapp:
        l.background = dark ? QColor(0x0b, 0x14, 0x1a) : QColor(0xef, 0xea, 0xe2);
        l.bubble = dark ? QColor(0x20, 0x2c, 0x33) : Qt::white;
        l.text = dark ? QColor(0xe9, 0xed, 0xef) : QColor(0x11, 0x1b, 0x21);
        l.muted = dark ? QColor(0x86, 0x96, 0xa0) : QColor(0x66, 0x77, 0x81);
        l.headerBar = dark ? QColor(0x20, 0x2c, 0x33) : QColor(0x00, 0x80, 0x69);
        l.headerText = Qt::white;
        l.headerTitle = m_author;
        break;
    default: // SMS
        l.background = dark ? Qt::black : Qt::white;
        l.bubble = dark ? QColor(0x26, 0x25, 0x2a) : QColor(0xe9, 0xe9, 0xeb);
        l.text = dark ? Qt::white : Qt::black;
        l.muted = QColor(0x8e, 0x8e, 0x93);
        l.headerBar = dark ? QColor(0x1c, 0x1c, 0x1e) : QColor(0xf6, 0xf6, 0xf6);
        l.headerText = l.text;
        l.headerTitle = m_author;
        break;
    }
    return l;
}

ChatPreview::Geometry ChatPreview::layoutFor(int width) const
{
    const Look l = look();
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    Geometry g;
    int y = 0;
    if (!l.headerTitle.isEmpty()) {
        g.header = QRect(0, 0, width, 48);
        y = g.header.bottom() + 1;
    }
    y += kMargin;
    if (m_channel == Channel::Sms) {
        g.caption = QRect(0, y, width, fm.height());
        y = g.caption.bottom() + 1 + 8;
    }

    if (isFlat(m_channel)) {
        g.avatar = QRect(kMargin, y, l.avatar, l.avatar);
        const int x = g.avatar.right() + 1 + 10;
        const int w = qMax(40, width - x - kMargin);
        g.authorLine = QRect(x, y, w, bfm.height() + 2);
        m_document.setTextWidth(w);
        const int docHeight = qCeil(m_document.size().height());
        g.body = QRect(x, g.authorLine.bottom() + 1 + 2, w, docHeight);
        g.height = qMax(g.avatar.bottom(), g.body.bottom()) + 1 + kMargin;
        return g;
    }

    const int padX = 12;
    const int padY = 8;
    int x = kMargin;
    if (l.avatar > 0)
        x += l.avatar + 8;
    const int maxBubble = qMax(80, qMin(int(width * 0.8), width - x - kMargin));
    const int timeWidth = fm.horizontalAdvance(m_time) + 8;
    m_document.setTextWidth(maxBubble - 2 * padX);
    const int ideal = qCeil(m_document.idealWidth());
    m_document.setTextWidth(qMax(ideal, 1));
    const int docHeight = qCeil(m_document.size().height());
    const int authorHeight = l.authorInBubble ? bfm.height() + 2 : 0;
    const int authorWidth = l.authorInBubble ? bfm.horizontalAdvance(m_author) : 0;
    const int inner = qMin(maxBubble - 2 * padX, std::max({ideal + timeWidth, authorWidth, 40}));
    // The time sits after the last line when there is room, else under it.
    const bool timeInline = ideal + timeWidth <= maxBubble - 2 * padX;
    const int timeHeight = timeInline ? 0 : fm.height();
    g.bubble = QRect(x, y, inner + 2 * padX, padY + authorHeight + docHeight + timeHeight + padY);
    if (l.authorInBubble)
        g.authorLine = QRect(x + padX, y + padY, inner, authorHeight);
    g.body = QRect(x + padX, y + padY + authorHeight, inner, docHeight);
    g.time = QRect(
        g.bubble.right() - padX - timeWidth + 8, g.bubble.bottom() - padY - fm.height() + 2, timeWidth, fm.height());
    if (l.avatar > 0)
        g.avatar = QRect(kMargin, g.bubble.bottom() - l.avatar + 1, l.avatar, l.avatar);
    g.height = g.bubble.bottom() + 1 + kMargin;
    return g;
}

int ChatPreview::heightForWidth(int width) const
{
    return layoutFor(width).height;
}

QSize ChatPreview::sizeHint() const
{
    return {360, heightForWidth(360)};
}

QSize ChatPreview::minimumSizeHint() const
{
    return {200, 80};
}

void ChatPreview::relayout()
{
    // Inside a scroll area heightForWidth is not asked; keep the minimum height right.
    setMinimumHeight(layoutFor(width()).height);
    updateGeometry();
    update();
}

void ChatPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int needed = layoutFor(width()).height;
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
}

void ChatPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        relayout();
}

void ChatPreview::paintEvent(QPaintEvent *)
{
    const Look l = look();
    const Geometry g = layoutFor(width());
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), l.background);
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);

    if (!g.header.isNull()) {
        p.fillRect(g.header, l.headerBar);
        p.setPen(l.headerText);
        p.setFont(bold);
        if (m_channel == Channel::Sms) {
            p.drawText(g.header, Qt::AlignCenter, l.headerTitle);
        } else {
            const QRect avatar(kMargin, g.header.center().y() - 15, 30, 30);
            p.setPen(Qt::NoPen);
            p.setBrush(avatarColor(m_author));
            p.drawEllipse(avatar);
            p.setPen(Qt::white);
            p.drawText(avatar, Qt::AlignCenter, m_author.left(1).toUpper());
            p.setPen(l.headerText);
            p.drawText(g.header.adjusted(avatar.right() + 12, 0, -kMargin, 0), Qt::AlignVCenter | Qt::AlignLeft,
                l.headerTitle);
        }
    }
    if (!g.caption.isNull()) {
        p.setFont(small);
        p.setPen(l.muted);
        p.drawText(g.caption, Qt::AlignCenter, tr("Text Message · %1 %2").arg(m_day, m_time));
    }
    if (!g.avatar.isNull()) {
        p.setPen(Qt::NoPen);
        p.setBrush(avatarColor(m_author));
        if (l.roundAvatar)
            p.drawEllipse(g.avatar);
        else
            p.drawRoundedRect(g.avatar, 6, 6);
        p.setPen(Qt::white);
        p.setFont(bold);
        p.drawText(g.avatar, Qt::AlignCenter, m_author.left(1).toUpper());
    }
    if (!g.bubble.isNull()) {
        p.setPen(Qt::NoPen);
        p.setBrush(l.bubble);
        p.drawRoundedRect(g.bubble, 14, 14);
    }
    if (!g.authorLine.isNull()) {
        p.setFont(bold);
        p.setPen(l.author);
        const QFontMetrics bfm(bold);
        p.drawText(g.authorLine, Qt::AlignLeft | Qt::AlignVCenter, m_author);
        if (isFlat(m_channel)) {
            int x = g.authorLine.left() + bfm.horizontalAdvance(m_author) + 6;
            p.setFont(small);
            const QFontMetrics sfm(small);
            const QRect badge(
                x, g.authorLine.center().y() - sfm.height() / 2, sfm.horizontalAdvance(l.badgeLabel) + 8, sfm.height());
            p.setPen(Qt::NoPen);
            p.setBrush(l.badge);
            p.drawRoundedRect(badge, 3, 3);
            p.setPen(l.badgeText);
            p.drawText(badge, Qt::AlignCenter, l.badgeLabel);
            x = badge.right() + 8;
            p.setPen(l.muted);
            p.drawText(QRect(x, g.authorLine.top(), g.authorLine.right() - x, g.authorLine.height()),
                Qt::AlignLeft | Qt::AlignVCenter, m_time);
        }
    }

    p.save();
    p.translate(g.body.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, l.text);
    context.palette.setColor(
        QPalette::Link, l.author.isValid() && !isFlat(m_channel) ? l.author : QColor(0x12, 0x64, 0xa3));
    m_document.documentLayout()->draw(&p, context);
    p.restore();

    if (!g.time.isNull()) {
        p.setFont(small);
        p.setPen(l.muted);
        p.drawText(g.time, Qt::AlignRight | Qt::AlignBottom, m_time);
    }
}

} // namespace sendivent::app
