#pragma once

#include <delivery.h>

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

    // Counts `deliveries` into `slots` equal slots ending at `end`. `partial`: the
    // deliveries are only the newest of that span (the caption says so).
    void setData(const QList<Delivery> &deliveries, const QDateTime &end, qint64 spanMs, int slotCount, bool partial);
    int count(const QString &status) const;
    qint64 total() const;

    QSize sizeHint() const override { return {600, 130}; }
    QSize minimumSizeHint() const override { return {200, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QDateTime m_end;
    qint64 m_spanMs = 3'600'000;
    bool m_partial = false;
    QList<QMap<QString, int>> m_slots; // oldest first
    QMap<QString, int> m_totals;
};

} // namespace sendivent::app
