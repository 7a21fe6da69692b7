#pragma once

#include <deliveries/delivery.h>

#include <QtWidgets/QWidget>

namespace sendivent::app {

// A delivery's timeline as a vertical line of steps, oldest at the top: each step's
// status glyph, its name, its exact time (milliseconds, local and UTC), how long after
// the previous step it came, and its detail.
class TraceTimeline final : public QWidget
{
    Q_OBJECT
public:
    explicit TraceTimeline(QWidget *parent = nullptr);

    void setEntries(const QList<TimelineEntry> &entries);
    const QList<TimelineEntry> &entries() const { return m_entries; }
    // What a step says, as painted (its name, time, delay and detail on lines).
    QString stepText(int index) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {240, 40}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Step
    {
        QString title;
        QString time;
        QString detail;
    };
    Step step(int index) const;
    int stepHeight(int index, int width) const;

    QList<TimelineEntry> m_entries;
};

} // namespace sendivent::app
