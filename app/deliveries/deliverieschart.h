#pragma once

#include <deliveries/delivery.h>

#include <QtCore/QDateTime>
#include <QtWidgets/QWidget>

namespace sendivent::app {

// Deliveries per status over time, as stacked bars: one bar per time slot, one
// colour per status, with a legend of the totals. Painted here; fed by the page.
class DeliveriesChart final : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveriesChart(QWidget *parent = nullptr);

    // Counts `deliveries` into `slots` equal slots ending at `end`. `span` names the
    // span and its slots for the caption ("Last hour, per minute"). `partial`: the
    // deliveries are only the newest of that span (the caption says so).
    void setData(const QList<Delivery> &deliveries, const QDateTime &end, qint64 spanMs, int slotCount,
                 const QString &span, bool partial);
    int count(const QString &status) const;
    qint64 total() const;
    QString caption() const;

    // Where the caption and the legend are drawn at the current size: the legend goes
    // below the caption when both do not fit on one line, so they never overlap.
    QRect captionRect() const { return layout().caption; }
    QRect legendRect() const { return layout().legend; }

    QSize sizeHint() const override { return {600, 130}; }
    QSize minimumSizeHint() const override { return {200, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Layout
    {
        QRect caption;
        QRect legend;
        QRect plot;
    };
    Layout layout() const;
    int legendWidth() const;

    QDateTime m_end;
    QString m_span;
    qint64 m_spanMs = 3'600'000;
    bool m_partial = false;
    QList<QMap<QString, int>> m_slots; // oldest first
    QMap<QString, int> m_totals;
};

} // namespace sendivent::app
