#include "tracestyle.h"

#include "widgets/theme.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QPair>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QPixmap>

namespace sendivent::app {

using namespace Qt::StringLiterals;

QColor deliveryStateColor(const QString &state, const QPalette &palette)
{
    const theme::Colors c = theme::colors(palette);
    const bool dark = theme::isDark(palette);
    if (state == u"delivered"_s)
        return c.success;
    if (state == u"failed"_s)
        return c.error;
    if (state == u"bounced"_s)
        return dark ? QColor(0xf0, 0xa0, 0x4b) : QColor(0xd9, 0x6c, 0x00);
    if (state == u"complained"_s)
        return dark ? QColor(0xc6, 0x92, 0xf0) : QColor(0x7a, 0x2d, 0xb8);
    if (state == u"sent"_s)
        return dark ? QColor(0x6a, 0xa9, 0xff) : QColor(0x1a, 0x64, 0xd6);
    if (state == u"rendered"_s)
        return dark ? QColor(0x6f, 0xb3, 0xb8) : QColor(0x11, 0x7a, 0x85);
    if (state == u"released"_s) // to a real inbox (issue 23): the teal of a real mail client
        return dark ? QColor(0x4f, 0xc3, 0x9a) : QColor(0x0b, 0x80, 0x5a);
    if (state == u"release_failed"_s)
        return c.error;
    return c.muted; // queued, pending, anything new
}

QString deliveryStateLabel(const QString &state)
{
    if (state == u"queued"_s) return QCoreApplication::translate("DeliveryState", "Queued");
    if (state == u"rendered"_s) return QCoreApplication::translate("DeliveryState", "Rendered");
    if (state == u"pending"_s) return QCoreApplication::translate("DeliveryState", "Pending");
    if (state == u"sent"_s) return QCoreApplication::translate("DeliveryState", "Sent");
    if (state == u"delivered"_s) return QCoreApplication::translate("DeliveryState", "Delivered");
    if (state == u"failed"_s) return QCoreApplication::translate("DeliveryState", "Failed");
    if (state == u"bounced"_s) return QCoreApplication::translate("DeliveryState", "Bounced");
    if (state == u"complained"_s) return QCoreApplication::translate("DeliveryState", "Complained");
    if (state == u"released"_s) return QCoreApplication::translate("DeliveryState", "Released to inbox");
    if (state == u"release_failed"_s) return QCoreApplication::translate("DeliveryState", "Release failed");
    return state;
}

void paintDeliveryState(QPainter &p, const QRectF &circle, const QString &state, const QPalette &palette)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(deliveryStateColor(state, palette));
    p.drawEllipse(circle);
    const qreal s = circle.width();
    const QPointF c = circle.center();
    QPen pen(Qt::white, std::max(1.2, s / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal r = s * 0.22;
    if (state == u"delivered"_s) {
        QPainterPath check;
        check.moveTo(c + QPointF(-r, 0));
        check.lineTo(c + QPointF(-r * 0.25, r * 0.8));
        check.lineTo(c + QPointF(r * 1.1, -r * 0.8));
        p.drawPath(check);
    } else if (state == u"released"_s) {
        // An envelope: it went out as real mail.
        const QRectF env(c.x() - r * 1.1, c.y() - r * 0.75, r * 2.2, r * 1.5);
        p.drawRect(env);
        p.drawLine(env.topLeft(), c + QPointF(0, r * 0.15));
        p.drawLine(env.topRight(), c + QPointF(0, r * 0.15));
    } else if (state == u"failed"_s || state == u"release_failed"_s) {
        p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
        p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
    } else if (state == u"bounced"_s) {
        // A return arrow: back to the sender.
        QPainterPath back;
        back.moveTo(c + QPointF(r, -r * 0.2));
        back.lineTo(c + QPointF(r, r * 0.7));
        back.lineTo(c + QPointF(-r, r * 0.7));
        p.drawPath(back);
        p.drawLine(c + QPointF(-r, r * 0.7), c + QPointF(-r * 0.3, r * 0.1));
        p.drawLine(c + QPointF(-r, r * 0.7), c + QPointF(-r * 0.3, r * 1.3));
    } else if (state == u"complained"_s) {
        p.drawLine(c + QPointF(0, -r * 1.1), c + QPointF(0, r * 0.3));
        p.drawPoint(c + QPointF(0, r * 1.0));
    } else if (state == u"sent"_s) {
        p.drawLine(c + QPointF(-r, 0), c + QPointF(r, 0));
        p.drawLine(c + QPointF(r, 0), c + QPointF(r * 0.2, -r * 0.8));
        p.drawLine(c + QPointF(r, 0), c + QPointF(r * 0.2, r * 0.8));
    } else if (state == u"rendered"_s) {
        // Lines of text: the message exists.
        for (const qreal y : {-r * 0.7, 0.0, r * 0.7})
            p.drawLine(c + QPointF(-r, y), c + QPointF(y == 0.0 ? r * 0.5 : r, y));
    } else {
        // Queued: a clock.
        p.drawEllipse(c, r * 1.1, r * 1.1);
        p.drawLine(c, c + QPointF(0, -r * 0.7));
        p.drawLine(c, c + QPointF(r * 0.5, 0));
    }
    p.restore();
}

QIcon deliveryStateIcon(const QString &state, const QPalette &palette, int size)
{
    // Asked for on every paint of every row of the Deliveries table: drawn once per
    // state, size and palette (GUI thread only, like every QPixmap).
    static qint64 cachedPalette = 0;
    static QHash<QPair<QString, int>, QIcon> cache;
    if (palette.cacheKey() != cachedPalette) {
        cache.clear();
        cachedPalette = palette.cacheKey();
    }
    const QPair<QString, int> key(state, size);
    if (const auto found = cache.constFind(key); found != cache.cend())
        return *found;
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    paintDeliveryState(p, QRectF(0.5, 0.5, size - 1, size - 1), state, palette);
    p.end();
    return cache.insert(key, QIcon(pixmap)).value();
}

} // namespace sendivent::app
