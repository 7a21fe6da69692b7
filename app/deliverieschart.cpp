#include "deliverieschart.h"

#include "tracestyle.h"

#include <QtCore/QLocale>
#include <QtGui/QPainter>

namespace sendivent::app {

using namespace Qt::StringLiterals;

DeliveriesChart::DeliveriesChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"deliveriesChart"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(130);
}

void DeliveriesChart::setData(const QList<Delivery> &deliveries, const QDateTime &end, qint64 spanMs, int slotCount,
                              bool partial)
{
    m_end = end;
    m_spanMs = spanMs;
    m_partial = partial;
    m_slots = QList<QMap<QString, int>>(std::max(slotCount, 1));
    m_totals.clear();
    const qint64 endMs = end.toMSecsSinceEpoch();
    const qint64 slotMs = std::max<qint64>(1, spanMs / m_slots.size());
    for (const Delivery &d : deliveries) {
        const qint64 age = endMs - d.createdAt.toMSecsSinceEpoch();
        if (age < 0 || age >= spanMs)
            continue;
        const qsizetype slot = m_slots.size() - 1 - qsizetype(age / slotMs);
        ++m_slots[std::clamp<qsizetype>(slot, 0, m_slots.size() - 1)][d.status];
        ++m_totals[d.status];
    }
    update();
}

int DeliveriesChart::count(const QString &status) const
{
    return m_totals.value(status);
}

qint64 DeliveriesChart::total() const
{
    qint64 sum = 0;
    for (const int n : m_totals)
        sum += n;
    return sum;
}

void DeliveriesChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect area = rect().adjusted(4, 4, -4, -4);

    // Caption and legend on the first line.
    const QString caption = m_partial ? tr("Newest %n deliveries of the last hour, per minute", nullptr, int(total()))
                                      : tr("Last hour, per minute: %n deliveries", nullptr, int(total()));
    p.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(area.left(), area.top(), area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, caption);
    p.setFont(font());
    int x = area.right();
    const QStringList statuses = deliveryStatuses();
    for (auto it = statuses.crbegin(); it != statuses.crend(); ++it) {
        const int n = m_totals.value(*it);
        if (n == 0)
            continue;
        const QString label = u"%1 %2"_s.arg(deliveryStateLabel(*it), QLocale().toString(n));
        const int w = fm.horizontalAdvance(label);
        x -= w;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(x, area.top(), w, fm.height()), Qt::AlignVCenter, label);
        x -= 14;
        p.setPen(Qt::NoPen);
        p.setBrush(deliveryStateColor(*it, pal));
        p.drawRoundedRect(QRectF(x, area.top() + fm.height() / 2.0 - 5, 10, 10), 2, 2);
        x -= 12;
    }

    const int axis = fm.height() + 2;
    const QRect plot(area.left(), area.top() + fm.height() + 6, area.width(), area.height() - fm.height() - 6 - axis);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_slots.isEmpty())
        return;
    int highest = 1;
    for (const auto &slot : std::as_const(m_slots)) {
        int sum = 0;
        for (const int n : slot)
            sum += n;
        highest = std::max(highest, sum);
    }
    const qreal slotWidth = qreal(plot.width()) / m_slots.size();
    const qreal barWidth = std::max(1.0, slotWidth - 2);
    p.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        qreal bottom = plot.bottom();
        for (const QString &status : statuses) {
            const int n = m_slots[i].value(status);
            if (n == 0)
                continue;
            const qreal h = qreal(plot.height()) * n / highest;
            p.setBrush(deliveryStateColor(status, pal));
            p.drawRect(QRectF(plot.left() + i * slotWidth + 1, bottom - h, barWidth, h));
            bottom -= h;
        }
    }
    // Time marks: the span's start, middle and end.
    p.setPen(pal.color(QPalette::PlaceholderText));
    if (m_end.isValid()) {
        const QDateTime start = m_end.addMSecs(-m_spanMs).toLocalTime();
        const QDateTime middle = m_end.addMSecs(-m_spanMs / 2).toLocalTime();
        const QString format = u"HH:mm"_s;
        const QRect labels(plot.left(), plot.bottom() + 2, plot.width(), fm.height());
        p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(start, format));
        p.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, QLocale().toString(middle, format));
        p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, tr("now"));
    }
    // The scale: the highest bar's count.
    p.drawText(QRect(plot.left() + 2, plot.top(), 80, fm.height()), Qt::AlignLeft | Qt::AlignTop,
               QLocale().toString(highest));
}

} // namespace sendivent::app
