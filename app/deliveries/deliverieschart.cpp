#include "deliverieschart.h"

#include "tracestyle.h"
#include "widgets/timeformat.h"

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
    connect(TimeFormat::instance(), &TimeFormat::changed, this, qOverload<>(&QWidget::update));
}

void DeliveriesChart::setData(const QList<Delivery> &deliveries, const QDateTime &end, qint64 spanMs, int slotCount,
                              const QString &span, bool partial)
{
    m_end = end;
    m_span = span;
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

QString DeliveriesChart::caption() const
{
    const QString span = m_span.isEmpty() ? tr("Last hour, per minute") : m_span;
    return m_partial ? tr("%1: the newest %n deliveries", nullptr, int(total())).arg(span)
                     : tr("%1: %n deliveries", nullptr, int(total())).arg(span);
}

namespace {

constexpr int kSwatch = 10;     // a legend colour's square
constexpr int kSwatchGap = 4;   // between the square and its label
constexpr int kItemGap = 12;    // between legend items
constexpr int kCaptionGap = 24; // at least this between caption and legend on one line

QString legendLabel(const QString &status, int n)
{
    return u"%1 %2"_s.arg(deliveryStateLabel(status), QLocale().toString(n));
}

} // namespace

int DeliveriesChart::legendWidth() const
{
    const QFontMetrics fm = fontMetrics();
    int width = 0;
    for (const QString &status : deliveryStatuses()) {
        if (const int n = m_totals.value(status); n > 0)
            width += (width > 0 ? kItemGap : 0) + kSwatch + kSwatchGap + fm.horizontalAdvance(legendLabel(status, n));
    }
    return width;
}

DeliveriesChart::Layout DeliveriesChart::layout() const
{
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QRect area = rect().adjusted(4, 4, -4, -4);
    const int line = fm.height();
    Layout l;
    const int legend = std::min(legendWidth(), area.width());
    const int captionWidth = std::min(boldMetrics.horizontalAdvance(caption()) + 1, area.width());
    l.caption = QRect(area.left(), area.top(), captionWidth, line);
    int top = area.top() + line + 6;
    if (legend > 0) {
        if (captionWidth + kCaptionGap + legend <= area.width()) {
            l.legend = QRect(area.right() + 1 - legend, area.top(), legend, line);
        } else {
            // Too narrow for both (a long translation): the legend gets its own line.
            l.legend = QRect(area.right() + 1 - legend, area.top() + line + 2, legend, line);
            top += line + 2;
        }
    }
    const int axis = line + 2;
    l.plot = QRect(area.left(), top, area.width(), std::max(10, area.bottom() + 1 - top - axis));
    return l;
}

void DeliveriesChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const Layout l = layout();

    p.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(l.caption, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(caption(), Qt::ElideRight, l.caption.width()));
    p.setFont(font());
    int x = l.legend.left();
    const QStringList statuses = deliveryStatuses();
    for (const QString &status : statuses) {
        const int n = m_totals.value(status);
        if (n == 0)
            continue;
        p.setPen(Qt::NoPen);
        p.setBrush(deliveryStateColor(status, pal));
        p.drawRoundedRect(QRectF(x, l.legend.top() + fm.height() / 2.0 - kSwatch / 2.0, kSwatch, kSwatch), 2, 2);
        x += kSwatch + kSwatchGap;
        const QString label = legendLabel(status, n);
        const int w = fm.horizontalAdvance(label);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(x, l.legend.top(), w, fm.height()), Qt::AlignVCenter, label);
        x += w + kItemGap;
    }

    const QRect plot = l.plot;
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
        const QDateTime start = TimeFormat::shown(m_end.addMSecs(-m_spanMs));
        const QDateTime middle = TimeFormat::shown(m_end.addMSecs(-m_spanMs / 2));
        // Spans of a day or less by the clock; longer ones by the day, in the order
        // every other time in the console has.
        const QString format = m_spanMs <= 86'400'000 ? u"HH:mm"_s : u"MM-dd HH:mm"_s;
        const QRect labels(plot.left(), plot.bottom() + 2, plot.width(), fm.height());
        p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, start.toString(format));
        p.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, middle.toString(format));
        p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, TimeFormat::shown(m_end).toString(format));
    }
    // The scale: the highest bar's count.
    p.drawText(QRect(plot.left() + 2, plot.top(), 80, fm.height()), Qt::AlignLeft | Qt::AlignTop,
               QLocale().toString(highest));
}

} // namespace sendivent::app
