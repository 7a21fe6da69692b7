#include "tracetimeline.h"

#include "tracestyle.h"
#include "widgets/timeformat.h"

#include <QtCore/QLocale>
#include <QtGui/QPainter>

namespace sendivent::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int kDot = 20;
constexpr int kGutter = 34; // the line and the dots
constexpr int kGap = 14;    // between steps

QString elapsed(qint64 ms)
{
    if (ms < 1000)
        return TraceTimeline::tr("+%1 ms").arg(ms);
    if (ms < 60'000)
        return TraceTimeline::tr("+%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
    if (ms < 3'600'000)
        return TraceTimeline::tr("+%1 min").arg(QLocale().toString(double(ms) / 60'000.0, 'f', 1));
    return TraceTimeline::tr("+%1 h").arg(QLocale().toString(double(ms) / 3'600'000.0, 'f', 1));
}

} // namespace

TraceTimeline::TraceTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"traceTimeline"_s);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TraceTimeline::setEntries(const QList<TimelineEntry> &entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

TraceTimeline::Step TraceTimeline::step(int index) const
{
    const TimelineEntry &e = m_entries[index];
    Step s;
    s.title = deliveryStateLabel(e.event);
    if (index > 0 && m_entries[index - 1].timestamp.isValid() && e.timestamp.isValid())
        s.title += u"   "_s + elapsed(m_entries[index - 1].timestamp.msecsTo(e.timestamp));
    s.time = TimeFormat::text(e.timestamp, TimeFormat::Form::Milliseconds);
    s.detail = e.detail;
    return s;
}

QString TraceTimeline::stepText(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return {};
    const Step s = step(index);
    QStringList lines{s.title, s.time};
    if (!s.detail.isEmpty())
        lines << s.detail;
    return lines.join(u'\n');
}

int TraceTimeline::stepHeight(int index, int width) const
{
    const Step s = step(index);
    QFont bold = font();
    bold.setBold(true);
    const int textWidth = std::max(80, width - kGutter);
    int h = QFontMetrics(bold).height() + fontMetrics().height() + 2;
    if (!s.detail.isEmpty())
        h += fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, s.detail).height() + 2;
    return std::max(h, kDot);
}

int TraceTimeline::heightForWidth(int width) const
{
    int h = 0;
    for (int i = 0; i < m_entries.size(); ++i)
        h += stepHeight(i, width) + (i + 1 < m_entries.size() ? kGap : 0);
    return std::max(h, kDot) + 4;
}

QSize TraceTimeline::sizeHint() const
{
    const int w = std::max(width(), 360);
    return {w, heightForWidth(w)};
}

void TraceTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QFont bold = font();
    bold.setBold(true);
    const int textLeft = kGutter;
    const int textWidth = std::max(80, width() - kGutter);
    int y = 2;
    QList<QPointF> centers;
    QList<int> heights;
    for (int i = 0; i < m_entries.size(); ++i) {
        heights << stepHeight(i, width());
        centers << QPointF(kDot / 2.0 + 4, y + kDot / 2.0);
        y += heights.last() + kGap;
    }
    // The line joins the dots; drawn first, under them.
    if (centers.size() > 1) {
        QPen line(pal.color(QPalette::Mid), 2);
        p.setPen(line);
        p.drawLine(centers.first(), centers.last());
    }
    y = 2;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Step s = step(i);
        const QPointF c = centers[i];
        paintDeliveryState(p, QRectF(c.x() - kDot / 2.0, c.y() - kDot / 2.0, kDot, kDot), m_entries[i].event, pal);
        p.setPen(pal.color(QPalette::WindowText));
        p.setFont(bold);
        const int titleHeight = QFontMetrics(bold).height();
        p.drawText(QRect(textLeft, y, textWidth, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, s.title);
        p.setFont(font());
        p.setPen(pal.color(QPalette::PlaceholderText));
        const int timeTop = y + titleHeight + 1;
        p.drawText(QRect(textLeft, timeTop, textWidth, fontMetrics().height()), Qt::AlignLeft | Qt::AlignVCenter,
                   s.time);
        if (!s.detail.isEmpty()) {
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(QRect(textLeft, timeTop + fontMetrics().height() + 2, textWidth, 10000),
                       Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s.detail);
        }
        y += heights[i] + kGap;
    }
}

} // namespace sendivent::app
