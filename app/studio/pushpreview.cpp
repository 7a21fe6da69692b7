#include "pushpreview.h"

#include "widgets/theme.h"
#include "widgets/timeformat.h"

#include <QtCore/QLocale>
#include <QtCore/QTime>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QTextLayout>

namespace sendivent::app {

namespace {

// The lines of `text` in `width`, at most `maxLines`, the last one elided, as
// notification centres show them.
QStringList wrapLines(const QString &text, const QFont &font, int width, int maxLines)
{
    if (text.trimmed().isEmpty())
        return {};
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextLayout layout(flat, font);
    layout.beginLayout();
    QStringList lines;
    int starts = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines) {
            // One line too many: the last shown one takes the rest, elided.
            lines.last() = QFontMetrics(font).elidedText(flat.mid(starts), Qt::ElideRight, width);
            break;
        }
        starts = line.textStart();
        lines << flat.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

int drawLines(QPainter &p, const QStringList &lines, const QFont &font, QPoint origin)
{
    const QFontMetrics fm(font);
    p.setFont(font);
    for (const QString &line : lines) {
        p.drawText(QPoint(origin.x(), origin.y() + fm.ascent()), line);
        origin.ry() += fm.lineSpacing();
    }
    return int(lines.size()) * fm.lineSpacing();
}

} // namespace

PushPreview::PushPreview(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PushPreview::setNotification(const QString &appName, const QString &title, const QString &body)
{
    m_appName = appName;
    m_title = title;
    m_body = body;
    update();
}

void PushPreview::setTime(const QDateTime &when)
{
    m_when = when;
    update();
}

void PushPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Window));

    // The phone: a rounded screen, centred, with a calm gradient wallpaper.
    const int screenWidth = qMin(width() - 32, 360);
    const int screenHeight = qMin(height() - 32, 640);
    const QRect screen((width() - screenWidth) / 2, 16, screenWidth, screenHeight);
    QLinearGradient wallpaper(screen.topLeft(), screen.bottomRight());
    wallpaper.setColorAt(0, QColor(0x3b, 0x5b, 0xdb));
    wallpaper.setColorAt(0.55, QColor(0x7b, 0x3f, 0xc4));
    wallpaper.setColorAt(1, QColor(0xd9, 0x4f, 0x8a));
    QPainterPath screenPath;
    screenPath.addRoundedRect(screen, 34, 34);
    p.fillPath(screenPath, wallpaper);
    p.setPen(QPen(QColor(0x11, 0x11, 0x11), 6));
    p.drawPath(screenPath);

    // Clock and date, as a lock screen has them.
    QFont clockFont = font();
    clockFont.setPixelSize(qMax(36, screenWidth / 6));
    clockFont.setWeight(QFont::Light);
    p.setFont(clockFont);
    p.setPen(Qt::white);
    const QDateTime shown = TimeFormat::shown(m_when.isValid() ? m_when : QDateTime::currentDateTime());
    const QTime now = shown.time();
    const QRect clock(screen.left(), screen.top() + 44, screen.width(), QFontMetrics(clockFont).height());
    p.drawText(clock, Qt::AlignHCenter | Qt::AlignTop, theme::clockTime(now));
    QFont dateFont = font();
    dateFont.setPixelSize(14);
    p.setFont(dateFont);
    p.drawText(QRect(screen.left(), screen.top() + 24, screen.width(), 20), Qt::AlignHCenter,
        QLocale().toString(shown.date(), QStringLiteral("dddd d MMMM")));

    // The notification card.
    const bool dark = theme::isDark(palette());
    const int pad = 14;
    const QRect card(screen.left() + 12, clock.bottom() + 28, screen.width() - 24, 0);
    const int textWidth = card.width() - 2 * pad;
    QFont titleFont = font();
    titleFont.setPixelSize(15);
    titleFont.setBold(true);
    QFont bodyFont = font();
    bodyFont.setPixelSize(15);
    QFont headerFont = font();
    headerFont.setPixelSize(12);

    const QStringList titleLines = wrapLines(m_title, titleFont, textWidth, 2);
    const QStringList bodyLines = wrapLines(m_body, bodyFont, textWidth, 4);
    const int titleHeight = int(titleLines.size()) * QFontMetrics(titleFont).lineSpacing();
    const int bodyHeight = int(bodyLines.size()) * QFontMetrics(bodyFont).lineSpacing();
    const int headerHeight = 22;
    const QRect cardRect(
        card.left(), card.top(), card.width(), pad + headerHeight + 6 + titleHeight + bodyHeight + pad);
    QPainterPath cardPath;
    cardPath.addRoundedRect(cardRect, 18, 18);
    p.fillPath(cardPath, dark ? QColor(30, 30, 32, 225) : QColor(255, 255, 255, 215));

    const QColor text = dark ? QColor(0xf2, 0xf2, 0xf7) : QColor(0x11, 0x11, 0x11);
    const QColor muted = dark ? QColor(0xae, 0xae, 0xb2) : QColor(0x5f, 0x5f, 0x66);
    const QRect icon(cardRect.left() + pad, cardRect.top() + pad, headerHeight, headerHeight);
    QPainterPath iconPath;
    iconPath.addRoundedRect(icon, 6, 6);
    p.fillPath(iconPath, QColor(0x3b, 0x5b, 0xdb));
    p.setPen(Qt::white);
    QFont iconFont = headerFont;
    iconFont.setBold(true);
    p.setFont(iconFont);
    p.drawText(icon, Qt::AlignCenter, m_appName.left(1).toUpper());
    p.setFont(headerFont);
    p.setPen(muted);
    const QRect header(icon.right() + 8, icon.top(), cardRect.right() - pad - icon.right() - 8, headerHeight);
    p.drawText(header, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(headerFont).elidedText(m_appName.toUpper(), Qt::ElideRight, header.width() - 50));
    p.drawText(header, Qt::AlignVCenter | Qt::AlignRight, tr("now"));

    p.setPen(text);
    int y = icon.bottom() + 1 + 6;
    y += drawLines(p, titleLines, titleFont, {cardRect.left() + pad, y});
    drawLines(p, bodyLines, bodyFont, {cardRect.left() + pad, y});
}

} // namespace sendivent::app
